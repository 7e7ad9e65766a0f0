package org.dateline.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.dateline.assemble.Route;
import org.dateline.diag.DatelineException;
import org.dateline.diag.Problem;
import org.dateline.pages.PageRenderer;

/**
 * Template errors while rendering pages, one line per distinct error however many pages hit it:
 * a broken {@code article.peb} is one problem "(rendering A and 41 other pages)", not 42 lines that
 * crowd every other error out of the printed list.
 */
final class PageFailures {

    private final Map<Problem, TreeSet<String>> pages = new LinkedHashMap<>();

    /**
     * A page's bytes, its links to other articles resolved, whether it held any, and whether its render read a
     * {@link org.dateline.template.Watched} value (see {@link ContextKeys#written}).
     */
    record Page(byte[] bytes, boolean links, boolean read) {
    }

    /** The page's bytes, its links resolved; empty when its template failed (the failure is noted). */
    Optional<Page> render(PageRenderer pages, RefLinks refs, Route route) {
        try {
            org.dateline.template.TemplateEngine.Watching<byte[]> page = pages.page(route);
            byte[] resolved = refs.resolve(page.output());
            return Optional.of(new Page(resolved, resolved != page.output(), page.read())); // the same array when it held none
        } catch (DatelineException e) {
            add(e.problems(), route.outputPath());
            return Optional.empty();
        }
    }

    /**
     * Notes that the file of {@code page}, which this build takes from the live output unrendered, is
     * no longer as the last build left it: {@code output} changed while the site was being built.
     */
    void changed(String page, java.nio.file.Path output) {
        add(List.of(Problem.error(org.dateline.diag.SourcePosition.of(output.toString()),
                "the output folder was changed by something else while the site was being built",
                "build again; if this repeats, make sure only Dateline writes the output folder")), page);
    }

    synchronized void add(List<Problem> problems, String page) {
        for (Problem problem : problems) {
            pages.computeIfAbsent(problem, p -> new TreeSet<>()).add(page);
        }
    }

    /** Each distinct problem, naming the first page (by path) and how many others it broke. */
    synchronized List<Problem> problems() {
        List<Problem> result = new ArrayList<>();
        pages.forEach((problem, paths) -> {
            String others = paths.size() == 1 ? "" : " and " + (paths.size() - 1)
                    + (paths.size() == 2 ? " other page" : " other pages");
            result.add(new Problem(problem.severity(), problem.position(),
                    problem.message() + " (rendering " + paths.first() + others + ")", problem.hint()));
        });
        return result;
    }
}
