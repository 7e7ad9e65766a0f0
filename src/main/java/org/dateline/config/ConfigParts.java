package org.dateline.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.diag.DatelineException;

/** Reads the grouped keys of {@code site.yaml}: listing, feed, safety, image-crop and image settings. */
final class ConfigParts {

    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(b|kb|kib|mb|mib)?");
    private static final Pattern CROP = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final Pattern HOST = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+");

    private ConfigParts() {
    }

    static Listing listing(YamlNode.Mapping map) {
        int pageSize = map.find("page_size").map(e -> YamlFields.positiveInt("page_size", e.value()))
                .orElse(Listing.DEFAULT_PAGE_SIZE);
        List<Listing.SectionName> sections = new ArrayList<>();
        map.find("sections").ifPresent(entry -> {
            List<YamlNode> items = entry.value() instanceof YamlNode.Sequence seq ? seq.items() : List.of(entry.value());
            for (YamlNode item : items) {
                if (item instanceof YamlNode.Mapping section) {
                    String key = section.find("name").map(e -> YamlFields.text("sections.name", e.value()).strip())
                            .orElseThrow(() -> DatelineException.at(section.position(), "a `sections` entry needs `name`",
                                    "write `- name: world` with an optional `title: World news`"));
                    String title = section.find("title").map(e -> YamlFields.text("sections.title", e.value()).strip())
                            .orElse("");
                    sections.add(new Listing.SectionName(key, title, section.position()));
                } else {
                    sections.add(new Listing.SectionName(YamlFields.text("sections", item).strip(), "", item.position()));
                }
            }
        });
        Set<ListingKind> kinds = map.find("listings")
                .map(e -> choices("listings", e.value(), ListingKind.values(), ListingKind::key))
                .orElse(Set.of(ListingKind.values()));
        return new Listing(pageSize, sections, kinds);
    }

    static Feeds feeds(YamlNode.Mapping map) {
        int size = map.find("feed_size").map(e -> YamlFields.positiveInt("feed_size", e.value())).orElse(Feeds.DEFAULT_SIZE);
        boolean full = map.find("feed_content").map(e -> {
            String value = YamlFields.text("feed_content", e.value()).strip().toLowerCase(Locale.ROOT);
            if (!value.equals("full") && !value.equals("summary")) {
                throw DatelineException.at(e.value().position(), "`feed_content` must be full or summary, not \""
                        + value + "\"", "write `feed_content: full` or `feed_content: summary`");
            }
            return value.equals("full");
        }).orElse(true);
        Set<FeedFormat> formats = map.find("feed_formats")
                .map(e -> choices("feed_formats", e.value(), FeedFormat.values(), FeedFormat::key))
                .orElse(Set.of(FeedFormat.values()));
        ListingKind[] feedKinds = {ListingKind.FRONT, ListingKind.SECTION, ListingKind.AUTHOR, ListingKind.TAG};
        Set<ListingKind> listings = map.find("feed_listings")
                .map(e -> choices("feed_listings", e.value(), feedKinds, ListingKind::key))
                .orElse(Set.of(feedKinds));
        return new Feeds(size, full, formats, listings);
    }

    /**
     * A list of names from {@code allowed} ({@code [front, tag]}; one name alone or an empty list too);
     * an unknown name is an error at its line.
     */
    private static <T> Set<T> choices(String key, YamlNode node, T[] allowed, Function<T, String> name) {
        Set<T> chosen = new LinkedHashSet<>();
        if (YamlFields.isNull(node)) {
            return chosen;
        }
        List<YamlNode> items = node instanceof YamlNode.Sequence seq ? seq.items() : List.of(node);
        List<String> names = Arrays.stream(allowed).map(name).toList();
        for (YamlNode item : items) {
            String value = YamlFields.text(key, item).strip().toLowerCase(Locale.ROOT);
            int at = names.indexOf(value);
            if (at < 0) {
                throw DatelineException.at(item.position(), "`" + key + "` has an unknown value \"" + value + "\"",
                        "use " + String.join(", ", names.subList(0, names.size() - 1)) + " or "
                                + names.get(names.size() - 1));
            }
            chosen.add(allowed[at]);
        }
        return chosen;
    }

    static Safety safety(YamlNode.Mapping map) {
        Safety defaults = Safety.defaults();
        boolean unsafe = map.find("unsafe_html").map(e -> YamlFields.bool("unsafe_html", e.value())).orElse(false);
        List<String> embeds = map.find("embeds").map(e -> hosts(e.value())).orElse(defaults.embeds());
        long maxBytes = map.find("max_file_size").map(e -> size(e.value())).orElse(defaults.maxFileBytes());
        Duration limit = map.find("article_time_limit").map(e -> seconds(e.value())).orElse(defaults.articleTimeLimit());
        return new Safety(unsafe, embeds, maxBytes, limit);
    }

    /** {@code image_crops}: a list of file-name suffixes such as {@code 16x9}. */
    static List<String> imageCrops(YamlNode.Mapping map) {
        List<String> crops = new ArrayList<>();
        map.find("image_crops").ifPresent(entry -> {
            if (YamlFields.isNull(entry.value())) {
                return;
            }
            List<YamlNode> items = entry.value() instanceof YamlNode.Sequence seq ? seq.items() : List.of(entry.value());
            for (YamlNode item : items) {
                String crop = YamlFields.text("image_crops", item).strip();
                if (!CROP.matcher(crop).matches()) {
                    throw DatelineException.at(item.position(), "`image_crops` entry is not a file-name suffix: \""
                            + crop + "\"", "use letters, digits, `-` and `_`, e.g. `- 16x9` for harbour-16x9.jpg");
                }
                if (!crops.contains(crop)) {
                    crops.add(crop);
                }
            }
        });
        return crops;
    }

    /** {@code image_widths} (a list of widths from 16 to 8192 px; an empty list turns resizing off) and {@code max_image_pixels}. */
    static ImageSettings images(YamlNode.Mapping map) {
        ImageSettings defaults = ImageSettings.defaults();
        List<Integer> widths = map.find("image_widths").map(entry -> {
            List<Integer> list = new ArrayList<>();
            if (YamlFields.isNull(entry.value())) {
                return list;
            }
            List<YamlNode> items = entry.value() instanceof YamlNode.Sequence seq ? seq.items() : List.of(entry.value());
            for (YamlNode item : items) {
                int width = YamlFields.positiveInt("image_widths", item);
                if (width < 16 || width > 8192) {
                    throw DatelineException.at(item.position(), "`image_widths` entry " + width
                            + " is not between 16 and 8192", "write widths in pixels, e.g. `image_widths: [480, 960, 1440]`");
                }
                list.add(width);
            }
            return list;
        }).orElse(defaults.widths());
        long maxPixels = map.find("max_image_pixels").map(e -> (long) YamlFields.positiveInt("max_image_pixels", e.value()))
                .orElse(defaults.maxPixels());
        return new ImageSettings(widths, maxPixels);
    }

    private static List<String> hosts(YamlNode node) {
        List<String> hosts = new ArrayList<>();
        if (YamlFields.isNull(node)) {
            return hosts;
        }
        YamlNode.Sequence list = node instanceof YamlNode.Sequence seq ? seq : null;
        for (YamlNode item : list == null ? List.of(node) : list.items()) {
            String host = YamlFields.text("embeds", item).strip().toLowerCase(Locale.ROOT);
            if (!HOST.matcher(host).matches()) {
                throw DatelineException.at(item.position(), "`embeds` entry is not a host name: \"" + host + "\"",
                        "list host names only, e.g. `- player.vimeo.com`");
            }
            hosts.add(host);
        }
        return hosts;
    }

    private static long size(YamlNode node) {
        String text = YamlFields.text("max_file_size", node).strip().toLowerCase(Locale.ROOT);
        Matcher m = SIZE.matcher(text);
        if (m.matches()) {
            long value = Long.parseLong(m.group(1));
            String unit = m.group(2) == null ? "b" : m.group(2);
            long bytes = switch (unit) {
                case "kb" -> value * 1000;
                case "kib" -> value * 1024;
                case "mb" -> value * 1000 * 1000;
                case "mib" -> value * 1024 * 1024;
                default -> value;
            };
            if (bytes > 0) {
                return bytes;
            }
        }
        throw DatelineException.at(node.position(), "`max_file_size` is not a size: \"" + text + "\"",
                "write bytes or a unit, e.g. `max_file_size: 10MiB`");
    }

    private static Duration seconds(YamlNode node) {
        String text = YamlFields.text("article_time_limit", node).strip();
        try {
            double seconds = Double.parseDouble(text);
            if (seconds > 0 && seconds <= 3600) {
                return Duration.ofMillis(Math.round(seconds * 1000));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw DatelineException.at(node.position(), "`article_time_limit` must be a number of seconds above 0, not \""
                + text + "\"", "write e.g. `article_time_limit: 5`");
    }
}
