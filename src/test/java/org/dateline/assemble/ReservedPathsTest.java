package org.dateline.assemble;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The paths Dateline writes for itself are reserved, whatever their case or normalisation. */
class ReservedPathsTest {

    @ParameterizedTest
    @CsvSource({
        "feed.xml, the RSS feed", "feed.xml/index.html, the RSS feed", "ATOM.xml, the Atom feed", "feed.json, the JSON feed", "sitemap.xml, the sitemap",
        "news-sitemap.xml, the news sitemap", "robots.txt, robots.txt", "404.html, the not-found page",
        "index.html, the front page", "tags/index.html, the tag pages", "Tags/x/index.html, the tag pages",
        "authors/index.html, the author pages", "page/2/index.html, the front page's later pages",
        "theme/dateline.css, the bundled theme's files", "2024/index.html, the archive of 2024",
        "2024/page/3/index.html, the archive of 2024", "world/page/2/index.html, the later pages of /world/"})
    void generatedPathsAreReserved(String path, String owner) {
        assertEquals(Optional.of(owner), ReservedPaths.owner(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"world/2024/05/01/feed/index.html", "world/feed.xml/index.html", "world/index.html",
        "2024/05/01/story/index.html", "tagsx/index.html", "world/page/index.html", "story.html",
        "tags", "tags/", "2024x/index.html", "2024/story/index.html", "\uff12\uff10\uff12\uff14/index.html"})
    void articlePathsAreFree(String path) {
        assertEquals(Optional.empty(), ReservedPaths.owner(path));
    }

    @Test
    void sectionsMayNotTakeAGeneratedFolder() {
        assertEquals(Optional.of("the tag pages"), ReservedPaths.sectionOwner("tags"));
        assertEquals(Optional.of("the archive of 1999"), ReservedPaths.sectionOwner("1999"));
        assertEquals(Optional.empty(), ReservedPaths.sectionOwner("world"));
    }
}
