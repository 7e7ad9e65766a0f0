package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dateline.diag.DatelineException;
import org.dateline.diag.Reporter;
import org.dateline.testing.FileTree;
import org.dateline.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded replay of the edits a newsroom makes between two runs of {@code dateline build}: each build is a
 * fresh engine, as each run of the command is a fresh JVM, so each takes the fresh start's way (the last
 * build's state read from the cache folder, the quick way when it applies) and must write what a cold build
 * writes, at another thread count. The edits are of every kind the engine tells apart: bodies, front matter
 * (tags, titles, dates, bylines, slugs, drafts), files moved, renamed, added and deleted, templates, static
 * files, {@code data/}, section front matter and links between articles, one to three of them a build.
 */
class FreshStartReplayTest {

    private static final List<String> TAGS = List.of("harbour", "Harbour", "transport", "budget", "ferries", "quay",
            "night-ferry");
    private static final List<String> AUTHORS = List.of("Selin Atay", "Zoë Ångström", "Tomasz Wieczorek", "Ana Lima");
    private static final List<String> SECTIONS = List.of("world", "culture", "science", "business");
    private static final Pattern FRONT_MATTER = Pattern.compile("(?s)\\A---\\n(.*?\\n)---\\n");
    private static final Pattern TAG_LIST = Pattern.compile("(?m)^tags: \\[(.*)]$");

    @TempDir
    Path tmp;

    @Test
    void aSeededReplayOfFreshBuildsWritesTheColdBuildsBytesAfterEveryStep() throws IOException {
        Path site = ColdBuilds.newsroom(tmp);
        ColdBuilds.addPageAndExpiredArticle(site);
        ColdBuilds.keyFerryBody(site);
        TestSites.write(site, "site.yaml", TestSites.read(site, "site.yaml") + "page_size: 2\n");
        for (int i = 0; i < 6; i++) { // enough articles for listings of several pages
            TestSites.write(site, "content/" + SECTIONS.get(i % 4) + "/brief-" + i + ".md", "---\ntitle: Brief " + i
                    + "\ndate: 2024-06-0" + (i + 1) + "T08:00:00+03:00\nauthor: " + AUTHORS.get(i % 4) + "\ntags: ["
                    + TAGS.get(i % TAGS.size()) + "]\n---\nA brief of the day, number " + i
                    + ", long enough for its body to be keyed by its article.\n");
        }
        Random random = new Random(20261203L);
        build(site);
        int quick = 0;
        int steps = 24;
        for (int step = 0; step < steps; step++) {
            List<String> edits = new ArrayList<>();
            int count = 1 + (random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0);
            for (int i = 0; i < count; i++) {
                edits.add(edit(site, random));
            }
            boolean wasQuick;
            try {
                wasQuick = build(site);
            } catch (DatelineException e) {
                throw new AssertionError("step " + step + " " + edits + ": " + e.getMessage(), e);
            }
            quick += wasQuick ? 1 : 0;
            Map<String, String> cold = ColdBuilds.of(tmp, site, 1);
            Map<String, String> built = FileTree.snapshot(tmp.resolve("out"));
            ColdBuilds.assertSameFiles(cold, built, "step " + step + " " + edits);
        }
        // about half the kinds of edit are of an article's own text, which the quick way takes unless a new date
        // moves the article or another edit of the same build needs the whole way
        assertTrue(quick >= 5, quick + " of " + steps + " builds took the quick way");
    }

    /** One fresh build, as {@code dateline build} runs it; whether it took the quick way. */
    private boolean build(Path site) {
        try (Engine engine = new Engine(new BuildRequest(site, tmp.resolve("out"), false, false, Optional.empty(),
                TestSites.CLOCK, Optional.of(tmp.resolve("cache"))), Reporter.silent(), 2)) {
            engine.build();
            return engine.lastQuick();
        }
    }

    /** Makes one random edit of {@code site}; what it did. */
    private static String edit(Path site, Random random) {
        List<String> articles = articles(site);
        String article = articles.get(random.nextInt(articles.size()));
        int kind = random.nextInt(19);
        String what = article + ": ";
        switch (kind) {
            case 0 -> body(site, article, body -> body + "\nOne more paragraph, " + random.nextInt(1000) + ".\n");
            case 1 -> body(site, article, body -> "Lead " + random.nextInt(1000) + ": " + body);
            case 2, 3 -> {
                String tag = TAGS.get(random.nextInt(TAGS.size()));
                what += "tag " + tag + " ";
                tags(site, article, tags -> {
                    tags.remove(tag);
                    tags.add(0, tag);
                });
            }
            case 4 -> tags(site, article, tags -> {
                if (!tags.isEmpty()) {
                    tags.remove(0);
                }
            });
            case 5 -> key(site, article, "title", "\"Title " + random.nextInt(1000) + "\"");
            case 6 -> key(site, article, "date", "2024-0" + (3 + random.nextInt(5)) + "-1" + random.nextInt(10) + "T0"
                    + random.nextInt(10) + ":00:00+03:00");
            case 7 -> {
                key(site, article, "authors", null);
                key(site, article, "author", AUTHORS.get(random.nextInt(AUTHORS.size())));
            }
            case 8 -> key(site, article, "description", "Summary " + random.nextInt(1000) + ".");
            case 9 -> key(site, article, "slug", "slug-" + random.nextInt(1000));
            case 10 -> {
                Path file = site.resolve(article);
                Path to = site.resolve("content/" + SECTIONS.get(random.nextInt(SECTIONS.size()))).resolve(file.getFileName());
                what += Files.exists(to) ? "not " : "";
                move(file, to);
            }
            case 11 -> move(site.resolve(article), site.resolve(article).resolveSibling("renamed-" + random.nextInt(1000) + ".md"));
            case 12 -> {
                String copy = article.replace(".md", "-copy-" + random.nextInt(1000) + ".md");
                TestSites.write(site, copy, TestSites.read(site, article));
                key(site, copy, "slug", null);
                key(site, copy, "title", "\"Copy " + random.nextInt(1000) + "\"");
            }
            case 13 -> {
                what += articles.size() > 6 ? "" : "not ";
                if (articles.size() > 6) {
                    TestSites.delete(site.resolve(article));
                }
            }
            case 14 -> what = "templates/story.peb: " + append(site, "templates/story.peb", "<!-- " + random.nextInt(1000) + " -->\n");
            case 15 -> {
                what = "static/images/quay.svg: ";
                TestSites.write(site, "static/images/quay.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"q"
                        + random.nextInt(1000) + "\"/>");
            }
            case 16 -> {
                String role = "City hall reporter " + random.nextInt(1000);
                what = "data/authors.yaml: " + role + " ";
                TestSites.write(site, "data/authors.yaml", TestSites.read(site, "data/authors.yaml")
                        .replaceFirst("(?m)^(selin-atay:\n  role: ).*$", "$1" + role));
            }
            case 17 -> {
                String section = SECTIONS.get(random.nextInt(SECTIONS.size()));
                what = "content/" + section + "/_index.md: ";
                TestSites.write(site, "content/" + section + "/_index.md", "---\ntitle: Desk " + random.nextInt(1000)
                        + "\ndescription: The " + section + " desk.\n---\n");
            }
            default -> {
                String other = articles.get(random.nextInt(articles.size())).substring("content/".length());
                what += "ref to " + other + " ";
                body(site, article, body -> body + "\nSee [the other story]({{< ref \"" + other + "\" >}}).\n");
            }
        }
        return what + kind;
    }

    private static List<String> articles(Path site) {
        try (Stream<Path> files = Files.walk(site.resolve("content"))) {
            return files.filter(file -> file.toString().endsWith(".md") && !file.getFileName().toString().startsWith("_"))
                    .map(file -> site.relativize(file).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void body(Path site, String article, java.util.function.UnaryOperator<String> edit) {
        String text = TestSites.read(site, article);
        Matcher front = FRONT_MATTER.matcher(text);
        assertTrue(front.find(), article + " has front matter");
        TestSites.write(site, article, text.substring(0, front.end()) + edit.apply(text.substring(front.end())));
    }

    /** Sets {@code key} in the front matter of {@code article} to {@code value}, or removes it (null). */
    private static void key(Path site, String article, String key, String value) {
        String text = TestSites.read(site, article);
        Matcher front = FRONT_MATTER.matcher(text);
        assertTrue(front.find(), article + " has front matter");
        String line = value == null ? "" : key + ": " + value + "\n";
        Matcher old = Pattern.compile("(?m)^" + key + ":.*\\n(?:[ ]+.*\\n)*").matcher(front.group(1));
        String fields = old.find() ? old.replaceFirst(Matcher.quoteReplacement(line)) : front.group(1) + line;
        TestSites.write(site, article, "---\n" + fields + "---\n" + text.substring(front.end()));
    }

    private static void tags(Path site, String article, java.util.function.Consumer<List<String>> edit) {
        String text = TestSites.read(site, article);
        Matcher list = TAG_LIST.matcher(text);
        List<String> tags = new ArrayList<>();
        if (list.find()) {
            Stream.of(list.group(1).split(",")).map(String::strip).filter(tag -> !tag.isEmpty()).forEach(tags::add);
        }
        edit.accept(tags);
        key(site, article, "tags", "[" + String.join(", ", tags) + "]");
    }

    private static String append(Path site, String file, String text) {
        TestSites.write(site, file, TestSites.read(site, file) + text);
        return text.strip();
    }

    private static void move(Path from, Path to) {
        if (!Files.exists(to)) {
            try {
                Files.createDirectories(to.getParent());
                Files.move(from, to);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
