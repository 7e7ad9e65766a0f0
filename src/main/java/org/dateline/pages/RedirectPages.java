package org.dateline.pages;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.assemble.Article;
import org.dateline.assemble.OutputFile;
import org.dateline.assemble.Site;
import org.dateline.assemble.SiteAssembler;
import org.dateline.diag.DatelineException;
import org.dateline.diag.Problem;
import org.dateline.diag.Problems;
import org.dateline.diag.SourcePosition;
import org.dateline.load.SourceFile;
import org.dateline.load.SourceScanner;
import org.dateline.template.TemplateEngine;

/**
 * Old URLs of articles ({@code aliases}, {@code redirect_from}) keep working: each gets a small HTML
 * page that sends readers on ({@code <meta http-equiv="refresh">}), tells search engines where the
 * article is now ({@code rel=canonical}) and offers a link, rendered from {@code redirect.peb}; and
 * {@code _redirects} lists them all as permanent redirects for hosts that read it (Netlify, Cloudflare
 * Pages), after the site's own {@code static/_redirects} lines ({@link SiteRedirects}). An old URL is
 * a path like any other: one that another page, feed or old URL already takes is an error naming both.
 */
public final class RedirectPages {

    public static final String REDIRECTS_FILE = SourceScanner.REDIRECTS_FILE;
    static final String TEMPLATE = "redirect.peb";

    private final TemplateEngine templates;
    private final SiteRedirects siteRules;

    /** {@code redirect}: an old URL's page. */
    public record RedirectView(String from, String to, String canonical, String title) {
    }

    /** @param siteRules the site's own {@code static/_redirects}, whose lines come first */
    public RedirectPages(TemplateEngine templates, Optional<SourceFile> siteRules) {
        this.templates = templates;
        this.siteRules = new SiteRedirects(siteRules);
    }

    private record Alias(String path, String outputPath, Article article) {
    }

    /** The redirect pages and {@code _redirects} of {@code site}; {@code written} are the files already made. */
    public List<OutputFile> files(Site site, List<OutputFile> written, Problems problems) {
        return files(site, () -> written, problems);
    }

    /** Whether no article has old URLs: a plain loop, which a fresh JVM interprets with fewer calls an article than a stream. */
    private static boolean noAliases(List<Article> articles) {
        for (Article article : articles) {
            if (!article.content().meta().aliases().isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /**
     * As {@link #files(Site, List, Problems)}, the files already made asked for only when an article
     * has old URLs or the site its own {@code _redirects}: most sites have neither.
     */
    public List<OutputFile> files(Site site, java.util.function.Supplier<List<OutputFile>> written, Problems problems) {
        if (!siteRules.present() && noAliases(site.allArticles())) {
            return List.of();
        }
        Map<String, String> taken = new HashMap<>();
        written.get().forEach(file -> taken.put(SiteAssembler.pathKey(file.path()), file.origin()));
        List<Alias> aliases = new ArrayList<>();
        for (Article article : site.allArticles().stream().sorted(Comparator.comparing(Article::file)).toList()) {
            if (article.content().meta().aliases().isEmpty()) {
                continue;
            }
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
        if (aliases.isEmpty() && !siteRules.present()) {
            return List.of();
        }
        List<OutputFile> files = new ArrayList<>();
        StringBuilder redirects = new StringBuilder(siteRules.siteLines());
        aliases.sort(Comparator.comparing(Alias::path));
        Views.SiteView siteView = aliases.isEmpty() ? null : new Views(site).site();
        for (Alias alias : aliases) {
            String target = site.config().relativeUrls() ? relative(alias.outputPath(), alias.article().outputPath())
                    : site.urls().path(alias.article().path());
            Optional<byte[]> page = page(siteView, new RedirectView(alias.path(), target,
                    site.urls().absolute(alias.article().path()), alias.article().title()), problems);
            if (page.isEmpty()) {
                return List.of(); // the template is broken: reported once, for every old URL
            }
            files.add(new OutputFile(alias.outputPath(), page.get(), alias.article().file()));
            String from = site.urls().path(alias.path());
            String to = site.urls().path(alias.article().path());
            if (siteRules.accepts(from, to, alias.article().content().meta().position("aliases", alias.article().file()),
                    problems)) {
                redirects.append(from).append(' ').append(to).append(" 301\n");
            }
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

    private Optional<byte[]> page(Views.SiteView site, RedirectView redirect, Problems problems) {
        try {
            return Optional.of(templates.render(TEMPLATE, Map.of("site", site, "redirect", redirect))
                    .getBytes(StandardCharsets.UTF_8));
        } catch (DatelineException e) {
            problems.addAll(e.problems());
            return Optional.empty();
        }
    }
}
