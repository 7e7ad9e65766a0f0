package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.dateline.testing.TestSites;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site served from a sub-folder: paths written in articles land inside it, like generated links do. */
class BasePathTest {

    @TempDir
    Path tmp;

    @Test
    void siteAbsolutePathsWrittenInAnArticleGetTheBasePath() {
        Path site = TestSites.empty(tmp, "title: Paper\nbase_url: https://news.example.test/paper/\n");
        TestSites.write(site, "content/world/vote.md", "---\ntitle: Vote\ndate: 2024-05-01T10:00:00Z\n"
                + "image: /images/lead.svg\nimage_alt: The hall\n---\n"
                + "See [the section](/world/) and [elsewhere](https://example.org/x) or [relative](notes/).\n\n"
                + "![A map](/images/map.svg)\n\n<img src=\"/images/a.svg\" alt=\"a\">\n");
        TestSites.write(site, "static/images/lead.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Document page = TestSites.build(site).page("world/2024/05/01/vote/index.html");
        assertEquals("/paper/world/", page.expectFirst(".article__body a:containsOwn(the section)").attr("href"));
        assertEquals("https://example.org/x", page.expectFirst(".article__body a:containsOwn(elsewhere)").attr("href"));
        assertEquals("notes/", page.expectFirst(".article__body a:containsOwn(relative)").attr("href"));
        assertEquals("/paper/images/map.svg", page.expectFirst(".article__body img[alt=A map]").attr("src"));
        assertEquals("/paper/images/a.svg", page.expectFirst(".article__body img[alt=a]").attr("src"));
        assertEquals("/paper/images/lead.svg", page.expectFirst(".article__lead img").attr("src"));
        assertEquals("https://news.example.test/paper/images/lead.svg",
                page.expectFirst("meta[property=og:image]").attr("content"));
    }
}
