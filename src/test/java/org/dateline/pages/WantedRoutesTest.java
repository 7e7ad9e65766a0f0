package org.dateline.pages;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.dateline.assemble.Group;
import org.dateline.assemble.Parallel;
import org.dateline.assemble.Route;
import org.dateline.assemble.Site;
import org.dateline.assemble.SiteAssembler;
import org.dateline.config.Listing;
import org.dateline.config.SiteConfig;
import org.dateline.diag.Problems;
import org.dateline.parse.ArticleMeta;
import org.dateline.render.RenderedArticle;
import org.dateline.template.TemplateEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild of a few pages lists only those ({@link PageRenderer#routes(Site, Predicate, Set)}): a listing
 * cuts and views only its wanted pages, the tags and authors indexes are made only when wanted, and
 * every page listed so renders to the bytes the whole site's listing gives it.
 */
class WantedRoutesTest {

    private static final String HARBOUR_2 = "tags/harbour/page/2/index.html";

    @TempDir
    Path tmp;

    private static RenderedArticle article(String file, String published, List<String> tags) {
        ArticleMeta meta = new ArticleMeta("Story " + file.replaceAll("\\W", ""), OffsetDateTime.parse(published),
                Optional.empty(), List.of("Selin Atay"), "", "", "World", tags, file.replaceAll("\\W", ""), false,
                Optional.empty(), "", List.of(), List.of(), Map.of(), Map.of());
        return new RenderedArticle(file, meta, "<p>Body.</p>", "Body.", List.of(), 1, List.of());
    }

    /** Three articles tagged Harbour (one also Ports), one article a listing page. */
    private static Site site() {
        SiteConfig d = SiteConfig.defaults().withBaseUrl("https://news.example.test/");
        SiteConfig config = new SiteConfig(d.title(), d.description(), d.baseUrl(), d.language(), d.timeZone(),
                d.dateFormat(), d.permalink(), d.publisher(), d.params(), new Listing(1, List.of()), d.feeds(),
                d.safety(), d.imageCrops(), false);
        return new SiteAssembler(config).assemble(List.of(
                article("content/world/a.md", "2024-05-03T10:00Z", List.of("Harbour")),
                article("content/world/b.md", "2024-05-02T10:00Z", List.of("Harbour", "Ports")),
                article("content/world/c.md", "2024-05-01T10:00Z", List.of("Harbour"))), new Problems());
    }

    private static Group tag(Site site, String slug) {
        return site.tags().stream().filter(group -> group.slug().equals(slug)).findFirst().orElseThrow();
    }

    private static List<String> paths(List<Route> routes) {
        return routes.stream().map(Route::outputPath).toList();
    }

    @Test
    void aListingCutsAndViewsOnlyItsWantedPages() {
        Site site = site();
        Group harbour = tag(site, "harbour");
        Views views = new Views(site).wanting(HARBOUR_2::equals);
        AtomicInteger made = new AtomicInteger();
        Listings.Listing listing = new Listings.Listing("tag", TagPages.TEMPLATE, "Harbour", "", harbour.path(),
                "tag \"Harbour\"");
        List<Route> routes = Listings.routes(site, views, listing, harbour.articles(), () -> {
            made.incrementAndGet();
            return Map.of("tag", views.tag(harbour));
        });

        assertEquals(List.of(HARBOUR_2), paths(routes));
        assertEquals("tag \"Harbour\", page 2", routes.get(0).origin());
        assertEquals(List.of("Story contentworldbmd"), ((List<?>) routes.get(0).context().get("articles")).stream()
                .map(view -> ((Views.ArticleView) view).title()).toList());
        assertEquals(1, made.get(), "the listing's own views, once");

        views.wanting(path -> false);
        assertEquals(List.of(), Listings.routes(site, views, listing, harbour.articles(), () -> {
            made.incrementAndGet();
            return Map.of();
        }));
        assertEquals(1, made.get(), "no page wanted: no views made");
    }

    @Test
    void theIndexesAreMadeOnlyWhenWanted() {
        Site site = site();
        Views views = new Views(site).wanting(Set.of("tags/ports/index.html", "authors/selin-atay/index.html")::contains);
        assertEquals(List.of("tags/ports/index.html"), paths(new TagPages().routes(site, views)));
        assertEquals(List.of("authors/selin-atay/index.html"), paths(new AuthorPages().routes(site, views)));

        views.wanting(Set.of("tags/index.html", "authors/index.html")::contains);
        assertEquals(List.of("tags/index.html"), paths(new TagPages().routes(site, views)));
        assertEquals(List.of("authors/index.html"), paths(new AuthorPages().routes(site, views)));
    }

    @Test
    void theWantedPagesRenderAsTheWholeSitesListingRendersThem() {
        Site site = site();
        Set<String> wanted = Set.of("world/2024/05/02/contentworldbmd/index.html", "index.html", "page/3/index.html",
                HARBOUR_2, "tags/harbour/page/3/index.html", "tags/index.html", "authors/selin-atay/page/2/index.html",
                "world/page/2/index.html", "2024/05/page/3/index.html", "2024/index.html", "tags/ports/feed.xml",
                "robots.txt");

        List<Route> listed = renderer(site).routes(site, wanted::contains, Set.of());

        assertEquals(wanted.size(), listed.size());
        assertRenderAsTheWholeSite(site, wanted, listed);
        assertEquals("world/2024/05/02/contentworldbmd/index.html", listed.get(0).outputPath(), "the article pages come first");
    }

    @Test
    void aFreshStartsArticlePagesTakeTheRelationsMadeAheadAndRenderAsTheWholeSitesDo() {
        Site site = site();
        Set<String> wanted = Set.of("world/2024/05/02/contentworldbmd/index.html", "robots.txt");

        PageRenderer fresh = renderer(site);
        fresh.robots(site);
        fresh.ahead(site);
        org.dateline.assemble.Relations made = fresh.relations(site);
        assertSame(made, fresh.relations(site), "made once, ahead");
        List<Route> listed = fresh.routes(site, wanted::contains, Set.of(), made.retagged(site, Set.of()));

        assertRenderAsTheWholeSite(site, wanted, listed);
    }

    /** A renderer of {@code site}'s pages, serial, at a fixed time, with the test's templates. */
    private PageRenderer renderer(Site site) {
        return new PageRenderer(new TemplateEngine(tmp.resolve("templates")), Instant.parse("2024-05-04T00:00:00Z"),
                site.config(), Optional.empty(), Parallel.SERIAL);
    }

    /** {@code listed} is every wanted page and no other, each rendering to the bytes the whole site's listing renders. */
    private void assertRenderAsTheWholeSite(Site site, Set<String> wanted, List<Route> listed) {
        PageRenderer whole = renderer(site);
        Map<String, Route> all = new java.util.HashMap<>();
        whole.routes(site, new Problems()).forEach(route -> all.put(route.outputPath(), route));
        assertEquals(wanted, Set.copyOf(paths(listed)), "every wanted page, no other: " + all.keySet());
        for (Route route : listed) {
            assertArrayEquals(whole.bytes(all.get(route.outputPath())), whole.bytes(route), route.outputPath());
        }
    }
}
