package org.dateline.theme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dateline.diag.Reporter;
import org.dateline.pipeline.BuildPipeline;
import org.dateline.pipeline.BuildRequest;
import org.dateline.testing.RenderedSite;
import org.dateline.testing.TestSites;

/**
 * The bundled example site (this repository's site.yaml, content/, data/ and static/) with the
 * {@code messy} fixture laid over it: one article with a long code line, a long unbroken URL, a
 * wide Markdown table and a wide raw HTML table. Built with the fixed test clock into a folder.
 */
final class ThemeSite {

    private static final Path REPOSITORY = Path.of("").toAbsolutePath();

    static final String FRONT = "index.html";
    static final String ARTICLE_WITH_IMAGE_AND_TABLE = "business/2024/06/03/fish-market-cooperative-results/index.html";
    static final String MESSY_ARTICLE = "world/2024/05/02/harbour-data-dump/index.html";
    static final String SECTION = "world/index.html";
    static final String AUTHOR = "authors/selin-atay/index.html";
    static final String TAG = "tags/harbour/index.html";
    static final String ARCHIVE = "2024/06/index.html";
    /** A standalone page (content/pages/), with a list, a long URL and a table. */
    static final String STANDALONE_PAGE = "corrections-policy/index.html";
    /** Any address the site does not have: the server answers with 404.html. */
    static final String NOT_FOUND = "no/such/page/";

    /** The pages every browser test visits, by what a reader would call them. */
    static final List<String> PAGES = List.of(FRONT, ARTICLE_WITH_IMAGE_AND_TABLE, MESSY_ARTICLE, SECTION, AUTHOR,
            TAG, ARCHIVE, STANDALONE_PAGE, NOT_FOUND);

    private ThemeSite() {
    }

    /** Copies the example site and the messy fixture into {@code into}/site and builds it into {@code into}/out. */
    static RenderedSite build(Path into) {
        Path site = into.resolve("site");
        for (String part : List.of("site.yaml", "content", "data", "static")) {
            copy(REPOSITORY.resolve(part), site.resolve(part));
        }
        Path messy = TestSites.copy("messy", into.resolve("messy"));
        copy(messy, site);
        BuildRequest request = new BuildRequest(site, into.resolve("out"), false, false, Optional.empty(),
                TestSites.CLOCK);
        return new RenderedSite(request.output(), new BuildPipeline(Reporter.silent(), 2).build(request));
    }

    static String name(String page) {
        return page.equals(NOT_FOUND) ? "404" : page.replace("/index.html", "").replace('/', '-')
                .replace("index.html", "front");
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path path : walk.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
