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

    @Test
    void pagesThatCameOrWentAreCheckedOnTheSameListing() throws IOException {
        Path photo = Files.writeString(tmp.resolve("photo.jpg"), "jpeg");
        Path statics = Files.createDirectories(tmp.resolve("static"));
        Files.writeString(Files.createDirectories(statics.resolve("tags/old")).resolve("logo.png"), "png");
        List<CopiedFile> copies = List.of(new CopiedFile("news/a/photo.jpg", photo, "content/news/a/photo.jpg"));
        StaticsChecked checked = StaticsChecked.of(statics, copies, Map.of("news/a/index.html", "content/news/a.md",
                "index.html", "front page"), Optional.of("f1"));
        assertTrue(checked.sameStatics(statics, copies, "f1"));
        assertFalse(checked.sameStatics(statics, copies, "f2"));
        assertFalse(checked.sameStatics(statics, List.of(), "f1"));

        // a tag page came and the article went: checked, and now covers exactly the new pages
        StaticsChecked next = checked.withPages(Map.of("index.html", "front page", "tags/new/index.html", "tag new"));
        assertTrue(next.covers(Set.of("index.html", "tags/new/index.html"), statics, copies, "f1"));
        assertFalse(next.covers(Set.of("index.html", "news/a/index.html"), statics, copies, "f1"));

        // a new page whose path is a static file's folder, and one on a copied file's path
        DatelineException folder = assertThrows(DatelineException.class, () -> checked.withPages(Map.of(
                "index.html", "front page", "tags/old", "tag old")));
        assertEquals("static/tags/old/logo.png", folder.problems().get(0).position().file());
        assertEquals("static file is in the way of the page tags/old from tag old: one path is a folder of the other",
                folder.problems().get(0).message());
        DatelineException same = assertThrows(DatelineException.class, () -> next.withPages(Map.of(
                "index.html", "front page", "news/a/photo.jpg", "content/news/b.md")));
        assertEquals("content/news/a/photo.jpg", same.problems().get(0).position().file());
        assertEquals("static file has the same path as the page news/a/photo.jpg from content/news/b.md",
                same.problems().get(0).message());
    }
}
