package org.dateline.syndicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.dateline.assemble.Article;
import org.dateline.assemble.Site;
import org.dateline.assemble.Urls;
import org.dateline.config.SiteConfig;
import org.dateline.diag.Reporter;
import org.dateline.parse.ArticleMeta;
import org.dateline.pipeline.BuildPipeline;
import org.dateline.pipeline.BuildRequest;
import org.dateline.render.RenderedArticle;
import org.dateline.testing.RenderedSite;
import org.dateline.testing.TestSites;
import org.dateline.testing.XmlDocs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * sitemap.xml and news-sitemap.xml, checked against schemas that encode the sitemap protocol and
 * Google's news-sitemap rules (src/test/resources/xsd), with the fixed clock 2024-07-01T12:00Z.
 */
class SitemapsTest {

    static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";
    static final String BASE = "https://news.example.test/";

    @TempDir
    static Path tmp;

    static RenderedSite site;

    @BeforeAll
    static void build() {
        site = TestSites.build(TestSites.copy("distribution", tmp));
    }

    @Test
    void sitemapListsEveryPageOnceWithItsLastChange() {
        String xml = site.text("sitemap.xml");
        XmlDocs.validate(xml, "/xsd/sitemap.xsd");
        Document sitemap = XmlDocs.parse(xml);
        assertEquals(NS, sitemap.getDocumentElement().getNamespaceURI());
        assertEquals("urlset", sitemap.getDocumentElement().getLocalName());
        List<String> pages = site.files().stream().filter(f -> f.endsWith(".html") && !f.equals("404.html"))
                .map(f -> BASE + f.replaceFirst("index\\.html$", "")).sorted().toList();
        List<String> locs = XmlDocs.texts(sitemap, NS, "loc");
        assertTrue(locs.stream().allMatch(loc -> loc.chars().allMatch(c -> c < 128)), "URLs are percent-encoded");
        List<String> decoded = locs.stream()
                .map(loc -> java.net.URLDecoder.decode(loc, java.nio.charset.StandardCharsets.UTF_8)).toList();
        assertEquals(pages, decoded.stream().sorted().toList());
        assertEquals(locs.size(), new java.util.HashSet<>(locs).size(), "each page once");
        assertEquals("2024-07-01T13:30:00+03:00", lastmod(sitemap, FeedsTest.VOTE), "an article's updated date");
        assertEquals("2024-07-01T13:30:00+03:00", lastmod(sitemap, BASE), "the front page's newest article");
        assertEquals("2024-05-01T09:00:00+03:00", lastmod(sitemap, BASE + "business/2024/05/01/no-byline/"));
    }

    private static String lastmod(Document sitemap, String loc) {
        Element url = XmlDocs.elements(sitemap, NS, "url").stream()
                .filter(u -> XmlDocs.children(u, NS, "loc").get(0).getTextContent().equals(loc))
                .findFirst().orElseThrow(() -> new AssertionError("no <url> for " + loc));
        return XmlDocs.children(url, NS, "lastmod").get(0).getTextContent();
    }

    @Test
    void newsSitemapHoldsOnlyArticlesOfTheTwoDaysBeforeTheBuild() {
        String xml = site.text("news-sitemap.xml");
        XmlDocs.validate(xml, "/xsd/sitemap.xsd");
        Document news = XmlDocs.parse(xml);
        // 2024-06-29T12:00:00Z is exactly two days before the clock: in; 11:59:59Z is not.
        assertEquals(List.of(FeedsTest.VOTE, BASE + "world/2024/06/29/hostile/"), XmlDocs.texts(news, NS, "loc"));
        assertEquals(List.of("Test Gazette Ltd", "Test Gazette Ltd"), XmlDocs.texts(news, NEWS, "name"));
        assertEquals(List.of("en", "en"), XmlDocs.texts(news, NEWS, "language"));
        assertEquals(List.of("2024-07-01T10:00:00+03:00", "2024-06-29T15:00:00+03:00"),
                XmlDocs.texts(news, NEWS, "publication_date"));
        assertEquals(List.of("Council backs harbour plan", FeedsTest.HOSTILE_TITLE), XmlDocs.texts(news, NEWS, "title"));
    }

    @Test
    void noNewsSitemapWhenNoArticleIsRecent(@TempDir Path other) {
        Path copy = TestSites.copy("distribution", other);
        Clock later = Clock.fixed(Instant.parse("2024-07-03T07:00:01Z"), ZoneOffset.UTC);
        BuildRequest request = new BuildRequest(copy, copy.resolveSibling("out"), false, false, Optional.empty(), later);
        new BuildPipeline(Reporter.silent(), 2).build(request);
        RenderedSite built = new RenderedSite(request.output(), null);
        assertFalse(built.files().contains("news-sitemap.xml"));
        assertTrue(built.files().contains("sitemap.xml"));
    }

    @Test
    void newsSitemapHoldsAtMostOneThousandArticlesNewestFirst() {
        SiteConfig config = SiteConfig.defaults().withBaseUrl(BASE);
        Instant now = TestSites.CLOCK.instant();
        List<Article> newestFirst = IntStream.range(0, 1001)
                .mapToObj(i -> article("story-" + (1000 - i), now.minusSeconds(i + 1).atOffset(ZoneOffset.UTC))).toList();
        Site many = new Site(config, new Urls(config), newestFirst, List.of(), List.of(), List.of());
        String xml = new NewsSitemap(many, new Links(many.urls()), now).text().orElseThrow();
        XmlDocs.validate(xml, "/xsd/sitemap.xsd");
        List<String> titles = XmlDocs.texts(XmlDocs.parse(xml), NEWS, "title");
        assertEquals(1000, titles.size());
        assertEquals("story-1000", titles.get(0));
        assertFalse(titles.contains("story-0"), "the oldest is the one left out");
    }

    @Test
    void theNextChangeIsTheSoonestMomentAnArticleEntersOrLeavesTheNewsSitemap() {
        SiteConfig config = SiteConfig.defaults().withBaseUrl(BASE);
        OffsetDateTime now = OffsetDateTime.of(2024, 7, 1, 12, 0, 0, 0, ZoneOffset.UTC);
        // leaving the news sitemap two days after their dates: 07-03T12:00, 07-03T00:00, 07-01T06:00 (passed)
        List<Article> articles = List.of(article("b", now), article("a", now.minusHours(12)),
                article("c", now.minusHours(54)));
        Site site = new Site(config, new Urls(config), articles, List.of(), List.of(), List.of());
        assertEquals(Optional.of(Instant.parse("2024-07-03T00:00:00.000000001Z")),
                Sitemaps.nextChange(site, now.toInstant()));
        // an article still to come counts from its own date
        Site ahead = new Site(config, new Urls(config), List.of(article("d", now.plusHours(3))), List.of(), List.of(),
                List.of());
        assertEquals(Optional.of(Instant.parse("2024-07-01T15:00:00Z")), Sitemaps.nextChange(ahead, now.toInstant()));
        Site old = new Site(config, new Urls(config), List.of(article("e", now.minusDays(3))), List.of(), List.of(),
                List.of());
        assertEquals(Optional.empty(), Sitemaps.nextChange(old, now.toInstant()));
    }

    /** A bare article, for tests that need many without building them. */
    static Article article(String slug, OffsetDateTime published) {
        ArticleMeta meta = new ArticleMeta(slug, published, Optional.empty(), List.of(), "", "", "", List.of(), slug,
                false, Optional.empty(), "", List.of(), List.of(), Map.of(), Map.of());
        RenderedArticle content = new RenderedArticle("content/" + slug + ".md", meta, "<p>Text.</p>", "Text.",
                List.of(), 1, List.of());
        return new Article(content, "", "/" + slug + "/", slug + "/index.html", published, Optional.empty());
    }

    @Test
    void aSitemapPastTheUrlLimitBecomesAnIndexOfSitemaps() {
        List<Sitemaps.Entry> entries = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            entries.add(new Sitemaps.Entry(BASE + "p" + i + "/",
                    Optional.of(OffsetDateTime.of(2024, 5, 1 + i, 9, 0, 0, 0, ZoneOffset.ofHours(3)))));
        }
        Map<String, String> files = Sitemaps.files(entries, BASE, 2, Sitemaps.MAX_BYTES);
        assertEquals(List.of("sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap.xml"), List.copyOf(files.keySet()));
        String index = files.get("sitemap.xml");
        XmlDocs.validate(index, "/xsd/siteindex.xsd");
        Document parsed = XmlDocs.parse(index);
        assertEquals(List.of(BASE + "sitemap-1.xml", BASE + "sitemap-2.xml", BASE + "sitemap-3.xml"),
                XmlDocs.texts(parsed, NS, "loc"));
        assertEquals("2024-05-02T09:00:00+03:00", XmlDocs.texts(parsed, NS, "lastmod").get(0));
        List<String> all = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            String part = files.get("sitemap-" + i + ".xml");
            XmlDocs.validate(part, "/xsd/sitemap.xsd");
            List<String> locs = XmlDocs.texts(XmlDocs.parse(part), NS, "loc");
            assertTrue(locs.size() <= 2);
            all.addAll(locs);
        }
        assertEquals(entries.stream().map(Sitemaps.Entry::loc).toList(), all);
    }

    @Test
    void aSitemapPastTheByteLimitIsSplitToo() {
        List<Sitemaps.Entry> entries = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            entries.add(new Sitemaps.Entry(BASE + "x".repeat(100) + i + "/", Optional.empty()));
        }
        int oneUrlFile = Sitemaps.files(entries.subList(0, 1), BASE, 10, Sitemaps.MAX_BYTES).get("sitemap.xml").length();
        Map<String, String> files = Sitemaps.files(entries, BASE, 10, oneUrlFile + 10);
        assertEquals(5, files.size());
        files.forEach((name, text) -> assertTrue(text.length() <= oneUrlFile + 10 || name.equals("sitemap.xml")));
        XmlDocs.validate(files.get("sitemap.xml"), "/xsd/siteindex.xsd");
    }

    @Test
    void fiftyThousandUrlsStillFitOneSitemap() {
        List<Sitemaps.Entry> entries = IntStream.range(0, Sitemaps.MAX_URLS)
                .mapToObj(i -> new Sitemaps.Entry(BASE + i + "/", Optional.empty())).toList();
        assertEquals(List.of("sitemap.xml"), List.copyOf(Sitemaps.files(entries, BASE, Sitemaps.MAX_URLS,
                Sitemaps.MAX_BYTES).keySet()));
        List<Sitemaps.Entry> more = new ArrayList<>(entries);
        more.add(new Sitemaps.Entry(BASE + "one-more/", Optional.empty()));
        assertEquals(3, Sitemaps.files(more, BASE, Sitemaps.MAX_URLS, Sitemaps.MAX_BYTES).size());
    }

    @Test
    void theSchemasRejectWhatTheRulesForbid() {
        String relative = "<?xml version=\"1.0\"?><urlset xmlns=\"" + NS + "\"><url><loc>/world/x/</loc></url></urlset>";
        assertThrows(AssertionError.class, () -> XmlDocs.validate(relative, "/xsd/sitemap.xsd"));
        String noZone = "<?xml version=\"1.0\"?><urlset xmlns=\"" + NS + "\"><url><loc>https://a.test/x/</loc>"
                + "<lastmod>2024-05-01T10:00:00</lastmod></url></urlset>";
        assertThrows(AssertionError.class, () -> XmlDocs.validate(noZone, "/xsd/sitemap.xsd"));
        String empty = "<?xml version=\"1.0\"?><urlset xmlns=\"" + NS + "\"></urlset>";
        assertThrows(AssertionError.class, () -> XmlDocs.validate(empty, "/xsd/sitemap.xsd"));
        String noTitle = site.text("news-sitemap.xml").replaceAll("<news:title>[^<]*</news:title>", "");
        assertThrows(AssertionError.class, () -> XmlDocs.validate(noTitle, "/xsd/sitemap.xsd"));
    }

    @Test
    void newsLanguageIsAnIso639CodeOrAChineseVariant() {
        assertEquals("en", NewsSitemap.language(Locale.forLanguageTag("en-GB")));
        assertEquals("tr", NewsSitemap.language(Locale.forLanguageTag("tr")));
        assertEquals("zh-tw", NewsSitemap.language(Locale.forLanguageTag("zh-TW")));
        assertEquals("zh-tw", NewsSitemap.language(Locale.forLanguageTag("zh-Hant")));
        assertEquals("zh-cn", NewsSitemap.language(Locale.forLanguageTag("zh-Hans-HK")));
        assertEquals("zh-cn", NewsSitemap.language(Locale.forLanguageTag("zh")));
    }

    @Test
    void aSitemapPatchedFromTheLastOneIsTheOneMadeFromEveryPage() {
        SiteConfig config = SiteConfig.defaults().withBaseUrl(BASE);
        OffsetDateTime may = OffsetDateTime.of(2024, 5, 1, 9, 0, 0, 0, ZoneOffset.ofHours(3));
        List<Article> articles = List.of(article("c", may.plusDays(2)), article("b", may.plusDays(1)), article("a", may));
        Site site = new Site(config, new Urls(config), articles, List.of(), List.of(), List.of());
        List<org.dateline.assemble.Route> before = pages("index.html", "c/index.html", "b/index.html", "404.html",
                "a/index.html", "tags/index.html");
        Sitemaps sitemaps = new Sitemaps(TestSites.CLOCK.instant());
        String last = sitemaps.routes(site, before).get(0).context().get("text").toString();
        // a page added between others, one removed, one made again: the rest kept from the last text
        List<org.dateline.assemble.Route> after = pages("index.html", "c/index.html", "tags/new/index.html",
                "404.html", "a/index.html", "tags/index.html");
        String whole = sitemaps.routes(site, after).get(0).context().get("text").toString();
        java.util.Set<String> changed = java.util.Set.of("tags/new/index.html", "a/index.html");
        assertEquals(whole, sitemaps.routes(site, after, before, last, changed).get(0).context().get("text"));
        assertEquals("<url>\n<loc>" + BASE + "tags/new/</loc>\n</url>\n",
                whole.substring(whole.indexOf("<url>\n<loc>" + BASE + "tags/new/"), whole.indexOf("<url>\n<loc>" + BASE + "a/")));
        // what is not named changed is copied, whatever it says; what is, is made again
        String stale = last.replace("2024-05-03T09:00:00+03:00", "1999-01-01T00:00:00Z");
        String patched = sitemaps.routes(site, after, before, stale, changed).get(0).context().get("text").toString();
        assertEquals(whole.replace("2024-05-03T09:00:00+03:00", "1999-01-01T00:00:00Z"), patched);
        assertEquals(whole, sitemaps.routes(site, after, before, stale, java.util.Set.of("index.html", "c/index.html",
                "tags/new/index.html")).get(0).context().get("text"));
        // a last text that does not list the last pages, or an index of sitemaps: every entry made again
        assertEquals(whole, sitemaps.routes(site, after, before.subList(0, 3), last, changed).get(0).context().get("text"));
        assertEquals(whole, sitemaps.routes(site, after, before, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<sitemapindex xmlns=\"" + NS + "\">\n</sitemapindex>\n", changed).get(0).context().get("text"));
    }

    private static List<org.dateline.assemble.Route> pages(String... paths) {
        return java.util.Arrays.stream(paths).map(path -> new org.dateline.assemble.Route(path, "page.html", Map.of(),
                "test")).toList();
    }

    @Test
    void sitePathsComeFromOutputPaths() {
        assertEquals("/", Sitemaps.sitePath("index.html"));
        assertEquals("/world/x/", Sitemaps.sitePath("world/x/index.html"));
        assertEquals("/world/x.html", Sitemaps.sitePath("world/x.html"));
    }
}
