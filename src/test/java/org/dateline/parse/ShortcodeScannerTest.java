package org.dateline.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link ShortcodeScanner} marks the tags in fenced code and code spans, in text past Latin-1 as in ASCII; the mask is
 * made only when a text has a {@code {{} or {@code {%}, and fences are tried only on lines that can open one.
 */
class ShortcodeScannerTest {

    /** Each token as {@code name@start[code]}. */
    private static List<String> tokens(String text) {
        return ShortcodeScanner.scan(text).stream()
                .map(t -> t.name() + "@" + t.start() + (t.inCode() ? "[code]" : "")).toList();
    }

    @Test
    void marksTagsInCodeSpansOfTextPastLatin1() {
        assertEquals(List.of("a@9[code]", "b@22", "c@41[code]"), tokens(
                "\u201cQ\u201d \u2014 `x {{< a >}}` \u65e5 {{< b >}} \uD83D\uDE00 ``y ` {{< c >}}`` z"));
    }

    @Test
    void triesFencesOnlyWhereOneCanOpen() {
        String text = "   ```go\n{{< a >}}\n   ```\n    ```\n{{< b >}}\n~~~\n\u201c{{< c >}}\u201d\r\n~~~~\n{{< d >}}";
        // three spaces then backticks open a fence; four spaces do not; a tilde fence closes with a longer one
        assertEquals(List.of("a@9[code]", "b@34", "c@49[code]", "d@66"), tokens(text));
    }

    @Test
    void findsNothingInTextWithoutTags() {
        assertEquals(List.of(), tokens(""));
        assertEquals(List.of(), tokens("\u201cNo tags\u201d { here } `code` \uD83D\uDE00 {"));
        assertEquals(List.of("x@0"), tokens("{{< x >}}"));
    }
}
