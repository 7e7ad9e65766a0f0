package org.dateline.parse;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.diag.SourcePosition;
import org.dateline.testing.RecordEquality;
import org.junit.jupiter.api.Test;

/** The written-out equals and hashCode of the records an edit compares: as the records' own, component by component. */
class ArticleMetaEqualityTest {

    private static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2024-05-31T18:30+02:00");

    @Test
    void articleMetaComparesEveryComponent() {
        ArticleMeta meta = new ArticleMeta("Polls close", PUBLISHED, Optional.of(PUBLISHED.plusHours(2)),
                Optional.of(PUBLISHED.plusDays(30)), List.of("Selin Atay"), "Newsroom", "Counting starts.",
                "World", List.of("elections", "turnout"), "polls-close", false,
                Optional.of(new LeadImage("/img/polls.jpg", "A queue", "Voters", "Staff")), "Ankara",
                List.of(new Notice(PUBLISHED.plusHours(3), "A name was misspelt.")),
                List.of(new Notice(PUBLISHED.plusHours(1), "Turnout added.")), Map.of("mood", "calm"),
                Map.of("title", new SourcePosition("content/world/polls.md", 2, 8)), List.of("news"),
                "/world/polls/", List.of("/old/polls/"), Map.of("Selin Atay", "https://example.org/selin"));
        RecordEquality.assertComponentwise(meta, Map.ofEntries(
                Map.entry("title", "Polls open"),
                Map.entry("published", PUBLISHED.plusMinutes(1)),
                Map.entry("updated", Optional.empty()),
                Map.entry("expires", Optional.empty()),
                Map.entry("authors", List.of("Selin Atay", "Deniz Kaya")),
                Map.entry("source", "Wire"),
                Map.entry("description", "Counting ends."),
                Map.entry("section", "Politics"),
                Map.entry("tags", List.of("turnout", "elections")),
                Map.entry("slug", "polls-open"),
                Map.entry("draft", true),
                Map.entry("image", Optional.of(new LeadImage("/img/polls.jpg", "A queue", "Voters", "Agency"))),
                Map.entry("location", "Izmir"),
                Map.entry("corrections", List.of()),
                Map.entry("updates", List.of(new Notice(PUBLISHED.plusHours(1), "Turnout revised."))),
                Map.entry("params", Map.of("mood", "tense")),
                Map.entry("positions", Map.of("title", new SourcePosition("content/world/polls.md", 3, 8))),
                Map.entry("categories", List.of()),
                Map.entry("url", ""),
                Map.entry("aliases", List.of()),
                Map.entry("authorUrls", Map.of())));
    }

    @Test
    void leadImageComparesEveryComponent() {
        RecordEquality.assertComponentwise(new LeadImage("/img/a.jpg", "A", "Caption", "Credit"), Map.of(
                "src", "/img/b.jpg", "alt", "B", "caption", "Other caption", "credit", "Other credit"));
    }

    @Test
    void sourcePositionComparesEveryComponent() {
        RecordEquality.assertComponentwise(new SourcePosition("content/a.md", 3, 7), Map.of(
                "file", "content/b.md", "line", 4, "column", 8));
    }
}
