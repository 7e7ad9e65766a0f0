package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.diag.DatelineException;
import org.dateline.diag.Problem;
import org.dateline.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes in sections, authors, tags, data/authors.yaml and expiry dates: every one reported, exactly worded. */
class SiteProblemsTest {

    @TempDir
    Path tmp;

    private static String article(String title, String date, String extra) {
        return "---\ntitle: " + title + "\ndate: " + date + "\n" + extra + "---\nText.\n";
    }

    private static List<String> errors(Path site) {
        DatelineException e = assertThrows(DatelineException.class, () -> TestSites.build(site));
        return e.problems().stream().map(Problem::format).toList();
    }

    @Test
    void twoAuthorSpellingsWithOneSlugAreAnErrorNamingBothArticles() {
        Path site = TestSites.empty(tmp, "title: T\n");
        TestSites.write(site, "content/world/a.md", article("A", "2024-05-02", "author: Zoë Ångström\n"));
        TestSites.write(site, "content/world/b.md", article("B", "2024-05-01", "author: Zoe Angstrom\n"));
        assertEquals(List.of("error: content/world/b.md:4:9: `author` \"Zoe Angstrom\" and \"Zoë Ångström\" (in"
                + " content/world/a.md) both make the URL slug \"zoe-angstrom\" (hint: spell the name the same way in both)"),
                errors(site));
    }

    @Test
    void aSectionsEntryThatMatchesNoSectionIsAWarningAtItsLine() {
        Path site = TestSites.empty(tmp, "title: T\nbase_url: https://news.example.test/\nsections:\n  - world\n"
                + "  - sprot\n");
        TestSites.write(site, "content/world/a.md", article("A", "2024-05-02", ""));
        BuildResult result = TestSites.build(site).result();
        assertEquals(List.of("warning: site.yaml:5:5: `sections` entry \"sprot\" matches no published article's section"
                + " (hint: check its spelling against the articles' sections and folders, or remove it)"),
                result.warnings().stream().map(Problem::format).toList());
    }

    @Test
    void aSectionCalledAuthorsWouldReplaceTheAuthorsIndex() {
        Path site = TestSites.empty(tmp, "title: T\n");
        TestSites.write(site, "content/a.md", article("A", "2024-05-02", "section: Authors\nauthor: Ann\n"));
        assertEquals(List.of("error: content/a.md:4:10: `section` \"Authors\" would have its page at /authors/, which is"
                + " reserved for the author pages (hint: name the section differently)"), errors(site),
                "reported once, at the article that names the section");
    }

    @Test
    void anArticleWhosePermalinkIsASectionPageIsAnErrorAtTheArticle() {
        Path site = TestSites.empty(tmp, "title: T\npermalink: /:slug/\n");
        TestSites.write(site, "content/world/world.md", article("World", "2024-05-02", ""));
        assertEquals(List.of("error: content/world/world.md: article would be written to world/index.html, the page"
                + " of section \"World\" (hint: give the article another `slug`)"), errors(site), "reported once");
    }

    @Test
    void mistakesInTheAuthorsFileAreAllReportedWithTheirLines() {
        Path site = TestSites.empty(tmp, "title: T\n");
        TestSites.write(site, "content/world/a.md", article("A", "2024-05-02", "author: Selin Atay\n"));
        TestSites.write(site, "data/authors.yaml", """
                Selin Atay:
                  links:
                    Home: www.example.test
                selin-atay:
                  role: Reporter
                Ann: [not, a, mapping]
                """);
        assertEquals(List.of(
                "error: data/authors.yaml:3:11: `links.Home` is not a site path or web address: \"www.example.test\""
                        + " (hint: write e.g. https://example.com/me, mailto:me@example.com or /about/)",
                "error: data/authors.yaml:6:6: `Ann` must be a mapping of `name: value` lines, not a list"),
                errors(site));
    }

    @Test
    void twoEntriesForOneAuthorAreAnErrorAndAnEntryForNoBylineAWarning() {
        Path site = TestSites.empty(tmp, "title: T\nbase_url: https://news.example.test/\n");
        TestSites.write(site, "content/world/a.md", article("A", "2024-05-02", "author: Selin Atay\n"));
        TestSites.write(site, "data/authors.yaml", "Selin Atay:\n  role: Reporter\nselin-atay:\n  bio: Hi\n");
        assertEquals(List.of("error: data/authors.yaml:3:1: \"selin-atay\" and \"Selin Atay\" (line 1) are the same"
                + " author, selin-atay (hint: keep one of the two entries)"), errors(site));
        TestSites.write(site, "data/authors.yaml", "Selin Atai:\n  role: Reporter\n  twitter: x\n");
        BuildResult result = TestSites.build(site).result();
        assertEquals(List.of(
                "warning: data/authors.yaml:1:1: no published article is by \"Selin Atai\" (hint: check the spelling"
                        + " against the bylines; data/authors.yaml is keyed by author names or slugs)",
                "warning: data/authors.yaml:3:3: unknown key `twitter` for author \"Selin Atai\" is ignored (hint: use"
                        + " name, role, bio, photo, links)"),
                result.warnings().stream().map(Problem::format).toList());
    }

    @Test
    void anAuthorsFileOverTheSizeLimitOrLinkedFromOutsideIsRefusedUnread() throws IOException {
        Path site = TestSites.empty(tmp.resolve("a"), "title: T\nmax_file_size: 64\n");
        TestSites.write(site, "data/authors.yaml", "Selin Atay:\n  bio: " + "x".repeat(100) + "\n");
        assertEquals(List.of("error: data/authors.yaml: file is 120 bytes, over the limit of 64 bytes (max_file_size)"
                + " (hint: shorten it, or raise `max_file_size` in site.yaml)"), errors(site));
        Path other = TestSites.empty(tmp.resolve("b"), "title: T\n");
        Path outside = TestSites.write(tmp, "secret.yaml", "Selin Atay:\n  bio: secret\n");
        Files.createDirectories(other.resolve("data"));
        Files.createSymbolicLink(other.resolve("data/authors.yaml"), outside);
        assertEquals(List.of("error: data/authors.yaml: symbolic link points outside the site folder (hint: copy the"
                + " file into data/ instead of linking to it)"), errors(other));
    }

    @Test
    void anExpiryNotAfterTheDateIsAnError() {
        Path site = TestSites.empty(tmp, "title: T\n");
        TestSites.write(site, "content/world/a.md", article("A", "2024-05-02T10:00:00Z", "expires: 2024-05-01\n"));
        assertEquals(List.of("error: content/world/a.md:4:10: `expires` (2024-05-01T00:00Z) is not after `date`"
                + " (2024-05-02T10:00Z) (hint: an article expires after it is published; check both dates)"), errors(site));
    }
}
