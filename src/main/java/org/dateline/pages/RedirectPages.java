package org.dateline.pages;

import static org.dateline.markup.Markup.escape;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dateline.assemble.Article;
import org.dateline.assemble.OutputFile;
import org.dateline.assemble.Site;
import org.dateline.assemble.SiteAssembler;
import org.dateline.diag.Problem;
import org.dateline.diag.Problems;
import org.dateline.diag.SourcePosition;

/**
 * Old URLs of articles ({@code aliases}, {@code redirect_from}) keep working: each gets a small HTML
 * page that sends readers on ({@code <meta http-equiv="refresh">}), tells search engines where the
 * article is now ({@code rel=canonical}) and offers a link, and {@code _redirects} lists them all as
 * permanent redirects for hosts that read it (Netlify, Cloudflare Pages). An old URL is a path like
 * any other: one that another page, feed or old URL already takes is an error naming both.
 */
public final class RedirectPages {

    public static final String REDIRECTS_FILE = "_redirects";

    private record Alias(String path, String outputPath, Article article) {
    }

    /** The redirect pages and {@code _redirects} of {@code site}; {@code written} are the files already made. */
    public List<OutputFile> files(Site site, List<OutputFile> written, Problems problems) {
        Map<String, String> taken = new HashMap<>();
        written.forEach(file -> taken.put(SiteAssembler.pathKey(file.path()), file.origin()));
        List<Alias> aliases = new ArrayList<>();
        for (Article article : site.allArticles().stream().sorted(Comparator.comparing(Article::file)).toList()) {
            SourcePosition where = article.content().meta().position("aliases", article.file());
            for (String path : article.content().meta().aliases()) {
                String outputPath = outputPath(path);
                if (path.equals(article.path())) {
                    problems.add(Problem.warning(where, "alias " + path + " is the article's own path",
                            "remove it from `aliases`"));
                    continue;
                }
                String owner = taken.putIfAbsent(SiteAssembler.pathKey(outputPath), article.file());
                if (owner != null) {
                    problems.add(Problem.error(where, "alias " + path + " would be written to " + outputPath
                            + ", already taken by " + (owner.equals(article.file()) ? "another alias of this article"
                            : owner), "remove the alias, or move what is there"));
                    continue;
                }
                aliases.add(new Alias(path, outputPath, article));
            }
        }
        if (aliases.isEmpty()) {
            return List.of();
        }
        List<OutputFile> files = new ArrayList<>();
        StringBuilder redirects = new StringBuilder();
        aliases.sort(Comparator.comparing(Alias::path));
        for (Alias alias : aliases) {
            String target = site.config().relativeUrls() ? relative(alias.outputPath(), alias.article().outputPath())
                    : site.urls().path(alias.article().path());
            files.add(new OutputFile(alias.outputPath(), page(site, alias.article(), target)
                    .getBytes(StandardCharsets.UTF_8), alias.article().file()));
            redirects.append(site.urls().path(alias.path())).append(' ')
                    .append(site.urls().path(alias.article().path())).append(" 301\n");
        }
        if (taken.containsKey(SiteAssembler.pathKey(REDIRECTS_FILE))) {
            problems.add(Problem.error(SourcePosition.of(taken.get(SiteAssembler.pathKey(REDIRECTS_FILE))),
                    "writes " + REDIRECTS_FILE + ", which Dateline writes for the articles' old URLs",
                    "give it another path"));
        }
        files.add(new OutputFile(REDIRECTS_FILE, redirects.toString().getBytes(StandardCharsets.UTF_8), "aliases"));
        return files;
    }

    /** {@code /a/b/} → {@code a/b/index.html}; {@code /a/b.html} → {@code a/b.html}. */
    static String outputPath(String path) {
        String relative = path.substring(1);
        return relative.isEmpty() || relative.endsWith("/") ? relative + "index.html" : relative;
    }

    /** The path from the folder of {@code from} to {@code to}, both below the output folder. */
    static String relative(String from, String to) {
        int depth = (int) from.chars().filter(c -> c == '/').count();
        return "../".repeat(depth) + to;
    }

    private static String page(Site site, Article article, String target) {
        String canonical = site.urls().absolute(article.path());
        String title = escape(article.title());
        String href = escape(target);
        return "<!DOCTYPE html>\n<html lang=\"" + escape(site.config().language()) + "\">\n<head>\n"
                + "<meta charset=\"utf-8\">\n"
                + "<title>" + title + "</title>\n"
                + "<link rel=\"canonical\" href=\"" + escape(canonical) + "\">\n"
                + "<meta name=\"robots\" content=\"noindex\">\n"
                + "<meta http-equiv=\"refresh\" content=\"0; url=" + href + "\">\n"
                + "</head>\n<body>\n<p>This article has moved: <a href=\"" + href + "\">" + title + "</a></p>\n"
                + "</body>\n</html>\n";
    }
}
