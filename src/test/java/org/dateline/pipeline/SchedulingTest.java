package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.dateline.diag.Reporter;
import org.dateline.testing.LinkChecker;
import org.dateline.testing.RenderedSite;
import org.dateline.testing.TestSites;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drafts, scheduled and expiring articles, built at {@link TestSites#CLOCK} (2024-07-01T12:00Z) with and
 * without {@code --drafts} and {@code --future}.
 */
class SchedulingTest {

    private static final List<String> ALL = List.of("today", "draft", "future-draft", "tomorrow", "next-week",
            "expired", "expiring");

    @TempDir
    Path tmp;

    private RenderedSite build(boolean drafts, boolean future, Clock clock) {
        Path site = TestSites.copy("scheduling", tmp);
        BuildRequest request = new BuildRequest(site, tmp.resolve("out"), drafts, future, Optional.empty(), clock);
        return new RenderedSite(request.output(), new BuildPipeline(Reporter.silent(), 2).build(request));
    }

    private static List<String> published(RenderedSite site) {
        return ALL.stream().filter(name -> site.files().stream().anyMatch(f -> f.endsWith("/" + name + "/index.html")))
                .toList();
    }

    @Test
    void withoutFlagsDraftsAndFutureArticlesAreLeftOut() {
        RenderedSite site = build(false, false, TestSites.CLOCK);
        assertEquals(List.of("today", "expired", "expiring"), published(site));
        assertEquals(3, site.result().articles());
        assertEquals(4, site.result().skipped());
    }

    @Test
    void draftsAddsTheDraftsThatAreDueButNoFutureArticle() {
        assertEquals(List.of("today", "draft", "expired", "expiring"), published(build(true, false, TestSites.CLOCK)));
    }

    @Test
    void futureAddsTheScheduledArticlesButNoDraft() {
        assertEquals(List.of("today", "tomorrow", "next-week", "expired", "expiring"),
                published(build(false, true, TestSites.CLOCK)));
    }

    @Test
    void bothFlagsPublishEverything() {
        assertEquals(ALL, published(build(true, true, TestSites.CLOCK)));
    }

    @Test
    void theNextScheduledPublicationIsTheEarliestArticleWaitingForItsDate() {
        BuildResult result = build(false, false, TestSites.CLOCK).result();
        assertEquals(Optional.of(new Scheduled(Instant.parse("2024-07-02T06:00:00Z"), "content/world/tomorrow.md")),
                result.nextPublication());
        assertEquals(Optional.of(new Scheduled(Instant.parse("2024-07-05T00:00:00Z"), "content/world/expiring.md")),
                result.nextExpiry());
        assertEquals(result.nextPublication(), result.nextChange());
    }

    @Test
    void withDraftsADraftDueTonightIsTheNextPublication() {
        assertEquals(Optional.of(new Scheduled(Instant.parse("2024-07-01T18:00:00Z"), "content/world/future-draft.md")),
                build(true, false, TestSites.CLOCK).result().nextPublication());
    }

    @Test
    void withFutureNothingWaitsSoOnlyTheExpiryIsScheduled() {
        BuildResult result = build(false, true, TestSites.CLOCK).result();
        assertEquals(Optional.empty(), result.nextPublication());
        assertEquals(Instant.parse("2024-07-05T00:00:00Z"), result.nextChange().orElseThrow().at());
    }

    @Test
    void aRebuildAtTheScheduledMomentPublishesTheArticle() {
        Clock then = Clock.fixed(Instant.parse("2024-07-02T06:00:00Z"), ZoneOffset.UTC);
        RenderedSite site = build(false, false, then);
        assertEquals(List.of("today", "tomorrow", "expired", "expiring"), published(site));
        assertEquals("Due tomorrow", site.page("index.html").expectFirst(".story--lead .story__headline").text());
    }

    @Test
    void anExpiredArticleKeepsItsPageWithANoticeButLeavesEveryListing() {
        RenderedSite site = build(false, false, TestSites.CLOCK);
        Document page = site.page("world/2024/06/01/expired/index.html");
        assertEquals("2024-06-30T00:00:00Z", page.expectFirst(".article__expired time").attr("datetime"));
        for (String listing : List.of("index.html", "world/index.html", "tags/news/index.html")) {
            assertEquals(List.of("Published today", "Wire story still licensed"),
                    site.page(listing).select(".story__headline").eachText(), listing);
        }
        // the year's page lists months, not articles: the expired one is not counted there either
        assertEquals("2 articles", site.page("2024/index.html").expectFirst(".listing__count").text());
        assertEquals(List.of("Wire story still licensed"), site.page("2024/06/index.html").select(".story__headline").eachText());
        assertFalse(site.files().contains("tags/licensed/index.html"));
        assertEquals(List.of("news"), site.page("tags/index.html").select(".directory__name").eachText());
        assertEquals(List.of(), new LinkChecker(site.output(), "").danglingLinks());
    }

    @Test
    void anExpiryStillToComeChangesNothingYet() {
        Document page = build(false, false, TestSites.CLOCK).page("world/2024/06/15/expiring/index.html");
        assertTrue(page.select(".article__expired").isEmpty());
    }
}
