package org.dateline.syndicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.testing.JsonDocs;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void writesObjectsInTheirOrderAndEveryValueKind() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("b", 1);
        map.put("a", List.of(true, false, "x"));
        map.put("c", Map.of());
        assertEquals("{\"b\":1,\"a\":[true,false,\"x\"],\"c\":{}}", Json.write(map));
    }

    @Test
    void escapesForJsonAndForAnHtmlScriptElement() {
        String hostile = "</script><!-- \"q\" \\ & '\u2028\u2029\n\t\u0001\u007f";
        String written = Json.write(hostile);
        assertEquals("\"\\u003c/script\\u003e\\u003c!-- \\\"q\\\" \\\\ \\u0026 '\\u2028\\u2029\\n\\t\\u0001\\u007f\"", written);
        for (String unsafe : List.of("<", ">", "&", "\u2028", "\u2029", "\n")) {
            assertFalse(written.contains(unsafe), unsafe);
        }
        assertEquals(hostile, JsonDocs.parse(written));
    }

    @Test
    void keepsSurrogatePairsAndEscapesLoneSurrogates() {
        assertEquals("\"\uD83D\uDCF0\"", Json.write("\uD83D\uDCF0"));
        assertEquals("\"a\\ud83db\\udcf0\"", Json.write("a\uD83Db\uDCF0"));
    }

    /** Strings are read as a copy of their characters, runs with nothing to escape appended whole. */
    @Test
    void escapesTextPastLatin1AtEveryPlaceOfARun() {
        assertEquals("\"\"", Json.write(""));
        assertEquals("\"\u201cQ\u201d \u2014 \u65e5\u672c \uD83D\uDE00 \\u003c\\u0026\\u003e \\u2028\"",
                Json.write("\u201cQ\u201d \u2014 \u65e5\u672c \uD83D\uDE00 <&> \u2028"));
        assertEquals("\"\\ude00x\\ud83d\"", Json.write("\uDE00x\uD83D")); // lone at both ends
        assertEquals("\"\uD83D\uDE00\\n\uD83D\uDE00\"", Json.write("\uD83D\uDE00\n\uD83D\uDE00")); // pairs at both ends
        assertEquals("\"\\\"" + "\u2014".repeat(5000) + "\\\\\"", Json.write("\"" + "\u2014".repeat(5000) + "\\"));
    }

    @Test
    void refusesWhatIsNotJson() {
        assertThrows(IllegalArgumentException.class, () -> Json.write(new Object()));
    }
}
