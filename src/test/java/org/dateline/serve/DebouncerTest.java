package org.dateline.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Editor save patterns become one rebuild with the set of changed paths; time is a {@link FakeScheduler}. */
class DebouncerTest {

    private final FakeScheduler clock = new FakeScheduler();
    private final List<Set<Path>> rebuilds = new ArrayList<>();
    private final Debouncer debouncer = new Debouncer(Duration.ofMillis(30), Duration.ofMillis(300), clock, rebuilds::add);

    private void event(String... paths) {
        debouncer.offer(Stream.of(paths).map(Path::of).toList());
    }

    private static Set<Path> paths(String... paths) {
        return Stream.of(paths).map(Path::of).collect(Collectors.toSet());
    }

    @Test
    void oneSaveIsOneRebuildOnceTheBurstIsQuiet() {
        event("content/world/floods.md");
        clock.advance(29);
        assertEquals(List.of(), rebuilds);
        clock.advance(1);
        assertEquals(List.of(paths("content/world/floods.md")), rebuilds);
    }

    @Test
    void writeTemporaryThenRenameIsOneRebuild() {
        // Vim, IntelliJ and many others: write a scratch file, delete the old one, rename the new one in
        event("content/world/floods.md~");
        clock.advance(2);
        event("content/world/floods.md");
        clock.advance(1);
        event("content/world/floods.md");
        clock.advance(5);
        event("content/world/floods.md");
        clock.advance(100);
        assertEquals(List.of(paths("content/world/floods.md~", "content/world/floods.md")), rebuilds);
    }

    @Test
    void deleteThenCreateIsOneRebuild() {
        event("templates/article.peb");
        clock.advance(10);
        event("templates/article.peb");
        clock.advance(30);
        assertEquals(List.of(paths("templates/article.peb")), rebuilds);
    }

    @Test
    void aBurstOverManyFilesIsOneRebuildWithAllOfThem() {
        for (int i = 0; i < 20; i++) {
            event("content/world/story-" + i + ".md", "static/theme/dateline.css");
            clock.advance(5);
        }
        clock.advance(30);
        assertEquals(1, rebuilds.size());
        assertEquals(21, rebuilds.get(0).size());
    }

    @Test
    void anEndlessStreamOfEventsStillRebuildsAtTheLongestWait() {
        for (int i = 0; i < 100; i++) {
            event("content/world/live-" + i + ".md");
            clock.advance(10);
        }
        // 1000 ms of events every 10 ms: a rebuild at 300, 600 and 900 ms, the rest waits for quiet
        assertEquals(3, rebuilds.size());
        assertEquals(30, rebuilds.get(0).size());
        clock.advance(30);
        assertEquals(4, rebuilds.size());
        assertEquals(100, rebuilds.stream().mapToInt(Set::size).sum());
    }

    @Test
    void changesAfterARebuildStartANewBurst() {
        event("content/a.md");
        clock.advance(30);
        event("content/b.md");
        clock.advance(30);
        assertEquals(List.of(paths("content/a.md"), paths("content/b.md")), rebuilds);
    }

    @Test
    void nothingChangedIsNoRebuild() {
        debouncer.offer(List.of());
        clock.advance(1000);
        assertEquals(List.of(), rebuilds);
    }
}
