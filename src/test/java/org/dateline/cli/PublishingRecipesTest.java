package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.testing.RenderedSite;
import org.dateline.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The README's "Publishing" recipes, checked against what Dateline really does: each build command
 * they give runs, the workflow is valid YAML that builds and uploads the folder it builds, and the
 * S3 and nginx recipes give a feed type to every feed the build writes.
 */
class PublishingRecipesTest {

    private static final Path README = Path.of("README.md");

    @TempDir
    Path tmp;

    private static String publishing() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int start = readme.indexOf("## Publishing");
        return readme.substring(start, readme.indexOf("\n## ", start + 1));
    }

    private static List<String> blocks(String text, String language) {
        List<String> blocks = new ArrayList<>();
        Matcher m = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(text);
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    @Test
    void everyBuildCommandOfTheRecipesBuildsTheSite() throws IOException {
        Matcher commands = Pattern.compile("java -jar target/dateline\\.jar build ([^`\\n]*)").matcher(publishing());
        int count = 0;
        boolean preview = false;
        while (commands.find()) {
            preview |= commands.group(1).contains("--base-url https://");
            Path site = TestSites.copy("hugo", tmp.resolve("run" + count));
            String args = commands.group(1).replace("\\", "").strip().replace("--source site", "--source " + site)
                    .replace("--output public", "--output " + site.resolveSibling("public"));
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exit = Main.run(("build " + args).split("\\s+"), new PrintStream(new ByteArrayOutputStream(), true,
                    StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), TestSites.CLOCK);
            assertEquals(ExitCode.OK, exit, args + ": " + err.toString(StandardCharsets.UTF_8));
            RenderedSite built = new RenderedSite(site.resolveSibling("public"), null);
            assertTrue(built.files().containsAll(List.of("404.html", "_redirects", "index.html")), args);
            count++;
        }
        assertEquals(5, count);
        assertTrue(preview, "no preview build with --base-url");
    }

    @Test
    void theWorkflowBuildsAndUploadsTheSameFolder() throws IOException {
        List<String> yaml = blocks(publishing(), "yaml");
        assertEquals(1, yaml.size());
        @SuppressWarnings("unchecked")
        Map<String, Object> workflow = (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(yaml.get(0));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> jobs = (Map<String, Map<String, Object>>) workflow.get("jobs");
        assertEquals(List.of("build", "deploy"), List.copyOf(jobs.keySet()));
        String steps = String.valueOf(jobs.get("build").get("steps"));
        assertTrue(steps.contains("run=java -jar target/dateline.jar build --source site --output public"), steps);
        assertTrue(steps.contains("with={path=public}"), steps);
        assertTrue(steps.contains("path=site/.dateline-cache"), steps);
        assertEquals("build", jobs.get("deploy").get("needs"));
    }

    @Test
    void theS3AndNginxRecipesTypeEveryFeedTheBuildWrites() throws IOException {
        RenderedSite built = TestSites.build(TestSites.copy("hugo", tmp));
        List<String> feeds = built.files().stream().filter(f -> f.endsWith("feed.xml") || f.endsWith("atom.xml")
                || f.endsWith("feed.json")).toList();
        assertTrue(feeds.containsAll(List.of("feed.xml", "atom.xml", "feed.json", "news/feed.xml", "news/atom.xml",
                "news/feed.json")), feeds.toString());
        String text = publishing();
        String nginx = blocks(text, "nginx").get(0);
        assertEquals(nginx.chars().filter(c -> c == '{').count(), nginx.chars().filter(c -> c == '}').count());
        Map<String, String> types = Map.of("feed.xml", "application/rss+xml", "atom.xml", "application/atom+xml",
                "feed.json", "application/feed+json");
        for (String feed : feeds) {
            String name = feed.substring(feed.lastIndexOf('/') + 1);
            String type = types.get(name);
            Matcher locations = Pattern.compile("location ~ (\\S+) \\{\\s*types \\{ \\}\\s*default_type ([^;]+);")
                    .matcher(nginx);
            List<String> matched = new ArrayList<>();
            while (locations.find()) {
                if (Pattern.compile(locations.group(1)).matcher("/" + feed).find()) {
                    matched.add(locations.group(2));
                }
            }
            assertEquals(List.of(type), matched, feed);
            Matcher s3 = Pattern.compile("--include \"\\*([^\"]+)\" \\\\\\n\\s+--content-type \"([^;\"]+)").matcher(text);
            List<String> s3Types = new ArrayList<>();
            while (s3.find()) {
                if (feed.endsWith(s3.group(1))) {
                    s3Types.add(s3.group(2));
                }
            }
            assertEquals(List.of(type), s3Types, feed);
        }
        assertFalse(text.contains("TODO"));
    }
}
