package org.dateline.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** A laptop without Chromium skips the browser tests and says how to install it; CI fails instead. */
class BrowserTest {

    private static final List<Path> MISSING = List.of(Path.of("/nonexistent/chromium"), Path.of("/nonexistent/chromedriver"));

    @Test
    void aMissingBrowserSkipsWithHowToInstallIt() {
        TestAbortedException e = assertThrows(TestAbortedException.class, () -> Browser.requireInstalled(MISSING, null));
        assertEquals("/nonexistent/chromium and /nonexistent/chromedriver not found: install them"
                + " with `sudo apt-get install chromium chromium-driver` (Debian, Ubuntu) to run the browser tests",
                e.getMessage());
    }

    @Test
    void onCiAMissingBrowserFails() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> Browser.requireInstalled(MISSING, "true"));
        assertEquals("CI=true and /nonexistent/chromium and /nonexistent/chromedriver not found: install them with"
                + " `sudo apt-get install chromium chromium-driver` (Debian, Ubuntu) to run the browser tests",
                e.getMessage());
    }
}
