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
import org.dateline.config.TomlReader;
import org.dateline.config.YamlReader;
import org.dateline.diag.DatelineException;
import org.dateline.diag.LineIndex;
import org.dateline.diag.Problem;
import org.dateline.diag.SourcePosition;
import org.dateline.load.SourceFile;
import org.dateline.load.SourceScanner;

/**
 * Maps front matter to {@link ArticleMeta}: aliases from Hugo, Jekyll and Eleventy are accepted,
 * every field is validated, and every mistake in a file is reported, not only the first.
 */
public final class FrontMatterParser {

    private static final Pattern JEKYLL_NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})-(.+)");

    private final YamlReader yaml = new YamlReader(FrontMatterSplitter.MAX_FRONT_MATTER_CHARS, true);
    private final TomlReader toml = new TomlReader();
    private final DateParser dates;
    private final Bylines bylines;

    public FrontMatterParser(DateParser dates) {
        this(dates, Map.of());
    }

    /**
     * @param authorNames display names from {@code data/authors.yaml} by the slug of their key: a byline
     *     naming the key or slug shows the name
     */
    public FrontMatterParser(DateParser dates, Map<String, String> authorNames) {
        this.dates = dates;
        this.bylines = new Bylines(authorNames);
    }

    /** The metadata of {@code source}, plus warnings; throws with every error found in the file. */
    public Result parse(SourceFile source, FrontMatter frontMatter) {
        return new Reading(source, frontMatter, root(source.relPath(), frontMatter)).read();
    }

    /** The front matter's keys, as YAML, TOML or JSON write them; duplicates listed, not judged. */
    YamlNode.Mapping root(String file, FrontMatter frontMatter) {
        YamlNode root = frontMatter.format() == FrontMatter.Format.TOML
                ? toml.read(frontMatter.yaml(), file, frontMatter.yamlFirstLine())
                : yaml.read(frontMatter.yaml(), file, frontMatter.yamlFirstLine()); // JSON is YAML too
        if (!(root instanceof YamlNode.Mapping)) {
            throw DatelineException.at(root.position(), "front matter must be `key: value` lines, not " + root.describe(),
                    "write e.g. `title: Polls close in the capital`");
        }
        return (YamlNode.Mapping) root;
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
        private final FrontMatter frontMatter;
        private final Map<String, YamlNode.Entry> fields = new HashMap<>();
        /** Known keys written with no value ({@code title:}), which count as absent except in messages. */
        private final Map<String, YamlNode.Entry> blank = new HashMap<>();
        private final Map<String, Object> params = new LinkedHashMap<>();
        private final Map<String, SourcePosition> positions = new HashMap<>();
        private final List<Problem> errors = new ArrayList<>();
        private final List<Problem> warnings = new ArrayList<>();
        /** Old URLs under another spelling of {@code aliases} ({@code redirect_from} beside it): kept too. */
        private final List<YamlNode.Entry> earlierAliases = new ArrayList<>();

        Reading(SourceFile source, FrontMatter frontMatter, YamlNode.Mapping root) {
            this.source = source;
            this.frontMatter = frontMatter;
            for (YamlNode.Duplicate duplicate : root.duplicates()) {
                Problem problem = FrontMatterKeys.duplicate(duplicate.earlier(), duplicate.later());
                (problem.isError() ? errors : warnings).add(problem);
            }
            for (YamlNode.Entry entry : root.entries().values()) {
                Optional<String> known = FrontMatterKeys.canonical(entry);
                if (known.isEmpty()) {
                    if (!YamlFields.isNull(entry.value())) {
                        params.put(entry.key(), YamlFields.plain(entry.value()));
                    }
                    continue;
                }
                String key = known.get();
                YamlNode.Entry earlier = fields.getOrDefault(key, blank.get(key));
                if (earlier != null && key.equals("date")
                        && FrontMatterKeys.isPublishDate(earlier) != FrontMatterKeys.isPublishDate(entry)) {
                    if (FrontMatterKeys.isPublishDate(earlier)) {
                        continue; // Hugo's publishDate decides publication: it wins over `date`
                    }
                } else if (earlier != null && key.equals("aliases") && fields.containsKey(key)) {
                    earlierAliases.add(earlier); // `aliases` and `redirect_from`: old URLs all the same
                } else if (earlier != null && !aliasDuplicate(key, earlier, entry)) {
                    continue;
                }
                fields.remove(key);
                blank.remove(key);
                positions.remove(key);
                if (!YamlFields.isNull(entry.value())) {
                    fields.put(key, entry);
                    positions.put(key, entry.value().position());
                } else {
                    blank.put(key, entry);
                }
            }
        }


        /** Two spellings of one key ({@code Title}, {@code title}; {@code summary}, {@code description}); true: take the later. */
        private boolean aliasDuplicate(String key, YamlNode.Entry earlier, YamlNode.Entry entry) {
            String message = "`" + entry.key() + "` and `" + earlier.key() + "` (line " + earlier.keyPosition().line()
                    + ") mean the same";
            if (FrontMatterKeys.PUBLICATION.contains(key)) {
                errors.add(Problem.error(entry.keyPosition(), message, "keep one of them"));
                return false;
            }
            warnings.add(Problem.warning(entry.keyPosition(), message + "; the last one is kept", "keep one of them"));
            return true;
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
            String fileSlug = Slugs.slugify(jekyllName ? jekyll.group(2) : bundleName());
            String effectiveSlug = !slug.isEmpty() ? slug : fileSlug.isEmpty() ? Slugs.slugify(title) : fileSlug;
            // Every other field is read before failing, so that one run reports every mistake in the file.
            List<Bylines.Byline> credited = field("author", bylines::read).orElse(List.of());
            List<String> authors = credited.stream().map(Bylines.Byline::name).toList();
            String sourceName = text("source");
            String description = Entities.decode(text("description"));
            List<String> categories = field("categories", node -> words("categories", node)).orElse(List.of());
            String section = field("section", this::section)
                    .orElse(categories.isEmpty() ? defaultSection() : categories.get(0));
            List<String> tags = field("tags", node -> words("tags", node)).orElse(List.of());
            boolean draft = field("draft", node -> YamlFields.bool("draft", node)).orElse(false)
                    || !field("published", node -> YamlFields.bool("published", node)).orElse(true);
            // Eleventy's `permalink: false` writes no page: like a draft
            boolean noPage = fields.containsKey("url") && fields.get("url").value() instanceof YamlNode.Scalar flag
                    && flag.kind() == YamlNode.Kind.BOOL;
            draft = draft || noPage && !YamlFields.bool("url", fields.get("url").value());
            String url = noPage ? "" : field("url", node -> LegacyPaths.url(node, fileSlug, title)).orElse("");
            java.util.Set<String> aliases = new java.util.LinkedHashSet<>();
            for (YamlNode.Entry entry : earlierAliases) {
                try {
                    aliases.addAll(LegacyPaths.aliases(source, entry.value()));
                } catch (DatelineException e) {
                    errors.addAll(e.problems().stream().map(p -> renamed(p, "aliases", entry.key())).toList());
                }
            }
            field("aliases", node -> LegacyPaths.aliases(source, node)).ifPresent(aliases::addAll);
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
                    section, tags, effectiveSlug, draft, image, location, corrections, updates, params, positions,
                    categories, url, List.copyOf(aliases), Bylines.urls(credited));
            return new Result(meta, warnings);
        }

        private String title() {
            int before = errors.size();
            String title = field("title", node -> Entities.decode(YamlFields.text("title", node)).strip()).orElse("");
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

        /**
         * Where a required key with no value was written; for a key not written at all, the front matter's last line
         * (its closing fence), above which it belongs.
         */
        private SourcePosition requiredKeyPosition(String key) {
            YamlNode.Entry entry = blank.get(key);
            // an empty `title:` points where the value belongs, as the hint says to write it there
            if (entry != null) {
                return entry.value().position();
            }
            int closing = new LineIndex(source.text()).line(Math.max(0, frontMatter.bodyOffset() - 1));
            return new SourcePosition(source.relPath(), closing, 1);
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

        private String section(YamlNode node) {
            List<String> values = YamlFields.textList("section", node);
            return values.isEmpty() ? defaultSection() : values.get(0).strip();
        }

        /**
         * A list, or one string: split at commas when it has any, else at spaces as Jekyll does
         * ({@code categories: release community}).
         */
        private List<String> words(String key, YamlNode node) {
            List<String> words = new ArrayList<>();
            for (String value : YamlFields.textList(key, node)) {
                String separator = value.contains(",") ? "," : "\\s+";
                for (String part : node instanceof YamlNode.Scalar ? value.split(separator) : new String[] {value}) {
                    String word = part.strip();
                    if (!word.isEmpty() && !words.contains(word)) {
                        words.add(word);
                    }
                }
            }
            return words;
        }

        /** The file's name, or for a page bundle ({@code harbour-vote/index.md}) its folder's. */
        private String bundleName() {
            String path = source.contentPath();
            int slash = path.lastIndexOf('/');
            if (source.baseName().equals("index") && slash > 0) {
                String folder = path.substring(0, slash);
                return folder.substring(folder.lastIndexOf('/') + 1);
            }
            return source.baseName();
        }

        private String defaultSection() {
            String path = source.contentPath();
            if (path.startsWith(SourceScanner.JEKYLL_POSTS + "/")) {
                path = path.substring(SourceScanner.JEKYLL_POSTS.length() + 1);
            }
            int slash = path.indexOf('/');
            if (slash < 0) {
                return "";
            }
            String folder = path.substring(0, slash).replace('-', ' ').replace('_', ' ');
            return folder.isEmpty() ? "" : folder.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + folder.substring(1);
        }

        private Optional<LeadImage> image() {
            String src = field("image", node -> node instanceof YamlNode.Sequence seq && !seq.items().isEmpty()
                    ? YamlFields.text("image", seq.items().get(0)).strip() : YamlFields.text("image", node).strip())
                    .orElse("");
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
