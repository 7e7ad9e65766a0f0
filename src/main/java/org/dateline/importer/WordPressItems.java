package org.dateline.importer;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.diag.Problem;
import org.dateline.diag.SourcePosition;
import org.dateline.parse.Slugs;
import org.jsoup.Jsoup;

/**
 * WordPress items as articles and pages. Posts become articles, pages standalone pages. The first
 * category other than "Uncategorized" is the section (unless {@code --section}); every other category
 * and every post tag becomes a tag. {@code post_date_gmt} is the date, shown in the site's zone;
 * the excerpt is the description; the slug is kept and the old address recorded in {@code aliases}.
 * Drafts and pending posts stay drafts, scheduled ones keep their future date; private and
 * password-protected posts are skipped and nothing of them is written.
 */
final class WordPressItems {

    /** An item to write, or the reason it is skipped (with a warning, for those that need one). */
    record Outcome(Optional<ImportedArticle> article, String skipped, String ignored) {
        static Outcome write(ImportedArticle article) {
            return new Outcome(Optional.of(article), "", "");
        }

        static Outcome skip(String reason) {
            return new Outcome(Optional.empty(), reason, "");
        }

        static Outcome ignore(String kind) {
            return new Outcome(Optional.empty(), "", kind);
        }
    }

    private static final int TITLE_WORDS = 8;

    private final ImportDates dates;
    private final HtmlToMarkdown markdown;
    private final WordPressMarkup markup = new WordPressMarkup();

    WordPressItems(ImportDates dates, HtmlToMarkdown markdown) {
        this.dates = dates;
        this.markdown = markdown;
    }

    Outcome convert(WxrReader.Item item, Map<String, String> authors, String shownPath, String section,
                    List<Problem> warnings) {
        Notes notes = new Notes(new SourcePosition(shownPath, item.line(), 0), describe(item), warnings);
        Optional<Outcome> leftOut = leftOut(item, notes);
        if (leftOut.isPresent()) {
            return leftOut.get();
        }
        WordPressMarkup.Result content = markup.convert(item.field("content:encoded"));
        if (!content.unknownShortcodes().isEmpty()) {
            notes.warn(" uses shortcodes Dateline cannot convert: " + String.join(", ", content.unknownShortcodes()
                    .stream().map(s -> "[" + s + "]").toList()) + "; they are kept as text",
                    "replace them by hand in the Markdown",
                    "shortcodes kept as text: " + String.join(", ", content.unknownShortcodes()));
        }
        String body = markdown.convert(Jsoup.parseBodyFragment(content.html()).body());
        String title = Jsoup.parse(item.field("title")).text().strip();
        if (title.isEmpty()) {
            title = firstWords(Jsoup.parse(content.html()).text());
            notes.warn(" has no title; titled from its first words: \"" + title + "\"",
                    "write a real headline as `title:`", "no title: made from the first words");
        }
        boolean page = item.field("wp:post_type").equals("page");
        Taxonomy taxonomy = taxonomy(item, page ? "" : section, page);
        String slug = Slugs.slugify(item.field("wp:post_name"));
        if (slug.isEmpty()) {
            slug = Slugs.slugify(title).isEmpty() ? "post-" + Slugs.slugify(item.field("wp:post_id")) : Slugs.slugify(title);
        }
        String oldPath = HtmlPageReader.path(item.field("link"));
        String status = item.field("wp:status");
        return Outcome.write(new ImportedArticle(page, title, date(item, notes), Optional.empty(),
                authors(item, authors, notes), taxonomy.section(), taxonomy.tags(),
                Jsoup.parse(item.field("excerpt:encoded")).text().strip(), "", slug,
                status.equals("draft") || status.equals("pending"), oldPath.isEmpty() ? List.of() : List.of(oldPath),
                notes.todos(), body, notes.at()));
    }

    /** Where an item is, how messages name it, its warnings and its {@code todo:} list. */
    private record Notes(SourcePosition at, String name, List<Problem> warnings, List<String> todos) {
        Notes(SourcePosition at, String name, List<Problem> warnings) {
            this(at, name, warnings, new ArrayList<>());
        }

        void warn(String message, String hint, String todo) {
            warnings.add(Problem.warning(at, name + message, hint));
            todos.add(todo);
        }
    }

    /** Items that are not written: attachments and menus (counted), private, protected and discarded posts. */
    private static Optional<Outcome> leftOut(WxrReader.Item item, Notes notes) {
        String type = item.field("wp:post_type");
        String status = item.field("wp:status");
        if (type.equals("attachment") || type.equals("nav_menu_item")) {
            return Optional.of(Outcome.ignore(type.equals("attachment") ? "attachment" : "menu item"));
        }
        if (!type.equals("post") && !type.equals("page")) {
            return Optional.of(Outcome.skip("post type \"" + type + "\""));
        }
        if (status.equals("private")) {
            notes.warnings().add(Problem.warning(notes.at(), notes.name() + " is private: skipped, nothing of it was"
                    + " written", "publish it in WordPress first if it belongs on the site"));
            return Optional.of(Outcome.skip("private"));
        }
        if (!item.field("wp:post_password").isEmpty()) {
            notes.warnings().add(Problem.warning(notes.at(), notes.name() + " is password-protected: skipped, nothing"
                    + " of it was written", "Dateline has no password protection; remove the password in WordPress if"
                    + " it may be public"));
            return Optional.of(Outcome.skip("password-protected"));
        }
        if (status.equals("trash") || status.equals("auto-draft") || status.equals("inherit")) {
            return Optional.of(Outcome.skip(status.equals("trash") ? "in the trash" : status));
        }
        return Optional.empty();
    }

    /** {@code post_date_gmt} in the site's zone; a draft's {@code post_date} read in that zone, said so. */
    private Optional<OffsetDateTime> date(WxrReader.Item item, Notes notes) {
        Optional<OffsetDateTime> date = dates.parseUtc(item.field("wp:post_date_gmt")).filter(d -> d.getYear() > 1);
        if (date.isEmpty() && !item.field("wp:post_date").isEmpty()) {
            date = dates.parse(item.field("wp:post_date")).filter(d -> d.getYear() > 1);
            date.ifPresent(d -> notes.todos().add("date read from post_date in the site's time zone (no post_date_gmt)"));
        }
        if (date.isEmpty()) {
            notes.warn(" has no date", "add `date:`; the build refuses an article without one",
                    "no date found: add `date:`");
        }
        return date;
    }

    /** The display name of the item's login; the login itself, said so, when the export lacks one. */
    private static List<String> authors(WxrReader.Item item, Map<String, String> authors, Notes notes) {
        String login = item.field("dc:creator");
        if (login.isEmpty()) {
            notes.todos().add("no author found");
            return List.of();
        }
        String display = authors.get(login);
        if (display == null) {
            notes.warn(": the export has no display name for the login \"" + login + "\"",
                    "write the author's name in `authors:`",
                    "author is the WordPress login \"" + login + "\": write the display name");
            return List.of(login);
        }
        return List.of(display);
    }

    /** The section and tags an item's categories and post tags give. */
    private record Taxonomy(String section, List<String> tags) {
    }

    private static Taxonomy taxonomy(WxrReader.Item item, String section, boolean page) {
        String chosen = section;
        Set<String> tags = new LinkedHashSet<>();
        for (WxrReader.Category category : item.categories()) {
            String label = Jsoup.parse(category.name()).text().strip();
            if (label.isEmpty()) {
                continue;
            }
            if (category.domain().equals("category")) {
                boolean uncategorized = category.nicename().equals("uncategorized");
                if (chosen.isEmpty() && !uncategorized && !page) {
                    chosen = label;
                } else if (!uncategorized && !label.equals(chosen)) {
                    tags.add(label);
                }
            } else if (category.domain().equals("post_tag")) {
                tags.add(label);
            }
        }
        return page ? new Taxonomy("", List.of()) : new Taxonomy(chosen, List.copyOf(tags));
    }

    /** {@code post 12 "Title"}: how a message names an item. */
    static String describe(WxrReader.Item item) {
        String type = item.field("wp:post_type").isEmpty() ? "item" : item.field("wp:post_type");
        String title = Jsoup.parse(item.field("title")).text().strip();
        return type + " " + item.field("wp:post_id") + (title.isEmpty() ? "" : " \"" + title + "\"");
    }

    private static String firstWords(String text) {
        String[] words = text.strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return "Untitled";
        }
        StringBuilder title = new StringBuilder();
        for (int i = 0; i < Math.min(TITLE_WORDS, words.length); i++) {
            title.append(i == 0 ? "" : " ").append(words[i]);
        }
        return words.length > TITLE_WORDS ? title.toString().replaceAll("[,.;:]$", "") + "…" : title.toString();
    }
}
