package org.dateline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dateline.cli.Main;
import org.dateline.testing.TestSites;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case under {@code src/test/resources/bad-input/CASE/} is a tiny site ({@code site/}) that
 * is broken or hostile in one way, run through the command line as a user would. Its
 * {@code expected-stderr.txt} is the whole of what the run prints on stderr (the case's folders
 * written {@code {site}} and {@code {out}}, the build time {@code {time}}), so an extra or cascading
 * error, a lost hint or a changed position fails. Its {@code expected.txt} lists, one a line:
 * {@code exit: N}; {@code output-has: TEXT} and {@code output-lacks: TEXT} (in the built pages, for
 * cases that build); {@code args: ...} (with {@code {site}} and {@code {out}}).
 *
 * <p>When the message format changes on purpose, regenerate every {@code expected-stderr.txt} with
 * {@code mvn -o test -Dtest=BadInputCorpusTest -Ddateline.updateGolden=true} and review the diff. A {@code symlinks.txt} makes links ({@code from -> to}), an
 * {@code out/} folder is the previous output (otherwise one is made). Whatever fails must leave the
 * previous output byte for byte as it was, and no stack trace may be printed.
 *
 * <p>Adding a case means adding a folder, not code.
 */
class BadInputCorpusTest {

    private static final Path CASES = Path.of("src/test/resources/bad-input");
    /** The build time in the summary line, the one part of stderr that differs between runs. */
    private static final Pattern TIME = Pattern.compile(" in [0-9]+\\.[0-9]{2} s \u2192");

    @TempDir
    Path tmp;

    static List<String> cases() throws IOException {
        try (Stream<Path> list = Files.list(CASES)) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void brokenInputIsReportedAndNothingIsLost(String name) throws IOException {
        Path work = tmp.resolve(name);
        copy(CASES.resolve(name), work);
        Path site = work.resolve("site");
        Path out = work.resolve("out");
        links(work);
        if (!Files.exists(out)) {
            TestSites.write(out, ".dateline-output", "");
            TestSites.write(out, "index.html", "<p>the previous build</p>\n");
            TestSites.write(out, "world/old/index.html", "<p>an older article</p>\n");
        }
        Map<String, String> before = snapshot(out);
        Expected expected = Expected.read(work.resolve("expected.txt"));

        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        String[] args = expected.args.replace("{site}", site.toString()).replace("{out}", out.toString()).split(" ");
        int exit = Main.run(args, new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8), TestSites.CLOCK);
        String printed = stderr.toString(StandardCharsets.UTF_8);

        assertEquals(expected.exit, exit, printed);
        String normalised = TIME.matcher(printed.replace(site.toString(), "{site}").replace(out.toString(), "{out}")
                .replace(tmp.toString(), "{tmp}")).replaceAll(" in {time} \u2192");
        Path golden = CASES.resolve(name).resolve("expected-stderr.txt");
        if (Boolean.getBoolean("dateline.updateGolden")) {
            Files.writeString(golden, normalised, StandardCharsets.UTF_8);
        }
        assertEquals(Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : "(no " + golden + ")",
                normalised, name + ": stderr");
        assertFalse(printed.contains("\tat "), "a stack trace was printed:\n" + printed);
        if (exit != 0) {
            assertEquals(before, snapshot(out), "the previous output changed");
            return;
        }
        String pages = String.join("\n", snapshot(out).values());
        for (String fragment : expected.outputHas) {
            assertTrue(pages.contains(fragment), "not in the output: " + fragment);
        }
        for (String fragment : expected.outputLacks) {
            assertFalse(pages.contains(fragment), "in the output: " + fragment);
        }
    }

    /** What a case expects, from its {@code expected.txt}. */
    private static final class Expected {
        int exit = -1;
        String args = "build --source {site} --output {out}";
        final List<String> outputHas = new ArrayList<>();
        final List<String> outputLacks = new ArrayList<>();

        static Expected read(Path file) throws IOException {
            Expected expected = new Expected();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int colon = line.indexOf(": ");
                String key = line.substring(0, colon);
                String value = line.substring(colon + 2);
                switch (key) {
                    case "exit" -> expected.exit = Integer.parseInt(value);
                    case "args" -> expected.args = value;
                    case "output-has" -> expected.outputHas.add(value);
                    case "output-lacks" -> expected.outputLacks.add(value);
                    default -> throw new IllegalArgumentException(file + ": unknown key " + key);
                }
            }
            assertTrue(expected.exit >= 0, file + " has no exit line");
            return expected;
        }
    }

    private static void links(Path work) throws IOException {
        Path list = work.resolve("symlinks.txt");
        if (Files.exists(list)) {
            for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    String[] parts = line.split(" -> ");
                    Files.createSymbolicLink(work.resolve(parts[0]), Path.of(parts[1]));
                }
            }
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path path : walk.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, LinkOption.NOFOLLOW_LINKS);
                }
            }
        }
    }

    /** Every file below {@code root}, relative path → its text (bytes as ISO-8859-1, so any byte compares). */
    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (Files.isDirectory(root)) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    files.put(root.relativize(file).toString(), new String(Files.readAllBytes(file),
                            StandardCharsets.ISO_8859_1));
                }
            }
        }
        return files;
    }
}
