package org.dateline.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.assemble.OutputFile;
import org.dateline.assemble.SiteOutput;
import org.dateline.diag.DatelineException;
import org.dateline.diag.Problem;
import org.dateline.testing.FileTree;
import org.dateline.testing.TestSites;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterTest {

    private static final String REFUSAL_HINT = "pass --output with a new or empty folder, or one an earlier build wrote";

    @TempDir
    Path tmp;

    private Path site;
    private Path out;
    private final OutputWriter writer = new OutputWriter();

    @BeforeEach
    void makeSite() {
        site = tmp.resolve("site");
        out = tmp.resolve("out");
        TestSites.write(site, "static/images/quay.svg", "<svg/>");
        TestSites.write(site, "static/.DS_Store", "junk");
    }

    private static SiteOutput pages(String... pathsAndTexts) {
        OutputFile[] files = new OutputFile[pathsAndTexts.length / 2];
        for (int i = 0; i < files.length; i++) {
            files[i] = new OutputFile(pathsAndTexts[2 * i], pathsAndTexts[2 * i + 1].getBytes(StandardCharsets.UTF_8),
                    "content/" + i + ".md");
        }
        return new SiteOutput(Arrays.asList(files));
    }

    private WriteReport write(SiteOutput output) {
        return writer.write(output, site.resolve("static"), out, site);
    }

    private Problem refusal(Path output) {
        DatelineException e = assertThrows(DatelineException.class,
                () -> writer.write(pages("index.html", "x"), site.resolve("static"), output, site));
        assertEquals(1, e.problems().size());
        return e.problems().get(0);
    }

    private static Problem refused(Path output, String why) {
        return Problem.error(org.dateline.diag.SourcePosition.of(output.toString()),
                "refusing to write the site here: the output folder " + why, REFUSAL_HINT);
    }

    @Test
    void writesPagesStaticFilesThemeFilesAndTheMarker() throws IOException {
        WriteReport report = write(pages("index.html", "<h1>Home</h1>", "world/a/index.html", "<h1>A</h1>"));
        assertEquals(List.of(".dateline-output", "images/quay.svg", "index.html", "theme/dateline.css",
                "world/a/index.html"), FileTree.files(out));
        assertEquals("<h1>A</h1>", Files.readString(out.resolve("world/a/index.html")));
        assertEquals("<svg/>", Files.readString(out.resolve("images/quay.svg")));
        assertEquals(2, report.pages());
        assertEquals(2, report.staticFiles());
        assertEquals(List.of("out", "site"), FileTree.names(tmp));
    }

    @Test
    void aSiteStaticFileOverridesTheBundledThemeFile() throws IOException {
        TestSites.write(site, "static/theme/dateline.css", "body { color: teal }");
        write(pages("index.html", "x"));
        assertEquals("body { color: teal }", Files.readString(out.resolve("theme/dateline.css")));
    }

    @Test
    void replacesTheWholeTreeSoStaleFilesVanish() {
        write(pages("index.html", "1", "world/gone/index.html", "old", "world/kept/index.html", "old"));
        write(pages("index.html", "2", "world/kept/index.html", "new"));
        Map<String, String> tree = FileTree.snapshot(out);
        assertFalse(tree.containsKey("world/gone/index.html"));
        assertFalse(tree.containsKey("world/gone"), "the emptied folder goes too");
        assertTrue(tree.containsKey("world/kept/index.html"));
        assertEquals(List.of("out", "site"), FileTree.names(tmp));
    }

    @Test
    void aStaticFileCollidingWithAPageLeavesThePreviousOutputByteIdentical() {
        write(pages("index.html", "good"));
        Map<String, String> before = FileTree.snapshot(out);
        DatelineException e = assertThrows(DatelineException.class,
                () -> write(pages("index.html", "new", "images/quay.svg", "a page")));
        assertEquals(List.of(Problem.error(org.dateline.diag.SourcePosition.of("static/images/quay.svg"),
                "static file has the same path as the page images/quay.svg from content/1.md",
                "rename or move one of them")), e.problems());
        assertEquals(before, FileTree.snapshot(out));
        assertEquals(List.of("out", "site"), FileTree.names(tmp));
    }

    @Test
    void aStaticFileWhereAPageNeedsAFolderIsACollision() {
        write(pages("index.html", "good"));
        Map<String, String> before = FileTree.snapshot(out);
        TestSites.write(site, "static/world", "a file named like a section");
        DatelineException e = assertThrows(DatelineException.class,
                () -> write(pages("index.html", "new", "world/a/index.html", "page")));
        assertEquals(List.of(Problem.error(org.dateline.diag.SourcePosition.of("static/world"),
                "static file is in the way of the page world/a/index.html from content/1.md: one path is a folder of"
                        + " the other", "rename or move one of them")), e.problems());
        assertEquals(before, FileTree.snapshot(out));
    }

    @Test
    void aStaticFileBelowAPageIsACollision() {
        TestSites.write(site, "static/about.html/logo.svg", "<svg/>");
        DatelineException e = assertThrows(DatelineException.class, () -> write(pages("about.html", "page")));
        assertEquals(List.of(Problem.error(org.dateline.diag.SourcePosition.of("static/about.html/logo.svg"),
                "static file is in the way of the page about.html from content/0.md: one path is a folder of the other",
                "rename or move one of them")), e.problems());
    }

    @Test
    void aWriteThatFailsHalfwayLeavesThePreviousOutputByteIdentical() {
        write(pages("index.html", "good", "world/a/index.html", "good a"));
        Map<String, String> before = FileTree.snapshot(out);
        // "news" is written as a file, then "news/index.html" needs it to be a folder: an I/O error mid-write.
        DatelineException e = assertThrows(DatelineException.class,
                () -> write(pages("index.html", "new", "news", "x", "news/index.html", "y")));
        Problem problem = e.problems().get(0);
        assertTrue(problem.message().startsWith("cannot write the site: "), problem.message());
        assertEquals(Optional.of("check free disk space and permissions; the previous output is unchanged"),
                problem.hint());
        assertEquals(before, FileTree.snapshot(out));
        assertEquals(List.of("out", "site"), FileTree.names(tmp), "the staging folder is cleaned up");
    }

    @Test
    void refusesTheRootOfTheFileSystem() {
        Path root = tmp.getRoot();
        DatelineException e = assertThrows(DatelineException.class, () -> OutputFolder.check(root, site));
        assertEquals(List.of(refused(root, "is the root of the file system")), e.problems());
    }

    @Test
    void refusesTheHomeFolder() {
        Path home = Path.of(System.getProperty("user.home"));
        Assumptions.assumeTrue(home.toAbsolutePath().getParent() != null && !site.startsWith(home.toAbsolutePath()));
        DatelineException e = assertThrows(DatelineException.class, () -> OutputFolder.check(home, site));
        assertEquals(List.of(refused(home, "is your home folder")), e.problems());
    }

    @Test
    void refusesTheSiteFolderAndItsAncestors() {
        assertEquals(refused(site, "is the site folder itself"), refusal(site));
        Path deep = tmp.resolve("a/b/site");
        TestSites.write(deep, "site.yaml", "title: Deep\n");
        DatelineException e = assertThrows(DatelineException.class,
                () -> writer.write(pages("index.html", "x"), deep.resolve("static"), tmp.resolve("a"), deep));
        assertEquals(List.of(refused(tmp.resolve("a"), "contains the site folder")), e.problems());
        assertTrue(Files.isRegularFile(deep.resolve("site.yaml")));
        assertEquals(refused(tmp.resolve("a/b/../b"), "contains the site folder"),
                assertThrows(DatelineException.class, () -> OutputFolder.check(tmp.resolve("a/b/../b"), deep))
                        .problems().get(0));
    }

    @Test
    void refusesAFile() throws IOException {
        Path file = Files.writeString(tmp.resolve("notes.txt"), "mine");
        assertEquals(refused(file, "is a file"), refusal(file));
        assertEquals("mine", Files.readString(file));
    }

    @Test
    void refusesANonEmptyFolderItDidNotWrite() throws IOException {
        Path foreign = tmp.resolve("documents");
        TestSites.write(foreign, "thesis.txt", "precious");
        Map<String, String> before = FileTree.snapshot(foreign);
        assertEquals(refused(foreign, "is a folder with files that Dateline did not write"), refusal(foreign));
        assertEquals(before, FileTree.snapshot(foreign));
    }

    @Test
    void writesIntoAnEmptyFolderAndIntoItsOwnEarlierOutput() throws IOException {
        Files.createDirectories(out);
        write(pages("index.html", "1"));
        write(pages("index.html", "2"));
        assertEquals("2", Files.readString(out.resolve("index.html")));
    }

    @Test
    void recoverRestoresTheOldTreeAfterAKillBetweenTheTwoRenames() throws IOException {
        write(pages("index.html", "good", "world/a/index.html", "good a"));
        Map<String, String> before = FileTree.snapshot(out);
        // Killed after the output was renamed away and before the staging folder took its place:
        Files.move(out, tmp.resolve(".out.old-1234"));
        TestSites.write(tmp.resolve(".out.staging-5678"), "index.html", "half written");
        TestSites.write(tmp.resolve(".out.staging-5678"), ".dateline-output", "the marker is written first");
        OutputWriter.recover(out);
        assertEquals(before, FileTree.snapshot(out));
        assertEquals(List.of("out", "site"), FileTree.names(tmp));
    }

    @Test
    void recoverDeletesLeftoversWhenTheOutputIsInPlace() throws IOException {
        write(pages("index.html", "good"));
        Map<String, String> before = FileTree.snapshot(out);
        TestSites.write(tmp.resolve(".out.old-1"), "index.html", "older");
        TestSites.write(tmp.resolve(".out.old-1"), ".dateline-output", "marker");
        TestSites.write(tmp.resolve(".out.staging-2"), "index.html", "half");
        TestSites.write(tmp.resolve(".out.staging-2"), ".dateline-output", "marker");
        TestSites.write(tmp.resolve(".outer.old-3"), "keep.txt", "not ours");
        OutputWriter.recover(out);
        assertEquals(before, FileTree.snapshot(out));
        assertEquals(List.of(".outer.old-3", "out", "site"), FileTree.names(tmp));
    }

    @Test
    void theNextBuildRecoversFromAKilledOneAndWrites() throws IOException {
        write(pages("index.html", "good"));
        Files.move(out, tmp.resolve(".out.old-1234"));
        write(pages("index.html", "next"));
        assertEquals("next", Files.readString(out.resolve("index.html")));
        assertEquals(List.of("out", "site"), FileTree.names(tmp));
    }

    @Test
    void refusesOutputPathsThatLeaveTheOutputFolder() {
        Path root = tmp.resolve("staging");
        assertEquals(root.resolve("a/index.html"), OutputWriter.inside(root, "a/index.html"));
        assertThrows(IllegalStateException.class, () -> OutputWriter.inside(root, "../escape.html"));
        assertThrows(IllegalStateException.class, () -> OutputWriter.inside(root, "a/../../escape.html"));
        assertThrows(IllegalStateException.class, () -> OutputWriter.inside(root, ""));
        assertThrows(IllegalStateException.class, () -> OutputWriter.inside(root, "a/.."));
        assertThrows(IllegalStateException.class, () -> OutputWriter.inside(root, "/etc/passwd"));
        assertEquals(root.resolve("a/b.html"), OutputWriter.inside(root, "a/./b.html"));
        assertEquals(root.resolve("a/b.html"), OutputWriter.inside(root, "a//b.html"));
        assertEquals(root.resolve("a/..b/.c"), OutputWriter.inside(root, "a/..b/.c"));
        assertEquals(root.resolve("tags/c++/index.html"), OutputWriter.inside(root, "tags/c++/index.html"));
    }
}
