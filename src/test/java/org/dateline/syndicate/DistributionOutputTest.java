package org.dateline.syndicate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import org.dateline.testing.JsonDocs;
import org.dateline.testing.RenderedSite;
import org.dateline.testing.TestSites;
import org.dateline.testing.XmlDocs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/** Every URL in the feeds and sitemaps is the site's and leads to a file; and a second build changes no byte. */
class DistributionOutputTest {

    static final String BASE = "https://news.example.test/";

    @TempDir
    static Path tmp;

    static RenderedSite site;

    @BeforeAll
    static void build() {
        site = TestSites.build(TestSites.copy("distribution", tmp));
    }

    static List<String> distributionFiles(RenderedSite built) {
        return built.files().stream().filter(f -> f.endsWith(".xml") || f.endsWith(".json")).toList();
    }

    @Test
    void everyAbsoluteUrlInFeedsAndSitemapsIsTheSitesAndLeadsToAFile() {
        List<String> files = distributionFiles(site);
        assertTrue(files.containsAll(List.of("feed.xml", "atom.xml", "feed.json", "sitemap.xml", "news-sitemap.xml",
                "tags/λιμανι/feed.xml")), files.toString());
        TreeSet<String> urls = new TreeSet<>();
        for (String file : files) {
            String text = site.text(file);
            if (file.endsWith(".json")) {
                collect(JsonDocs.parse(text), urls);
            } else {
                collect(XmlDocs.parse(text).getDocumentElement(), urls);
            }
        }
        assertTrue(urls.contains(BASE + "tags/%CE%BB%CE%B9%CE%BC%CE%B1%CE%BD%CE%B9/feed.xml"), "non-ASCII is percent-encoded");
        List<String> broken = new ArrayList<>();
        for (String url : urls) {
            if (!url.startsWith(BASE)) {
                broken.add(url + " is not below " + BASE);
                continue;
            }
            String path = URI.create(url).getPath().substring(1);
            String file = path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
            if (!site.files().contains(file)) {
                broken.add(url + " leads to no file");
            }
        }
        assertEquals(List.of(), broken);
        assertTrue(urls.size() > 40, "found " + urls.size() + " URLs");
    }

    /** Text and attribute values that are URLs (not namespace names); HTML content (escaped markup) is not looked into. */
    private static void collect(Element element, TreeSet<String> urls) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            if (!XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attributes.item(i).getNamespaceURI())) {
                addIfUrl(attributes.item(i).getNodeValue(), urls);
            }
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element nested) {
                collect(nested, urls);
            } else if (child.getNodeType() == Node.TEXT_NODE) {
                addIfUrl(child.getNodeValue().strip(), urls);
            }
        }
    }

    private static void collect(Object json, TreeSet<String> urls) {
        if (json instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if (!key.equals("content_html") && !key.equals("version")) {
                    collect(value, urls);
                }
            });
        } else if (json instanceof List<?> list) {
            list.forEach(item -> collect(item, urls));
        } else if (json instanceof String text) {
            addIfUrl(text, urls);
        }
    }

    private static void addIfUrl(String value, TreeSet<String> urls) {
        if (value.startsWith("http://") || value.startsWith("https://")) {
            urls.add(value);
        }
    }

    @Test
    void aSecondBuildWritesTheSameBytes(@TempDir Path other) throws IOException {
        RenderedSite again = TestSites.build(TestSites.copy("distribution", other));
        assertEquals(site.files(), again.files());
        for (String file : site.files()) {
            assertArrayEquals(bytes(site, file), bytes(again, file), file);
        }
    }

    private static byte[] bytes(RenderedSite built, String file) {
        try {
            return Files.readAllBytes(built.output().resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
