package org.dateline.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.config.Safety;
import org.dateline.diag.DatelineException;
import org.dateline.diag.Problem;
import org.dateline.diag.Problems;
import org.dateline.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceScannerTest {

    private static final String ARTICLE = "---\ntitle: T\ndate: 2024-05-01\n---\nText.\n";

    @TempDir
    Path tmp;

    private final SourceScanner scanner = new SourceScanner(Safety.DEFAULT_MAX_FILE_BYTES);

    @Test
    void readsMarkdownAtAnyDepthInPathOrderAndSkipsHiddenAndUnderscoreNames() {
        Path site = TestSites.empty(tmp, "title: T\n");
        TestSites.write(site, "content/world/b.md", ARTICLE);
        TestSites.write(site, "content/world/europe/a.markdown", ARTICLE);
        TestSites.write(site, "content/a.md", ARTICLE);
        TestSites.write(site, "content/_drafts/x.md", ARTICLE);
        TestSites.write(site, "content/.git/y.md", ARTICLE);
        TestSites.write(site, "content/world/notes.txt", "not an article");
        Problems problems = new Problems();
        List<String> read = scanner.scan(site, problems).articles().stream().map(ArticleSource::relPath).toList();
        assertEquals(List.of("content/a.md", "content/world/b.md", "content/world/europe/a.markdown"), read);
        assertEquals(List.of(), problems.sorted());
    }

    @Test
    void listsEveryPathItWalkedAndFindsTheSectionFilesOfVisibleFolders() {
        Path site = TestSites.empty(tmp, "title: T\n");
        TestSites.write(site, "content/_index.md", "---\ntitle: Front\n---\n");
        TestSites.write(site, "content/world/_index.md", "---\ntitle: World\n---\n");
        TestSites.write(site, "content/world/b.md", ARTICLE);
        TestSites.write(site, "content/_drafts/_index.md", "---\ntitle: Drafts\n---\n");
        TestSites.write(site, "content/.git/y.md", ARTICLE);
        Problems problems = new Problems();
        SiteSources sources = scanner.scan(site, problems);
        assertEquals(List.of("content/_index.md", "content/world/_index.md"),
                sources.sectionFiles().stream().map(SourceFile::relPath).toList());
        // hidden and skipped paths too: a file added there is a change of the site's listing
        assertEquals(List.of("", ".git", ".git/y.md", "_drafts", "_drafts/_index.md", "_index.md", "world",
                "world/_index.md", "world/b.md"), scanner.listed());
        assertEquals(List.of(), problems.sorted());
    }

    @Test
    void listsAndReadsInTheOrderOfWholePathsWhateverTheFoldersHold() {
        // a folder's files come after a file whose name is the folder's and more ('.' and '-' sort before '/')
        Path site = TestSites.empty(tmp, "title: T\n");
        for (String path : List.of("content/a/z.md", "content/a.md", "content/a-b.md", "content/a/b/c.md",
                "content/a0.md", "content/B.md", "content/a/_x/y.md", "content/a/.h.md", "content/_posts/p.md")) {
            TestSites.write(site, path, ARTICLE);
        }
        Problems problems = new Problems();
        List<String> read = scanner.scan(site, problems).articles().stream().map(ArticleSource::relPath).toList();
        assertEquals(List.of("content/B.md", "content/_posts/p.md", "content/a-b.md", "content/a.md",
                "content/a/b/c.md", "content/a/z.md", "content/a0.md"), read);
        assertEquals(List.of("", "B.md", "_posts", "_posts/p.md", "a", "a-b.md", "a.md", "a/.h.md", "a/_x", "a/_x/y.md",
                "a/b", "a/b/c.md", "a/z.md", "a0.md"), scanner.listed());
        assertEquals(List.of(), problems.sorted());
    }

    @Test
    void followsALinkedFolderInsideTheSite() throws Exception {
        Path site = TestSites.empty(tmp, "title: T\n");
        TestSites.write(site, "wire/ap-story.md", ARTICLE);
        Files.createSymbolicLink(Files.createDirectories(site.resolve("content")).resolve("wire"), site.resolve("wire"));
        Problems problems = new Problems();
        assertEquals(List.of("content/wire/ap-story.md"),
                scanner.scan(site, problems).articles().stream().map(ArticleSource::relPath).toList());
        assertEquals(List.of(), problems.sorted());
    }

    @Test
    void refusesEveryFileOfALinkedFolderOutsideTheSite() throws Exception {
        Path outside = outsideWithASecret();
        Path site = TestSites.empty(tmp, "title: T\n");
        Files.createSymbolicLink(Files.createDirectories(site.resolve("content")).resolve("shared"), outside);
        assertSecretRefused(site);
    }

    private Path outsideWithASecret() throws Exception {
        Path outside = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.writeString(outside.resolve("secret.md"), ARTICLE);
        return outside;
    }

    /** A scan of {@code site} lists no article and refuses {@code content/shared/secret.md}, a link out of the site. */
    private void assertSecretRefused(Path site) {
        Problems problems = new Problems();
        assertEquals(List.of(), scanner.scan(site, problems).articles());
        assertEquals(List.of("error: content/shared/secret.md: symbolic link points outside the site folder (hint: copy"
                + " the file into content/ instead of linking to it)"), problems.sorted().stream().map(Problem::format).toList());
    }

    @Test
    void aFolderMadeALinkOutsideSinceTheLastScanIsRefusedByTheNext() throws Exception {
        Path outside = outsideWithASecret();
        Path site = TestSites.empty(tmp, "title: T\n");
        TestSites.write(site, "content/shared/secret.md", ARTICLE);
        Problems first = new Problems();
        assertEquals(List.of("content/shared/secret.md"),
                scanner.scan(site, first).articles().stream().map(ArticleSource::relPath).toList());
        // the same scanner, as the dev server keeps it: each scan resolves its folders anew
        Files.delete(site.resolve("content/shared/secret.md"));
        Files.delete(site.resolve("content/shared"));
        Files.createSymbolicLink(site.resolve("content/shared"), outside);
        assertSecretRefused(site);
    }

    @Test
    void readsAnArticleLinkedToAFileInsideTheSite() throws Exception {
        Path site = TestSites.empty(tmp, "title: T\n");
        TestSites.write(site, "drafts/story.md", ARTICLE);
        Files.createSymbolicLink(Files.createDirectories(site.resolve("content")).resolve("story.md"),
                site.resolve("drafts/story.md"));
        Problems problems = new Problems();
        assertEquals(List.of("content/story.md"),
                scanner.scan(site, problems).articles().stream().map(ArticleSource::relPath).toList());
        assertEquals(List.of(), problems.sorted());
    }

    @Test
    void aFolderLinkLoopIsAnError() throws Exception {
        Path site = TestSites.empty(tmp, "title: T\n");
        Path world = Files.createDirectories(site.resolve("content/world"));
        Files.createSymbolicLink(world.resolve("again"), world);
        DatelineException error = assertThrows(DatelineException.class, () -> scanner.scan(site, new Problems()));
        assertEquals("error: content: cannot list the content folder: folder link loop at content/world/again (hint:"
                + " check its permissions and folder links)", error.problems().get(0).format());
    }

    @Test
    void theStatsItKeepsAreEachFilesOwnTakenByTheWalk() throws Exception {
        Path site = TestSites.empty(tmp, "title: T\n");
        TestSites.write(site, "content/world/b.md", ARTICLE);
        TestSites.write(site, "content/a.md", ARTICLE + "More.\n");
        SourceScanner settled = new SourceScanner(Safety.DEFAULT_MAX_FILE_BYTES, () -> Long.MAX_VALUE / 4);
        Problems problems = new Problems();
        SiteSources sources = settled.scan(site, problems, java.util.Optional.of(KnownArticles.NONE));
        assertEquals(List.of(), problems.sorted());
        for (String rel : List.of("content/a.md", "content/world/b.md")) {
            FileStat own = FileStat.of(site.resolve(rel)).orElseThrow();
            assertEquals(own, settled.seen().get(rel).stat(), rel);
            assertEquals(java.util.Optional.of(own), sources.articles().stream().filter(a -> a.relPath().equals(rel))
                    .findFirst().orElseThrow().settled(), rel);
        }
        assertEquals(Files.size(site.resolve("content/a.md")), settled.seen().get("content/a.md").stat().size());

        // known by that stat: the recorded digest is taken, the file not read
        KnownArticles known = (rel, stat) -> stat.equals(FileStat.of(site.resolve(rel)).orElseThrow())
                ? java.util.Optional.of("recorded " + rel) : java.util.Optional.empty();
        assertEquals(List.of("recorded content/a.md", "recorded content/world/b.md"), settled.scan(site, problems,
                java.util.Optional.of(known)).articles().stream().map(ArticleSource::digest).toList());
    }

    @Test
    void aLinkThatLeadsNowhereIsAnArticleThatCannotBeReadNotAFailedWalk() throws Exception {
        Path site = TestSites.empty(tmp, "title: T\n");
        TestSites.write(site, "content/a.md", ARTICLE);
        Files.createSymbolicLink(site.resolve("content/gone.md"), site.resolve("nowhere.md"));
        for (java.util.Optional<KnownArticles> known : List.of(java.util.Optional.<KnownArticles>empty(),
                java.util.Optional.of(KnownArticles.NONE))) {
            Problems problems = new Problems();
            assertEquals(List.of("content/a.md"), scanner.scan(site, problems, known).articles().stream()
                    .map(ArticleSource::relPath).toList());
            assertEquals(List.of("content/gone.md"), problems.sorted().stream().map(p -> p.position().file()).toList());
            assertEquals(List.of("", "a.md", "gone.md"), scanner.listed());
        }
    }
}
