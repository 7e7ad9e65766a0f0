package org.dateline.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dateline.diag.LineIndex;
import org.dateline.diag.Problem;
import org.dateline.markup.Markup;

/**
 * The box laid over every page while the latest rebuild fails: each error as the command line
 * prints it ({@code file:line:column: message}), with the offending source line and a caret under
 * the column, through {@link Problem#formatWithSource}. Everything from the site is escaped.
 */
final class ErrorOverlay {

    /** As many errors as the command line prints. */
    static final int MAX_SHOWN = 50;

    /** Source files larger than this are not read for their line (the build refuses them anyway). */
    private static final long MAX_SOURCE_BYTES = 16L * 1024 * 1024;

    static final String ID = "dateline-error-overlay";

    private static final String STYLE = "position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;"
            + "padding:2rem;background:rgba(24,24,27,.96);color:#f4f4f5;font:14px/1.5 ui-monospace,SFMono-Regular,"
            + "Menlo,Consolas,monospace;text-align:left";

    private final Path site;

    ErrorOverlay(Path site) {
        this.site = site;
    }

    /** Each error in its long form: the CLI's line, then the source line with a caret, then the hint. */
    List<String> texts(List<Problem> errors) {
        return errors.stream().limit(MAX_SHOWN).map(problem -> problem.formatWithSource(source(problem))).toList();
    }

    /** The overlay's markup, to go at the end of a page's body. */
    String html(List<Problem> errors, boolean lastGoodServed) {
        StringBuilder out = new StringBuilder("<div id=\"").append(ID).append("\" role=\"alert\" style=\"")
                .append(STYLE).append("\">");
        out.append("<h1 style=\"font-size:1.25rem;margin:0 0 .5rem;color:#fca5a5\">Build failed: ")
                .append(errors.size()).append(errors.size() == 1 ? " error" : " errors").append("</h1>");
        out.append("<p style=\"margin:0 0 1rem\">").append(lastGoodServed
                ? "This page is from the last good build. Fix the file and the page reloads by itself."
                : "There is no good build to show yet. Fix the file and the page reloads by itself.").append("</p>");
        for (String text : texts(errors)) {
            out.append("<pre style=\"white-space:pre-wrap;margin:0 0 1rem;padding:1rem;background:#000;color:#f4f4f5\">")
                    .append(Markup.escape(text)).append("</pre>");
        }
        if (errors.size() > MAX_SHOWN) {
            out.append("<p>... and ").append(errors.size() - MAX_SHOWN).append(" more errors</p>");
        }
        return out.append("</div>").toString();
    }

    /** A whole page holding only the overlay, for when no build has succeeded yet. */
    static String page(String overlay, String script) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Build failed</title></head><body>"
                + overlay + script + "</body></html>\n";
    }

    /** The text of the file a problem is in, when it is a readable file inside the site. */
    private LineIndex source(Problem problem) {
        if (problem.position().line() == 0 || problem.position().file().isEmpty()) {
            return new LineIndex("");
        }
        return read(problem.position().file()).map(LineIndex::new).orElseGet(() -> new LineIndex(""));
    }

    private Optional<String> read(String relative) {
        try {
            Path file = site.resolve(relative).normalize();
            if (!file.startsWith(site) || !Files.isRegularFile(file) || Files.size(file) > MAX_SOURCE_BYTES) {
                return Optional.empty();
            }
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
