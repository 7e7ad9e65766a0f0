package org.dateline.pipeline;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.assemble.Article;
import org.dateline.assemble.OutputFile;
import org.dateline.assemble.Site;
import org.dateline.assemble.SiteOutput;
import org.dateline.diag.DatelineException;
import org.dateline.diag.Problem;
import org.dateline.diag.Problems;
import org.dateline.diag.SourcePosition;
import org.dateline.load.SiteSources;
import org.dateline.load.ArticleReader;
import org.dateline.load.ArticleSource;
import org.dateline.parse.ArticleParser;
import org.dateline.parse.LeadImage;
import org.dateline.parse.ParsedArticle;
import org.dateline.parse.WrittenLinks;
import org.dateline.parse.WrittenLinks.WrittenLink;
import org.dateline.render.FragmentTargets;

/**
 * The checks of {@code dateline check} on an assembled site: every link, {@code #fragment} and image
 * written in an article must lead to a page, an element of that page, or a static file, reported at
 * the article's line and column; links to other sites are only counted (no network); and the
 * editorial rules of {@link EditorialChecks}.
 */
final class SiteChecker {

    /** How many links were followed and how many point elsewhere. */
    record Counts(int internalLinks, int externalLinks) {
    }

    private final ArticleParser parser;
    private final ArticleReader reader;
    private final Map<String, ArticleSource> files = new HashMap<>();
    private final SiteTargets targets;
    private final Instant now;
    private final Map<String, Set<String>> ids = new HashMap<>();
    private int internal;
    private int external;

    /** @param bundled output paths of the files copied from page bundles, beside their articles' pages */
    SiteChecker(ArticleParser parser, SiteSources sources, long maxFileBytes, SiteOutput output, List<String> bundled,
                Instant now) {
        this.parser = parser;
        this.reader = new ArticleReader(sources.root(), maxFileBytes);
        sources.articles().forEach(file -> files.put(file.relPath(), file));
        this.targets = new SiteTargets(output, sources.staticDir(), bundled);
        this.now = now;
    }

    Counts check(Site site, Problems problems) {
        List<Article> articles = site.allArticles();
        List<Article> linked = new java.util.ArrayList<>(articles);
        linked.addAll(site.pages());
        for (Article article : linked) {
            ArticleSource file = files.get(article.file());
            if (file == null) {
                continue;
            }
            try {
                ParsedArticle parsed = parser.parse(reader.read(file));
                for (WrittenLink link : WrittenLinks.of(parsed)) {
                    checkLink(article, link).ifPresent(problems::add);
                }
            } catch (DatelineException e) {
                // already reported by the build itself
            }
            article.content().meta().image().ifPresent(image -> checkLeadImage(article, image).ifPresent(problems::add));
        }
        problems.addAll(new EditorialChecks(now).check(articles));
        return new Counts(internal, external);
    }

    private Optional<Problem> checkLink(Article article, WrittenLink link) {
        String url = link.url().strip();
        if (url.isEmpty()) {
            return Optional.empty();
        }
        SiteTargets.Kind kind = SiteTargets.kind(url);
        if (kind == SiteTargets.Kind.EXTERNAL) {
            external++;
            return Optional.empty();
        }
        if (kind == SiteTargets.Kind.OTHER) {
            return Optional.empty();
        }
        internal++;
        String what = link.image() ? "image" : "link";
        Optional<String> sitePath = SiteTargets.resolve(article.path(), url);
        if (sitePath.isEmpty()) {
            return Optional.of(Problem.error(link.position(), what + " \"" + url + "\" goes above the site's root",
                    "remove a `../`, or write the path from the site's root, e.g. `/world/`"));
        }
        Optional<SiteTargets.Target> target = targets.find(sitePath.get());
        if (target.isEmpty()) {
            return Optional.of(link.image()
                    ? Problem.error(link.position(), "image \"" + url + "\" not found: no file static"
                            + sitePath.get() + " and no page at that path", "add the picture to static/ or fix the path")
                    : Problem.error(link.position(), "link \"" + url + "\" goes nowhere: no page or static file at "
                            + sitePath.get(), "fix the path, or remove the link; site paths start with `/`, e.g. `/world/`"));
        }
        String fragment = SiteTargets.fragment(url);
        if (!fragment.isEmpty() && target.get().page().isPresent()
                && !idsOf(target.get().page().get()).contains(fragment)) {
            return Optional.of(Problem.error(link.position(), "link \"" + url + "\" goes nowhere: "
                    + target.get().page().get().path() + " has no element with id \"" + fragment + "\"",
                    "a heading's id is made from its text, e.g. `## Voting hours` gets `#voting-hours`"));
        }
        return Optional.empty();
    }

    private Optional<Problem> checkLeadImage(Article article, LeadImage image) {
        String src = image.src().strip();
        if (SiteTargets.kind(src) != SiteTargets.Kind.INTERNAL) {
            return Optional.empty();
        }
        SourcePosition position = article.content().meta().position("image", article.file());
        Optional<String> sitePath = SiteTargets.resolve(article.path(), src);
        if (sitePath.isPresent() && targets.find(sitePath.get()).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(Problem.error(position, "lead image \"" + src + "\" not found: no file static"
                + sitePath.orElse(src), "add the picture to static/ or fix `image:`"));
    }

    private Set<String> idsOf(OutputFile page) {
        return ids.computeIfAbsent(page.path(),
                path -> FragmentTargets.of(new String(page.bytes(), java.nio.charset.StandardCharsets.UTF_8)));
    }
}
