package org.dateline.parse;

import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.config.YamlFields;
import org.dateline.config.YamlNode;
import org.dateline.config.YamlReader;
import org.dateline.diag.DatelineException;
import org.dateline.diag.Problem;
import org.dateline.diag.SourcePosition;
import org.dateline.load.SourceFile;

/**
 * Maps front matter to {@link ArticleMeta}: aliases from Hugo, Jekyll and Eleventy are accepted,
 * every field is validated, and every mistake in a file is reported, not only the first.
 */
public final class FrontMatterParser {

    /** Canonical key → the aliases that mean the same, in the order they are looked for. */
    static final Map<String, List<String>> KEYS = aliases();

    private static final Pattern JEKYLL_NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})-(.+)");

    private final YamlReader yaml = new YamlReader(FrontMatterSplitter.MAX_FRONT_MATTER_CHARS);
    private final DateParser dates;

    public FrontMatterParser(DateParser dates) {
        this.dates = dates;
    }

    private static Map<String, List<String>> aliases() {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        keys.put("title", List.of());
        keys.put("date", List.of("published", "pubDate"));
        keys.put("updated", List.of("lastmod", "last_modified_at", "modified"));
        keys.put("expires", List.of("expiryDate"));
        keys.put("author", List.of("authors"));
        keys.put("source", List.of());
        keys.put("description", List.of("summary", "dek", "standfirst"));
        keys.put("section", List.of("category", "categories"));
        keys.put("tags", List.of("keywords"));
        keys.put("slug", List.of());
        keys.put("draft", List.of());
        keys.put("image", List.of());
        keys.put("image_alt", List.of());
        keys.put("image_caption", List.of());
        keys.put("image_credit", List.of());
        keys.put("location", List.of("dateline"));
        keys.put("corrections", List.of());
        keys.put("updates", List.of());
        return java.util.Collections.unmodifiableMap(keys);
    }

    /** The metadata of {@code source}, plus warnings; throws with every error found in the file. */
    public Result parse(SourceFile source, FrontMatter frontMatter) {
        String file = source.relPath();
        YamlNode root = yaml.read(frontMatter.yaml(), file, frontMatter.yamlFirstLine());
        if (!(root instanceof YamlNode.Mapping)) {
            throw DatelineException.at(root.position(), "front matter must be `key: value` lines, not " + root.describe(),
                    "write e.g. `title: Polls close in the capital`");
        }
        return new Reading(source, (YamlNode.Mapping) root).read();
    }

    /** Parsed metadata and the warnings it raised. */
    public record Result(ArticleMeta meta, List<Problem> warnings) {
        public Result {
            warnings = List.copyOf(warnings);
        }
    }

    /** The state of reading one file: its fields, positions and problems. */
    private final class Reading {
        private final SourceFile source;
        private final Map<String, YamlNode.Entry> fields = new HashMap<>();
        /** Known keys written with no value ({@code title:}), which count as absent except in messages. */
        private final Map<String, YamlNode.Entry> blank = new HashMap<>();
        private final Map<String, Object> params = new LinkedHashMap<>();
        private final Map<String, SourcePosition> positions = new HashMap<>();
        private final List<Problem> errors = new ArrayList<>();
        private final List<Problem> warnings = new ArrayList<>();

        Reading(SourceFile source, YamlNode.Mapping root) {
            this.source = source;
            Map<String, String> canonical = new HashMap<>();
            KEYS.forEach((key, aliases) -> {
                canonical.put(key, key);
                aliases.forEach(alias -> canonical.put(alias, key));
            });
            for (YamlNode.Entry entry : root.entries().values()) {
                String key = canonical.get(entry.key());
                if (key == null) {
                    if (!YamlFields.isNull(entry.value())) {
                        params.put(entry.key(), YamlFields.plain(entry.value()));
                    }
                    continue;
                }
                YamlNode.Entry earlier = fields.get(key);
                if (earlier != null) {
                    errors.add(Problem.error(entry.keyPosition(), "`" + entry.key() + "` and `" + earlier.key()
                            + "` (line " + earlier.keyPosition().line() + ") mean the same", "keep one of them"));
                } else if (!YamlFields.isNull(entry.value())) {
                    fields.put(key, entry);
                    positions.put(key, entry.value().position());
                } else {
                    blank.putIfAbsent(key, entry);
                }
            }
        }

        Result read() {
            String title = title();
            Matcher jekyll = JEKYLL_NAME.matcher(source.baseName());
            boolean jekyllName = jekyll.matches();
            Optional<OffsetDateTime> published = field("date", node -> date(written("date"), node));
            if (published.isEmpty() && !fields.containsKey("date")) {
                if (jekyllName) {
                    published = Optional.ofNullable(fileNameDate(jekyll.group(1)));
                } else {
                    errors.add(Problem.error(requiredKeyPosition("date"), "`" + written("date") + "` is "
                            + (blank.containsKey("date") ? "empty" : "missing"),
                            "add e.g. `date: 2024-05-01T18:30:00+02:00`, or name the file 2024-05-01-slug.md"));
                }
            }
            Optional<OffsetDateTime> updated = field("updated", node -> date(written("updated"), node));
            if (published.isPresent() && updated.isPresent() && updated.get().isBefore(published.get())) {
                errors.add(Problem.error(positions.get("updated"), "`" + written("updated") + "` (" + updated.get()
                        + ") is before `" + written("date") + "` (" + published.get() + ")",
                        "an update comes after publication; check both dates"));
            }
            Optional<OffsetDateTime> expires = field("expires", node -> date(written("expires"), node));
            if (published.isPresent() && expires.isPresent() && !expires.get().isAfter(published.get())) {
                errors.add(Problem.error(positions.get("expires"), "`" + written("expires") + "` (" + expires.get()
                        + ") is not after `" + written("date") + "` (" + published.get() + ")",
                        "an article expires after it is published; check both dates"));
            }
            String slug = field("slug", node -> Normalizer.normalize(YamlFields.text("slug", node).strip(),
                    Normalizer.Form.NFC)).orElse("");
            if (fields.containsKey("slug")) {
                Optional<String> problem = Slugs.problemWith(slug);
                problem.ifPresent(p -> errors.add(Problem.error(positions.get("slug"), "`slug` \"" + slug + "\" " + p,
                        "use lower-case words joined by `-`, e.g. `slug: polls-close`")));
            }
            String fileSlug = Slugs.slugify(jekyllName ? jekyll.group(2) : source.baseName());
            String effectiveSlug = !slug.isEmpty() ? slug : fileSlug.isEmpty() ? Slugs.slugify(title) : fileSlug;
            // Every other field is read before failing, so that one run reports every mistake in the file.
            List<String> authors = field("author", this::authors).orElse(List.of());
            String sourceName = text("source");
            String description = text("description");
            String section = field("section", this::section).orElse(defaultSection());
            List<String> tags = field("tags", this::tags).orElse(List.of());
            boolean draft = field("draft", node -> YamlFields.bool("draft", node)).orElse(false);
            Optional<LeadImage> image = image();
            String location = text("location");
            List<Notice> corrections = field("corrections", node -> notices("corrections", node)).orElse(List.of());
            List<Notice> updates = field("updates", node -> notices("updates", node)).orElse(List.of());
            if (slug.isEmpty() && !title.isEmpty()) {
                Slugs.problemWith(effectiveSlug).ifPresent(p -> errors.add(Problem.error(
                        fileSlug.isEmpty() ? positions.getOrDefault("title", SourcePosition.of(source.relPath()))
                                : SourcePosition.of(source.relPath()),
                        "the slug made from the "
                                + (fileSlug.isEmpty() ? "title" : "file name") + ", \"" + effectiveSlug + "\", " + p,
                        "rename the file, or add e.g. `slug: polls-close` to the front matter")));
            }
            if (!errors.isEmpty() || published.isEmpty()) {
                throw new DatelineException(errors);
            }
            ArticleMeta meta = new ArticleMeta(title, published.get(), updated, expires, authors, sourceName, description,
                    section, tags, effectiveSlug, draft, image, location, corrections, updates, params, positions);
            return new Result(meta, warnings);
        }

        private String title() {
            int before = errors.size();
            String title = field("title", node -> YamlFields.text("title", node).strip()).orElse("");
            if (errors.size() > before) {
                return title; // `title: [a, b]` is already reported as not text
            }
            if (title.isEmpty() && !fields.containsKey("title") && !blank.containsKey("title")) {
                errors.add(Problem.error(requiredKeyPosition("title"), "`title` is missing",
                        "add a line such as `title: Polls close in the capital` to the front matter"));
            } else if (title.isEmpty()) {
                errors.add(Problem.error(positions.getOrDefault("title", requiredKeyPosition("title")), "`title` is empty",
                        "write the headline after `title:`"));
            }
            return title;
        }

        /** The key as the user wrote it ({@code pubDate}), or the canonical name when it is not written. */
        private String written(String key) {
            YamlNode.Entry entry = fields.getOrDefault(key, blank.get(key));
            return entry == null ? key : entry.key();
        }

        /** Where a required key with no value was written, or the top of the file when it was not. */
        private SourcePosition requiredKeyPosition(String key) {
            YamlNode.Entry entry = blank.get(key);
            // an empty `title:` points where the value belongs, as the hint says to write it there
            return entry == null ? new SourcePosition(source.relPath(), 1, 1) : entry.value().position();
        }

        private <T> Optional<T> field(String key, Function<YamlNode, T> reader) {
            YamlNode.Entry entry = fields.get(key);
            if (entry == null) {
                return Optional.empty();
            }
            try {
                return Optional.ofNullable(reader.apply(entry.value()));
            } catch (DatelineException e) {
                errors.addAll(e.problems().stream().map(p -> renamed(p, key, entry.key())).toList());
                return Optional.empty();
            }
        }

        /** Messages name the key as the user wrote it (`pubDate`), not the canonical one. */
        private Problem renamed(Problem problem, String key, String written) {
            if (key.equals(written)) {
                return problem;
            }
            return new Problem(problem.severity(), problem.position(),
                    problem.message().replace("`" + key + "`", "`" + written + "`"), problem.hint());
        }

        private String text(String key) {
            return field(key, node -> YamlFields.text(key, node).strip()).orElse("");
        }

        private OffsetDateTime date(String key, YamlNode node) {
            String text = YamlFields.text(key, node);
            try {
                DateParser.Parsed parsed = dates.parse(text);
                parsed.warnings().forEach(w -> warnings.add(Problem.warning(node.position(), "`" + key + "` " + w,
                        "give an offset, e.g. +02:00, to say which one is meant")));
                return parsed.value();
            } catch (IllegalArgumentException e) {
                throw DatelineException.at(node.position(), "`" + key + "` " + e.getMessage(), DateParser.HINT);
            }
        }

        private OffsetDateTime fileNameDate(String text) {
            try {
                return dates.parse(text).value();
            } catch (IllegalArgumentException e) {
                errors.add(Problem.error(SourcePosition.of(source.relPath()), "the date in the file name "
                        + e.getMessage(), "name the file YYYY-MM-DD-slug.md with a real date, or add `date:`"));
                return null;
            }
        }

        /** A list of `{date, text}` entries, sorted oldest first. */
        private List<Notice> notices(String key, YamlNode node) {
            if (!(node instanceof YamlNode.Sequence sequence)) {
                throw DatelineException.at(node.position(), "`" + key + "` must be a list of `date:` and `text:` entries",
                        "write `" + key + ":` then lines like `  - {date: 2024-06-02T10:00:00+03:00, text: \"...\"}`");
            }
            List<Notice> notices = new ArrayList<>();
            for (YamlNode item : sequence.items()) {
                YamlNode.Mapping entry = YamlFields.mapping(key, item);
                YamlNode dateNode = entry.find("date").map(YamlNode.Entry::value).orElseThrow(() -> DatelineException.at(
                        item.position(), "a `" + key + "` entry has no `date`", "add `date:` to the entry"));
                String text = entry.find("text").map(e -> YamlFields.text(key + ".text", e.value()).strip()).orElse("");
                if (text.isEmpty()) {
                    throw DatelineException.at(item.position(), "a `" + key + "` entry has no `text`",
                            "say what was corrected or updated in `text:`");
                }
                notices.add(new Notice(date(key + ".date", dateNode), text));
            }
            notices.sort(java.util.Comparator.comparing(n -> n.date().toInstant()));
            return notices;
        }

        private List<String> authors(YamlNode node) {
            List<YamlNode> items = node instanceof YamlNode.Sequence seq ? seq.items() : List.of(node);
            List<String> names = new ArrayList<>();
            for (YamlNode item : items) {
                YamlNode nameNode = item instanceof YamlNode.Mapping map && map.find("name").isPresent()
                        ? map.find("name").get().value() : item;
                String name = YamlFields.text("author", nameNode).strip();
                if (!name.isEmpty() && !names.contains(name)) {
                    names.add(name);
                }
            }
            return names;
        }

        private String section(YamlNode node) {
            List<String> values = YamlFields.textList("section", node);
            return values.isEmpty() ? defaultSection() : values.get(0).strip();
        }

        private List<String> tags(YamlNode node) {
            List<String> tags = new ArrayList<>();
            for (String value : YamlFields.textList("tags", node)) {
                for (String part : node instanceof YamlNode.Scalar ? value.split(",") : new String[] {value}) {
                    String tag = part.strip();
                    if (!tag.isEmpty() && !tags.contains(tag)) {
                        tags.add(tag);
                    }
                }
            }
            return tags;
        }

        private String defaultSection() {
            String path = source.contentPath();
            int slash = path.indexOf('/');
            if (slash < 0) {
                return "";
            }
            String folder = path.substring(0, slash).replace('-', ' ').replace('_', ' ');
            return folder.isEmpty() ? "" : folder.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + folder.substring(1);
        }

        private Optional<LeadImage> image() {
            String src = text("image");
            String alt = text("image_alt");
            String caption = text("image_caption");
            String credit = text("image_credit");
            if (src.isEmpty()) {
                for (String key : List.of("image_alt", "image_caption", "image_credit")) {
                    if (fields.containsKey(key)) {
                        warnings.add(Problem.warning(positions.get(key), "`" + key + "` is ignored without `image`",
                                "add `image:` with the picture's path or URL"));
                    }
                }
                return Optional.empty();
            }
            if (alt.isEmpty()) {
                warnings.add(Problem.warning(positions.get("image"), "lead image has no `image_alt` text",
                        "describe the picture for readers who cannot see it"));
            }
            return Optional.of(new LeadImage(src, alt, caption, credit));
        }
    }
}
