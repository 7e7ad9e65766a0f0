package org.dateline.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.config.Safety;
import org.dateline.diag.Problems;
import org.dateline.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scan given what an earlier scan recorded ({@link KnownArticles}) takes the recorded digest of an
 * article whose stat is unchanged instead of reading it, and reads every other: an edit that keeps the
 * size and the modification time still changes the status-change time, so it is read.
 */
class KnownArticlesTest {

    private static final String ARTICLE = "---\ntitle: T\ndate: 2024-05-01\n---\nText.\n";

    @TempDir
    Path tmp;

    /** A scanner whose file clock is an hour ahead: every file changed long enough ago to be trusted next time. */
    private final SourceScanner later = new SourceScanner(Safety.DEFAULT_MAX_FILE_BYTES,
            () -> System.currentTimeMillis() + 3_600_000);

    private static Map<String, String> digests(SiteSources sources) {
        Map<String, String> digests = new java.util.TreeMap<>();
        sources.articles().forEach(article -> digests.put(article.relPath(), article.digest()));
        return digests;
    }

    @Test
    void anUnchangedStatGivesTheRecordedDigestAndAnyWriteIsReadAgain() throws IOException {
        Path site = TestSites.empty(tmp, "title: T\n");
        TestSites.write(site, "content/a.md", ARTICLE);
        TestSites.write(site, "content/b.md", ARTICLE);
        Problems problems = new Problems();
        Map<String, String> first = digests(later.scan(site, problems, Optional.of(KnownArticles.NONE)));
        Map<String, KnownArticles.Seen> seen = Map.copyOf(later.seen());
        assertEquals(List.of("content/a.md", "content/b.md"), seen.keySet().stream().sorted().toList());

        // what is recorded is what is taken, unread: a recorded digest stands for the bytes
        KnownArticles recorded = (rel, stat) -> Optional.ofNullable(seen.get(rel)).filter(s -> s.stat().equals(stat))
                .map(s -> rel.equals("content/b.md") ? "recorded" : s.digest());
        assertEquals("recorded", digests(later.scan(site, problems, Optional.of(recorded))).get("content/b.md"));

        // b rewritten with bytes of the same length, its modification time put back
        Path b = site.resolve("content/b.md");
        FileTime time = Files.getLastModifiedTime(b);
        Files.writeString(b, ARTICLE.replace("Text.", "Txet."), java.nio.charset.StandardCharsets.UTF_8);
        Files.setLastModifiedTime(b, time);
        assertEquals(Files.size(b), ARTICLE.length());
        Map<String, String> again = digests(later.scan(site, problems, Optional.of(recorded)));
        assertEquals(first.get("content/a.md"), again.get("content/a.md"));
        assertNotEquals("recorded", again.get("content/b.md"), "read again");
        assertNotEquals(first.get("content/b.md"), again.get("content/b.md"), "its new bytes");
        assertEquals(List.of(), problems.sorted());
    }

    @Test
    void aFileChangedJustBeforeTheScanIsNotRecorded() {
        Path site = TestSites.empty(tmp, "title: T\n");
        TestSites.write(site, "content/a.md", ARTICLE);
        SourceScanner now = new SourceScanner(Safety.DEFAULT_MAX_FILE_BYTES, System::currentTimeMillis);
        now.scan(site, new Problems(), Optional.of(KnownArticles.NONE));
        assertEquals(Map.of(), now.seen(), "a write within the clock's granularity could leave the same stat");
    }

    @Test
    void settledMeansChangedAtLeastTwoSecondsBeforeTheScan() {
        FileStat stat = new FileStat(10, 5_000_000_000L, 7_000_000_000L, 1, 1);
        assertEquals(false, stat.settled(9_000));
        assertEquals(true, stat.settled(9_001));
    }
}
