package org.dateline.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * axe-core finds no WCAG 2.0, 2.1 and 2.2 A/AA violation on any kind of page of the example site,
 * in the light and in the dark colour scheme (screenshots of each in target/screenshots/).
 */
class AccessibilityTest extends ThemePageTest {

    static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");


    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void everyKindOfPageHasNoWcagViolation(String scheme) {
        browser.colorScheme(scheme);
        browser.viewport(1280, 900);
        List<String> violations = new ArrayList<>();
        for (String page : ThemeSite.PAGES) {
            browser.open(server.url(page));
            Results results = new AxeBuilder().withTags(WCAG).analyze(browser.driver());
            browser.screenshot(ThemeSite.name(page) + "-" + scheme);
            for (Rule rule : results.getViolations()) {
                rule.getNodes().forEach(node -> violations.add(page + " (" + scheme + "): " + rule.getId() + " at "
                        + node.getTarget() + ": " + node.getFailureSummary()));
            }
        }
        assertEquals(List.of(), violations);
    }
}
