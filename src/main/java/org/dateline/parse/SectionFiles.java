package org.dateline.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dateline.config.Listing;
import org.dateline.config.YamlFields;
import org.dateline.config.YamlNode;
import org.dateline.diag.DatelineException;
import org.dateline.diag.LineIndex;
import org.dateline.diag.Problem;
import org.dateline.diag.Problems;
import org.dateline.diag.SourcePosition;
import org.dateline.load.SourceFile;
import org.dateline.load.SourceScanner;

/**
 * Reads Hugo's {@code _index.md} files: {@code content/world/_index.md} is the front matter of the
 * section whose slug is its folder's. Its {@code title} (the section's display name), {@code
 * description} (or {@code summary}…, as for articles), {@code weight} (the navigation order) and
 * {@code draft} (or Jekyll's {@code published: false}) are read, keys matched without regard to case;
 * other keys (Hugo's {@code menu}, {@code cascade}, {@code layout}) mean nothing to Dateline and are
 * ignored. YAML, TOML and JSON front matter are read as for articles, with the same errors. The
 * text below the front matter is not shown (a warning says so), and an {@code _index.md} that is not
 * a top-level section's (the front page's, a nested folder's) is a warning: Dateline has neither.
 */
public final class SectionFiles {

    private final FrontMatterSplitter splitter = new FrontMatterSplitter();

    private final FrontMatterParser parser = new FrontMatterParser(new DateParser(java.time.ZoneOffset.UTC));

    /** @param drafts whether draft sections are shown anyway ({@code --drafts}) */
    public List<Listing.SectionFile> read(List<SourceFile> files, boolean drafts, Problems problems) {
        List<Listing.SectionFile> sections = new ArrayList<>();
        for (SourceFile file : files) {
            try {
                read(file, drafts, problems).ifPresent(sections::add);
            } catch (DatelineException e) {
                problems.addAll(e.problems());
            }
        }
        return sections;
    }

    private Optional<Listing.SectionFile> read(SourceFile file, boolean drafts, Problems problems) {
        String[] folders = file.contentPath().split("/");
        if (folders.length != 2 || folders[0].equals(SourceScanner.JEKYLL_POSTS)) {
            problems.add(Problem.warning(SourcePosition.of(file.relPath()), folders.length == 1
                    ? "the front page takes its title and description from site.yaml, so this file is not read"
                    : folders.length == 2 ? "Jekyll's _posts folder is not a section, so this file is not read"
                    : "only a folder right under content/ is a section, so this file is not read",
                    folders.length == 1 ? "move `title` and `description` to site.yaml, and delete the file"
                            : "move it to the section's folder, or delete it"));
            return Optional.empty();
        }
        String slug = Slugs.slugify(folders[0]);
        int start = firstWritten(file.text());
        if (start == file.text().length()) {
            return Optional.of(new Listing.SectionFile(slug, "", "", 0, false, file.relPath()));
        }
        String first = file.text().substring(start, LineIndex.endOfLine(file.text(), start)).stripTrailing();
        if (!first.equals("---") && !first.equals("+++") && !first.startsWith("{")) {
            warnBody(file, start, problems);
            return Optional.of(new Listing.SectionFile(slug, "", "", 0, false, file.relPath()));
        }
        FrontMatter split = splitter.split(file.relPath(), file.text());
        YamlNode.Mapping root = parser.root(file.relPath(), split);
        List<Problem> errors = new ArrayList<>();
        for (YamlNode.Duplicate duplicate : root.duplicates()) {
            Problem problem = FrontMatterKeys.duplicate(duplicate.earlier(), duplicate.later());
            if (problem.isError()) {
                errors.add(problem);
            } else {
                problems.add(problem);
            }
        }
        String title = "";
        String description = "";
        int weight = 0;
        boolean draft = false;
        for (YamlNode.Entry entry : root.entries().values()) {
            if (YamlFields.isNull(entry.value())) {
                continue;
            }
            try {
                String key = FrontMatterKeys.canonical(entry).orElse(entry.key().toLowerCase(Locale.ROOT));
                switch (key) {
                    case "title" -> title = Entities.decode(YamlFields.text(entry.key(), entry.value())).strip();
                    case "description" -> description = Entities.decode(YamlFields.text(entry.key(), entry.value())).strip();
                    case "weight" -> weight = weight(entry);
                    case "draft" -> draft = draft || YamlFields.bool(entry.key(), entry.value());
                    case "published" -> draft = draft || !YamlFields.bool(entry.key(), entry.value());
                    default -> {
                        // Hugo's own keys (menu, cascade, layout, date...) mean nothing here
                    }
                }
            } catch (DatelineException e) {
                errors.addAll(e.problems());
            }
        }
        if (!errors.isEmpty()) {
            throw new DatelineException(errors);
        }
        int body = firstWritten(file.text(), split.bodyOffset());
        if (body < file.text().length()) {
            warnBody(file, body, problems);
        }
        return Optional.of(new Listing.SectionFile(slug, title, description, weight, draft && !drafts, file.relPath()));
    }

    private static int weight(YamlNode.Entry entry) {
        if (entry.value() instanceof YamlNode.Scalar scalar && scalar.kind() == YamlNode.Kind.INT) {
            try {
                return Integer.parseInt(scalar.text().replace("_", ""));
            } catch (NumberFormatException e) {
                // too large: reported below
            }
        }
        throw DatelineException.at(entry.value().position(), "`" + entry.key() + "` is not a whole number",
                "write e.g. `weight: 10`; sections with lower weights come first");
    }

    private static void warnBody(SourceFile file, int offset, Problems problems) {
        problems.add(Problem.warning(new LineIndex(file.text()).position(file.relPath(), offset),
                "the text of a section's _index.md is not shown on its page", "put a short introduction in"
                        + " `description`, which the section's page shows, and delete the text"));
    }

    private static int firstWritten(String text) {
        return firstWritten(text, 0);
    }

    /** The offset of the first character that is not white space at or after {@code from}, or the length. */
    private static int firstWritten(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return i;
        }
        int lineStart = text.lastIndexOf('\n', i - 1) + 1;
        return Math.max(from, lineStart);
    }
}
