package org.dateline.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link TextSink.Words} counts the words jsoup's text of the same characters has ({@link TextSink.Chars}, then
 * {@code strip()} and runs of {@code [ \t\n\x0B\f\r]}), reading printable ASCII a run at a time and the rest a code
 * point at a time.
 */
class TextSinkTest {

    private static int words(String text, boolean stripLeading) {
        TextSink.Words words = new TextSink.Words();
        words.normalised(text, stripLeading);
        return words.count();
    }

    private static String chars(String text, boolean stripLeading) {
        TextSink.Chars chars = new TextSink.Chars();
        chars.normalised(text, stripLeading);
        return chars.text();
    }

    @Test
    void countsWordsInTextPastLatin1() {
        assertEquals(6, words("\u201cQuoted\u201d \u2014 em dash \u65e5\u672c\u8a9e \uD83D\uDE00", false));
        assertEquals(1, words("ab\uD83D\uDE00cd", false)); // a pair between two ASCII runs
        assertEquals(2, words("x\uD83D y\uDE00", false)); // lone surrogates are characters of their words
        assertEquals(2, words("a\u00a0b", false)); // a no-break space is a space to jsoup
        assertEquals(1, words("a\u200bb\u00adc", false)); // a zero-width space and a soft hyphen are dropped
        assertEquals(3, words("a \u2003 b", false)); // an em space between words is a word of the text
        assertEquals(1, words(" \u2003 a \u2003 ", true)); // but not at either end
        assertEquals(0, words("", false));
        assertEquals(0, words(" \t\r\n ", true));
        assertEquals(2, words("  a\r\n\tb  ", true));
        assertEquals(10_000, words("w\u2014rd ".repeat(10_000), false));
    }

    @Test
    void normalisesAsJsoupDoes() {
        assertEquals("\u201cQ\u201d a b \uD83D\uDE00", chars("\u201cQ\u201d\u00a0 a\r\n\tb \uD83D\uDE00", false));
        assertEquals("a b ", chars("  a\u200b b  ", true));
    }

    @Test
    void countsWhatTheTextOfTheSameCharactersHolds() {
        for (String text : List.of("\u201cQuoted\u201d \u2014 em dash", " \u2003 a \u2003 b\u2003 ", "a\u00a0\u00a0b\u200b c",
                "\uD83D\uDE00 \uDE00 \uD83D", "one  two\t\tthree\n", "\u65e5\u672c\u8a9e\u3000\u4e2d\u6587")) {
            for (boolean strip : List.of(true, false)) {
                String written = chars(text, strip).strip(); // as MarkdownRenderer.wordCount
                int expected = written.isEmpty() ? 0 : written.split("[ \\t\\n\\x0B\\f\\r]+").length;
                assertEquals(expected, words(text, strip), text);
            }
        }
    }
    /** A stretch of a longer text counts as a string of those characters alone would, a pair split at its ends too. */
    @Test
    void countsAStretchAsTheStringOfItsCharacters() {
        char[] text = " a\uD83D\uDE00 b\u2003 c ".toCharArray();
        for (int from = 0; from <= text.length; from++) {
            for (int to = from; to <= text.length; to++) {
                for (boolean strip : List.of(true, false)) {
                    TextSink.Words stretch = new TextSink.Words();
                    stretch.normalised(text, from, to, strip);
                    assertEquals(words(new String(text, from, to - from), strip), stretch.count(), from + ".." + to);
                }
            }
        }
        TextSink.Words halves = new TextSink.Words();
        halves.normalised(text, 1, 3, false); // "a" and a lone high surrogate: one word
        assertEquals(1, halves.count());
    }
}
