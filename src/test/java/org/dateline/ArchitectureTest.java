package org.dateline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package table of the README, enforced: each package imports only the packages listed for it,
 * each third-party library stays inside its packages, only {@code cli} prints or exits, and no
 * source file grows past the size we can review.
 */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/org/dateline");

    /** Package → the Dateline packages it may import. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("diag", Set.of()),
            Map.entry("config", Set.of("diag")),
            Map.entry("template", Set.of("diag", "config")),
            Map.entry("load", Set.of("diag", "config")),
            Map.entry("parse", Set.of("diag", "config", "load")),
            Map.entry("render", Set.of("diag", "config", "load", "parse")),
            Map.entry("assemble", Set.of("diag", "config", "load", "parse", "render")),
            Map.entry("syndicate", Set.of("diag", "config", "load", "parse", "render", "assemble")),
            Map.entry("pages", Set.of("diag", "config", "template", "load", "parse", "render", "assemble", "syndicate")),
            Map.entry("write", Set.of("diag", "config", "assemble")),
            Map.entry("pipeline", Set.of("diag", "config", "template", "load", "parse", "render", "assemble",
                    "syndicate", "pages", "write")),
            Map.entry("serve", Set.of("diag", "config", "assemble", "write", "pipeline")),
            Map.entry("cli", Set.of("diag", "config", "template", "load", "parse", "render", "assemble", "syndicate",
                    "pages", "write", "pipeline", "serve")));

    /** Third-party import prefix → the packages that may use it. */
    private static final Map<String, Set<String>> LIBRARIES = Map.of(
            "org.snakeyaml", Set.of("config"),
            "com.vladsch.flexmark", Set.of("parse", "render"),
            "org.jsoup", Set.of("render"),
            "io.pebbletemplates", Set.of("template"),
            "picocli", Set.of("cli"),
            "com.sun.net.httpserver", Set.of("serve"));

    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)", Pattern.MULTILINE);
    private static final int MAX_LINES = 400;

    @Test
    void packagesImportOnlyWhatTheTableAllows() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : sources()) {
            String pkg = packageOf(file);
            Set<String> allowed = ALLOWED.get(pkg);
            if (allowed == null) {
                violations.add(file + ": package `" + pkg + "` is not in the table");
                continue;
            }
            Matcher imports = IMPORT.matcher(read(file));
            while (imports.find()) {
                String imported = imports.group(1);
                if (imported.startsWith("org.dateline.")) {
                    String target = imported.substring("org.dateline.".length()).split("\\.")[0];
                    if (!target.equals(pkg) && !allowed.contains(target)) {
                        violations.add(file + " imports " + imported);
                    }
                }
                LIBRARIES.forEach((prefix, packages) -> {
                    if (imported.startsWith(prefix + ".") && !packages.contains(pkg)) {
                        violations.add(file + " uses " + prefix + " outside " + packages);
                    }
                });
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void onlyTheCommandLinePrintsOrExits() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : sources()) {
            String text = read(file);
            if (!packageOf(file).equals("cli") && (text.contains("System.out") || text.contains("System.err")
                    || text.contains("System.exit") || text.contains("printStackTrace()"))) {
                violations.add(file.toString());
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void noGlobalStateOrDefaultLocaleChanges() throws IOException {
        Pattern mutableStatic = Pattern.compile("^\\s*(private |public |protected )?static (?!final)[\\w<>, ?\\[\\]]+ \\w+\\s*(=|;)",
                Pattern.MULTILINE);
        List<String> violations = new ArrayList<>();
        for (Path file : sources()) {
            String text = read(file);
            if (mutableStatic.matcher(text).find() || text.contains("Locale.setDefault")
                    || text.contains("TimeZone.setDefault")) {
                violations.add(file.toString());
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void sourceFilesStayReviewable() throws IOException {
        List<String> long_ = new ArrayList<>();
        for (Path file : sources()) {
            long lines = read(file).lines().count();
            if (lines > MAX_LINES) {
                long_.add(file + " has " + lines + " lines");
            }
        }
        assertEquals(List.of(), long_);
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> walk = Files.walk(MAIN)) {
            return walk.filter(path -> path.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static String packageOf(Path file) {
        Path relative = MAIN.relativize(file);
        return relative.getNameCount() == 1 ? "" : relative.getName(0).toString();
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
