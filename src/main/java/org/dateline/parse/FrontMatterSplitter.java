package org.dateline.parse;

import org.dateline.diag.DatelineException;
import org.dateline.diag.LineIndex;
import org.dateline.diag.SourcePosition;

/**
 * Finds the front matter at the top of an article, after any blank lines: YAML between a line
 * {@code ---} and the next {@code ---} (or {@code ...}) line, TOML between {@code +++} lines, or a
 * JSON object starting with {@code {} (as Hugo reads them). LF, CRLF and CR-only line endings and
 * trailing blanks after a fence all split exactly like the clean file. An unclosed fence is an error
 * and never leaks into the body.
 */
public final class FrontMatterSplitter {

    /** Front matter larger than this is refused before the YAML parser sees it. */
    public static final int MAX_FRONT_MATTER_CHARS = 64 * 1024;

    public FrontMatter split(String relPath, String text) {
        if (text.isBlank()) {
            throw DatelineException.at(new SourcePosition(relPath, 1, 1), "file is empty",
                    "write the article, or delete the file (names starting with `_` are skipped)");
        }
        int start = 0;
        int fenceLine = 1; // the line of start: no index of the whole text is made for it
        int firstEnd = LineIndex.endOfLine(text, 0);
        while (text.substring(start, firstEnd).isBlank()) { // Hugo skips blank lines before the fence
            start = LineIndex.startOfNextLine(text, firstEnd);
            firstEnd = LineIndex.endOfLine(text, start);
            fenceLine++;
        }
        String firstLine = text.substring(start, firstEnd).stripTrailing();
        if (firstLine.equals("---")) {
            return fenced(relPath, text, firstEnd, fenceLine, "---", FrontMatter.Format.YAML);
        }
        if (firstLine.equals("+++")) {
            return fenced(relPath, text, firstEnd, fenceLine, "+++", FrontMatter.Format.TOML);
        }
        if (firstLine.startsWith("{")) {
            return json(relPath, text, start, fenceLine);
        }
        throw DatelineException.at(new SourcePosition(relPath, fenceLine, 1), "article has no front matter",
                "start the file with a `---` line, then `title:` and `date:`, then another `---` line");
    }

    private static FrontMatter fenced(String relPath, String text, int firstEnd, int fenceLine, String fence,
                                      FrontMatter.Format format) {
        int contentStart = LineIndex.startOfNextLine(text, firstEnd);
        int line = fenceLine + 1;
        int position = contentStart;
        while (position < text.length()) {
            int end = LineIndex.endOfLine(text, position);
            String candidate = text.substring(position, end).stripTrailing();
            if (candidate.equals(fence) || format == FrontMatter.Format.YAML && candidate.equals("...")) {
                String content = text.substring(contentStart, position);
                checkSize(relPath, content, fenceLine + 1);
                return new FrontMatter(content, fenceLine + 1, LineIndex.startOfNextLine(text, end), format);
            }
            position = LineIndex.startOfNextLine(text, end);
            line++;
            if (position - contentStart > MAX_FRONT_MATTER_CHARS) {
                throw tooLarge(relPath, fenceLine + 1);
            }
        }
        throw DatelineException.at(new SourcePosition(relPath, fenceLine, 1),
                "front matter opened with `" + fence + "` on line " + fenceLine + " is never closed (read to line "
                        + (line - 1) + ")",
                "add a `" + fence + "` line after the last front-matter key");
    }

    /** A JSON object: it ends at the brace that balances the first, outside strings; the body starts on the next line. */
    private static FrontMatter json(String relPath, String text, int start, int fenceLine) {
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < text.length() && i - start <= MAX_FRONT_MATTER_CHARS; i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                int end = LineIndex.endOfLine(text, i + 1);
                if (!text.substring(i + 1, end).isBlank()) {
                    throw DatelineException.at(new LineIndex(text).position(relPath, i + 1),
                            "text after the closing `}` of the JSON front matter",
                            "end the front matter with `}` on its own line and start the article on the next");
                }
                return new FrontMatter(text.substring(start, i + 1), fenceLine, LineIndex.startOfNextLine(text, end),
                        FrontMatter.Format.JSON);
            }
        }
        if (text.length() - start > MAX_FRONT_MATTER_CHARS) {
            throw tooLarge(relPath, fenceLine);
        }
        throw DatelineException.at(new SourcePosition(relPath, fenceLine, 1),
                "JSON front matter opened with `{` on line " + fenceLine + " is never closed",
                "close the object with `}` on its own line after the last key");
    }

    private static void checkSize(String relPath, String content, int line) {
        if (content.length() > MAX_FRONT_MATTER_CHARS) {
            throw tooLarge(relPath, line);
        }
    }

    private static DatelineException tooLarge(String relPath, int line) {
        return DatelineException.at(new SourcePosition(relPath, line, 1),
                "front matter is larger than " + (MAX_FRONT_MATTER_CHARS / 1024) + " KiB",
                "keep front matter to the article's metadata; move long text into the body");
    }
}
