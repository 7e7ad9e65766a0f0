package org.dateline.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.dateline.assemble.Route;
import org.dateline.write.KeptOutput;
import org.dateline.write.OutputManifest;
import org.dateline.write.Staging;

/**
 * How the dev server's rebuilds keep their writes proportional to the edit: the pages a rebuild did
 * not make again are taken over from the kept output in one pass ({@link Staging#keepUnchanged}),
 * not one worker task each; and after its first build the server keeps a copy of its output
 * ({@link KeptOutput#keep}), so that its first rebuild is such a rebuild too. And how any build hands
 * its pages to the workers: in runs, not a task each ({@link #inRuns}).
 */
final class PageWrites {

    private PageWrites() {
    }

    /**
     * Takes over from the kept output every route {@code trusted} accepts whose key is the one recorded
     * for its file ({@link Staging#keepUnchanged}), in one pass: no map of their keys nor set of the
     * pages kept between (on a fresh JVM's edit of the 10,000-article site, 13,882 of 13,885 files).
     *
     * @return the other routes, in their order: they are reused or rendered
     */
    static List<Route> keepTrusted(Staging staging, List<Route> routes, Map<String, String> keyByPath,
                                   Predicate<String> trusted) {
        List<Route> rest = new java.util.ArrayList<>();
        for (Route route : routes) {
            if (!kept(staging, route.outputPath(), keyByPath, trusted)) {
                rest.add(route);
            }
        }
        return rest;
    }

    // one route a call: compiled after a few hundred calls, where a loop run once stays in the interpreter
    private static boolean kept(Staging staging, String path, Map<String, String> keyByPath, Predicate<String> trusted) {
        return trusted.test(path) && staging.keepUnchanged(path, keyByPath.get(path));
    }

    /** How many routes one worker task takes in {@link #inRuns}. */
    static final int RUN = 32;

    /**
     * Applies {@code work} to every route on the workers, {@link #RUN} routes a task: a rebuild after an
     * edit reuses almost every one of 14,000 pages, a few stats each, where a task per page cost more
     * in queueing and waking than the stats did.
     *
     * @return {@code work}'s answers, in the routes' order
     */
    static List<Boolean> inRuns(Workers workers, List<Route> routes, Predicate<Route> work) {
        List<List<Route>> runs = new java.util.ArrayList<>((routes.size() + RUN - 1) / RUN);
        for (int from = 0; from < routes.size(); from += RUN) {
            runs.add(routes.subList(from, Math.min(from + RUN, routes.size())));
        }
        List<Boolean> answers = new java.util.ArrayList<>(routes.size());
        workers.map(runs, run -> {
            Boolean[] done = new Boolean[run.size()];
            for (int i = 0; i < done.length; i++) {
                done[i] = work.test(run.get(i));
            }
            return List.of(done);
        }).forEach(answers::addAll);
        return answers;
    }

    /**
     * After a build of the dev server, keeps a copy of the live output beside it when none is kept;
     * true when it made one, which then holds exactly the files of {@code live}. A copy that cannot be
     * made (a full disk) is no copy: the build stands, and the next one links every file anew.
     */
    static boolean keepCopy(Path output, OutputManifest live) {
        try {
            return KeptOutput.keep(output, live);
        } catch (IOException | UncheckedIOException e) {
            return false; // no harm done: the next rebuild links every file into a new folder, as without a copy
        }
    }

    /**
     * Renders {@code route}, keyed {@code key}, and writes it under the key {@code keys} give for what it read
     * and holds ({@link ContextKeys#written}), noted in {@code writtenAs}: what the next build expects (the
     * server's, whose last keys are these). A template failure is noted in {@code failures}, nothing written.
     */
    static void render(Staging staging, PageFailures failures, PlannedBuild plan, ContextKeys keys, Route route,
                       String key, Map<String, String> writtenAs) {
        failures.render(plan.pages(), plan.refs(), route).ifPresent(page -> {
            String as = keys.written(route, key, page.read(), page.links());
            staging.write(route.outputPath(), as, page.bytes());
            writtenAs.put(route.outputPath(), as);
        });
    }
}
