package org.dateline.serve;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.dateline.diag.Problem;
import org.dateline.diag.Reporter;

/**
 * How the server gives back the memory a build of a large site took. What it keeps between builds
 * (the site's model, what each page reaches, the warm engines) is about 100 MB of heap at 10,000
 * articles, but a build allocates gigabytes of short-lived pages, and the JVM grows the heap for them
 * and keeps it: left alone, a server that has just built is as large as the build's peak, and the
 * next edits grow it further. So after a large build the server collects, having lowered the share
 * of the heap the JVM keeps free after a full collection ({@code MaxHeapFreeRatio}, 70% by default,
 * so that a heap nine-tenths garbage is not shrunk at all) to {@value #MAX_FREE_PERCENT}%: the heap
 * shrinks to about what the server holds. Then it collects again with the ratios set to leave
 * {@value #HEADROOM_MB} MB free, so the edits run without collections, and restores the ratios.
 *
 * <p>Both ratios are manageable HotSpot options, set through its diagnostic bean for the whole JVM
 * (the server owns its process); on a JVM without that bean the collection still runs, only gives
 * back less. Options given on the command line ({@code -XX:MaxHeapFreeRatio=...}) are kept.
 */
final class HeapReturn {

    static final int MAX_FREE_PERCENT = 30;
    static final int MIN_FREE_PERCENT = 10;
    /** What the heap keeps free for the edits after the server collects. */
    static final long HEADROOM_MB = 384;

    /** The engine's stage that parses and renders articles: its count is how many it parsed. */
    static final String RENDER_STAGE = "render";

    /** From this many articles a build's garbage is worth a collection of its own. */
    static final int LARGE_SITE = 1_000;

    private final int largeSite;
    private final Runnable collect;

    /**
     * @param largeSite from how many articles a build is followed by a collection
     * @param collect the full collection ({@link #shrinking}; tests count the calls instead)
     */
    HeapReturn(int largeSite, Runnable collect) {
        this.largeSite = largeSite;
        this.collect = collect;
    }

    static HeapReturn standard() {
        java.lang.management.MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        return new HeapReturn(LARGE_SITE, bean().map(bean -> shrinking(bean, System::gc,
                () -> memory.getHeapMemoryUsage().getUsed())).orElse(System::gc));
    }

    /** Whether a build of {@code articles} articles leaves enough garbage to collect. */
    boolean worth(int articles) {
        return articles >= largeSite;
    }

    /** Collects the last build's garbage, so the heap shrinks. Only on the rebuild thread: between builds or {@link #betweenStages}. */
    void giveBack() {
        collect.run();
    }

    /**
     * {@code reporter}, which also gives the heap back when a build has parsed and rendered a large
     * site's articles ({@value #RENDER_STAGE} stage with at least {@link #worth} articles parsed, not
     * taken from the cache), before it assembles and renders the pages: the pages then grow the heap
     * from what the build holds rather than on top of the articles' garbage (without it, a first build
     * that filled the cache of 10,000 articles peaked at 1.22 times a {@code build --no-cache} on a
     * quiet machine). The engine reports its stages on the thread that builds, between them: no worker
     * is running then.
     */
    Reporter betweenStages(Reporter reporter) {
        return new Reporter() {
            @Override
            public void debug(Supplier<String> message) {
                reporter.debug(message);
            }

            @Override
            public void info(String message) {
                reporter.info(message);
            }

            @Override
            public void warn(Problem problem) {
                reporter.warn(problem);
            }

            @Override
            public void stage(String name, int count, Duration took) {
                reporter.stage(name, count, took);
                if (name.equals(RENDER_STAGE) && worth(count)) {
                    giveBack();
                }
            }

            @Override
            public void progress(String stage, int done, int total) {
                reporter.progress(stage, done, total);
            }
        };
    }

    /**
     * {@code gc} with the ratios lowered for its length only, then once more to leave the next edits
     * {@value #HEADROOM_MB} MB free: kept lowered, or the heap kept at what the server holds, every
     * edit paid for young collections and concurrent cycles (measured at 10,000 articles: 246–285 ms a
     * body edit, against 163 ms in a heap the first build had grown).
     *
     * @param used the heap in use, read after the first collection (what the server holds)
     */
    static Runnable shrinking(HotSpotDiagnosticMXBean bean, Runnable gc, java.util.function.LongSupplier used) {
        return () -> {
            String min = bean.getVMOption("MinHeapFreeRatio").getValue();
            String max = bean.getVMOption("MaxHeapFreeRatio").getValue();
            boolean lowered = lowerRatios(bean);
            try {
                gc.run();
                if (lowered) {
                    long headroom = HEADROOM_MB << 20;
                    String free = Long.toString(Math.min(90, (100 * headroom + used.getAsLong() + headroom - 1)
                            / (used.getAsLong() + headroom)));
                    setRatios(bean, free, free); // a full collection grows the heap to keep that share free
                    gc.run();
                }
            } finally {
                if (lowered) {
                    setRatios(bean, min, max);
                }
            }
        };
    }

    private static Optional<HotSpotDiagnosticMXBean> bean() {
        try {
            return Optional.ofNullable(ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class));
        } catch (RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }

    /** Whether the ratios were lowered: not when given on the command line, or on a VM that refuses. */
    private static boolean lowerRatios(HotSpotDiagnosticMXBean bean) {
        try {
            if (isDefault(bean, "MinHeapFreeRatio") && isDefault(bean, "MaxHeapFreeRatio")) {
                setRatios(bean, Integer.toString(MIN_FREE_PERCENT), Integer.toString(MAX_FREE_PERCENT));
                return true;
            }
        } catch (RuntimeException e) {
            // another VM, or the options are not manageable there: the heap is given back less
        }
        return false;
    }

    /** The minimum first when lowering and last when raising: the JVM refuses a maximum below the minimum. */
    private static void setRatios(HotSpotDiagnosticMXBean bean, String min, String max) {
        if (Integer.parseInt(max) < Integer.parseInt(bean.getVMOption("MinHeapFreeRatio").getValue())) {
            bean.setVMOption("MinHeapFreeRatio", min);
            bean.setVMOption("MaxHeapFreeRatio", max);
        } else {
            bean.setVMOption("MaxHeapFreeRatio", max);
            bean.setVMOption("MinHeapFreeRatio", min);
        }
    }

    /** Set by nobody yet, or by this class: a value given on the command line is the user's. */
    private static boolean isDefault(HotSpotDiagnosticMXBean bean, String option) {
        com.sun.management.VMOption.Origin origin = bean.getVMOption(option).getOrigin();
        return origin == com.sun.management.VMOption.Origin.DEFAULT || origin == com.sun.management.VMOption.Origin.MANAGEMENT;
    }
}
