package org.dateline.syndicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedInput;
import org.dateline.assemble.Group;
import org.dateline.assemble.Site;
import org.dateline.assemble.Urls;
import org.dateline.config.SiteConfig;
import org.dateline.testing.JsonDocs;
import org.dateline.testing.RenderedSite;
import org.dateline.testing.TestSites;
import org.dateline.testing.XmlDocs;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RSS, Atom and JSON feeds of the site and of each section, author and tag, read back by Rome and a JSON parser. */
class FeedsTest {

    static final String HOSTILE_TITLE = "</script><script>alert(\"x\")</script> & 'quotes' <b>bold</b>\u2028end";
    static final String HOSTILE_AUTHOR = "O'Brien \"Bob\" <b>&</b>";
    static final String VOTE = "https://news.example.test/world/2024/07/01/harbour-vote/";

    @TempDir
    static Path tmp;

    static RenderedSite site;

    @BeforeAll
    static void build() {
        site = TestSites.build(TestSites.copy("distribution", tmp));
    }

    static Channel rss(RenderedSite built, String path) {
        try {
            return (Channel) new WireFeedInput().build(new StringReader(built.text(path)));
        } catch (FeedException e) {
            throw new AssertionError(path + " is not a feed Rome can read: " + e.getMessage(), e);
        }
    }

    static com.rometools.rome.feed.atom.Feed atom(RenderedSite built, String path) {
        try {
            return (com.rometools.rome.feed.atom.Feed) new WireFeedInput().build(new StringReader(built.text(path)));
        } catch (FeedException e) {
            throw new AssertionError(path + " is not a feed Rome can read: " + e.getMessage(), e);
        }
    }

    static String read(Path file) {
        try {
            return java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Map<String, Object> json(RenderedSite built, String path) {
        return JsonDocs.object(built.text(path));
    }

    @Test
    void rssHasTheChannelAndItemElementsRss2Requires() {
        Channel channel = rss(site, "feed.xml");
        assertEquals("rss_2.0", channel.getFeedType());
        assertEquals("The Test Gazette", channel.getTitle());
        assertEquals("https://news.example.test/", channel.getLink());
        assertEquals("News for tests", channel.getDescription());
        assertEquals("en-GB", channel.getLanguage());
        assertEquals(Date.from(Instant.parse("2024-07-01T10:30:00Z")), channel.getLastBuildDate());
        Item first = channel.getItems().get(0);
        assertEquals("Council backs harbour plan", first.getTitle());
        assertEquals(VOTE, first.getLink());
        assertEquals(VOTE, first.getGuid().getValue());
        assertTrue(first.getGuid().isPermaLink());
        assertEquals(Date.from(Instant.parse("2024-07-01T07:00:00Z")), first.getPubDate());
        assertEquals("The vote ends a decade of delay.", first.getDescription().getValue());
        assertTrue(first.getContent().getValue().startsWith("<p>The council voted 31 to 9 on Monday."));
        org.w3c.dom.Document dom = XmlDocs.parse(site.text("feed.xml"));
        assertEquals(List.of(FeedsTest.VOTE.replace("world/2024/07/01/harbour-vote/", "feed.xml")),
                XmlDocs.elements(dom, "http://www.w3.org/2005/Atom", "link").stream().map(l -> l.getAttribute("href")).toList());
    }

    @Test
    void rssCarriesAuthorsCategoriesAndDatesWithTheirOffsets() {
        Item first = rss(site, "feed.xml").getItems().get(0);
        DCModule dc = (DCModule) first.getModule(DCModule.URI);
        assertEquals(List.of("Selin Atay", "Zoë Ångström"), dc.getCreators());
        assertEquals(List.of("World", "harbour", "transport"), first.getCategories().stream().map(c -> c.getValue()).toList());
        org.w3c.dom.Document dom = XmlDocs.parse(site.text("feed.xml"));
        assertEquals("Mon, 1 Jul 2024 10:00:00 +0300", XmlDocs.texts(dom, "", "pubDate").get(0));
        assertEquals("2024-07-01T13:30:00+03:00", XmlDocs.texts(dom, "http://purl.org/dc/terms/", "modified").get(0));
    }

    @Test
    void atomHasTheElementsRfc4287Requires() {
        com.rometools.rome.feed.atom.Feed feed = atom(site, "atom.xml");
        assertEquals("atom_1.0", feed.getFeedType());
        assertEquals("https://news.example.test/atom.xml", feed.getId());
        assertEquals("The Test Gazette", feed.getTitle());
        assertEquals(Date.from(Instant.parse("2024-07-01T10:30:00Z")), feed.getUpdated());
        assertEquals("Test Gazette Ltd", feed.getAuthors().get(0).getName());
        assertEquals("https://news.example.test/", feed.getAlternateLinks().get(0).getHref());
        Link self = feed.getOtherLinks().stream().filter(l -> l.getRel().equals("self")).findFirst().orElseThrow();
        assertEquals("https://news.example.test/atom.xml", self.getHref());
        for (Entry entry : feed.getEntries()) {
            assertFalse(entry.getId().isEmpty());
            assertFalse(entry.getTitle().isEmpty());
            assertTrue(entry.getUpdated() != null && entry.getPublished() != null);
            assertEquals(entry.getId(), entry.getAlternateLinks().get(0).getHref());
        }
        Entry vote = feed.getEntries().get(0);
        assertEquals(VOTE, vote.getId());
        assertEquals(List.of("Selin Atay", "Zoë Ångström"), vote.getAuthors().stream().map(a -> a.getName()).toList());
        assertEquals("https://news.example.test/authors/selin-atay/", vote.getAuthors().get(0).getUri());
        assertEquals(List.of("World", "harbour", "transport"), vote.getCategories().stream().map(c -> c.getTerm()).toList());
        assertEquals("html", vote.getContents().get(0).getType());
        assertEquals("The vote ends a decade of delay.", vote.getSummary().getValue());
        org.w3c.dom.Document dom = XmlDocs.parse(site.text("atom.xml"));
        assertEquals("2024-07-01T10:00:00+03:00", XmlDocs.texts(dom, "http://www.w3.org/2005/Atom", "published").get(0));
        assertEquals("2024-07-01T13:30:00+03:00",
                XmlDocs.texts(dom, "http://www.w3.org/2005/Atom", "updated").get(1));
    }

    @Test
    void jsonFeedHasVersionTitleAndItemsWithIdUrlAndDates() {
        Map<String, Object> feed = json(site, "feed.json");
        assertEquals("https://jsonfeed.org/version/1.1", feed.get("version"));
        assertEquals("The Test Gazette", feed.get("title"));
        assertEquals("https://news.example.test/", feed.get("home_page_url"));
        assertEquals("https://news.example.test/feed.json", feed.get("feed_url"));
        List<Object> items = JsonDocs.list(feed.get("items"));
        assertEquals(3, items.size());
        Map<String, Object> vote = JsonDocs.map(items.get(0));
        assertEquals(VOTE, vote.get("id"));
        assertEquals(VOTE, vote.get("url"));
        assertEquals("2024-07-01T10:00:00+03:00", vote.get("date_published"));
        assertEquals("2024-07-01T13:30:00+03:00", vote.get("date_modified"));
        assertEquals("https://news.example.test/images/quay.svg", vote.get("image"));
        assertEquals(List.of("World", "harbour", "transport"), vote.get("tags"));
        assertEquals("https://news.example.test/authors/zoe-angstrom/",
                JsonDocs.map(JsonDocs.list(vote.get("authors")).get(1)).get("url"));
        assertTrue(((String) vote.get("content_html")).startsWith("<p>The council voted"));
        for (Object item : items) {
            assertTrue(JsonDocs.map(item).keySet().containsAll(List.of("id", "url", "title", "date_published")));
        }
    }

    @Test
    void feedsHoldTheNewestFeedSizeArticlesNewestFirst() {
        List<String> newest = List.of("Council backs harbour plan", HOSTILE_TITLE, "Fish prices rise");
        assertEquals(newest, rss(site, "feed.xml").getItems().stream().map(Item::getTitle).toList());
        assertEquals(newest, atom(site, "atom.xml").getEntries().stream().map(Entry::getTitle).toList());
        assertEquals(newest, JsonDocs.list(json(site, "feed.json").get("items")).stream()
                .map(item -> JsonDocs.map(item).get("title")).toList());
    }

    @Test
    void sectionAuthorAndTagFeedsSitBesideTheirPages() {
        for (String folder : List.of("world/", "business/", "culture/", "authors/selin-atay/", "authors/zoe-angstrom/",
                "tags/harbour/", "tags/fisheries/")) {
            for (String file : List.of("feed.xml", "atom.xml", "feed.json")) {
                assertTrue(site.files().contains(folder + file), folder + file);
            }
        }
        Channel world = rss(site, "world/feed.xml");
        assertEquals("World | The Test Gazette", world.getTitle());
        assertEquals("https://news.example.test/world/", world.getLink());
        assertEquals(List.of("Council backs harbour plan", HOSTILE_TITLE),
                world.getItems().stream().map(Item::getTitle).toList());
        assertEquals(List.of("Council backs harbour plan", "Fish prices rise"),
                atom(site, "authors/selin-atay/atom.xml").getEntries().stream().map(Entry::getTitle).toList());
        assertEquals("https://news.example.test/tags/fisheries/feed.json", json(site, "tags/fisheries/feed.json").get("feed_url"));
    }

    @Test
    void fullContentHasTheBodyWithAbsoluteLinks() {
        org.jsoup.nodes.Document body = org.jsoup.Jsoup.parseBodyFragment(
                rss(site, "feed.xml").getItems().get(0).getContent().getValue());
        assertEquals(List.of("https://news.example.test/images/plan.svg", VOTE + "agenda/", VOTE + "#fn-1"),
                body.select("p a").eachAttr("href"));
    }

    @Test
    void summaryFeedsCarryTheStandfirstOnly(@TempDir Path other) {
        Path copy = TestSites.copy("distribution", other);
        TestSites.write(copy, "site.yaml", read(copy.resolve("site.yaml")) + "feed_content: summary\n");
        RenderedSite summary = TestSites.build(copy);
        Item item = rss(summary, "feed.xml").getItems().get(0);
        assertEquals("The vote ends a decade of delay.", item.getDescription().getValue());
        assertEquals(null, item.getContent());
        Entry entry = atom(summary, "atom.xml").getEntries().get(0);
        assertTrue(entry.getContents().isEmpty());
        assertEquals("The vote ends a decade of delay.", entry.getSummary().getValue());
        Map<String, Object> first = JsonDocs.map(JsonDocs.list(json(summary, "feed.json").get("items")).get(0));
        assertEquals("The vote ends a decade of delay.", first.get("content_text"));
        assertFalse(first.containsKey("content_html"));
    }

    @Test
    void hostileTitlesAndNamesRoundTripThroughEveryFeed() {
        assertEquals(HOSTILE_TITLE, rss(site, "feed.xml").getItems().get(1).getTitle());
        Entry entry = atom(site, "atom.xml").getEntries().get(1);
        assertEquals(HOSTILE_TITLE, entry.getTitle());
        assertEquals(HOSTILE_AUTHOR, entry.getAuthors().get(0).getName());
        Map<String, Object> item = JsonDocs.map(JsonDocs.list(json(site, "feed.json").get("items")).get(1));
        assertEquals(HOSTILE_TITLE, item.get("title"));
        assertEquals(HOSTILE_AUTHOR, JsonDocs.map(JsonDocs.list(item.get("authors")).get(0)).get("name"));
    }

    @Test
    void everyPageLinksItsFeedsInItsHead() {
        Document home = site.page("index.html");
        assertEquals(List.of("application/rss+xml", "application/atom+xml", "application/feed+json"),
                home.select("head link[rel=alternate]").eachAttr("type"));
        assertEquals(List.of("https://news.example.test/feed.xml", "https://news.example.test/atom.xml",
                "https://news.example.test/feed.json"), home.select("head link[rel=alternate]").eachAttr("href"));
        assertEquals("The Test Gazette (RSS)", home.expectFirst("head link[rel=alternate]").attr("title"));
        Document article = site.page("world/2024/07/01/harbour-vote/index.html");
        assertEquals(home.select("head link[rel=alternate]").eachAttr("href"),
                article.select("head link[rel=alternate]").eachAttr("href"));
    }

    @Test
    void aSectionAuthorOrTagPageLinksItsOwnFeedsFirst() {
        SiteConfig config = SiteConfig.defaults().withBaseUrl("https://news.example.test/");
        Site bare = new Site(config, new Urls(config), List.of(),
                List.of(new Group("World", "world", "/world/", List.of())), List.of(),
                List.of(new Group("harbour", "harbour", "/tags/harbour/", List.of())));
        List<FeedLinkView> world = new FeedLinks(bare).forPage("/world/");
        assertEquals(List.of("https://news.example.test/world/feed.xml", "https://news.example.test/world/atom.xml",
                "https://news.example.test/world/feed.json", "https://news.example.test/feed.xml",
                "https://news.example.test/atom.xml", "https://news.example.test/feed.json"),
                world.stream().map(FeedLinkView::url).toList());
        assertEquals("World | Dateline (Atom)", world.get(1).title());
        assertEquals("https://news.example.test/tags/harbour/feed.json", new FeedLinks(bare).forPage("/tags/harbour/").get(2).url());
        assertEquals(3, new FeedLinks(bare).forPage("/").size());
    }

    @Test
    void authorAndTagFeedsHoldAtMostTenEntries(@TempDir Path other) {
        Path copy = TestSites.empty(other, "title: T\nbase_url: https://news.example.test/\nfeed_size: 12\n");
        for (int day = 1; day <= 13; day++) {
            TestSites.write(copy, String.format(java.util.Locale.ROOT, "content/world/a%02d.md", day), "---\ntitle: A"
                    + day + "\ndate: 2024-06-" + String.format(java.util.Locale.ROOT, "%02d", day)
                    + "T10:00:00\nauthor: Ann Lee\ntags: [harbour]\n---\nText " + day + ".\n");
        }
        RenderedSite built = TestSites.build(copy);
        assertEquals(12, rss(built, "feed.xml").getItems().size());
        assertEquals(12, rss(built, "world/feed.xml").getItems().size());
        assertEquals(10, rss(built, "tags/harbour/feed.xml").getItems().size());
        assertEquals(10, atom(built, "authors/ann-lee/atom.xml").getEntries().size());
        assertEquals(10, JsonDocs.list(json(built, "tags/harbour/feed.json").get("items")).size());
        assertEquals("A13", rss(built, "tags/harbour/feed.xml").getItems().get(0).getTitle());
    }
}
