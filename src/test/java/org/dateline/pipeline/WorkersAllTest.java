package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** {@link Workers#all}: every task runs before it returns, and a task's failure is the caller's. */
class WorkersAllTest {

    @Test
    void everyTaskHasRunWhenItReturns() {
        Set<String> ran = ConcurrentHashMap.newKeySet();
        try (Workers workers = new Workers(2)) {
            workers.all(List.of(() -> ran.add("cache pruned"), () -> ran.add("state written")));
        }
        assertEquals(Set.of("cache pruned", "state written"), ran);
    }

    @Test
    void aTasksFailureIsThrownToTheCaller() {
        try (Workers workers = new Workers(2)) {
            IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> workers.all(List.of(() -> { },
                    () -> {
                        throw new IllegalStateException("disk gone");
                    })));
            assertEquals("disk gone", thrown.getMessage());
        }
    }
}
