package org.dateline.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.diag.DatelineException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A check of the static files against the pages is taken over only for exactly the same pages, copies and folder. */
class StaticsCheckedTest {

    @TempDir
    Path tmp;

    @Test
    void coversOnlyTheSamePagesCopiesAndStaticFingerprintAlsoWithoutAStaticFolder() throws IOException {
        Path missing = tmp.resolve("static"); // no static/ folder: its fingerprint is ""
        Path photo = Files.writeString(tmp.resolve("photo.jpg"), "jpeg");
        List<CopiedFile> copies = List.of(new CopiedFile("news/a/photo.jpg", photo, "content/news/a/photo.jpg"));
        StaticsChecked checked = StaticsChecked.of(missing, copies, Map.of("news/a/index.html", "content/news/a.md",
                "index.html", "front page"), Optional.of(""));
        Set<String> pages = Set.of("index.html", "news/a/index.html");
        assertTrue(checked.covers(pages, missing, List.copyOf(copies), ""));
        assertFalse(checked.covers(pages, missing, copies, "a static file was added"));
        assertFalse(checked.covers(Set.of("index.html", "news/b/index.html"), missing, copies, ""));
        assertFalse(checked.covers(Set.of("index.html"), missing, copies, ""));
        assertFalse(checked.covers(pages, missing, List.of(), ""));
        assertFalse(checked.covers(pages, tmp.resolve("other"), copies, ""));
        assertFalse(StaticsChecked.of(missing, copies, Map.of("index.html", "front page"), Optional.empty())
                .covers(Set.of("index.html"), missing, copies, ""), "a build without a next one is never taken over");
    }

    @Test
    void aCollisionIsReportedWhenChecked() throws IOException {
        Path photo = Files.writeString(tmp.resolve("photo.jpg"), "jpeg");
        DatelineException e = assertThrows(DatelineException.class, () -> StaticsChecked.of(tmp.resolve("static"),
                List.of(new CopiedFile("news/a/index.html", photo, "content/news/a/index.html")),
                Map.of("news/a/index.html", "content/news/a.md"), Optional.of("")));
        assertEquals("content/news/a/index.html", e.problems().get(0).position().file());
        assertEquals("static file has the same path as the page news/a/index.html from content/news/a.md",
                e.problems().get(0).message());
    }
}
