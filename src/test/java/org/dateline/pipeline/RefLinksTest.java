package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.dateline.assemble.OutputFile;
import org.junit.jupiter.api.Test;

/** Ref-link markers are found in a page's bytes, whatever else the page holds, and only pages with one are rewritten. */
class RefLinksTest {

    private static final RefLinks NONE = new RefLinks(List.of());

    private static OutputFile page(String html) {
        return new OutputFile("a/index.html", html.getBytes(StandardCharsets.UTF_8), "test");
    }

    private static String marker(String file) {
        return "dateline-ref/" + HexFormat.of().formatHex(file.getBytes(StandardCharsets.UTF_8)) + "/";
    }

    @Test
    void aPageWithoutAMarkerIsTakenAsItIs() {
        OutputFile page = page("<p>“Quoted” — dateline-re and /dateline-ref without its slash…</p>");
        assertSame(page, NONE.resolve(page));
    }

    @Test
    void aMarkerAfterTextOfAnyScriptAndAtTheVeryEndIsResolved() {
        String html = "<p>“Çay” हिन्दी <a href=\"/" + marker("content/gone.md") + "\">x</a></p><a href=\"/"
                + marker("content/also-gone.md");
        assertEquals("<p>“Çay” हिन्दी <a href=\"/404.html\">x</a></p><a href=\"/404.html",
                new String(NONE.resolve(page(html)).bytes(), StandardCharsets.UTF_8));
    }

    @Test
    void bytesAreSearchedUpToTheLastPlaceThePartFits() {
        byte[] part = "ab".getBytes(StandardCharsets.US_ASCII);
        assertTrue(RefLinks.contains("xxab".getBytes(StandardCharsets.US_ASCII), part));
        assertTrue(RefLinks.contains("ab".getBytes(StandardCharsets.US_ASCII), part));
        assertFalse(RefLinks.contains("xxa".getBytes(StandardCharsets.US_ASCII), part));
        assertFalse(RefLinks.contains(new byte[0], part));
    }

    @Test
    void partialMatchesAndRepeatsDoNotHideAMatchOrMakeOne() {
        byte[] marker = "dateline-ref/".getBytes(StandardCharsets.US_ASCII);
        assertTrue(RefLinks.contains("dateline-redateline-ref/x".getBytes(StandardCharsets.UTF_8), marker));
        assertTrue(RefLinks.contains("ddateline-ref/".getBytes(StandardCharsets.UTF_8), marker));
        assertFalse(RefLinks.contains("dateline-ref dateline/ref/ ateline-ref/".getBytes(StandardCharsets.UTF_8), marker));
        assertTrue(RefLinks.contains("aaab".getBytes(StandardCharsets.US_ASCII), "aab".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(RefLinks.contains("abab".getBytes(StandardCharsets.US_ASCII), "abb".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void searchFindsWhatStringSearchFindsInSeededRandomText() {
        java.util.Random random = new java.util.Random(20261130L);
        String alphabet = "ab-/é“";
        for (int round = 0; round < 2000; round++) {
            String text = randomText(random, alphabet, random.nextInt(40));
            String part = randomText(random, alphabet, 1 + random.nextInt(4));
            assertEquals(text.contains(part), RefLinks.contains(text.getBytes(StandardCharsets.UTF_8),
                    part.getBytes(StandardCharsets.UTF_8)), () -> "\"" + part + "\" in \"" + text + "\"");
        }
    }

    private static String randomText(java.util.Random random, String alphabet, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
