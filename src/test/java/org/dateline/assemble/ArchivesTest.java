package org.dateline.assemble;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An archive period's path: the year as it is, a month's year and month padded as {@code /%04d/%02d/}. */
class ArchivesTest {

    @Test
    void aPeriodsPathPadsTheMonthsYearAndMonth() {
        assertEquals("/2024/", new Archives.Period(2024, 0, List.of()).path());
        assertEquals("/2024/06/", new Archives.Period(2024, 6, List.of()).path());
        assertEquals("/0987/11/", new Archives.Period(987, 11, List.of()).path());
        assertEquals("/-044/03/", new Archives.Period(-44, 3, List.of()).path());
        assertEquals("/12345/01/", new Archives.Period(12345, 1, List.of()).path());
    }
}
