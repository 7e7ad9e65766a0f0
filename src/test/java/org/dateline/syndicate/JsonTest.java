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

    @Test
    void refusesWhatIsNotJson() {
        assertThrows(IllegalArgumentException.class, () -> Json.write(new Object()));
    }
}
