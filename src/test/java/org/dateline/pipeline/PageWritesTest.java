package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.dateline.assemble.Route;
import org.junit.jupiter.api.Test;

/** Pages go to the workers in runs ({@link PageWrites#inRuns}): every page once, the answers in the pages' order. */
class PageWritesTest {

    @Test
    void everyRouteIsWorkedOnOnceAndTheAnswersKeepTheRoutesOrder() {
        List<Route> routes = new ArrayList<>();
        for (int i = 0; i < 70; i++) { // two full runs of 32 and a short one
            routes.add(new Route("p" + i + "/index.html", "article.peb", Map.of(), "test"));
        }
        Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
        try (Workers workers = new Workers(3)) {
            List<Boolean> answers = PageWrites.inRuns(workers, routes, route -> {
                calls.computeIfAbsent(route.outputPath(), path -> new AtomicInteger()).incrementAndGet();
                return route.outputPath().startsWith("p6");
            });
            List<Integer> yes = new ArrayList<>();
            for (int i = 0; i < answers.size(); i++) {
                if (answers.get(i)) {
                    yes.add(i);
                }
            }
            assertEquals(70, answers.size());
            assertEquals(List.of(6, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69), yes);
        }
        assertEquals(70, calls.size());
        assertEquals(List.of(1), calls.values().stream().map(AtomicInteger::get).distinct().toList());
    }

    @Test
    void noRoutesNoWork() {
        try (Workers workers = new Workers(2)) {
            assertEquals(List.of(), PageWrites.inRuns(workers, List.of(), route -> true));
        }
    }
}
