package org.dateline.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reader's browser asks nothing of any host but the site's own: no fonts, scripts, trackers or images from elsewhere. */
class NetworkTest {

    @TempDir
    static Path tmp;
    static LoopbackServer server;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.start();
        Path output = ThemeSite.build(tmp).output();
        Files.writeString(output.resolve("leaky.html"), "<!DOCTYPE html><html lang=en><title>Leaky</title>"
                + "<img src=\"https://tracker.example.com/pixel.gif\" alt=\"\">", StandardCharsets.UTF_8);
        server = new LoopbackServer(output);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void everyRequestOfEveryKindOfPageStaysOnTheLoopbackServer() {
        List<String> elsewhere = new ArrayList<>();
        for (String page : ThemeSite.PAGES) {
            elsewhere.addAll(requestsElsewhere(page));
        }
        assertEquals(List.of(), elsewhere);
    }

    @Test
    void aRequestToAnotherHostIsCaught() {
        assertEquals(List.of("leaky.html requested https://tracker.example.com/pixel.gif"), requestsElsewhere("leaky.html"));
    }

    private static List<String> requestsElsewhere(String page) {
        browser.open(server.url(page));
        List<String> elsewhere = new ArrayList<>();
        List<String> requests = browser.requests();
        for (String url : requests) {
            // chrome:// and about: are the browser's own pages (its new-tab page, say), never the network
            if (!url.startsWith(server.base()) && !url.startsWith("data:") && !url.startsWith("chrome://")
                    && !url.startsWith("about:")) {
                elsewhere.add(page + " requested " + url);
            }
        }
        if (requests.isEmpty()) {
            elsewhere.add(page + ": the network log is empty, so it cannot be trusted");
        }
        return elsewhere;
    }
}
