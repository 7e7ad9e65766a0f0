package org.dateline.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.dateline.diag.Reporter;
import org.dateline.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server gives back the heap a large build grew: once right after the first build, before it serves. */
class HeapReturnTest {

    @TempDir
    Path tmp;

    @Test
    void theFirstBuildOfALargeSiteIsCollectedBeforeTheServerServes() {
        List<String> steps = new CopyOnWriteArrayList<>();
        HeapReturn heap = new HeapReturn(2, () -> steps.add("collected"));
        try (DevServer server = start(heap, rebuild -> steps.add("built " + rebuild.result().orElseThrow().articles()))) {
            // the build parsed its 2 articles (no cache): collected before its pages, and after it
            assertEquals(List.of("collected", "built 2", "collected"), steps);
        }
    }

    @Test
    void aBuildThatParsedALargeSitesArticlesIsCollectedBeforeItsPages() {
        List<String> steps = new CopyOnWriteArrayList<>();
        HeapReturn heap = new HeapReturn(2, () -> steps.add("collected"));
        Reporter reporter = heap.betweenStages(new Reporter.Silent() {
            @Override
            public void stage(String name, int count, Duration took) {
                steps.add(name + " " + count);
            }
        });
        reporter.stage("load", 2, Duration.ZERO);
        reporter.stage("render", 1, Duration.ZERO); // one article parsed, the other from the cache
        reporter.stage("render", 2, Duration.ZERO);
        reporter.stage("assemble", 40, Duration.ZERO);
        assertEquals(List.of("load 2", "render 1", "render 2", "collected", "assemble 40"), steps);
    }

    @Test
    void aSiteBelowTheThresholdIsNotCollected() {
        List<String> steps = new CopyOnWriteArrayList<>();
        HeapReturn heap = new HeapReturn(3, () -> steps.add("collected"));
        try (DevServer server = start(heap, rebuild -> steps.add("built " + rebuild.result().orElseThrow().articles()))) {
            assertEquals(List.of("built 2"), steps);
        }
    }

    @Test
    void theHeapIsShrunkThenLeftRoomForTheEditsAndTheRatiosRestored() {
        HotSpotDiagnosticMXBean bean = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        VMOption.Origin origin = bean.getVMOption("MaxHeapFreeRatio").getOrigin();
        assumeTrue(origin == VMOption.Origin.DEFAULT || origin == VMOption.Origin.MANAGEMENT,
                "the ratio was set on the command line, which the server keeps");
        assumeTrue(bean.getVMOption("MaxHeapFreeRatio").getValue().equals("70"), "the JVM's default is 70%");
        List<String> during = new CopyOnWriteArrayList<>();
        HeapReturn.shrinking(bean, () -> {
            during.add(bean.getVMOption("MinHeapFreeRatio").getValue());
            during.add(bean.getVMOption("MaxHeapFreeRatio").getValue());
        }, () -> 96L << 20).run();
        // shrunk to what is held (96 MB), then grown to keep 384 MB free: 384 / 480 = 80%
        assertEquals(List.of("10", "30", "80", "80"), during);
        // afterwards as before: left at 30%, every remark would shrink the heap the next edits need
        assertEquals("40", bean.getVMOption("MinHeapFreeRatio").getValue());
        assertEquals("70", bean.getVMOption("MaxHeapFreeRatio").getValue());
    }

    private DevServer start(HeapReturn heap, java.util.function.Consumer<Rebuild> listener) {
        Path site = TestSites.copy("serve", tmp);
        return DevServer.start(new ServeRequest(site, false, false, Optional.empty(), ServeRequest.LOOPBACK, 0,
                TestSites.CLOCK, false, Optional.empty()), Reporter.silent(), listener, HttpWorkers.standard(), heap);
    }
}
