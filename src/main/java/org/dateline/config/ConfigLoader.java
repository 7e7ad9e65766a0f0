package org.dateline.config;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.diag.DatelineException;
import org.dateline.diag.Problem;
import org.dateline.diag.Problems;
import org.dateline.diag.SourcePosition;

/** Reads {@code site.yaml} into a {@link SiteConfig}, failing fast with positions. */
public final class ConfigLoader {

    public static final String FILE_NAME = "site.yaml";

    static final List<String> KEYS = List.of("title", "description", "base_url", "language", "time_zone",
            "date_format", "permalink", "publisher", "params", "page_size", "sections", "feed_size", "feed_content",
            "unsafe_html", "embeds", "max_file_size", "article_time_limit", "image_crops", "relative_urls",
            "image_widths", "max_image_pixels", "footer_menu", "listings",
            "feed_formats", "feed_listings");
    static final List<String> PERMALINK_TOKENS = List.of("section", "categories", "year", "short_year", "month",
            "i_month", "day", "i_day", "hour", "minute", "second", "slug", "title", "output_ext", "filename",
            "contentbasename");
    /** Tokens that tell articles apart; a pattern needs one of them. */
    private static final List<String> IDENTIFYING = List.of("slug", "title", "filename", "contentbasename");

    private static final Pattern TOKEN = Pattern.compile(":([a-z_]+)");
    private static final int MAX_CODE_POINTS = 1024 * 1024;

    private static final java.util.Set<String> ISO_LANGUAGES = java.util.Set.of(Locale.getISOLanguages());

    private final YamlReader yaml = new YamlReader(MAX_CODE_POINTS);

    /** Reads {@code siteRoot/site.yaml}, or returns the defaults when there is none. Warnings go to {@code problems}. */
    public SiteConfig load(Path siteRoot, Problems problems) {
        Path file = siteRoot.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return SiteConfig.defaults();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DatelineException(Problem.error(SourcePosition.of(FILE_NAME),
                    "cannot read site configuration: " + e.getMessage(), "check that the file is readable"), e);
        }
        // strictly, as articles are: a bad byte is named with its line, never read as U+FFFD
        return parse(new TextDecoder().decode(FILE_NAME, bytes), problems);
    }

    /** Parses the text of a {@code site.yaml}. */
    public SiteConfig parse(String text, Problems problems) {
        YamlNode root = yaml.read(text, FILE_NAME, 1);
        YamlNode.Mapping map = YamlFields.mapping("site.yaml", root);
        map.entries().values().stream()
                .filter(entry -> !KEYS.contains(entry.key()))
                .forEach(entry -> problems.add(Problem.warning(entry.keyPosition(),
                        "unknown key `" + entry.key() + "` in site.yaml is ignored", suggestion(entry.key()))));
        SiteConfig defaults = SiteConfig.defaults();
        String title = map.find("title").map(e -> YamlFields.text("title", e.value())).orElse(defaults.title());
        String description = map.find("description").map(e -> YamlFields.text("description", e.value())).orElse("");
        String baseUrl = map.find("base_url").map(e -> baseUrl(e.value())).orElse("");
        String language = map.find("language").map(e -> language(e.value())).orElse(defaults.language());
        ZoneId zone = map.find("time_zone").map(e -> zone(e.value())).orElse(defaults.timeZone());
        String dateFormat = map.find("date_format").map(e -> dateFormat(e.value())).orElse(defaults.dateFormat());
        String permalink = map.find("permalink").map(e -> permalink(e.value())).orElse(defaults.permalink());
        Publisher publisher = map.find("publisher").map(e -> publisher(e.value(), title))
                .orElse(new Publisher(title, "", ""));
        Map<String, Object> params = new LinkedHashMap<>();
        map.find("params").ifPresent(e -> YamlFields.mapping("params", e.value()).entries()
                .forEach((key, entry) -> params.put(key, YamlFields.plain(entry.value()))));
        params.values().removeIf(java.util.Objects::isNull);
        return new SiteConfig(title, description, baseUrl, language, zone, dateFormat, permalink, publisher, params,
                ConfigParts.listing(map), ConfigParts.feeds(map), ConfigParts.safety(map), ConfigParts.imageCrops(map),
                map.find("relative_urls").map(e -> YamlFields.bool("relative_urls", e.value())).orElse(false),
                ConfigParts.images(map), FooterMenu.read(map));
    }

    private static String baseUrl(YamlNode node) {
        return validBaseUrl(YamlFields.text("base_url", node).strip(), node.position(), "`base_url` is ");
    }

    /** {@code config} with the base URL given on the command line ({@code --base-url}), validated the same way. */
    public SiteConfig withBaseUrl(SiteConfig config, String url) {
        return config.withBaseUrl(validBaseUrl(url.strip(), SourcePosition.of("--base-url"), ""));
    }

    /** @param subject how the message starts: "`base_url` is " in site.yaml, "" where the position names it */
    private static String validBaseUrl(String value, SourcePosition position, String subject) {
        if (value.isEmpty()) {
            return "";
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && uri.getQuery() == null && uri.getFragment() == null) {
                return value;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw DatelineException.at(position, subject + "not an absolute http(s) URL: \"" + value + "\"",
                "write e.g. https://news.example.com/");
    }

    private static String language(YamlNode node) {
        String value = YamlFields.text("language", node).strip();
        Locale locale = Locale.forLanguageTag(value);
        String tag = locale.toLanguageTag();
        // the grammar lets `english` through as a tag; a language is a 2-letter ISO 639-1 or a 3-letter code
        boolean known = ISO_LANGUAGES.contains(locale.getLanguage()) || locale.getLanguage().length() == 3;
        if (value.isEmpty() || tag.equals("und") || !known) {
            throw DatelineException.at(node.position(), "`language` is not a language tag: \"" + value + "\"",
                    "use a BCP 47 tag such as en, en-GB or tr");
        }
        return tag;
    }

    private static ZoneId zone(YamlNode node) {
        String value = YamlFields.text("time_zone", node).strip();
        try {
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            throw DatelineException.at(node.position(), "`time_zone` is not a known time zone: \"" + value + "\"",
                    "use an IANA id such as Europe/Istanbul, America/New_York or UTC");
        }
    }

    private static String dateFormat(YamlNode node) {
        String value = YamlFields.text("date_format", node);
        try {
            DateTimeFormatter.ofPattern(value, Locale.ROOT);
            return value;
        } catch (IllegalArgumentException e) {
            throw DatelineException.at(node.position(), "`date_format` is not a date pattern: \"" + value + "\" ("
                    + e.getMessage() + ")", "use java.time letters, e.g. \"MMM d, yyyy h:mm a\"");
        }
    }

    private static String permalink(YamlNode node) {
        String value = YamlFields.text("permalink", node).strip();
        Matcher tokens = TOKEN.matcher(value);
        boolean identifies = false;
        while (tokens.find()) {
            String token = tokens.group(1);
            if (!PERMALINK_TOKENS.contains(token)) {
                throw DatelineException.at(node.position(), "`permalink` has an unknown token `:" + token + "`",
                        "use :section, :categories, :year, :month, :day, :slug, :title, :filename, :contentbasename,"
                                + " :output_ext, :short_year, :i_month, :i_day, :hour, :minute or :second");
            }
            identifies |= IDENTIFYING.contains(token);
        }
        if (!identifies || value.contains("..") || value.contains("\\") || value.contains("?") || value.contains("#")) {
            throw DatelineException.at(node.position(), "`permalink` must contain :slug, :title, :filename or :contentbasename and only plain"
                    + " path segments: \"" + value + "\"", "the default is " + SiteConfig.DEFAULT_PERMALINK);
        }
        return value.startsWith("/") ? value : "/" + value;
    }

    private static Publisher publisher(YamlNode node, String title) {
        YamlNode.Mapping map = YamlFields.mapping("publisher", node);
        for (YamlNode.Entry entry : map.entries().values()) {
            if (!List.of("name", "url", "logo", "corrections_policy", "ethics_policy").contains(entry.key())) {
                throw DatelineException.at(entry.keyPosition(), "unknown key `" + entry.key() + "` under `publisher`",
                        "use name, url, logo, corrections_policy and ethics_policy");
            }
        }
        return new Publisher(
                map.find("name").map(e -> YamlFields.text("publisher.name", e.value())).orElse(title),
                map.find("url").map(e -> YamlFields.text("publisher.url", e.value())).orElse(""),
                map.find("logo").map(e -> YamlFields.text("publisher.logo", e.value())).orElse(""),
                map.find("corrections_policy").map(e -> YamlFields.text("publisher.corrections_policy", e.value())
                        .strip()).orElse(""),
                map.find("ethics_policy").map(e -> YamlFields.text("publisher.ethics_policy", e.value()).strip())
                        .orElse(""));
    }

    private static String suggestion(String key) {
        return KEYS.stream().min(Comparator.comparingInt(known -> distance(known, key)))
                .filter(known -> distance(known, key) <= 2)
                .map(known -> "did you mean `" + known + "`?")
                .orElse("known keys: " + String.join(", ", KEYS));
    }

    /** Levenshtein distance, for "did you mean" hints. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
