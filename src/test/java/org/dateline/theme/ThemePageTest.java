package org.dateline.theme;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every browser test of the theme starts from: one headless Chromium per test class and the
 * example site with the messy fixture ({@link ThemeSite}), built and served from a loopback server.
 */
abstract class ThemePageTest {

    @TempDir
    static Path tmp;
    static LoopbackServer server;
    static Browser browser;

    @BeforeAll
    static void startBrowserAndServer() {
        browser = Browser.start();
        server = new LoopbackServer(ThemeSite.build(tmp).output());
    }

    @AfterAll
    static void stopBrowserAndServer() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }
}
