package org.dateline.parse;

import org.dateline.diag.DatelineException;
import org.dateline.diag.LineIndex;
import org.dateline.diag.SourcePosition;

/**
 * Finds the YAML front matter between a first line {@code ---} and the next {@code ---} (or
 * {@code ...}) line. LF, CRLF and CR-only line endings and trailing blanks after a fence all split
 * exactly like the clean file. An unclosed fence is an error and never leaks into the body.
 */
public final class FrontMatterSplitter {

    /** Front matter larger than this is refused before the YAML parser sees it. */
    public static final int MAX_FRONT_MATTER_CHARS = 64 * 1024;

    public FrontMatter split(String relPath, String text) {
        if (text.isBlank()) {
            throw DatelineException.at(new SourcePosition(relPath, 1, 1), "file is empty",
                    "write the article, or delete the file (names starting with `_` are skipped)");
        }
        int firstEnd = LineIndex.endOfLine(text, 0);
        String firstLine = text.substring(0, firstEnd).stripTrailing();
        if (firstLine.equals("+++")) {
            throw DatelineException.at(new SourcePosition(relPath, 1, 1), "TOML front matter (`+++`) is not supported",
                    "convert it to YAML between `---` lines");
        }
        if (!firstLine.equals("---")) {
            throw DatelineException.at(new SourcePosition(relPath, 1, 1), "article has no front matter",
                    "start the file with a `---` line, then `title:` and `date:`, then another `---` line");
        }
        int yamlStart = LineIndex.startOfNextLine(text, firstEnd);
        int line = 2;
        int position = yamlStart;
        while (position < text.length()) {
            int end = LineIndex.endOfLine(text, position);
            String candidate = text.substring(position, end).stripTrailing();
            if (candidate.equals("---") || candidate.equals("...")) {
                String yaml = text.substring(yamlStart, position);
                checkSize(relPath, yaml);
                return new FrontMatter(yaml, 2, LineIndex.startOfNextLine(text, end));
            }
            position = LineIndex.startOfNextLine(text, end);
            line++;
            if (position - yamlStart > MAX_FRONT_MATTER_CHARS) {
                break;
            }
        }
        if (position - yamlStart > MAX_FRONT_MATTER_CHARS) {
            throw tooLarge(relPath);
        }
        throw DatelineException.at(new SourcePosition(relPath, 1, 1),
                "front matter opened with `---` on line 1 is never closed (read to line " + (line - 1) + ")",
                "add a `---` line after the last front-matter key");
    }

    private static void checkSize(String relPath, String yaml) {
        if (yaml.length() > MAX_FRONT_MATTER_CHARS) {
            throw tooLarge(relPath);
        }
    }

    private static DatelineException tooLarge(String relPath) {
        return DatelineException.at(new SourcePosition(relPath, 2, 1),
                "front matter is larger than " + (MAX_FRONT_MATTER_CHARS / 1024) + " KiB",
                "keep front matter to the article's metadata; move long text into the body");
    }
}
