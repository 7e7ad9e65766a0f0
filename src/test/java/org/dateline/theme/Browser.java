package org.dateline.theme;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, with a fresh profile and nothing
 * downloaded: the driver and browser paths are given, so Selenium Manager never runs. One per test
 * class. When either program is missing the calling tests are skipped with a message saying how to
 * install them, except on CI ({@code CI=true}), where a missing browser fails the build.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final String INSTALL = "install them with `sudo apt-get install chromium chromium-driver`"
            + " (Debian, Ubuntu) to run the browser tests";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts the browser, or skips (fails on CI) the calling test class when it is not installed. */
    static Browser start() {
        requireInstalled(List.of(CHROMIUM, CHROMEDRIVER), System.getenv("CI"));
        try {
            Path profile = Files.createTempDirectory("dateline-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--no-first-run", "--disable-extensions", "--hide-scrollbars",
                    "--force-color-profile=srgb", "--disable-smooth-scrolling",
                    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1", "--font-render-hinting=none",
                    "--window-size=1280,900",
                    "--user-data-dir=" + profile);
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.PERFORMANCE, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            return new Browser(new ChromeDriver(service, options), profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Skips the tests with how to install the browser, or fails when {@code ci} is "true". */
    static void requireInstalled(List<Path> programs, String ci) {
        List<String> missing = new ArrayList<>();
        for (Path program : programs) {
            if (!Files.isExecutable(program)) {
                missing.add(program.toString());
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        String message = String.join(" and ", missing) + " not found: " + INSTALL;
        if ("true".equalsIgnoreCase(ci)) {
            fail("CI=true and " + message);
        }
        Assumptions.abort(message);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Opens {@code url} and forgets the requests of earlier pages. */
    void open(String url) {
        driver.manage().logs().get(LogType.PERFORMANCE);
        driver.get(url);
    }

    /** Emulates {@code prefers-color-scheme}: "light" or "dark". */
    void colorScheme(String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** Sets the layout viewport to {@code width} × {@code height} CSS pixels at 1 device pixel per CSS pixel. */
    void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /** Every URL the browser requested since the page was opened, as the DevTools network log saw it. */
    List<String> requests() {
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            try {
                JsonNode message = JSON.readTree(entry.getMessage()).path("message");
                if (message.path("method").asText().equals("Network.requestWillBeSent")) {
                    urls.add(message.path("params").path("request").path("url").asText());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return urls;
    }

    /** Saves what the viewport shows as {@code target/screenshots/NAME.png} and returns the file. */
    Path screenshot(String name) {
        Object shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png")).get("data");
        try {
            Files.createDirectories(SCREENSHOTS);
            return Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var walk = Files.walk(profile)) {
            walk.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
