package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dateline.render.ArticleBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BodySpillTest {

    @TempDir
    Path root;

    private List<Path> folders() throws IOException {
        try (Stream<Path> list = Files.list(root)) {
            return list.toList();
        }
    }

    @Test
    void bodiesAreReadBackFromOneScratchFileRemovedOnClose() throws IOException {
        ArticleBody first;
        ArticleBody second;
        try (BodySpill spill = new BodySpill(Optional.of(root))) {
            first = spill.keep("k1", "<p>Ærø — “quoted” 日本</p>\n");
            second = spill.keep("k2", "<p>Second</p>\n");
            assertEquals("k1", first.key());
            assertEquals("<p>Second</p>\n", second.html());
            assertEquals("<p>Ærø — “quoted” 日本</p>\n", first.html());
            assertArrayEquals("<p>Ærø — “quoted” 日本</p>\n".getBytes(StandardCharsets.UTF_8), first.utf8());
            assertEquals(1, folders().size());
            assertEquals(true, folders().get(0).getFileName().toString().startsWith(BodySpill.PREFIX + ProcessHandle
                    .current().pid() + "-"));
            assertEquals(37 + 14, Files.size(folders().get(0).resolve("bodies")));
        }
        assertEquals(List.of(), folders());
        // read after close: unreadable, which the article stage turns into rendering the article again
        assertThrows(UncheckedIOException.class, first::html);
    }

    @Test
    void withoutAScratchFolderBodiesStayInMemory() throws IOException {
        try (BodySpill spill = new BodySpill(Optional.of(root.resolve("missing")))) {
            assertEquals("<p>Kept</p>", spill.keep("k", "<p>Kept</p>").html());
        }
        try (BodySpill spill = BodySpill.inMemory()) {
            assertEquals("<p>Kept</p>", spill.keep("k", "<p>Kept</p>").html());
            assertNull(spill.keep("k", "<p>Kept</p>").utf8()); // kept as text: no bytes to take
        }
        assertEquals(List.of(), folders());
    }
}
