package org.dateline.config;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Everything {@code site.yaml} says, validated and with defaults applied. Immutable.
 *
 * @param baseUrl absolute site URL without a trailing slash, or "" when unknown
 * @param permalink pattern with tokens {@code :section :year :month :day :slug :title}
 * @param params free-form values for templates, from {@code params:}
 * @param listing {@code page_size} and {@code sections}
 * @param feeds {@code feed_size} and {@code feed_content}
 * @param safety {@code unsafe_html}, {@code embeds}, {@code max_file_size}, {@code article_time_limit}
 * @param imageCrops {@code image_crops}: suffixes of the lead image's cropped copies, e.g. {@code 16x9}
 *     for {@code harbour-16x9.jpg} beside {@code harbour.jpg}; structured data lists them all
 * @param footerMenu {@code footer_menu}: links every page's footer shows, e.g. to standalone pages
 * @param relativeUrls {@code relative_urls}: pages link to each other with relative paths ending in
 *     {@code index.html}, so the output can be browsed straight from disk
 * @param images {@code image_widths} and {@code max_image_pixels}
 */
public record SiteConfig(
        String title,
        String description,
        String baseUrl,
        String language,
        ZoneId timeZone,
        String dateFormat,
        String permalink,
        Publisher publisher,
        Map<String, Object> params,
        Listing listing,
        Feeds feeds,
        Safety safety,
        List<String> imageCrops,
        boolean relativeUrls,
        ImageSettings images,
        List<MenuItem> footerMenu) {

    public static final String DEFAULT_TITLE = "Dateline";
    public static final String DEFAULT_LANGUAGE = "en";
    public static final String DEFAULT_DATE_FORMAT = "MMM d, yyyy h:mm a";
    public static final String DEFAULT_PERMALINK = "/:section/:year/:month/:day/:slug/";

    public SiteConfig {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(dateFormat, "dateFormat");
        Objects.requireNonNull(permalink, "permalink");
        Objects.requireNonNull(publisher, "publisher");
        params = Map.copyOf(params);
        Objects.requireNonNull(listing, "listing");
        Objects.requireNonNull(feeds, "feeds");
        Objects.requireNonNull(safety, "safety");
        imageCrops = List.copyOf(imageCrops);
        Objects.requireNonNull(images, "images");
        baseUrl = stripTrailingSlash(baseUrl);
        footerMenu = List.copyOf(footerMenu);
    }

    /** A configuration without a footer menu, with the default image settings. */
    public SiteConfig(String title, String description, String baseUrl, String language, ZoneId timeZone,
                      String dateFormat, String permalink, Publisher publisher, Map<String, Object> params,
                      Listing listing, Feeds feeds, Safety safety, List<String> imageCrops, boolean relativeUrls) {
        this(title, description, baseUrl, language, timeZone, dateFormat, permalink, publisher, params, listing, feeds,
                safety, imageCrops, relativeUrls, ImageSettings.defaults(), List.of());
    }

    /** The configuration a site without {@code site.yaml} gets. */
    public static SiteConfig defaults() {
        return new SiteConfig(DEFAULT_TITLE, "", "", DEFAULT_LANGUAGE, ZoneId.of("UTC"), DEFAULT_DATE_FORMAT,
                DEFAULT_PERMALINK, new Publisher(DEFAULT_TITLE, "", ""), Map.of(),
                new Listing(Listing.DEFAULT_PAGE_SIZE, List.of()), new Feeds(Feeds.DEFAULT_SIZE, true),
                Safety.defaults(), List.of(), false, ImageSettings.defaults(), List.of());
    }

    /** The same configuration with {@code base_url} replaced, as {@code --base-url} asks. */
    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, description, url, language, timeZone, dateFormat, permalink, publisher, params,
                listing, feeds, safety, imageCrops, relativeUrls, images, footerMenu);
    }

    /** The same configuration with the sections' own front matter ({@code _index.md}) added to its listing. */
    public SiteConfig withSectionFiles(List<Listing.SectionFile> files) {
        return new SiteConfig(title, description, baseUrl, language, timeZone, dateFormat, permalink, publisher, params,
                listing.withSectionFiles(files), feeds, safety, imageCrops, relativeUrls, images, footerMenu);
    }

    /**
     * The path of {@code base_url}, without a trailing slash: "" for a site at the root of its host,
     * {@code /paper} for one served from a sub-folder (a GitHub Pages project site, say).
     */
    public String basePath() {
        String path = baseUrl.isEmpty() ? "" : java.net.URI.create(baseUrl).getRawPath();
        return path == null ? "" : path.replaceAll("/+$", "");
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    /** The formatter for {@code date_format}, in the site's language. */
    public DateTimeFormatter dateFormatter() {
        return DateTimeFormatter.ofPattern(dateFormat, locale());
    }

    private static String stripTrailingSlash(String url) {
        String result = url.strip();
        while (result.endsWith("/")) {
            result = result.substring(0, result.length() - 1);
        }
        return result;
    }
}
