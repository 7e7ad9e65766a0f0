package org.dateline.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** A reader with only a keyboard: the skip link comes first and works, every navigation link is reachable and shows focus. */
class KeyboardTest extends ThemePageTest {

    /** True when the element is inside the viewport, rendered, and has an outline of at least 2 px not the page's colour. */
    static final String FOCUS_SHOWN = """
            const e = arguments[0], r = e.getBoundingClientRect(), s = getComputedStyle(e);
            const inView = r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0
                && r.bottom <= innerHeight && r.right <= innerWidth && s.visibility === 'visible' && s.opacity !== '0';
            const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2
                && s.outlineColor !== getComputedStyle(document.body).backgroundColor;
            return inView && outline;""";

    @BeforeAll
    static void setUp() {
        browser.viewport(1280, 900);
    }

    @Test
    void firstTabFocusesAVisibleSkipLinkAndEnterMovesFocusIntoMain() {
        List<String> failures = new ArrayList<>();
        for (String page : ThemeSite.PAGES) {
            browser.open(server.url(page));
            press(Keys.TAB);
            WebElement first = browser.driver().switchTo().activeElement();
            if (!first.getText().equals("Skip to content") || !Boolean.TRUE.equals(browser.script(FOCUS_SHOWN, first))) {
                failures.add(page + ": first Tab focused \"" + first.getText() + "\", shown: "
                        + browser.script(FOCUS_SHOWN, first));
                continue;
            }
            press(Keys.ENTER);
            Object inMain = browser.script("return document.activeElement.closest('main') !== null;");
            if (!Boolean.TRUE.equals(inMain)) {
                failures.add(page + ": Enter on the skip link left focus on "
                        + browser.script("return document.activeElement.outerHTML.slice(0, 80);"));
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void everyNavigationLinkIsReachedByTabAndShowsItsFocus() {
        for (String page : List.of(ThemeSite.FRONT, ThemeSite.ARTICLE_WITH_IMAGE_AND_TABLE)) {
            browser.open(server.url(page));
            List<WebElement> navigation = browser.driver().findElements(By.cssSelector("nav a[href]"));
            assertTrue(navigation.size() >= 7, page + " has only " + navigation.size() + " navigation links");
            int stops = browser.driver().findElements(By.cssSelector("a[href], [tabindex='0']")).size();
            Set<String> reached = new LinkedHashSet<>();
            List<String> unmarked = new ArrayList<>();
            for (int i = 0; i < stops + 1; i++) {
                press(Keys.TAB);
                WebElement active = browser.driver().switchTo().activeElement();
                int index = navigation.indexOf(active);
                if (index >= 0) {
                    reached.add(index + " " + active.getText());
                    if (!Boolean.TRUE.equals(browser.script(FOCUS_SHOWN, active))) {
                        unmarked.add(active.getText());
                    }
                }
            }
            assertEquals(navigation.size(), reached.size(), page + ": reached only " + reached);
            assertEquals(List.of(), unmarked, page + ": focused without a visible outline");
        }
    }

    private static void press(CharSequence key) {
        new Actions(browser.driver()).sendKeys(key).perform();
    }
}
