import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.dateline.diag.Reporter;
import org.dateline.pipeline.BuildRequest;
import org.dateline.pipeline.Engine;

/**
 * The dev server's engine in one JVM, without HTTP, watcher or debounce: builds a generated corpus
 * (bench/GenerateCorpus.java) once, then rebuilds after N body edits of one article and M tag edits (default 1),
 * each told the changed file as the watcher tells it, and prints each rebuild's wall and process CPU
 * time, and the median of the last half of the body edits (the JIT warm). Not part of `mvn verify`.
 *
 * <p>Run: {@code java -cp target/dateline.jar bench/WarmBench.java target/bench/serve-corpus-10000 [edits [tag-edits]]}
 */
public final class WarmBench {

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]).toAbsolutePath();
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int tagEditCount = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        Path output = Files.createTempDirectory("dateline-warm-bench").resolve("site");
        BuildRequest request = new BuildRequest(corpus, output, false, false, Optional.empty(), Clock.systemUTC(),
                Optional.of(BuildRequest.defaultCache(corpus)));
        Path article;
        try (Stream<Path> files = Files.list(corpus.resolve("content/world"))) {
            article = files.filter(p -> p.getFileName().toString().startsWith("story-0-")).findFirst().orElseThrow();
        }
        Path changed = corpus.relativize(article);
        String original = Files.readString(article, StandardCharsets.UTF_8);
        try (Engine engine = Engine.forServer(request, Reporter.silent())) {
            time("first build", engine::build);
            List<Double> late = new ArrayList<>();
            for (int i = 1; i <= edits; i++) {
                Files.writeString(article, original + "\nA new paragraph " + i + ".\n", StandardCharsets.UTF_8);
                double ms = time("body edit " + i, () -> engine.rebuild(List.of(changed)));
                if (i > edits / 2) {
                    late.add(ms);
                }
            }
            Collections.sort(late);
            System.out.printf("body edit median of the last %d: %.0f ms wall%n", late.size(), late.get(late.size() / 2));
            List<Double> tagEdits = new ArrayList<>();
            for (int i = 1; i <= tagEditCount; i++) { // the second tag moves to and fro: each edit leaves one tag, joins another
                String tag = "warm-bench-tag-" + (i % 2 == 1 ? "a" : "b");
                Files.writeString(article, original.replaceFirst("tags: \\[([^,\\]]+), [^\\]]+\\]", "tags: [$1, " + tag + "]"),
                        StandardCharsets.UTF_8);
                tagEdits.add(time("tag edit " + i, () -> engine.rebuild(List.of(changed))));
            }
            Collections.sort(tagEdits);
            System.out.printf("tag edit median of %d: %.0f ms wall%n", tagEdits.size(), tagEdits.get(tagEdits.size() / 2));
        } finally {
            Files.writeString(article, original, StandardCharsets.UTF_8);
        }
    }

    private static double time(String what, Supplier<?> build) {
        long wall = System.nanoTime();
        long cpu = cpu();
        build.get();
        double ms = (System.nanoTime() - wall) / 1e6;
        System.out.printf("%s: %.0f ms wall, %d ms CPU (all threads)%n", what, ms, (cpu() - cpu) / 1_000_000);
        return ms;
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
