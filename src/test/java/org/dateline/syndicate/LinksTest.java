package org.dateline.syndicate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dateline.assemble.Urls;
import org.dateline.config.SiteConfig;
import org.junit.jupiter.api.Test;

class LinksTest {

    static Links links(String baseUrl) {
        return new Links(new Urls(SiteConfig.defaults().withBaseUrl(baseUrl)));
    }

    @Test
    void pagesAreAbsoluteUnderTheBaseUrlsPath() {
        assertEquals("https://me.github.io/paper/world/", links("https://me.github.io/paper/").page("/world/"));
        assertEquals("/world/", links("").page("/world/"));
    }

    @Test
    void nonAsciiAndUnsafeCharactersArePercentEncodedAsUtf8() {
        assertEquals("/tags/%C3%A7ay/", Links.ascii("/tags/çay/"));
        assertEquals("/a%20b/%22q%22/%3Cx%3E", Links.ascii("/a b/\"q\"/<x>"));
        assertEquals("/already%20done/100%25", Links.ascii("/already%20done/100%"));
        assertEquals("/q?a=1&b=2#top", Links.ascii("/q?a=1&b=2#top"));
    }

    @Test
    void referencesResolveAsABrowserOnThePageWouldResolveThem() {
        Links links = links("https://news.example.test/");
        assertEquals("https://news.example.test/images/a.jpg", links.resolve("/images/a.jpg", "/world/x/"));
        assertEquals("https://news.example.test/world/x/a.jpg", links.resolve("a.jpg", "/world/x/"));
        assertEquals("https://cdn.example.test/a.jpg", links.resolve("https://cdn.example.test/a.jpg", "/world/x/"));
        assertEquals("https://news.example.test/world/x/my%20photo.jpg", links.resolve(" my photo.jpg ", "/world/x/"));
        assertEquals("/world/x/a.jpg", links("").resolve("a.jpg", "/world/x/"));
    }
}
