package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PageReachesTest {

    private static PageReaches fromIndex() {
        PageReaches reaches = new PageReaches();
        reaches.putAll(List.of(
                new FreshIndex.Page("a/index.html", "content/a.md", false, Set.of("content/a.md", "content/b.md")),
                new FreshIndex.Page("b/index.html", "content/b.md", false, Set.of("content/b.md")),
                new FreshIndex.Page("index.html", "index.peb", false, Set.of("content/a.md", "content/b.md")),
                new FreshIndex.Page("sitemap.xml", "(sitemap)", true, Set.of("*"))));
        return reaches;
    }

    @Test
    void findsThePagesReachingAnArticleFromTheIndexPages() {
        PageReaches reaches = fromIndex();
        assertEquals(Set.of("a/index.html", "b/index.html", "index.html"), reaches.readers("content/b.md"));
        assertEquals(Set.of("a/index.html", "index.html"), reaches.readers("content/a.md"));
        assertEquals(Set.of("sitemap.xml"), reaches.readers("*"));
        assertEquals(Set.of(), reaches.readers("content/c.md"));
    }

    @Test
    void findsThePagesReachingAnyOfSeveralArticlesAndKeepsEachOnesUpToDate() {
        PageReaches reaches = fromIndex();
        assertEquals(Set.of("a/index.html", "index.html", "sitemap.xml"), reaches.readers(Set.of("content/a.md", "*")));
        assertEquals(Set.of("a/index.html", "b/index.html", "index.html", "sitemap.xml"),
                reaches.readers(Set.of("content/a.md", "content/b.md", "*", "content/c.md")));

        reaches.put("c/index.html", Set.of("content/c.md"));
        reaches.remove("index.html");

        assertEquals(Set.of("a/index.html"), reaches.readers("content/a.md"));
        assertEquals(Set.of("c/index.html"), reaches.readers("content/c.md"));
        assertEquals(Set.of("a/index.html", "b/index.html", "sitemap.xml"), reaches.readers(Set.of("content/b.md", "*")));
    }

    @Test
    void keepsTheReadersAskedForUpToDateAsPagesChange() {
        PageReaches reaches = fromIndex();
        assertEquals(Set.of("a/index.html", "b/index.html", "index.html"), reaches.readers("content/b.md"));
        assertEquals(Set.of("a/index.html", "index.html"), reaches.readers("content/a.md"));

        reaches.put("a/index.html", Set.of("content/a.md", "content/c.md")); // no longer shows b, now shows c
        reaches.remove("index.html");
        reaches.put("c/index.html", Set.of("content/c.md", "content/b.md"));

        assertEquals(Set.of("b/index.html", "c/index.html"), reaches.readers("content/b.md"));
        assertEquals(Set.of("a/index.html"), reaches.readers("content/a.md"));
        assertEquals(Set.of("a/index.html", "c/index.html"), reaches.readers("content/c.md"));
        assertEquals(Set.of("content/a.md", "content/c.md"), reaches.reached().get("a/index.html"));
        assertEquals(Set.of("a/index.html", "b/index.html", "c/index.html", "sitemap.xml"), reaches.reached().keySet());
    }

    @Test
    void clearForgetsPagesAndReaders() {
        PageReaches reaches = fromIndex();
        reaches.readers("content/a.md");
        reaches.clear();
        assertEquals(Set.of(), reaches.readers("content/a.md"));
        assertEquals(Set.of(), reaches.reached().keySet());
    }
}
