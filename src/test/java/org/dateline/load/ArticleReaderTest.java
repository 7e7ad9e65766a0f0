package org.dateline.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.dateline.config.Safety;
import org.dateline.diag.DatelineException;
import org.dateline.diag.Problems;
import org.dateline.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each article's bytes are hashed once in a build: by the scan, and, for a lasting (SHA-256) digest,
 * again where the article is read only when its file's stat is not the settled one the scan took before
 * reading it (a quick digest is taken again: cheaper than a stat). An article written between the scan
 * and the read is an error either way.
 */
class ArticleReaderTest {

    private static final String ARTICLE = "---\ntitle: T\ndate: 2024-05-01\n---\nText.\n";
    private static final String CHANGED = "the article changed while the site was being built";

    @TempDir
    Path tmp;

    /** The hashes computed through it, counted, and the lasting ones apart. */
    private final AtomicInteger hashes = new AtomicInteger();
    private final AtomicInteger lasting = new AtomicInteger();
    private final ArticleDigest.Hasher counting = (kind, bytes) -> {
        hashes.incrementAndGet();
        lasting.addAndGet(kind == ArticleDigest.LASTING ? 1 : 0);
        return ArticleDigest.Hasher.DIRECT.digest(kind, bytes);
    };

    /** A scanner whose file clock is an hour ahead: every file has settled. */
    private SourceScanner settledScanner() {
        return new SourceScanner(Safety.DEFAULT_MAX_FILE_BYTES, () -> System.currentTimeMillis() + 3_600_000, counting);
    }

    private ArticleReader reader(Path site) {
        return new ArticleReader(site.toAbsolutePath().normalize(), Safety.DEFAULT_MAX_FILE_BYTES, counting);
    }

    /** A scan for a later build: lasting digests, and the stats of settled files. */
    private static SiteSources lastingScan(SourceScanner scanner, Path site, Problems problems) {
        return scanner.scan(site, problems, Optional.of(KnownArticles.NONE));
    }

    private Path site() {
        Path site = TestSites.empty(tmp, "title: T\n");
        TestSites.write(site, "content/a.md", ARTICLE);
        TestSites.write(site, "content/b.md", ARTICLE.replace("Text.", "Other text."));
        return site;
    }

    private static String problem(DatelineException e) {
        return e.problems().stream().map(p -> p.position() + ": " + p.message() + " | " + p.hint().orElse(""))
                .toList().toString();
    }

    @Test
    void aSettledArticleWhoseStatIsUnchangedIsHashedOnlyByTheScan() {
        Path site = site();
        Problems problems = new Problems();
        SiteSources sources = lastingScan(settledScanner(), site, problems);
        assertEquals(2, hashes.get(), "the scan hashes each article once");

        ArticleReader reader = reader(site);
        List<String> texts = sources.articles().stream().map(article -> reader.read(article).text()).toList();

        assertEquals(List.of(ARTICLE, ARTICLE.replace("Text.", "Other text.")), texts);
        assertEquals(2, hashes.get(), "the reader took the unchanged stat for the scan's bytes");
        assertEquals(List.of(), problems.sorted());
    }

    @Test
    void aSettledArticleWrittenBetweenTheScanAndTheReadIsAnError() {
        Path site = site();
        SiteSources sources = lastingScan(settledScanner(), site, new Problems());
        ArticleSource a = sources.articles().get(0);
        TestSites.write(site, "content/a.md", ARTICLE + "Edited after the scan.\n");

        DatelineException failure = assertThrows(DatelineException.class, () -> reader(site).read(a));

        assertEquals("[content/a.md: " + CHANGED + " | build the site again]", problem(failure));
        assertEquals(3, hashes.get(), "its stat changed, so the reader hashed it");
    }

    @Test
    void aStatThatDiffersOnlyInItsStatusChangeTimeMakesTheReaderHashAndCompare() {
        Path site = site();
        ArticleSource scanned = lastingScan(settledScanner(), site, new Problems()).articles().get(0);
        FileStat stat = scanned.settled().orElseThrow();
        FileStat earlier = new FileStat(stat.size(), stat.modified(), stat.changed() - 1, stat.inode(), stat.device());
        ArticleReader reader = reader(site);

        // the bytes are the scan's: hashed, found equal, read
        assertEquals(ARTICLE, reader.read(new ArticleSource(scanned.relPath(), scanned.digest(),
                Optional.of(earlier))).text());
        assertEquals(3, hashes.get());

        // same size, other bytes: hashed, found changed
        TestSites.write(site, "content/a.md", ARTICLE.replace("Text.", "Txet."));
        DatelineException failure = assertThrows(DatelineException.class, () -> reader.read(
                new ArticleSource(scanned.relPath(), scanned.digest(), Optional.of(earlier))));
        assertEquals("[content/a.md: " + CHANGED + " | build the site again]", problem(failure));
        assertEquals(4, hashes.get());
    }

    @Test
    void anArticleThatChangedJustBeforeTheScanHasNoSettledStatAndIsHashedAgain() {
        Path site = site();
        SourceScanner now = new SourceScanner(Safety.DEFAULT_MAX_FILE_BYTES, System::currentTimeMillis, counting);
        SiteSources sources = lastingScan(now, site, new Problems());
        assertEquals(List.of(Optional.empty(), Optional.empty()),
                sources.articles().stream().map(ArticleSource::settled).toList());

        ArticleReader reader = reader(site);
        sources.articles().forEach(reader::read);

        assertEquals(4, hashes.get(), "a write within the clock's granularity could leave the same stat");
    }

    @Test
    void aQuickDigestIsTakenAgainWhereTheArticleIsReadWithoutAStat() {
        Path site = site();
        SiteSources sources = settledScanner().scan(site, new Problems());
        assertEquals(List.of(Optional.empty(), Optional.empty()),
                sources.articles().stream().map(ArticleSource::settled).toList());

        ArticleReader reader = reader(site);
        sources.articles().forEach(reader::read);

        assertEquals(List.of(4, 0), List.of(hashes.get(), lasting.get()), "two quick digests each, no SHA-256");
    }

    @Test
    void aPlainScanGivesQuickDigestsAndAScanForALaterBuildLastingOnes() {
        Path site = TestSites.empty(tmp, "title: T\n");
        TestSites.write(site, "content/a.md", ARTICLE);

        ArticleSource quick = settledScanner().scan(site, new Problems()).articles().get(0);
        ArticleSource kept = settledScanner().scan(site, new Problems(), Optional.of(KnownArticles.NONE)).articles().get(0);

        // CRC-32C, CRC-32 (zlib's: 1e04ceb8) and the length; SHA-256 as sha256sum prints it
        assertEquals("crc:560d5cb01e04ceb8-40", quick.digest());
        assertEquals("88f0d618b1ff2544cfe3410a1b4c7bcdcb515943137b262dadf757c55c292a6c", kept.digest());
        assertEquals(List.of(true, false), List.of(quick.quick(), kept.quick()));
        assertEquals(1, lasting.get());
    }

    @Test
    void readingForALastingKeyTakesTheSha256OfAQuickArticleAndNotOfALastingOne() {
        Path site = TestSites.empty(tmp, "title: T\n");
        TestSites.write(site, "content/a.md", ARTICLE);
        ArticleSource quick = settledScanner().scan(site, new Problems()).articles().get(0);
        ArticleSource kept = settledScanner().scan(site, new Problems(), Optional.of(KnownArticles.NONE)).articles().get(0);
        ArticleReader reader = reader(site);
        assertEquals(List.of(2, 1), List.of(hashes.get(), lasting.get()));

        ArticleReader.Lasting fromQuick = reader.readLasting(quick);
        ArticleReader.Lasting fromKept = reader.readLasting(kept);

        assertEquals("88f0d618b1ff2544cfe3410a1b4c7bcdcb515943137b262dadf757c55c292a6c", fromQuick.digest());
        assertEquals(fromQuick, fromKept);
        assertEquals(ARTICLE, fromKept.file().text());
        // the quick one: its quick digest taken again (the check) and its SHA-256; the settled lasting one: neither
        assertEquals(List.of(4, 2), List.of(hashes.get(), lasting.get()));
    }

    @Test
    void aQuickArticleWrittenBetweenTheScanAndTheReadIsAnError() {
        Path site = site();
        ArticleSource a = new SourceScanner(Safety.DEFAULT_MAX_FILE_BYTES, System::currentTimeMillis, counting)
                .scan(site, new Problems()).articles().get(0);
        TestSites.write(site, "content/a.md", ARTICLE.replace("Text.", "Txet."));

        DatelineException failure = assertThrows(DatelineException.class, () -> reader(site).readLasting(a));

        assertEquals("[content/a.md: " + CHANGED + " | build the site again]", problem(failure));
    }

    @Test
    void anUpdateOfOneEditedArticleKeepsItsSettledStat() {
        Path site = site();
        SourceScanner scanner = settledScanner();
        SiteSources sources = lastingScan(scanner, site, new Problems());
        TestSites.write(site, "content/b.md", ARTICLE.replace("Text.", "Edited text."));

        SiteSources updated = scanner.update(sources, List.of(Path.of("content/b.md"))).orElseThrow();
        ArticleReader reader = reader(site);
        assertEquals(ARTICLE.replace("Text.", "Edited text."), reader.read(updated.articles().get(1)).text());

        assertEquals(3, hashes.get(), "the update hashed the edited article; the reader did not");
    }
}
