package org.dateline.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.diag.SourcePosition;
import org.junit.jupiter.api.Test;

class KeyPositionsTest {

    private static Map<String, SourcePosition> written() {
        Map<String, SourcePosition> positions = new LinkedHashMap<>();
        positions.put(new String("title"), new SourcePosition("content/world/a.md", 2, 8));
        positions.put("tags", new SourcePosition("content/world/a.md", 5, 7));
        positions.put("date", new SourcePosition("content/world/a.md", 3, 7));
        return positions;
    }

    @Test
    void givesEveryPositionAsWrittenAndIsEqualToTheMapItWasMadeFrom() {
        Map<String, SourcePosition> small = KeyPositions.of(written());

        assertEquals(new SourcePosition("content/world/a.md", 2, 8), small.get("title"));
        assertEquals(new SourcePosition("content/world/a.md", 5, 7), small.get("tags"));
        assertNull(small.get("slug"));
        assertTrue(small.containsKey("date"));
        assertFalse(small.containsKey("slug"));
        assertEquals(SourcePosition.of("content/world/a.md"), small.getOrDefault("slug", SourcePosition.of("content/world/a.md")));
        assertEquals(List.of("title 2:8", "tags 5:7", "date 3:7"), small.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue().line() + ":" + e.getValue().column()).toList());
        assertEquals(written(), small);
        assertEquals(small, written());
        assertEquals(written().hashCode(), small.hashCode());
    }

    @Test
    void aKnownKeyReadFromElsewhereIsTheOneSharedString() {
        String title = KeyPositions.of(written()).keySet().iterator().next();
        assertSame("title", title);
    }

    @Test
    void positionsInSeveralFilesAreCopiedAsTheyAre() {
        Map<String, SourcePosition> mixed = new LinkedHashMap<>(written());
        mixed.put("image", new SourcePosition("data/authors.yaml", 1, 1));
        Map<String, SourcePosition> copy = KeyPositions.of(mixed);
        assertEquals(mixed, copy);
        assertEquals(new SourcePosition("data/authors.yaml", 1, 1), copy.get("image"));
    }
}
