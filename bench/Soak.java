import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A soak of incremental builds through the command line: edits a copy of a site at random, step after step,
 * and after each step runs {@code dateline build} (a fresh JVM, with the cache folder the last step left)
 * and {@code dateline build --no-cache} into another folder; the two must exit alike and, when both built,
 * hold the same files byte for byte. A step that both refuse (an edit that breaks an article) is undone, so
 * the next build also checks that a failed build left nothing behind. Stops at the first step that differs,
 * with the site, both outputs and the log of every step kept in the work folder. Not part of {@code mvn verify}.
 *
 * <p>Run: {@code java bench/Soak.java [STEPS] [SEED] [SITE] [WORK]}: 100 steps, seed 1, the bundled example site
 * ({@code .}: its {@code site.yaml}, {@code content/}, {@code templates/}, {@code static/}, {@code data/}), work
 * folder {@code target/soak}; the launcher {@code target/dateline} (env {@code SOAK_LAUNCHER} for another).
 */
public final class Soak {

    private static final List<String> TAGS = List.of("harbour", "transport", "budget", "council", "ferries", "soak-a",
            "Soak A", "SOAK-A", "Harbour");
    private static final List<String> AUTHORS = List.of("Selin Atay", "Zoë Ångström", "Tomasz Wieczorek", "Ana Lima",
            "Reporter 7");
    private static final List<String> SECTIONS = List.of("world", "business", "science", "culture", "science/space", "sport");
    private static final List<String> TITLES = List.of("\"مرفأ المدينة 🚢\"", "\"Zoë & the <harbour> \\\"quotes\\\"\"",
            "\"İstanbul ıı Iİ\"", "\"ferry ⛴ 2\"");
    private static final Pattern FRONT = Pattern.compile("(?s)\\A---\\n(.*?\\n)---\\n");
    private static final Pattern INLINE_TAGS = Pattern.compile("(?m)^tags:[ ]*\\[(.*?)][ ]*\\n");
    private static final Pattern BLOCK_TAGS = Pattern.compile("(?m)^tags:[ ]*\\n((?:[ ]+- .*\\n)*)");

    /** What a site is made of: copied, and restored after a refused step; never the cache folder. */
    private static final List<String> PARTS = List.of("site.yaml", "content", "templates", "static", "data");

    private final Random random;
    private final Path site;
    /** The article a link ({@code ref}) last named: its slug and date edits move the URL the linking page shows. */
    private Path linked;

    private Soak(Random random, Path site) {
        this.random = random;
        this.site = site;
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int steps = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        Path source = Path.of(args.length > 2 ? args[2] : ".");
        Path work = Path.of(args.length > 3 ? args[3] : "target/soak").toAbsolutePath();
        String launcher = System.getenv().getOrDefault("SOAK_LAUNCHER", "target/dateline");
        if (!Files.isExecutable(Path.of(launcher))) {
            System.err.println("soak: " + launcher + " is missing; run mvn package first");
            System.exit(2);
        }
        deleteTree(work);
        Path site = work.resolve("site"), out = work.resolve("out"), cold = work.resolve("cold"), before = work.resolve("before");
        copyParts(source, site);
        Soak soak = new Soak(new Random(seed), site);
        List<String> log = new ArrayList<>();
        if (build(launcher, site, out, false).code() != 0) {
            System.err.println("soak: the site does not build before any edit");
            System.exit(2);
        }
        for (int step = 0; step < steps; step++) {
            deleteTree(before);
            copyParts(site, before);
            List<String> edits = new ArrayList<>();
            int count = soak.random.nextInt(5) < 3 ? 1 : 2 + soak.random.nextInt(2);
            for (int i = 0; i < count; i++) {
                edits.add(soak.edit());
            }
            Run run = build(launcher, site, out, false);
            deleteTree(cold);
            Run coldRun = build(launcher, site, cold, true);
            int built = run.code(), coldBuilt = coldRun.code();
            String line = "step " + step + ": " + edits + " -> exit " + built + ", cold " + coldBuilt
                    + (built != 0 || coldBuilt != 0 ? " (" + run.said() + " | " + coldRun.said() + ")" : "");
            log.add(line);
            Files.write(work.resolve("log.txt"), log, StandardCharsets.UTF_8);
            if (built != coldBuilt) {
                fail(seed, line + ": the exits differ", work);
            }
            if (built != 0) { // both refused the input: undo the step (its files come back with their old times)
                for (String part : PARTS) {
                    deleteTree(site.resolve(part));
                }
                copyParts(before, site);
                continue;
            }
            List<String> differ = differ(out, cold);
            if (!differ.isEmpty()) {
                fail(seed, line + ": files that differ " + differ.subList(0, Math.min(8, differ.size())), work);
            }
        }
        System.out.println("soak: seed " + seed + ", " + steps + " steps: every rebuild wrote the cold build's files");
    }

    private static void fail(long seed, String what, Path work) {
        System.out.println("soak: seed " + seed + ", " + what + " (site, outputs and log in " + work + ")");
        System.exit(1);
    }

    /** What one run of the command did: its exit code and the first line it printed (--quiet: an error's). */
    private record Run(int code, String said) {
    }

    private static Run build(String launcher, Path site, Path output, boolean cold) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(launcher, "build", "--quiet", "--source", site.toString(),
                "--output", output.toString()));
        if (cold) {
            command.add("--no-cache");
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElse("");
        return new Run(process.waitFor(), said);
    }

    /** One random edit of the site; what it did. */
    private String edit() throws IOException {
        List<Path> articles = articles();
        int kind = random.nextInt(30);
        Path article = (kind == 7 || kind == 11) && linked != null && Files.exists(linked) && random.nextBoolean() ? linked
                : articles.get(random.nextInt(articles.size()));
        String name = site.relativize(article).toString();
        boolean themed = Files.isDirectory(site.resolve("templates"));
        switch (kind) {
            case 0 -> body(article, body -> body + "\nOne more paragraph " + random.nextInt(1000) + ".\n");
            case 1 -> body(article, body -> "Lead " + random.nextInt(1000) + ": " + body);
            case 2, 3 -> {
                String tag = TAGS.get(random.nextInt(TAGS.size()));
                tags(article, tags -> {
                    tags.remove(tag);
                    tags.add(0, tag);
                });
                name += " +" + tag;
            }
            case 4 -> tags(article, tags -> tags.subList(0, Math.min(1, tags.size())).clear());
            case 5 -> tags(article, tags -> java.util.Collections.reverse(tags));
            case 6 -> key(article, "title", "\"Soak title " + random.nextInt(1000) + "\"");
            case 7 -> key(article, dateKey(article), date(List.of(2019, 2020, 2023, 2024)));
            case 8 -> key(article, "updated", "2024-12-01T10:00:00");
            case 9 -> {
                key(article, "authors", null);
                key(article, "author", AUTHORS.get(random.nextInt(AUTHORS.size())));
            }
            case 10 -> key(article, "description", "Soak summary " + random.nextInt(1000) + ".");
            case 11 -> key(article, "slug", "soak-slug-" + random.nextInt(1000));
            case 12 -> key(article, "draft", Files.readString(article).contains("\ndraft:") ? null : "true");
            case 13 -> name += move(article, site.resolve("content").resolve(SECTIONS.get(random.nextInt(SECTIONS.size())))
                    .resolve(article.getFileName()));
            case 14 -> name += move(article, article.resolveSibling("renamed-" + random.nextInt(1000) + ".md"));
            case 15 -> {
                Path copy = article.resolveSibling("added-" + random.nextInt(1000) + ".md");
                if (!Files.exists(copy)) {
                    Files.copy(article, copy);
                    key(copy, "slug", null);
                    key(copy, "title", "\"Added " + random.nextInt(1000) + "\"");
                }
            }
            case 16 -> {
                if (articles.size() > 5) {
                    Files.delete(article);
                }
            }
            case 17 -> {
                if (themed) {
                    List<Path> templates = list(site.resolve("templates"), ".peb");
                    Path template = templates.get(random.nextInt(templates.size()));
                    Files.writeString(template, Files.readString(template) + "<!-- soak " + random.nextInt(1000) + " -->\n");
                    name = site.relativize(template).toString();
                }
            }
            case 18 -> {
                List<Path> images = list(site.resolve("static"), ".svg");
                if (!images.isEmpty()) {
                    Path image = images.get(random.nextInt(images.size()));
                    Files.writeString(image, "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"s" + random.nextInt(1000) + "\"/>\n");
                    name = site.relativize(image).toString();
                }
            }
            case 19 -> {
                Path authors = site.resolve("data/authors.yaml");
                if (Files.exists(authors)) {
                    Files.writeString(authors, Files.readString(authors).replaceFirst("(?m)^(  role: [^\\n#]*?)( #\\d+)?$",
                            "$1 #" + random.nextInt(100)));
                    name = "data/authors.yaml";
                }
            }
            case 20 -> key(article, dateKey(article), date(List.of(2027)));
            case 21 -> {
                Path config = site.resolve("site.yaml");
                String text = Files.readString(config);
                String line = "description: News of the day " + random.nextInt(100);
                Files.writeString(config, text.contains("\ndescription:") ? text.replaceFirst("(?m)^description: .*$", line)
                        : text + line + "\n");
                name = "site.yaml";
            }
            case 22 -> {
                linked = articles.get(random.nextInt(articles.size()));
                String other = site.resolve("content").relativize(linked).toString();
                body(article, body -> body + "\nSee [the other story]({{< ref \"" + other + "\" >}}).\n");
                name += " ref " + other;
            }
            case 23 -> {
                String target = List.of("/world/", "/business/", "/tags/harbour/", "/no-such-page/").get(random.nextInt(4));
                body(article, body -> body + "\nMore in [this place](" + target + ").\n");
                name += " link " + target;
            }
            case 24 -> {
                Path index = site.resolve("content").resolve(SECTIONS.get(random.nextInt(SECTIONS.size()))).resolve("_index.md");
                name = site.relativize(index).toString();
                if (Files.exists(index) && random.nextInt(3) == 0) {
                    Files.delete(index);
                } else {
                    Files.createDirectories(index.getParent());
                    Files.writeString(index, "---\ntitle: Desk " + random.nextInt(100) + "\ndescription: A desk.\nweight: "
                            + random.nextInt(9) + "\n---\n");
                }
            }
            case 25 -> {
                Path bundle = site.resolve("content/culture/bundle-" + random.nextInt(5));
                name = site.relativize(bundle).toString();
                if (Files.exists(bundle)) {
                    deleteTree(bundle);
                } else {
                    Files.createDirectories(bundle.resolve("images"));
                    Files.writeString(bundle.resolve("images/map.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
                    Files.writeString(bundle.resolve("index.md"), "---\ntitle: Bundle " + random.nextInt(100) + "\ndate: "
                            + date(List.of(2023, 2024)) + "\nauthor: Ana Lima\ntags: [soak-b, harbour]\n---\nA map: ![Map](images/map.svg)\n");
                }
            }
            case 26 -> key(article, "title", TITLES.get(random.nextInt(TITLES.size())));
            case 27 -> body(article, body -> body); // the same bytes written again: a new time, no change
            case 28 -> {
                String text = Files.readString(article);
                Matcher front = FRONT.matcher(text);
                if (front.find()) { // both builds refuse it, and the step is undone
                    Files.writeString(article, "---\n" + front.group(1) + "title: [unclosed\n---\n" + text.substring(front.end()));
                }
            }
            default -> tags(article, tags -> {
                tags.clear();
                tags.add(TAGS.get(random.nextInt(TAGS.size())));
            });
        }
        return kind + " " + name;
    }

    private String date(List<Integer> years) {
        return String.format(java.util.Locale.ROOT, "%d-%02d-%02dT%02d:%02d:00", years.get(random.nextInt(years.size())), 1 + random.nextInt(12),
                1 + random.nextInt(28), random.nextInt(24), List.of(0, 25, 59).get(random.nextInt(3)));
    }

    /** The key that dates {@code article}: {@code published} where it has one, as some do, else {@code date}. */
    private static String dateKey(Path article) throws IOException {
        return Files.readString(article).contains("\npublished:") ? "published" : "date";
    }

    private List<Path> articles() throws IOException {
        List<Path> articles = list(site.resolve("content"), ".md");
        articles.removeIf(file -> file.getFileName().toString().startsWith("_"));
        return articles;
    }

    private static List<Path> list(Path folder, String suffix) throws IOException {
        if (!Files.isDirectory(folder)) {
            return new ArrayList<>();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return new ArrayList<>(walk.filter(file -> file.toString().endsWith(suffix) && Files.isRegularFile(file)).sorted().toList());
        }
    }

    private static void body(Path article, UnaryOperator<String> edit) throws IOException {
        String text = Files.readString(article);
        Matcher front = FRONT.matcher(text);
        int end = front.find() ? front.end() : 0;
        Files.writeString(article, text.substring(0, end) + edit.apply(text.substring(end)));
    }

    /** Sets {@code key} of the article's front matter to {@code value}, or removes it (null) with its indented lines. */
    private static void key(Path article, String key, String value) throws IOException {
        String text = Files.readString(article);
        Matcher front = FRONT.matcher(text);
        if (!front.find()) {
            return;
        }
        String line = value == null ? "" : key + ": " + value + "\n";
        Matcher old = Pattern.compile("(?m)^" + Pattern.quote(key) + ":.*\\n(?:[ ]+.*\\n)*").matcher(front.group(1));
        String fields = old.find() ? old.replaceFirst(Matcher.quoteReplacement(line)) : front.group(1) + line;
        Files.writeString(article, "---\n" + fields + "---\n" + text.substring(front.end()));
    }

    private static void tags(Path article, java.util.function.Consumer<List<String>> edit) throws IOException {
        String text = Files.readString(article);
        List<String> tags = new ArrayList<>();
        Matcher inline = INLINE_TAGS.matcher(text);
        Matcher block = BLOCK_TAGS.matcher(text);
        if (inline.find()) {
            Arrays.stream(inline.group(1).split(",")).map(tag -> tag.strip().replaceAll("^[\"']|[\"']$", ""))
                    .filter(tag -> !tag.isEmpty()).forEach(tags::add);
        } else if (block.find()) {
            block.group(1).lines().map(line -> line.strip().substring(2).strip().replaceAll("^[\"']|[\"']$", ""))
                    .forEach(tags::add);
        }
        edit.accept(tags);
        key(article, "tags", "[" + String.join(", ", tags) + "]");
    }

    private static String move(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            return " (not moved)";
        }
        Files.createDirectories(to.getParent());
        Files.move(from, to);
        return " -> " + to.getFileName();
    }

    /** The paths below {@code a} or {@code b} that only one holds or that differ in type or bytes. */
    private static List<String> differ(Path a, Path b) throws IOException {
        TreeSet<String> paths = new TreeSet<>(relative(a));
        paths.addAll(relative(b));
        List<String> differ = new ArrayList<>();
        for (String path : paths) {
            Path x = a.resolve(path), y = b.resolve(path);
            boolean same = Files.isDirectory(x) ? Files.isDirectory(y)
                    : Files.isRegularFile(x) && Files.isRegularFile(y) && Files.mismatch(x, y) == -1;
            if (!same) {
                differ.add(path);
            }
        }
        return differ;
    }

    private static List<String> relative(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.map(path -> root.relativize(path).toString()).toList();
        }
    }

    private static void copyParts(Path from, Path to) throws IOException {
        for (String part : PARTS) {
            copyTree(from.resolve(part), to.resolve(part));
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
                    Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES);
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
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
