package org.dateline.cli;

import java.util.Map;

/**
 * What the command line knows about where its output goes.
 *
 * @param interactive stderr is read by a person at a terminal: progress lines are worth printing
 * @param colour problems may be coloured with ANSI escapes
 */
record Terminal(boolean interactive, boolean colour) {

    /** Output to files, pipes and tests: no progress lines, no colour. */
    static final Terminal NONE = new Terminal(false, false);

    /**
     * Colour only on a terminal, never when {@code NO_COLOR} is set to anything but "" (no-color.org),
     * never for {@code TERM=dumb}. Java cannot ask whether stderr alone is a terminal; a console
     * (stdin and stdout both terminals) is the closest it can tell.
     */
    static Terminal detect(boolean console, Map<String, String> environment) {
        boolean noColour = !environment.getOrDefault("NO_COLOR", "").isEmpty()
                || "dumb".equals(environment.get("TERM"));
        return new Terminal(console, console && !noColour);
    }
}
