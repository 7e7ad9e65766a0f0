package org.dateline.parse;

import java.util.Objects;

/**
 * Article text as flexmark reads it: every character read first checks whether the reading
 * thread was interrupted, and if so throws {@link Stopped}, so a parse or render the build has given
 * up on (after {@code article_time_limit}) unwinds at once instead of running on to the end.
 * flexmark keeps a {@code CharSequence} it is given as the base of all its sequences
 * ({@code BasedSequence.of} wraps it in a {@code SubSequence} that reads through it), so its
 * parser and renderer both read here.
 */
public final class InterruptibleText implements CharSequence {

    private final String text;
    /**
     * A copy of the characters, which {@link #charAt} reads: flexmark reads every character many times, and
     * {@code String.charAt} on a text with characters past Latin-1 keeps a bounds-check call per character
     * under C1 (the launcher's compiler).
     */
    private final char[] chars;

    public InterruptibleText(String text) {
        this.text = Objects.requireNonNull(text, "text");
        this.chars = text.toCharArray();
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public char charAt(int index) {
        if (Thread.currentThread().isInterrupted()) {
            throw new Stopped();
        }
        if (index < 0 || index >= chars.length) {
            throw new StringIndexOutOfBoundsException("index " + index + ", length " + chars.length); // as String's
        }
        return chars[index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        if (Thread.currentThread().isInterrupted()) {
            throw new Stopped();
        }
        return new InterruptibleText(text.substring(start, end));
    }

    @Override
    public String toString() {
        return text;
    }

    /**
     * The characters themselves, for passes over the same text that would rather not read them one call at a time
     * (the parse stage's checks, the render stage's text): read them, never write.
     */
    public char[] characters() {
        return chars;
    }

    /** Thrown into flexmark when the work was given up; nobody waits for its result any more. */
    public static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super("article work was given up", null, false, false);
        }
    }
}
