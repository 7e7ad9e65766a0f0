package org.dateline.render;

import org.jsoup.internal.StringUtil;

/**
 * Where {@link PlainRendering} puts the text of the page it writes: the characters, as jsoup's text accumulator
 * builds them ({@link Chars}), or only the count of the words in them ({@link Words}).
 */
interface TextSink {

    /** Whether nothing was put yet. */
    boolean isEmpty();

    /** Whether the last character put was a space. */
    boolean lastIsSpace();

    void space();

    /** {@code text} as written in a {@code pre}: every character. */
    void raw(String text);

    /** {@code text} with its whitespace normalised, as jsoup's {@code StringUtil.appendNormalisedWhitespace}. */
    void normalised(String text, boolean stripLeading);

    /** The characters themselves. */
    final class Chars implements TextSink {
        private final StringBuilder accum = new StringBuilder();

        @Override
        public boolean isEmpty() {
            return accum.length() == 0;
        }

        @Override
        public boolean lastIsSpace() {
            return accum.length() != 0 && accum.charAt(accum.length() - 1) == ' ';
        }

        @Override
        public void space() {
            accum.append(' ');
        }

        @Override
        public void raw(String text) {
            accum.append(text);
        }

        @Override
        public void normalised(String text, boolean stripLeading) {
            StringUtil.appendNormalisedWhitespace(accum, text, stripLeading);
        }

        String text() {
            return accum.toString();
        }
    }

    /**
     * The number of words {@code MarkdownRenderer.wordCount} finds in {@code text().trim()} of the
     * same characters: runs of characters other than {@code [ \t\n\x0B\f\r]}, after {@code strip()}
     * took the whitespace off both ends. Here a run made only of other whitespace (an em space,
     * say) is counted only between two runs that hold more, as the strip would have left it; the
     * trim takes nothing more than the strip (the plain way refuses other control characters).
     */
    final class Words implements TextSink {
        private boolean empty = true;
        private boolean lastSpace;
        private boolean inRun;
        private boolean runHasMore;
        private boolean counting;
        private int words;
        private int whitespaceRuns;

        @Override
        public boolean isEmpty() {
            return empty;
        }

        @Override
        public boolean lastIsSpace() {
            return lastSpace;
        }

        @Override
        public void space() {
            put(' ');
        }

        @Override
        public void raw(String text) {
            char[] chars = text.toCharArray();
            raw(chars, 0, chars.length);
        }

        /** {@link #raw(String)} of the text {@code chars[from, to)}. */
        void raw(char[] chars, int from, int to) {
            for (int i = from; i < to; i++) {
                put(chars[i]);
            }
        }

        /**
         * The steps of jsoup's {@code appendNormalisedWhitespace}, putting each character rather than appending it.
         * Reads a copy of the characters ({@code charAt} on a text with characters past Latin-1 keeps a bounds-check
         * call per character under C1) and puts a run of printable ASCII at once: each of its characters would leave
         * the same state.
         */
        @Override
        public void normalised(String text, boolean stripLeading) {
            char[] chars = text.toCharArray();
            normalised(chars, 0, chars.length, stripLeading);
        }

        /**
         * {@link #normalised(String, boolean)} of the text {@code chars[from, to)} (a pair of surrogates is one code
         * point only when both halves are inside it).
         */
        void normalised(char[] chars, int from, int to, boolean stripLeading) {
            boolean lastWasWhite = false;
            boolean reachedNonWhite = false;
            int length = to;
            int i = from;
            while (i < length) {
                if (chars[i] > ' ' && chars[i] < 0x7f) {
                    do {
                        i++;
                    } while (i < length && chars[i] > ' ' && chars[i] < 0x7f);
                    empty = false; // put(c) of each
                    lastSpace = false;
                    inRun = true;
                    runHasMore = true;
                    lastWasWhite = false;
                    reachedNonWhite = true;
                    continue;
                }
                char ch = chars[i++];
                int c = ch;
                if (Character.isHighSurrogate(ch) && i < length && Character.isLowSurrogate(chars[i])) {
                    c = Character.toCodePoint(ch, chars[i++]); // a pair is one code point, as codePointAt reads it
                }
                if (StringUtil.isActuallyWhitespace(c)) {
                    if (stripLeading && !reachedNonWhite || lastWasWhite) {
                        continue;
                    }
                    put(' ');
                    lastWasWhite = true;
                } else if (!StringUtil.isInvisibleChar(c)) {
                    put(c);
                    lastWasWhite = false;
                    reachedNonWhite = true;
                }
            }
        }

        private void put(int c) {
            empty = false;
            lastSpace = c == ' ';
            if (c > ' ' && c < 0x7f) { // printable ASCII: in a run, and no whitespace
                inRun = true;
                runHasMore = true;
                return;
            }
            if (c == ' ' || c >= '\t' && c <= '\r') {
                endRun();
                return;
            }
            inRun = true;
            runHasMore |= !Character.isWhitespace(c);
        }

        private void endRun() {
            if (!inRun) {
                return;
            }
            inRun = false;
            if (runHasMore) {
                if (counting) {
                    words += whitespaceRuns;
                }
                whitespaceRuns = 0;
                counting = true;
                words++;
            } else if (counting) {
                whitespaceRuns++;
            }
            runHasMore = false;
        }

        int count() {
            endRun();
            return words;
        }
    }
}
