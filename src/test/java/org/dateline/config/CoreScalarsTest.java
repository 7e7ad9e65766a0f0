package org.dateline.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;

class CoreScalarsTest {

    private final CoreScalars quick = new CoreScalars();
    private final ScalarResolver library = new CoreSchema().getScalarResolver(); // as YamlReader had it

    @Test
    void typesValuesAsTheCoreSchemaDoes() {
        assertEquals(Tag.STR, quick.resolve("2024-05-31T20:25:00+03:00", true));
        assertEquals(Tag.STR, quick.resolve("2024-05-31 20:25", true));
        assertEquals(Tag.STR, quick.resolve("Council votes on the harbour budget", true));
        assertEquals(Tag.STR, quick.resolve("12 May", true));
        assertEquals(Tag.STR, quick.resolve("title", true));
        assertEquals(Tag.STR, quick.resolve("é", true));
        assertEquals(Tag.STR, quick.resolve("12", false));
        assertEquals(Tag.INT, quick.resolve("12", true));
        assertEquals(Tag.INT, quick.resolve("-7", true));
        assertEquals(Tag.INT, quick.resolve("0x1F", true));
        assertEquals(Tag.INT, quick.resolve("0o17", true));
        assertEquals(Tag.FLOAT, quick.resolve("1.5", true));
        assertEquals(Tag.FLOAT, quick.resolve("1e3", true));
        assertEquals(Tag.FLOAT, quick.resolve(".5", true));
        assertEquals(Tag.FLOAT, quick.resolve("-.inf", true));
        assertEquals(Tag.FLOAT, quick.resolve(".NaN", true));
        assertEquals(Tag.BOOL, quick.resolve("true", true));
        assertEquals(Tag.BOOL, quick.resolve("False", true));
        assertEquals(Tag.NULL, quick.resolve("null", true));
        assertEquals(Tag.NULL, quick.resolve("", true));
        assertEquals(Tag.NULL, quick.resolve("~", true));
        assertEquals(Tag.NULL, quick.resolve("NULL", true));
        assertEquals(Tag.NULL, quick.resolve(" ", true));
        assertEquals(Tag.MERGE, quick.resolve("<<", true)); // YamlReader's schema turns it into a string
        assertEquals(Tag.ENV_TAG, quick.resolve("${HOME}", true));
    }

    @Test
    void answersWithoutPatternsOnlyWhereTheAnswerIsCertain() {
        assertTrue(quick.certain("Council votes"));
        assertTrue(quick.certain("2024-05-31T20:25:00+03:00"));
        assertTrue(quick.certain("-1 point"));
        assertFalse(quick.certain("2024"));
        assertFalse(quick.certain("1e3"));
        assertFalse(quick.certain("title")); // `t` may start true
        assertFalse(quick.certain("null"));
        assertFalse(quick.certain(""));
        assertFalse(quick.certain("~"));
        assertFalse(quick.certain("Null"));
        assertFalse(quick.certain("${X}"));
    }

    @Test
    void agreesWithTheLibraryOnMixedValues() {
        String[] pieces = {"a", "t", "n", "Z", "7", "0", "x", "o", "e", "E", ".", "+", "-", "~", ":", " ", "T", "inf",
            "nan", "NaN", "true", "null", "$", "{", "}", "<<", "é", "—", "\u0000", "_", "2024-05-31", "12:30", "0x1F"};
        Random random = new Random(20261203L);
        for (int round = 0; round < 50_000; round++) {
            StringBuilder value = new StringBuilder();
            int count = random.nextInt(5);
            for (int i = 0; i < count; i++) {
                value.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = value.toString();
            assertEquals(library.resolve(text, true), quick.resolve(text, true), text);
        }
    }
}
