import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Makes the class-data archive beside the jar ({@code dateline.jsa}, see README, "Start-up"), run by
 * {@code mvn package} as {@code java src/main/launcher/TrainArchive.java JAVA JAR ARCHIVE SITE OUTPUT SCRATCH}.
 *
 * <p>It renders the bundled example site {@code SITE} into {@code OUTPUT} (what {@code mvn package}
 * promises), then builds a copy of it in {@code SCRATCH} the ways a newsroom runs Dateline: cold, then
 * after an edit of one article's body and after an edit of its tags. Each run but the copy's cold one lists
 * the classes it loads ({@code -XX:DumpLoadedClassList}); the archive is dumped from all the lists at once
 * ({@code -Xshare:dump}), so it holds what a rebuild loads as well as what a cold build does, and what
 * {@code --version} and {@code help} load (an archive written at the exit of one build,
 * {@code -XX:ArchiveClassesAtExit}, held a cold build's classes only, and never picocli's: a dynamic archive
 * skips Java 5 class files, a static one keeps them).
 *
 * <p>Exits non-zero when the example site does not build; an archive that cannot be made is only a
 * warning, as the launcher runs without one.
 */
public final class TrainArchive {

    private TrainArchive() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 6) {
            System.err.println("usage: java TrainArchive.java JAVA JAR ARCHIVE SITE OUTPUT SCRATCH");
            System.exit(2);
        }
        Path jvm = Path.of(args[0]), jar = Path.of(args[1]).toAbsolutePath(), archive = Path.of(args[2]).toAbsolutePath();
        Path site = Path.of(args[3]), output = Path.of(args[4]), scratch = Path.of(args[5]);
        deleteTree(scratch);
        Files.createDirectories(scratch);
        Files.deleteIfExists(archive);
        List<Path> lists = new ArrayList<>();

        // the example site, as mvn package has always rendered it; it must build
        Path example = scratch.resolve("example.classes");
        lists.add(example);
        if (run(jvm, Optional.of(example), jar, true, "build", "--source", site.toString(), "--output", output.toString()) != 0) {
            System.exit(1);
        }

        Path copy = scratch.resolve("site"), out = scratch.resolve("out");
        for (String part : List.of("site.yaml", "content", "templates", "static", "data")) {
            copyTree(site.resolve(part), copy.resolve(part));
        }
        String[] build = {"build", "--quiet", "--source", copy.toString(), "--output", out.toString()};
        // its cold build loads nothing the example site's did not (nor does a no-op rebuild, but for 3 classes)
        boolean built = run(jvm, Optional.empty(), jar, false, build) == 0;
        Optional<Path> article = built ? firstArticle(copy.resolve("content")) : Optional.empty();
        if (article.isPresent()) {
            Path body = scratch.resolve("body.classes");
            lists.add(body);
            Files.writeString(article.get(), "\n\nA paragraph the archive's training build added.\n", StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
            run(jvm, Optional.of(body), jar, false, build);
            String text = Files.readString(article.get(), StandardCharsets.UTF_8);
            if (text.contains("\ntags:\n  - ")) {
                Path tags = scratch.resolve("tags.classes");
                lists.add(tags);
                Files.writeString(article.get(), text.replaceFirst("\ntags:\n  - ", "\ntags:\n  - archive-training\n  - "),
                        StandardCharsets.UTF_8);
                run(jvm, Optional.of(tags), jar, false, build);
            }
        }

        // the whole command tree, which --version (or any line that does not start with a command) makes and a
        // build never does, and help's text: without them --version read 5 of its command classes from the jar
        int shortRuns = 0;
        for (String[] line : List.<String[]>of(new String[] {"--version"}, new String[] {"help", "build"})) {
            Path list = scratch.resolve("short" + shortRuns++ + ".classes");
            lists.add(list);
            run(jvm, Optional.of(list), jar, false, line);
        }

        // every list's classes once, in the order first loaded
        Set<String> classes = new LinkedHashSet<>();
        for (Path list : lists) {
            if (Files.isRegularFile(list)) {
                Files.readAllLines(list, StandardCharsets.UTF_8).stream().filter(line -> !line.startsWith("#"))
                        .forEach(classes::add);
            }
        }
        Path all = scratch.resolve("all.classes");
        Files.write(all, classes, StandardCharsets.UTF_8);
        Path log = scratch.resolve("dump.log");
        Process dump = new ProcessBuilder(jvm.toString(), "-Xshare:dump", "-XX:SharedClassListFile=" + all,
                "-XX:SharedArchiveFile=" + archive, "-cp", jar.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (dump.waitFor() != 0 || !Files.isRegularFile(archive)) {
            System.err.println("warning: no class-data archive was made (see " + log + "); Dateline starts without one");
            Files.deleteIfExists(archive);
        }
    }

    /** Runs the jar with the launcher's options for a build, listing the classes loaded into {@code list}. */
    private static int run(Path jvm, Optional<Path> list, Path jar, boolean shown, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(jvm.toString(), "-XX:TieredStopAtLevel=1",
                "-XX:CompileThresholdScaling=0.5", "-XX:+UseParallelGC", "-Xshare:auto", "-Xlog:disable"));
        list.ifPresent(file -> command.add("-XX:DumpLoadedClassList=" + file));
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command);
        if (shown) {
            builder.inheritIO();
        } else {
            builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        }
        return builder.start().waitFor();
    }

    /** The first article under {@code content} by path: a Markdown file in a section, not a section's _index. */
    private static Optional<Path> firstArticle(Path content) throws IOException {
        if (!Files.isDirectory(content)) {
            return Optional.empty();
        }
        try (Stream<Path> walk = Files.walk(content)) {
            return walk.filter(file -> file.toString().endsWith(".md") && !file.getFileName().toString().startsWith("_")
                    && !file.getFileName().toString().startsWith(".") && Files.isRegularFile(file)).sorted().findFirst();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.exists(from)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path path : walk.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(path, target);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
