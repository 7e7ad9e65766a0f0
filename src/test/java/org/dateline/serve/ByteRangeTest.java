package org.dateline.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ByteRangeTest {

    @ParameterizedTest(name = "{0} of 100 bytes: {1}")
    @CsvSource(delimiter = '|', value = {
        "bytes=10-19|Part[range=ByteRange[first=10, last=19]]",
        "bytes=10-|Part[range=ByteRange[first=10, last=99]]",
        "bytes=-10|Part[range=ByteRange[first=90, last=99]]",
        "bytes=-500|Part[range=ByteRange[first=0, last=99]]",
        "bytes=90-500|Part[range=ByteRange[first=90, last=99]]",
        "bytes=99-99|Part[range=ByteRange[first=99, last=99]]",
        "bytes=100-|Unsatisfiable[]",
        "bytes=100-200|Unsatisfiable[]",
        "bytes=-0|Unsatisfiable[]",
        "bytes=20-10|Whole[]",
        "bytes=0-1,5-6|Whole[]",
        "items=0-1|Whole[]",
        "bytes=-|Whole[]",
        "bytes=a-b|Whole[]",
        "bytes=99999999999999999999-|Whole[]"})
    void takesOneRangeAndIgnoresWhatAStaticHostIgnores(String header, String asked) {
        assertEquals(asked, ByteRange.of(Optional.of(header), 100).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"bytes=0-|Unsatisfiable[]", "bytes=-5|Unsatisfiable[]"})
    void nothingOfAnEmptyFileCanBeAskedFor(String header, String asked) {
        assertEquals(asked, ByteRange.of(Optional.of(header), 0).toString());
    }

    @org.junit.jupiter.api.Test
    void noHeaderIsTheWholeFile() {
        assertEquals("Whole[]", ByteRange.of(Optional.empty(), 100).toString());
        assertEquals("bytes 10-19/100", new ByteRange(10, 19).contentRange(100));
    }
}
