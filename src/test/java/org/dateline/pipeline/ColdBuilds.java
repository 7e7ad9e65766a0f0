package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.dateline.diag.Reporter;
import org.dateline.testing.FileTree;
import org.dateline.testing.TestSites;

/** What incremental builds are compared with: cold builds (no cache) of a site, and the site they edit. */
final class ColdBuilds {

    static final String HARBOUR = "content/world/harbour-vote.md";
    static final String ABOUT = "content/pages/about.md";
    static final String OLD_FERRY = "content/world/old-ferry.md";
    static final String FERRY = "content/world/ferry-talks.md";

    private ColdBuilds() {
    }

    /**
     * The newsroom fixture copied into {@code tmp}, with its own story template, a static image and
     * a harbour article long enough for its body to be keyed, so every kind of input exists.
     */
    static Path newsroom(Path tmp) throws IOException {
        Path site = TestSites.copy("newsroom", tmp);
        TestSites.write(site, "templates/story.peb", Files.readString(Path.of("templates/story.peb")));
        TestSites.write(site, "static/images/quay.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        TestSites.write(site, HARBOUR, TestSites.read(site, HARBOUR) + "\nA second paragraph, long enough for the body to be"
                + " keyed by its article: the harbour vote was close.\n");
        return site;
    }

    /** A standalone page ({@link #ABOUT}) and an expired article ({@link #OLD_FERRY}) with bodies long enough to be keyed. */
    static void addPageAndExpiredArticle(Path site) throws IOException {
        TestSites.write(site, ABOUT, "---\ntitle: About us\ndate: 2024-01-10T09:00:00Z\ndescription: Who we are.\n---\n"
                + "The Newsroom has covered the harbour since 1921, long enough for its body to be keyed.\n");
        TestSites.write(site, OLD_FERRY, "---\ntitle: Old ferry timetable\ndate: 2024-05-01T09:00:00Z\n"
                + "expires: 2024-06-01T00:00:00Z\ntags: [transport]\ndescription: The old timetable.\n---\n"
                + "Ferries ran every hour, a timetable long gone but still on its own page.\n");
    }

    /** Gives {@link #FERRY} a second paragraph, long enough for its body to be keyed ("talks go on"). */
    static void keyFerryBody(Path site) {
        TestSites.write(site, FERRY, TestSites.read(site, FERRY) + "\nA second paragraph about the ferry talks, long enough"
                + " for its body to be keyed: talks go on.\n");
    }

    /** A dev server's engine for {@code site}, building into {@code output}, its cache under {@code tmp}. */
    static Engine server(Path tmp, Path site, Path output) {
        return Engine.forServer(new BuildRequest(site, output, false, false, Optional.empty(), TestSites.CLOCK,
                Optional.of(tmp.resolve("cache"))), Reporter.silent());
    }

    /** A cold build of {@code site} at the tests' clock, into a folder of its own under {@code tmp}, as a snapshot. */
    static Map<String, String> of(Path tmp, Path site, int threads) {
        return of(tmp, site, TestSites.CLOCK, false, threads);
    }

    static Map<String, String> of(Path tmp, Path site, Clock clock, boolean drafts, int threads) {
        Path output = tmp.resolve("cold-" + System.nanoTime());
        try (Engine engine = new Engine(new BuildRequest(site, output, drafts, false, Optional.empty(), clock,
                Optional.empty()), Reporter.silent(), threads)) {
            engine.build();
        }
        return FileTree.snapshot(output);
    }

    /**
     * Asserts that {@code built} holds the files of the {@code cold} build and no others, byte for byte; when not, the
     * message names the files that differ (not the whole trees' bytes), after {@code name}.
     */
    static void assertSameFiles(Map<String, String> cold, Map<String, String> built, String name) {
        Set<String> paths = new TreeSet<>(cold.keySet());
        paths.addAll(built.keySet());
        List<String> differ = paths.stream().filter(path -> !Objects.equals(cold.get(path), built.get(path)))
                .toList();
        assertEquals(List.of(), differ, name + ": files that differ from a cold build's");
    }
}
