package org.dateline.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.diag.DatelineException;
import org.dateline.diag.Problem;
import org.dateline.diag.Problems;
import org.dateline.diag.SourcePosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigLoaderTest {

    private final ConfigLoader loader = new ConfigLoader();

    private SiteConfig parse(String yaml) {
        Problems problems = new Problems();
        SiteConfig config = loader.parse(yaml, problems);
        assertEquals(List.of(), problems.sorted());
        return config;
    }

    private Problem error(String yaml) {
        DatelineException e = assertThrows(DatelineException.class, () -> loader.parse(yaml, new Problems()));
        assertEquals(1, e.problems().size());
        return e.problems().get(0);
    }

    @Test
    void aSiteWithoutSiteYamlGetsEveryDefault(@TempDir Path site) {
        SiteConfig config = loader.load(site, new Problems());
        assertEquals(SiteConfig.defaults(), config);
        assertEquals("Dateline", config.title());
        assertEquals("", config.description());
        assertEquals("", config.baseUrl());
        assertEquals("en", config.language());
        assertEquals(ZoneId.of("UTC"), config.timeZone());
        assertEquals("MMM d, yyyy h:mm a", config.dateFormat());
        assertEquals("/:section/:year/:month/:day/:slug/", config.permalink());
        assertEquals(new Publisher("Dateline", "", ""), config.publisher());
        assertEquals(Map.of(), config.params());
        assertEquals(new Listing(20, List.of()), config.listing());
        assertEquals(new Feeds(20, true), config.feeds());
        assertEquals(new Safety(false, List.of("www.youtube-nocookie.com", "youtube-nocookie.com", "player.vimeo.com"),
                10L * 1024 * 1024, Duration.ofSeconds(5)), config.safety());
    }

    @Test
    void anEmptySiteYamlGetsEveryDefault() {
        assertEquals(SiteConfig.defaults(), parse(""));
        assertEquals(SiteConfig.defaults(), parse("# nothing set yet\n"));
    }

    @Test
    void readsEveryKey() {
        SiteConfig config = parse("""
                title: The Harbour Courier
                description: News from the bay
                base_url: https://news.example.test/paper/
                language: en-gb
                time_zone: Europe/Istanbul
                date_format: d MMMM yyyy, HH:mm
                permalink: :section/:slug.html
                publisher:
                  name: Courier Ltd
                  url: https://courier.example.test/
                  logo: /images/logo.svg
                params:
                  motto: Tide waits for no one
                  editions: [morning, evening]
                  nothing: ~
                page_size: 12
                sections: [world, {name: business, title: Money}]
                feed_size: 5
                feed_content: summary
                unsafe_html: true
                embeds: [Player.Vimeo.com]
                max_file_size: 2 MiB
                article_time_limit: 2.5
                """);
        assertEquals("The Harbour Courier", config.title());
        assertEquals("News from the bay", config.description());
        assertEquals("https://news.example.test/paper", config.baseUrl());
        assertEquals("en-GB", config.language());
        assertEquals(ZoneId.of("Europe/Istanbul"), config.timeZone());
        assertEquals("d MMMM yyyy, HH:mm", config.dateFormat());
        assertEquals("/:section/:slug.html", config.permalink());
        assertEquals(new Publisher("Courier Ltd", "https://courier.example.test/", "/images/logo.svg"), config.publisher());
        assertEquals(Map.of("motto", "Tide waits for no one", "editions", List.of("morning", "evening")), config.params());
        assertEquals(12, config.listing().pageSize());
        assertEquals(List.of("world", "business"), config.listing().sections().stream().map(Listing.SectionName::key).toList());
        assertEquals(List.of("", "Money"), config.listing().sections().stream().map(Listing.SectionName::title).toList());
        assertEquals(new Feeds(5, false), config.feeds());
        assertEquals(new Safety(true, List.of("player.vimeo.com"), 2L * 1024 * 1024, Duration.ofMillis(2500)),
                config.safety());
    }

    @Test
    void readsWhichListingsAndFeedsTheSiteHas() {
        SiteConfig config = parse("listings: [front, section, tag]\nfeed_formats: [rss]\nfeed_listings: [front]\n");
        assertEquals(Set.of(ListingKind.FRONT, ListingKind.SECTION, ListingKind.TAG), config.listing().kinds());
        assertEquals(Set.of(FeedFormat.RSS), config.feeds().formats());
        assertEquals(Set.of(ListingKind.FRONT), config.feeds().listings());
        SiteConfig none = parse("listings: []\nfeed_formats: json\nfeed_listings:\n");
        assertEquals(Set.of(), none.listing().kinds());
        assertEquals(Set.of(FeedFormat.JSON), none.feeds().formats());
        assertEquals(Set.of(), none.feeds().listings());
    }

    @Test
    void byDefaultEveryListingHasPagesAndFeedsButOnlyTheSiteAndSectionFeedsCarryBodies() {
        SiteConfig config = parse("title: The Courier\n");
        assertEquals(Set.of(ListingKind.values()), config.listing().kinds());
        assertEquals(Set.of(FeedFormat.RSS, FeedFormat.ATOM, FeedFormat.JSON), config.feeds().formats());
        assertEquals(Set.of(ListingKind.FRONT, ListingKind.SECTION, ListingKind.AUTHOR, ListingKind.TAG),
                config.feeds().listings());
        assertEquals(List.of(true, true, false, false), List.of(config.feeds().fullContent(ListingKind.FRONT),
                config.feeds().fullContent(ListingKind.SECTION), config.feeds().fullContent(ListingKind.AUTHOR),
                config.feeds().fullContent(ListingKind.TAG)));
    }

    @Test
    void thePublisherIsNamedAfterTheSiteByDefault() {
        assertEquals(new Publisher("The Courier", "", ""), parse("title: The Courier\n").publisher());
        assertEquals(new Publisher("The Courier", "https://c.example.test/", ""),
                parse("title: The Courier\npublisher:\n  url: https://c.example.test/\n").publisher());
    }

    @Test
    void readsABomPrefixedFile(@TempDir Path site) throws Exception {
        Files.writeString(site.resolve("site.yaml"), "\uFEFFtitle: Bom Times\n", StandardCharsets.UTF_8);
        assertEquals("Bom Times", loader.load(site, new Problems()).title());
    }

    @Test
    void aByteThatIsNotUtf8IsAnErrorWithItsLine(@TempDir Path site) throws Exception {
        Files.write(site.resolve("site.yaml"), new byte[] {'t', 'i', 't', 'l', 'e', ':', ' ', 'A', '\n',
                'd', 'e', 's', 'c', 'r', 'i', 'p', 't', 'i', 'o', 'n', ':', ' ', (byte) 0xE9, '\n'});
        DatelineException error = assertThrows(DatelineException.class, () -> loader.load(site, new Problems()));
        assertEquals("error: site.yaml:2:14: file is not valid UTF-8: invalid byte 0xE9 at byte 22 (byte 14 of the line)"
                + " (hint: save the file as UTF-8)", error.problems().get(0).format());
    }

    @ParameterizedTest(name = "line breaks {0}")
    @ValueSource(strings = {"\n", "\r\n", "\r"})
    void anInvalidByteIsOnItsLineWhateverTheLineBreaks(String escaped, @TempDir Path site) throws Exception {
        String breakChars = escaped.replace("\\n", "\n").replace("\\r", "\r");
        String text = String.join(breakChars, "title: A", "# one", "# two", "# three", "description: ü ");
        byte[] clean = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(clean, clean.length + 1);
        bytes[clean.length] = (byte) 0xFF;
        Files.write(site.resolve("site.yaml"), bytes);
        DatelineException error = assertThrows(DatelineException.class, () -> loader.load(site, new Problems()));
        assertEquals("site.yaml:5:16", error.problems().get(0).position().toString());
        assertEquals("file is not valid UTF-8: invalid byte 0xFF at byte " + clean.length + " (byte 17 of the line)",
                error.problems().get(0).message());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            time_zone: Europe/Istambul | 2:12 | `time_zone` is not a known time zone: "Europe/Istambul" | use an IANA id such as Europe/Istanbul, America/New_York or UTC
            date_format: yyyy bb | 2:14 | `date_format` is not a date pattern: "yyyy bb" (Unknown pattern letter: b) | use java.time letters, e.g. "MMM d, yyyy h:mm a"
            base_url: /paper/ | 2:11 | `base_url` is not an absolute http(s) URL: "/paper/" | write e.g. https://news.example.com/
            base_url: ftp://files.example.test/ | 2:11 | `base_url` is not an absolute http(s) URL: "ftp://files.example.test/" | write e.g. https://news.example.com/
            base_url: https://news.example.test/?edition=1 | 2:11 | `base_url` is not an absolute http(s) URL: "https://news.example.test/?edition=1" | write e.g. https://news.example.com/
            language: en_US | 2:11 | `language` is not a language tag: "en_US" | use a BCP 47 tag such as en, en-GB or tr
            language: english | 2:11 | `language` is not a language tag: "english" | use a BCP 47 tag such as en, en-GB or tr
            permalink: /:year/:month/ | 2:12 | `permalink` must contain :slug, :title, :filename or :contentbasename and only plain path segments: "/:year/:month/" | the default is /:section/:year/:month/:day/:slug/
            permalink: /../:slug/ | 2:12 | `permalink` must contain :slug, :title, :filename or :contentbasename and only plain path segments: "/../:slug/" | the default is /:section/:year/:month/:day/:slug/
            permalink: /:category/:slug/ | 2:12 | `permalink` has an unknown token `:category` | use :section, :categories, :year, :month, :day, :slug, :title, :filename, :contentbasename, :output_ext, :short_year, :i_month, :i_day, :hour, :minute or :second
            page_size: 0 | 2:12 | `page_size` must be a whole number above 0, not "0" | write e.g. `page_size: 20`
            feed_size: ten | 2:12 | `feed_size` must be a whole number above 0, not "ten" | write e.g. `feed_size: 20`
            feed_content: excerpt | 2:15 | `feed_content` must be full or summary, not "excerpt" | write `feed_content: full` or `feed_content: summary`
            unsafe_html: yes | 2:14 | `unsafe_html` must be true or false, not "yes" | write `unsafe_html: true` or `unsafe_html: false`
            embeds: [https://evil.example.test/] | 2:10 | `embeds` entry is not a host name: "https://evil.example.test/" | list host names only, e.g. `- player.vimeo.com`
            max_file_size: lots | 2:16 | `max_file_size` is not a size: "lots" | write bytes or a unit, e.g. `max_file_size: 10MiB`
            article_time_limit: 0 | 2:21 | `article_time_limit` must be a number of seconds above 0, not "0" | write e.g. `article_time_limit: 5`
            publisher: {name: X, email: x@example.test} | 2:22 | unknown key `email` under `publisher` | use name, url, logo, corrections_policy and ethics_policy
            listings: [front, tags] | 2:19 | `listings` has an unknown value "tags" | use front, section, author, tag or archive
            feed_formats: [rss, rdf] | 2:21 | `feed_formats` has an unknown value "rdf" | use rss, atom or json
            feed_listings: [front, archive] | 2:24 | `feed_listings` has an unknown value "archive" | use front, section, author or tag
            """)
    void reportsABadValueAtItsLineAndColumn(String line, String position, String message, String hint) {
        Problem problem = error("title: The Courier\n" + line + "\n");
        String[] lineColumn = position.split(":");
        assertEquals(new SourcePosition("site.yaml", Integer.parseInt(lineColumn[0]), Integer.parseInt(lineColumn[1])),
                problem.position());
        assertEquals(message, problem.message());
        assertEquals(Optional.of(hint), problem.hint());
    }

    @Test
    void aListWhereTextBelongsIsAnErrorWithoutAHint() {
        Problem problem = error("title:\n  - A\n  - B\n");
        assertEquals("error: site.yaml:2:3: `title` must be text, not a list", problem.format());
    }

    @Test
    void aSectionsEntryWithoutANameIsAnError() {
        Problem problem = error("sections:\n  - title: Money\n");
        assertEquals("error: site.yaml:2:5: a `sections` entry needs `name` (hint: write `- name: world` with an"
                + " optional `title: World news`)", problem.format());
    }

    @Test
    void warnsAboutAnUnknownKeyWithADidYouMeanHint() {
        Problems problems = new Problems();
        SiteConfig config = loader.parse("title: T\ntime_zon: Europe/Istanbul\n", problems);
        assertEquals(List.of(Problem.warning(new SourcePosition("site.yaml", 2, 1),
                "unknown key `time_zon` in site.yaml is ignored", "did you mean `time_zone`?")), problems.sorted());
        assertEquals(ZoneId.of("UTC"), config.timeZone());
    }

    @Test
    void listsTheKnownKeysWhenNoneIsClose() {
        Problems problems = new Problems();
        loader.parse("colour_scheme: dark\n", problems);
        assertEquals(List.of(Problem.warning(new SourcePosition("site.yaml", 1, 1),
                "unknown key `colour_scheme` in site.yaml is ignored", "known keys: title, description, base_url,"
                        + " language, time_zone, date_format, permalink, publisher, params, page_size, sections,"
                        + " feed_size, feed_content, unsafe_html, embeds, max_file_size, article_time_limit, image_crops, relative_urls,"
                        + " image_widths, max_image_pixels, footer_menu,"
                        + " listings, feed_formats, feed_listings")),
                problems.sorted());
    }

    @Test
    void aSiteYamlThatIsNotAMappingIsAnError() {
        assertEquals("error: site.yaml:1:1: `site.yaml` must be a mapping of `name: value` lines, not a list",
                error("- title: T\n").format());
    }

    @Test
    void theCommandLineBaseUrlReplacesTheConfiguredOneAndIsCheckedTheSameWay() {
        SiteConfig config = parse("base_url: https://news.example.test/\n");
        assertEquals("https://preview.example.test/pr-7", loader.withBaseUrl(config, "https://preview.example.test/pr-7/").baseUrl());
        DatelineException e = assertThrows(DatelineException.class, () -> loader.withBaseUrl(config, "preview"));
        assertEquals(List.of(Problem.error(SourcePosition.of("--base-url"),
                "not an absolute http(s) URL: \"preview\"", "write e.g. https://news.example.com/")),
                e.problems());
    }

    @Test
    void measuresLevenshteinDistance() {
        assertEquals(0, ConfigLoader.distance("title", "title"));
        assertEquals(1, ConfigLoader.distance("time_zon", "time_zone"));
        assertEquals(2, ConfigLoader.distance("permalnik", "permalink"));
        assertEquals(5, ConfigLoader.distance("", "title"));
    }
}
