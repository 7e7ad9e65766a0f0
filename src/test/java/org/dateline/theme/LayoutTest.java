package org.dateline.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Phones and desktops: no page scrolls sideways at 320, 375 or 1280 px, wide tables and code
 * scroll inside their own box (by keyboard too), long URLs wrap. Screenshots of every page at every
 * width go to target/screenshots/; {@code -Ddateline.updateScreenshots=true} also refreshes the two
 * in docs/ that the README shows.
 */
class LayoutTest extends ThemePageTest {

    static final String OVERFLOWING = """
            const width = document.documentElement.clientWidth, wide = [];
            for (const e of document.body.querySelectorAll('*')) {
              if (e.closest('.scroll-box, pre') && !e.matches('.scroll-box, pre')) continue;
              const r = e.getBoundingClientRect();
              if (r.right > width + 0.5 || r.left < -0.5) wide.push(e.tagName.toLowerCase() + '.' + e.className + ' ' + Math.round(r.right));
            }
            return {page: document.documentElement.scrollWidth, width: width, wide: wide.slice(0, 5)};""";


    @ParameterizedTest
    @ValueSource(ints = {320, 375, 1280})
    void noPageScrollsSideways(int width) {
        browser.viewport(width, width < 1000 ? 740 : 900);
        List<String> failures = new ArrayList<>();
        for (String page : ThemeSite.PAGES) {
            browser.open(server.url(page));
            Object result = browser.script(OVERFLOWING);
            if (!String.valueOf(result).contains("wide=[]") || !String.valueOf(result).contains("page=" + width + ",")) {
                failures.add(page + " at " + width + " px: " + result);
            }
            browser.screenshot(ThemeSite.name(page) + "-" + width);
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void wideTablesAndCodeScrollInsideTheirOwnBoxByKeyboard() {
        browser.viewport(320, 740);
        browser.open(server.url(ThemeSite.MESSY_ARTICLE));
        List<WebElement> boxes = browser.driver().findElements(By.cssSelector(".article__body pre, .article__body .scroll-box"));
        assertEquals(3, boxes.size(), "a code block, a Markdown table and an HTML table");
        for (WebElement box : boxes) {
            assertTrue((Long) browser.script("return arguments[0].scrollWidth - arguments[0].clientWidth;", box) > 100,
                    "not wider than its box: " + box.getTagName());
            WebElement active = null;
            for (int i = 0; i < 40 && !box.equals(active); i++) {
                new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
                active = browser.driver().switchTo().activeElement();
            }
            assertEquals(box, active, "Tab never reached the " + box.getTagName());
            new Actions(browser.driver()).sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT).perform();
            assertTrue((Long) browser.script("return Math.round(arguments[0].scrollLeft);", box) > 0,
                    "the arrow keys did not scroll the " + box.getTagName());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {320, 1280})
    void aPhoneLoadsTheSmallCopyOfAPhotoAndADesktopTheColumnSizedOne(int width) {
        browser.viewport(width, 740);
        browser.open(server.url(ThemeSite.MESSY_ARTICLE));
        WebElement photo = browser.driver().findElement(By.cssSelector(".article__body figure img"));
        // waits for the load event, like a latch: no sleep, no timing
        Object loaded = browser.driver().executeAsyncScript("""
                const i = arguments[0], done = arguments[arguments.length - 1];
                const report = () => done(i.currentSrc.replace(/^.*\\//, '') + ' ' + i.naturalWidth + ' '
                    + Math.round(i.getBoundingClientRect().height));
                if (i.complete) { report(); } else { i.addEventListener('load', report); i.scrollIntoView(); }""", photo);
        assertEquals(width == 320 ? "container-quay-480w.jpg 288 162" : "container-quay-960w.jpg 672 378", loaded);
    }

    @Test
    void aLongUnbrokenUrlWrapsInsideTheColumn() {
        browser.viewport(320, 740);
        browser.open(server.url(ThemeSite.MESSY_ARTICLE));
        WebElement paragraph = browser.driver().findElement(By.xpath("//p[contains(., 'archive.example.org')]"));
        assertEquals(Boolean.TRUE, browser.script(
                "const p = arguments[0]; return p.scrollWidth <= p.clientWidth && p.getBoundingClientRect().height > 100;",
                paragraph));
    }

    @Test
    void screenshotsForTheReadme() throws IOException {
        browser.viewport(1280, 800);
        browser.open(server.url(ThemeSite.ARTICLE_WITH_IMAGE_AND_TABLE));
        Path desktop = browser.screenshot("readme-article-desktop");
        browser.viewport(375, 740);
        browser.open(server.url(ThemeSite.FRONT));
        Path phone = browser.screenshot("readme-front-phone");
        assertTrue(Files.size(desktop) > 10_000 && Files.size(phone) > 10_000);
        if (Boolean.getBoolean("dateline.updateScreenshots")) {
            Files.createDirectories(Path.of("docs"));
            Files.copy(desktop, Path.of("docs", "article-desktop.png"), StandardCopyOption.REPLACE_EXISTING);
            Files.copy(phone, Path.of("docs", "front-phone.png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
