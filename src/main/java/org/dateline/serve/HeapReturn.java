package org.dateline.serve;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.Optional;

/**
 * How the server gives back the memory a build of a large site took. What it keeps between builds
 * (the site's model, what each page reaches, the warm engines) is a few hundred megabytes at 10,000
 * articles, but a build allocates gigabytes of short-lived pages, and the JVM grows the heap for them
 * and keeps it: left alone, a server that has just built is as large as the build's peak, and the
 * next edits grow it further. So after a large build the server collects once, and first lowers the
 * share of the heap the JVM keeps free after a full collection ({@code MaxHeapFreeRatio}, 70% by
 * default, so that a heap nine-tenths garbage is not shrunk at all) to {@value #MAX_FREE_PERCENT}%:
 * the heap then shrinks to about what the server holds, and the edits grow it from there.
 *
 * <p>Both ratios are manageable HotSpot options, set through its diagnostic bean for the whole JVM
 * (the server owns its process); on a JVM without that bean the collection still runs, only gives
 * back less. Options given on the command line ({@code -XX:MaxHeapFreeRatio=...}) are kept.
 */
final class HeapReturn {

    static final int MAX_FREE_PERCENT = 30;
    static final int MIN_FREE_PERCENT = 10;

    /** From this many articles a build's garbage is worth a collection of its own. */
    static final int LARGE_SITE = 1_000;

    private final int largeSite;
    private final Runnable collect;

    /**
     * @param largeSite from how many articles a build is followed by a collection
     * @param collect the full collection ({@link System#gc()}; tests count the calls instead)
     */
    HeapReturn(int largeSite, Runnable collect) {
        this.largeSite = largeSite;
        this.collect = collect;
    }

    static HeapReturn standard() {
        bean().ifPresent(HeapReturn::lowerRatios);
        return new HeapReturn(LARGE_SITE, System::gc);
    }

    /** Whether a build of {@code articles} articles leaves enough garbage to collect. */
    boolean worth(int articles) {
        return articles >= largeSite;
    }

    /** Collects the last build's garbage, so the heap shrinks. Only on the rebuild thread: never during a build. */
    void giveBack() {
        collect.run();
    }

    private static Optional<HotSpotDiagnosticMXBean> bean() {
        try {
            return Optional.ofNullable(ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class));
        } catch (RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }

    /** The minimum first: the JVM refuses a maximum below the minimum. */
    private static void lowerRatios(HotSpotDiagnosticMXBean bean) {
        try {
            if (isDefault(bean, "MinHeapFreeRatio") && isDefault(bean, "MaxHeapFreeRatio")) {
                bean.setVMOption("MinHeapFreeRatio", Integer.toString(MIN_FREE_PERCENT));
                bean.setVMOption("MaxHeapFreeRatio", Integer.toString(MAX_FREE_PERCENT));
            }
        } catch (RuntimeException e) {
            // another VM, or the options are not manageable there: the heap is given back less
        }
    }

    private static boolean isDefault(HotSpotDiagnosticMXBean bean, String option) {
        return bean.getVMOption(option).getOrigin() == com.sun.management.VMOption.Origin.DEFAULT;
    }
}
