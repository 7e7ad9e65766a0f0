package org.dateline.write;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.assemble.OutputFile;
import org.dateline.assemble.SiteOutput;
import org.dateline.diag.DatelineException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A mistyped --output never costs anyone a file, and a killed build never costs the last good site. */
class OutputSafetyTest {

    private static final String HINT = " (hint: pass --output with a new or empty folder, or one an earlier build"
            + " wrote)";

    @TempDir
    Path tmp;
    Path site;
    Path home;

    @BeforeEach
    void layout() throws IOException {
        home = Files.createDirectories(tmp.resolve("home/me"));
        site = Files.createDirectories(home.resolve("paper"));
        Files.writeString(home.resolve("notes.txt"), "mine");
    }

    private String refusal(Path output) {
        return assertThrows(DatelineException.class, () -> OutputFolder.check(output, site, home)).getMessage();
    }

    @Test
    void refusesAFolderInsideTheSitesInputFolders() {
        for (String input : java.util.List.of("content", "static", "templates", "data")) {
            Path inside = site.resolve(input).resolve("public");
            assertEquals(inside + ": refusing to write the site here: the output folder is inside the site's " + input
                    + "/ folder" + HINT, refusal(inside));
        }
        OutputFolder.check(site.resolve("public"), site, home); // beside them is fine, as target/site is
    }

    @Test
    void refusesTheRootTheHomeFolderTheSiteAndItsAncestors() {
        assertEquals("/: refusing to write the site here: the output folder is the root of the file system" + HINT,
                refusal(Path.of("/")));
        assertEquals(home + ": refusing to write the site here: the output folder is your home folder" + HINT,
                refusal(home));
        assertEquals(site + ": refusing to write the site here: the output folder is the site folder itself" + HINT,
                refusal(site));
        assertEquals(tmp + ": refusing to write the site here: the output folder contains the site folder" + HINT,
                refusal(tmp));
        assertEquals(site.resolve("..") + ": refusing to write the site here: the output folder is your home folder"
                + HINT, refusal(site.resolve("..")));
    }

    @Test
    void refusesAFolderWithFilesDatelineDidNotWriteAndAFile() throws IOException {
        Path photos = Files.createDirectories(tmp.resolve("photos"));
        Files.writeString(photos.resolve("a.jpg"), "x");
        assertEquals(photos + ": refusing to write the site here: the output folder is a folder with files that"
                + " Dateline did not write" + HINT, refusal(photos));
        Path file = Files.writeString(tmp.resolve("file.txt"), "x");
        assertEquals(file + ": refusing to write the site here: the output folder is a file" + HINT, refusal(file));
    }

    @Test
    void followsLinksToTheFolderTheyName() throws IOException {
        Path link = Files.createSymbolicLink(tmp.resolve("public"), home);
        assertEquals(link + ": refusing to write the site here: the output folder is your home folder" + HINT,
                refusal(link));
    }

    @Test
    void acceptsANewAnEmptyOrAMarkedFolder() throws IOException {
        assertDoesNotThrow(() -> OutputFolder.check(tmp.resolve("new/public"), site, home));
        assertDoesNotThrow(() -> OutputFolder.check(Files.createDirectories(tmp.resolve("empty")), site, home));
        Path marked = Files.createDirectories(tmp.resolve("marked"));
        Files.writeString(marked.resolve(OutputFolder.MARKER), "");
        Files.writeString(marked.resolve("index.html"), "old");
        assertDoesNotThrow(() -> OutputFolder.check(marked, site, home));
        assertDoesNotThrow(() -> OutputFolder.check(site.resolve("public"), site, home));
    }

    @Test
    void writingReplacesTheWholeTreeSoDeletedArticlesDisappear() throws IOException {
        Path out = tmp.resolve("out");
        OutputWriter writer = new OutputWriter();
        writer.write(new SiteOutput(List.of(page("a/index.html"), page("b/index.html"))), site.resolve("static"), out, site);
        writer.write(new SiteOutput(List.of(page("a/index.html"))), site.resolve("static"), out, site);
        assertTrue(Files.exists(out.resolve("a/index.html")));
        assertFalse(Files.exists(out.resolve("b")));
        assertTrue(Files.exists(out.resolve(OutputFolder.MARKER)));
        try (var siblings = Files.list(tmp)) {
            assertEquals(List.of("home", "out"), siblings.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void recoveryRestoresTheOldTreeWhenKilledBetweenTheTwoRenames() throws IOException {
        Path out = tmp.resolve("out");
        Path old = Files.createDirectories(tmp.resolve(".out.old-123"));
        Files.writeString(old.resolve(OutputFolder.MARKER), "");
        Files.writeString(old.resolve("index.html"), "previous");
        Path staging = Files.createDirectories(tmp.resolve(".out.staging-456/half"));
        Files.writeString(staging.getParent().resolve(OutputFolder.MARKER), "");
        OutputWriter.recover(out);
        assertEquals("previous", Files.readString(out.resolve("index.html")));
        assertFalse(Files.exists(staging.getParent()));
        assertFalse(Files.exists(old));
    }

    @Test
    void recoveryLeavesFoldersThatAreNotDatelinesAlone() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path lookalike = Files.createDirectories(tmp.resolve(".out.staging-mine"));
        Files.writeString(lookalike.resolve("thesis.tex"), "years of work");
        OutputWriter.recover(out);
        assertEquals("years of work", Files.readString(lookalike.resolve("thesis.tex")));
    }

    private static OutputFile page(String path) {
        return new OutputFile(path, "<p>x</p>".getBytes(StandardCharsets.UTF_8), "test");
    }
}
