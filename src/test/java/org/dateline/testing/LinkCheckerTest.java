package org.dateline.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The link walk that guards every built site must itself catch what it promises to. */
class LinkCheckerTest {

    @TempDir
    Path out;

    @Test
    void reportsMissingFilesAndFragmentsButNotOtherSites() {
        TestSites.write(out, "index.html", """
                <a href="#main">skip</a><main id="main"></main>
                <a href="/world/">ok</a> <a href="world/">ok relative</a> <a href="/world/#top">ok fragment</a>
                <a href="https://elsewhere.example/x/">other site</a> <a href="mailto:a@b.example">mail</a>
                <a href="/missing/">missing</a> <a href="#nowhere">bad fragment</a> <img src="/img.png" alt="">
                """);
        TestSites.write(out, "world/index.html", "<h1 id=\"top\">World</h1>");
        LinkChecker checker = new LinkChecker(out, "");
        assertEquals(List.of(
                "index.html: href=\"/missing/\" (no file missing/index.html)",
                "index.html: href=\"#nowhere\" (no element with id \"nowhere\" in index.html)",
                "index.html: src=\"/img.png\" (no file img.png)"), checker.danglingLinks());
        assertEquals(7, checker.checked());
    }

    @Test
    void followsAbsoluteLinksToTheSiteAndRefusesPathsOutsideItsBasePath() {
        TestSites.write(out, "index.html", """
                <a href="https://news.example.test/paper/world/">ok</a> <a href="/paper/world/">ok</a>
                <a href="/world/">outside</a> <a href="https://news.example.test/paper/gone/">gone</a>
                """);
        TestSites.write(out, "world/index.html", "<h1>World</h1>");
        LinkChecker checker = new LinkChecker(out, "https://news.example.test/paper/");
        assertEquals(List.of(
                "index.html: href=\"/world/\" (outside the site's base path /paper/)",
                "index.html: href=\"https://news.example.test/paper/gone/\" (no file gone/index.html)"),
                checker.danglingLinks());
    }
}
