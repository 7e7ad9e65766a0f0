package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.assemble.Site;
import org.dateline.assemble.Urls;
import org.dateline.config.SiteConfig;
import org.junit.jupiter.api.Test;

/** The horizon is taken from the last build only for the same dates and a clock before it. */
class HorizonTest {

    private static final Site EMPTY = new Site(SiteConfig.defaults(), new Urls(SiteConfig.defaults()), List.of(),
            List.of(), List.of(), List.of());

    private static ArticleStage.Result scheduled(String at) {
        return new ArticleStage.Result(List.of(), List.of(new Scheduled(Instant.parse(at), "content/a.md")), List.of(),
                Set.of(), 0, new IdentityHashMap<>(), Map.of());
    }

    @Test
    void theLastHorizonIsKeptForTheSameDatesBeforeItAndComputedAnewOtherwise() {
        Horizon horizon = new Horizon();
        assertEquals(Instant.MAX, horizon.at());
        Instant june = Instant.parse("2024-06-01T00:00:00Z");
        assertEquals(Instant.parse("2024-07-01T00:00:00Z"),
                horizon.next(scheduled("2024-07-01T00:00:00Z"), EMPTY, june, false).at());
        // the same dates, before the horizon: kept (the other schedule here shows it was not looked at)
        assertEquals(Instant.parse("2024-07-01T00:00:00Z"),
                horizon.next(scheduled("2024-06-20T00:00:00Z"), EMPTY, june.plusSeconds(60), true).at());
        // other dates: computed
        assertEquals(Instant.parse("2024-06-20T00:00:00Z"),
                horizon.next(scheduled("2024-06-20T00:00:00Z"), EMPTY, june.plusSeconds(120), false).at());
        // the clock at the horizon: computed, whatever the caller says of the dates
        assertEquals(Instant.parse("2024-08-01T00:00:00Z"), horizon.next(scheduled("2024-08-01T00:00:00Z"), EMPTY,
                Instant.parse("2024-06-20T00:00:00Z"), true).at());
        // a clock before the last build's: computed
        assertEquals(Optional.of(Instant.parse("2024-09-01T00:00:00Z")), horizon.next(scheduled("2024-09-01T00:00:00Z"),
                EMPTY, june, true).publication().map(Scheduled::at));
        assertEquals(Instant.parse("2024-09-01T00:00:00Z"), horizon.at());
    }
}
