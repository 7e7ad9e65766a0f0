package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.load.ArticleSource;
import org.dateline.load.SiteSources;
import org.junit.jupiter.api.Test;

/** The site's digest is the same whether runs of articles are digested anew or taken from the last call. */
class FingerprintsTest {

    private static final Path ROOT = Path.of("/site");

    private static SiteSources sources(List<ArticleSource> articles) {
        return new SiteSources(ROOT, articles, ROOT.resolve("templates"), ROOT.resolve("static"), List.of());
    }

    /** The digest with nothing kept from an earlier call. */
    private static String anew(List<ArticleSource> articles) {
        return Fingerprints.site(sources(articles), "listing", "bundles", new Fingerprints.Runs(), "config");
    }

    private static List<ArticleSource> articles(int count) {
        List<ArticleSource> articles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            articles.add(new ArticleSource(String.format(java.util.Locale.ROOT, "content/a%04d.md", i), "digest " + i));
        }
        return articles;
    }

    @Test
    void theRunsDigestedSideBySideAreTakenInTheArticlesOrder() {
        // the SHA-256 of "6:config", "7:listing", "8:articles", "3:522", each run's SHA-256 of its paths and
        // digests (length-prefixed) in order, "8:sections", "7:bundles" (written out by hand, in Python)
        assertEquals("5d5fbdb2bab92d446275b7856c6368e2ec8e02bb8efc2233d97d05333d78bee4",
                anew(articles(2 * Fingerprints.RUN + 10)));
    }

    @Test
    void aRunKeptFromTheLastCallGivesTheDigestOfARunDigestedAnew() {
        int count = 2 * Fingerprints.RUN + 10; // two whole runs and a short one
        List<ArticleSource> now = articles(count);
        Fingerprints.Runs runs = new Fingerprints.Runs();
        String first = Fingerprints.site(sources(now), "listing", "bundles", runs, "config");
        assertEquals(anew(now), first);

        // one article's digest put back, as a fresh start asks: the other runs are taken as they were
        List<ArticleSource> then = new ArrayList<>(now);
        then.set(Fingerprints.RUN + 3, new ArticleSource(now.get(Fingerprints.RUN + 3).relPath(), "the old digest"));
        String before = Fingerprints.site(sources(then), "listing", "bundles", runs, "config");
        assertEquals(anew(then), before);
        assertNotEquals(first, before, "one article's digest differs");
        assertEquals(first, Fingerprints.site(sources(now), "listing", "bundles", runs, "config"), "and back");

        // an equal article that is another object, an article more, one fewer, none
        List<ArticleSource> equal = new ArrayList<>(now);
        equal.set(5, new ArticleSource(now.get(5).relPath(), now.get(5).digest()));
        assertEquals(first, Fingerprints.site(sources(equal), "listing", "bundles", runs, "config"));
        List<ArticleSource> more = new ArrayList<>(now);
        more.add(new ArticleSource("content/z.md", "digest z"));
        assertEquals(anew(more), Fingerprints.site(sources(more), "listing", "bundles", runs, "config"));
        List<ArticleSource> fewer = now.subList(0, count - 1);
        assertEquals(anew(fewer), Fingerprints.site(sources(fewer), "listing", "bundles", runs, "config"));
        assertNotEquals(first, anew(fewer));
        List<ArticleSource> whole = now.subList(0, 2 * Fingerprints.RUN);
        assertEquals(anew(whole), Fingerprints.site(sources(whole), "listing", "bundles", runs, "config"));
        assertEquals(anew(List.of()), Fingerprints.site(sources(List.of()), "listing", "bundles", runs, "config"));
        assertNotEquals(anew(List.of()), anew(whole));
    }

    @Test
    void theListingDigestsEachPathLengthPrefixedWhereverTheBufferIsFlushed() {
        List<String> listed = new ArrayList<>(List.of("", "a.md", "n\u00e9ws/caf\u00e9.md", "x".repeat(20_000)));
        for (int i = 0; i < 3_000; i++) { // more than a buffer holds: flushed between paths
            listed.add(String.format(java.util.Locale.ROOT, "section/story-%04d.md", i));
        }
        listed.addAll(List.of("\u65e5\u672c/z.md", "zz"));
        // the SHA-256 of each path's UTF-8 length, a colon and its UTF-8 bytes, in order: "0:", "4:a.md",
        // "14:n\u00e9ws/caf\u00e9.md" (two bytes an \u00e9), "20000:xx...", ... (written out by hand, in Python)
        assertEquals("8a4793a8e41308a5213dee15c0ba529aa39abf65a0a86fe8c157754fbdd3b959", Fingerprints.listing(listed));
        assertEquals(Fingerprints.of(listed.toArray(String[]::new)), Fingerprints.listing(listed), "as of() digests texts");
    }
}
