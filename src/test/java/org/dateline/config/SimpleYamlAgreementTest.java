package org.dateline.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Optional;
import java.util.Random;
import org.dateline.diag.DatelineException;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

/**
 * Random front matter built from the characters that matter to YAML: whatever {@link SimpleYaml}
 * accepts, the library must read to the same nodes (never reject), else the fast way changed what a
 * site means. The seed is fixed, so a failure names its input and happens again.
 */
class SimpleYamlAgreementTest {

    private static final String FILE = "content/a.md";
    private static final String[] KEYS = {"title", "tags", "date", "draft", "a_b", "Key-2", "true", "1", "x y", "é"};
    private static final String[] PIECES = {"a", "Z", "7", "0x1F", ".5", "1e3", "-", "~", "null", "yes", "true", "False",
        " ", "  ", ":", ": ", "#", " #", ",", "[", "]", "{", "}", "'", "\"", "\\", "?", "!", "&", "*", "|", ">", "%", "@",
        "`", "é", "—", "😀", "\t", "2024-05-01", "12:30", "[a, b]", "[]", "'x'", "\"y\"", "''", "-1", "+1", ".inf",
        ".NaN", "\u00a0", "\u2028", "\u0085", "\ufeff"};

    private final YamlReader reader = new YamlReader(100_000, true);
    private final ScalarResolver resolver = new org.snakeyaml.engine.v2.schema.CoreSchema().getScalarResolver();

    @Test
    void whatTheFastWayReadsTheLibraryReadsTheSame() {
        Random random = new Random(20261130L);
        int accepted = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder yaml = new StringBuilder();
            int lines = 1 + random.nextInt(4);
            for (int line = 0; line < lines; line++) {
                if (random.nextInt(10) == 0) {
                    yaml.append(random.nextBoolean() ? "# note" : "").append('\n');
                    continue;
                }
                yaml.append(KEYS[random.nextInt(KEYS.length)]).append(random.nextInt(8) == 0 ? ":" : ": ");
                int pieces = 1 + random.nextInt(5);
                for (int p = 0; p < pieces; p++) {
                    yaml.append(PIECES[random.nextInt(PIECES.length)]);
                }
                yaml.append(random.nextInt(6) == 0 ? "" : "\n");
            }
            String text = yaml.toString();
            Optional<YamlNode> simple = SimpleYaml.read(text, FILE, 2, resolver);
            if (simple.isEmpty()) {
                continue;
            }
            accepted++;
            try {
                assertEquals(reader.readWithLibrary(text, FILE, 2), simple.get(), text);
            } catch (DatelineException e) {
                fail("the fast way read what the library rejects: " + text.replace("\n", "\\n") + " → "
                        + e.problems().get(0).format());
            }
        }
        // the generator must reach the fast way often, or the test proves nothing
        assertEquals(true, accepted > 1_000, "only " + accepted + " inputs were of the simple kind");
    }
}
