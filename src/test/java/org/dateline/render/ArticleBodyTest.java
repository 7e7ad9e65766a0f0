package org.dateline.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ArticleBodyTest {

    @Test
    void aStoredBodyIsReadOnlyWhenItsTextIsAskedFor() {
        AtomicInteger reads = new AtomicInteger();
        ArticleBody body = new ArticleBody("key-1", () -> {
            reads.incrementAndGet();
            return "<p>Text</p>";
        });
        assertEquals("key-1", body.key());
        assertEquals("ArticleBody[key-1]", body.toString());
        assertEquals(new ArticleBody("key-1", () -> "unread"), body);
        assertEquals(0, reads.get());
        assertEquals("<p>Text</p>", body.html());
        assertEquals("<p>Text</p>", body.get());
        assertEquals(2, reads.get()); // read anew each time: nothing is kept
    }

    @Test
    void aBodyInMemoryIsKeyedByItsTextsDigest() {
        ArticleBody body = ArticleBody.of("<p>Text</p>");
        assertEquals("sha256:0a54a3613949de4b9ffd199948352c6823173cf06ae2cc7798ae9acb4f999775", body.key());
        assertEquals(ArticleBody.of("<p>Text</p>"), body);
        assertNotEquals(ArticleBody.of("<p>Other</p>"), body);
    }
}
