package org.dateline.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.dateline.diag.LineIndex;
import org.dateline.diag.Problem;

/**
 * Turns a problem into what the user reads, with {@link Problem#formatWithSource}: the file's line
 * and a caret under the column. The file is read from the site folder (once per run), only when it
 * is a regular file inside the site and not larger than {@link #MAX_BYTES}; otherwise the problem is
 * printed without a snippet. Control characters are never passed to the terminal.
 */
final class ProblemPrinter {

    static final long MAX_BYTES = 16L * 1024 * 1024;

    private static final String RED = "\u001b[1;31m";
    private static final String YELLOW = "\u001b[1;33m";
    private static final String GREEN = "\u001b[1;32m";
    private static final String BOLD = "\u001b[1m";
    private static final String RESET = "\u001b[0m";

    private final Path site;
    private final boolean colour;
    private final Map<String, LineIndex> sources = new HashMap<>();
    /** The index of no text (a LineIndex finds its line starts when first asked, so none is a static constant). */
    private final LineIndex none = new LineIndex("");

    ProblemPrinter(Path site, boolean colour) {
        this.site = site.toAbsolutePath().normalize();
        this.colour = colour;
    }

    /** The problem as printed, lines separated by {@code \n}, without a final line break. */
    synchronized String print(Problem problem) {
        LineIndex source = problem.position().line() > 0
                ? sources.computeIfAbsent(problem.position().file(), this::read) : none;
        String text = safe(problem.formatWithSource(source));
        return colour ? coloured(text, problem) : text;
    }

    private LineIndex read(String file) {
        try {
            if (file.isEmpty()) {
                return none;
            }
            Path path = site.resolve(file).normalize();
            if (!path.startsWith(site) || !Files.isRegularFile(path) || Files.size(path) > MAX_BYTES) {
                return none;
            }
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(path))).toString();
            return new LineIndex(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (IOException | RuntimeException e) {
            return none;
        }
    }

    /** Every control character but the line break shown as U+FFFD. */
    static String safe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c != '\n' && (Character.isISOControl(c))) {
                out.append('\uFFFD');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static String coloured(String text, Problem problem) {
        String[] lines = text.split("\n", -1);
        String label = problem.severity().label() + ":";
        int at = lines[0].startsWith(label) ? 0 : lines[0].indexOf(": " + label) + 2;
        String where = at > 0 ? BOLD + lines[0].substring(0, at - 2) + RESET + ": " : "";
        lines[0] = where + (problem.isError() ? RED : YELLOW) + label + RESET + lines[0].substring(at + label.length());
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].endsWith("^") && lines[i].strip().startsWith("|")) {
                lines[i] = lines[i].substring(0, lines[i].length() - 1) + GREEN + "^" + RESET;
            }
        }
        return String.join("\n", lines);
    }
}
