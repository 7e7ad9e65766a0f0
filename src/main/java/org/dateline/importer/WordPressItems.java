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
        SourcePosition at = new SourcePosition(shownPath, item.line(), 0);
        String type = item.field("wp:post_type");
        String status = item.field("wp:status");
        String name = describe(item);
        switch (type) {
            case "attachment" -> {
                return Outcome.ignore("attachment");
            }
            case "nav_menu_item" -> {
                return Outcome.ignore("menu item");
            }
            case "post", "page" -> {
                // converted below
            }
            default -> {
                return Outcome.skip("post type \"" + type + "\"");
            }
        }
        if (status.equals("private")) {
            warnings.add(Problem.warning(at, name + " is private: skipped, nothing of it was written",
                    "publish it in WordPress first if it belongs on the site"));
            return Outcome.skip("private");
        }
        if (!item.field("wp:post_password").isEmpty()) {
            warnings.add(Problem.warning(at, name + " is password-protected: skipped, nothing of it was written",
                    "Dateline has no password protection; remove the password in WordPress if it may be public"));
            return Outcome.skip("password-protected");
        }
        if (status.equals("trash") || status.equals("auto-draft") || status.equals("inherit")) {
            return Outcome.skip(status.equals("trash") ? "in the trash" : status);
        }
        List<String> todos = new ArrayList<>();
        WordPressMarkup.Result content = markup.convert(item.field("content:encoded"));
        if (!content.unknownShortcodes().isEmpty()) {
            warnings.add(Problem.warning(at, name + " uses shortcodes Dateline cannot convert: "
                    + String.join(", ", content.unknownShortcodes().stream().map(s -> "[" + s + "]").toList())
                    + "; they are kept as text", "replace them by hand in the Markdown"));
            todos.add("shortcodes kept as text: " + String.join(", ", content.unknownShortcodes()));
        }
        String body = markdown.convert(Jsoup.parseBodyFragment(content.html()).body());

        String title = Jsoup.parse(item.field("title")).text().strip();
        if (title.isEmpty()) {
            title = firstWords(Jsoup.parse(content.html()).text());
            warnings.add(Problem.warning(at, name + " has no title; titled from its first words: \"" + title + "\"",
                    "write a real headline as `title:`"));
            todos.add("no title: made from the first words");
        }
        Optional<OffsetDateTime> date = dates.parseUtc(item.field("wp:post_date_gmt"))
                .filter(d -> d.getYear() > 1);
        if (date.isEmpty() && !item.field("wp:post_date").isEmpty()) {
            date = dates.parse(item.field("wp:post_date")).filter(d -> d.getYear() > 1);
            date.ifPresent(d -> todos.add("date read from post_date in the site's time zone (no post_date_gmt)"));
        }
        if (date.isEmpty()) {
            warnings.add(Problem.warning(at, name + " has no date", "add `date:`; the build refuses an article without one"));
            todos.add("no date found: add `date:`");
        }
        String login = item.field("dc:creator");
        List<String> names = new ArrayList<>();
        if (!login.isEmpty()) {
            String display = authors.get(login);
            if (display == null) {
                warnings.add(Problem.warning(at, name + ": the export has no display name for the login \"" + login
                        + "\"", "write the author's name in `authors:`"));
                todos.add("author is the WordPress login \"" + login + "\": write the display name");
                names.add(login);
            } else {
                names.add(display);
            }
        } else {
            todos.add("no author found");
        }
        String chosenSection = section;
        Set<String> tags = new LinkedHashSet<>();
        for (WxrReader.Category category : item.categories()) {
            String label = Jsoup.parse(category.name()).text().strip();
            if (label.isEmpty()) {
                continue;
            }
            if (category.domain().equals("category")) {
                boolean uncategorized = category.nicename().equals("uncategorized");
                if (chosenSection.isEmpty() && !uncategorized && !type.equals("page")) {
                    chosenSection = label;
                } else if (!uncategorized && !label.equals(chosenSection)) {
                    tags.add(label);
                }
            } else if (category.domain().equals("post_tag")) {
                tags.add(label);
            }
        }
        String slug = Slugs.slugify(item.field("wp:post_name"));
        if (slug.isEmpty()) {
            slug = Slugs.slugify(title).isEmpty() ? "post-" + Slugs.slugify(item.field("wp:post_id")) : Slugs.slugify(title);
        }
        String oldPath = HtmlPageReader.path(item.field("link"));
        boolean draft = status.equals("draft") || status.equals("pending");
        String description = Jsoup.parse(item.field("excerpt:encoded")).text().strip();
        boolean page = type.equals("page");
        return Outcome.write(new ImportedArticle(page, title, date, Optional.empty(), names,
                page ? "" : chosenSection, page ? List.of() : List.copyOf(tags), description, "", slug, draft,
                oldPath.isEmpty() ? List.of() : List.of(oldPath), todos, body, at));
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
