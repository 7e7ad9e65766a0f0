package org.dateline.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dateline.config.SiteConfig;
import org.dateline.diag.DatelineException;
import org.dateline.diag.Problem;
import org.dateline.diag.Reporter;
import org.dateline.diag.SourcePosition;
import org.dateline.load.SourceScanner;
import org.dateline.parse.Slugs;

/**
 * {@code dateline import}: saved HTML pages ({@code .html}, {@code .htm}, or folders of them) and
 * WordPress exports ({@code .xml}) into new Markdown files under {@code content/}. Articles go to
 * {@code content/<section slug>/<slug>.md} (or {@code content/<slug>.md} without a section),
 * standalone pages to {@code content/pages/<slug>.md}. No network; an existing file is never
 * overwritten (the item is skipped and counted); an unreadable input is an error, the others go on.
 */
public final class ArticleImporter {

    /** Where standalone pages live. */
    public static final String PAGES_DIR = "pages";

    private final ArticleFiles files;
    private final HtmlPageReader pages;
    private final WordPressItems wordPress;
    private final WxrReader wxr = new WxrReader();

    public ArticleImporter(SiteConfig config, ArticleFiles files) {
        this.files = files;
        ImportDates dates = new ImportDates(config.timeZone());
        HtmlToMarkdown markdown = new HtmlToMarkdown();
        this.pages = new HtmlPageReader(dates, markdown);
        this.wordPress = new WordPressItems(dates, markdown);
    }

    public ImportReport run(ImportRequest request) {
        return run(request, Reporter.silent());
    }

    /** Imports, telling {@code reporter} how far it got (a big export takes a while). */
    public ImportReport run(ImportRequest request, Reporter reporter) {
        SourceScanner.expectSiteFolder(request.site());
        Run run = new Run(request, reporter);
        for (Path input : request.inputs()) {
            try {
                run.input(input);
            } catch (DatelineException e) {
                run.problems.addAll(e.problems());
            }
        }
        return new ImportReport(run.written, run.pageCount, run.skipped, run.ignored, run.problems);
    }

    /** The state of one import. */
    private final class Run {
        final ImportRequest request;
        final List<String> written = new ArrayList<>();
        final Set<String> planned = new HashSet<>();
        final Map<String, Integer> skipped = new TreeMap<>();
        final Map<String, Integer> ignored = new TreeMap<>();
        final List<Problem> problems = new ArrayList<>();
        final Reporter reporter;
        int pageCount;

        Run(ImportRequest request, Reporter reporter) {
            this.request = request;
            this.reporter = reporter;
        }

        void input(Path input) {
            String shown = input.toString().replace('\\', '/');
            if (Files.isDirectory(input)) {
                List<Path> html;
                try (Stream<Path> walk = Files.walk(input)) {
                    html = walk.filter(Files::isRegularFile).filter(ArticleImporter::isHtml).sorted().toList();
                } catch (IOException e) {
                    throw new DatelineException(Problem.error(SourcePosition.of(shown), "cannot read the folder: "
                            + e.getMessage(), "check its permissions"), e);
                }
                for (int i = 0; i < html.size(); i++) {
                    Path file = html.get(i);
                    reporter.progress("importing " + shown, i + 1, html.size());
                    try {
                        html(file);
                    } catch (DatelineException e) {
                        problems.addAll(e.problems());
                    }
                }
            } else if (!Files.isRegularFile(input)) {
                throw DatelineException.at(SourcePosition.of(shown), "no such file or folder",
                        "pass saved .html pages, folders of them, or a WordPress export .xml file");
            } else if (isHtml(input)) {
                html(input);
            } else if (input.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml")) {
                WxrReader.Export export = wxr.read(input, shown);
                for (int i = 0; i < export.items().size(); i++) {
                    WxrReader.Item item = export.items().get(i);
                    reporter.progress("importing " + shown, i + 1, export.items().size());
                    List<Problem> warnings = new ArrayList<>();
                    WordPressItems.Outcome outcome = wordPress.convert(item, export.authors(), shown,
                            request.section(), warnings);
                    problems.addAll(warnings);
                    if (!outcome.ignored().isEmpty()) {
                        ignored.merge(outcome.ignored(), 1, Integer::sum);
                    } else if (!outcome.skipped().isEmpty()) {
                        skipped.merge(outcome.skipped(), 1, Integer::sum);
                    } else {
                        outcome.article().ifPresent(this::write);
                    }
                }
            } else {
                throw DatelineException.at(SourcePosition.of(shown), "cannot import this kind of file",
                        "pass saved .html or .htm pages, folders of them, or a WordPress export .xml file");
            }
        }

        void html(Path file) {
            List<Problem> warnings = new ArrayList<>();
            ImportedArticle article = pages.read(file, file.toString().replace('\\', '/'), request.section(), warnings);
            problems.addAll(warnings);
            write(article);
        }

        void write(ImportedArticle article) {
            String folder = article.page() ? PAGES_DIR + "/"
                    : article.section().isEmpty() ? "" : Slugs.slugify(article.section()) + "/";
            String relPath = SourceScanner.CONTENT_DIR + "/" + folder + article.slug() + ".md";
            if (planned.contains(relPath) || files.exists(request.site(), relPath)) {
                problems.add(Problem.warning(article.origin(), "not imported: " + relPath + " already exists",
                        "import into another --section, or move the existing file away first"));
                skipped.merge("already exists", 1, Integer::sum);
                return;
            }
            planned.add(relPath);
            if (!request.dryRun()) {
                files.createNew(request.site(), relPath, article.text());
            }
            written.add(relPath);
            if (article.page()) {
                pageCount++;
            }
        }
    }

    private static boolean isHtml(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm");
    }
}
