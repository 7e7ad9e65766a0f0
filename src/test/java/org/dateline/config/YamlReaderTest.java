package org.dateline.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.diag.DatelineException;
import org.dateline.diag.Problem;
import org.dateline.diag.SourcePosition;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.exceptions.Mark;

class YamlReaderTest {

    private final YamlReader reader = new YamlReader(100_000);

    /** Reads {@code yaml} as front matter, which starts on line 2 of the file after the opening {@code ---}. */
    private YamlNode.Mapping frontMatter(String yaml) {
        return assertInstanceOf(YamlNode.Mapping.class, reader.read(yaml, "content/a.md", 2));
    }

    private Problem refused(String yaml) {
        DatelineException e = assertThrows(DatelineException.class, () -> reader.read(yaml, "content/a.md", 2));
        assertEquals(1, e.problems().size());
        return e.problems().get(0);
    }

    @Test
    void convertsZeroBasedMarksOfTheYamlBlockToOneBasedFilePositions() {
        YamlReader.Located located = new YamlReader.Located("content/a.md", 2);
        Mark thirdLineOfBlock = new Mark("yaml", 0, 2, 7, new int[0], 0);
        assertEquals(new SourcePosition("content/a.md", 4, 8), located.position(thirdLineOfBlock));
    }

    @Test
    void placesAValueOnTheThirdLineOfTheBlockOnLineFourOfTheFile() {
        YamlNode.Mapping map = frontMatter("title: A\ndate: 2024-05-01\nsource: Newsroom\n");
        YamlNode.Entry source = map.find("source").orElseThrow();
        assertEquals(new SourcePosition("content/a.md", 4, 1), source.keyPosition());
        assertEquals(new SourcePosition("content/a.md", 4, 9), source.value().position());
    }

    @Test
    void countsColumnsInCodePoints() {
        YamlNode.Mapping map = frontMatter("tags: [\uD83D\uDE00, b]\n");
        YamlNode.Sequence tags = assertInstanceOf(YamlNode.Sequence.class, map.find("tags").orElseThrow().value());
        assertEquals(new SourcePosition("content/a.md", 2, 11), tags.items().get(1).position());
    }

    @Test
    void positionsSyntaxErrorsInTheFile() {
        Problem problem = refused("title: A\n  date: 2024-05-01\n");
        assertEquals("error: content/a.md:3:7: invalid YAML: mapping values are not allowed here"
                + " (hint: check the indentation and quote values that contain `:` or `#`)", problem.format());
    }

    @Test
    void namesBothLinesOfADuplicateKey() {
        Problem problem = refused("title: A\nsource: B\ntitle: C\n");
        assertEquals(new SourcePosition("content/a.md", 4, 1), problem.position());
        assertEquals("duplicate key `title` (first given on line 2)", problem.message());
        assertEquals(Optional.of("keep one of the two"), problem.hint());
    }

    @Test
    void refusesAnchorsAndAliases() {
        Problem problem = refused("title: &t A\nsource: *t\n");
        assertEquals("error: content/a.md:2:8: YAML anchors and aliases (`&name`, `*name`) are not allowed"
                + " (hint: write the value out in full)", problem.format());
    }

    @Test
    void refusesAliasesOfCollectionsWhileComposing() {
        Problem problem = refused("a: &a [x, x]\nb: [*a, *a]\n");
        assertEquals(new SourcePosition("content/a.md", 2, 1), problem.position());
        assertEquals("invalid YAML: Number of aliases for non-scalar nodes exceeds the specified max=0", problem.message());
    }

    @Test
    void refusesLocalTags() {
        Problem problem = refused("title: !shout A\n");
        assertEquals("error: content/a.md:2:8: YAML tag `!shout` is not allowed"
                + " (hint: remove the `!` tag; plain values are enough)", problem.format());
    }

    @Test
    void refusesLanguageSpecificTags() {
        Problem problem = refused("title: A\nx: !!python/object:os.system rm\n");
        assertEquals(new SourcePosition("content/a.md", 3, 4), problem.position());
        assertEquals("YAML tag `!!python/object:os.system` is not allowed", problem.message());
    }

    @Test
    void refusesMergeKeys() {
        Problem problem = refused("title: A\n<<: {source: B}\n");
        assertEquals("error: content/a.md:3:1: YAML merge keys (`<<`) are not allowed"
                + " (hint: write the keys out in full)", problem.format());
    }

    @Test
    void keepsAQuotedLessThanLessThanKeyAsAPlainName() {
        YamlNode.Mapping map = frontMatter("\"<<\": x\n");
        assertEquals(List.of("<<"), List.copyOf(map.entries().keySet()));
    }

    @Test
    void refusesKeysThatAreNotPlainNames() {
        assertEquals("error: content/a.md:2:1: invalid YAML: Non scalar key is detected but it is not configured to be"
                + " allowed. (hint: check the YAML syntax)", refused("[a, b]: c\n").format());
        assertEquals("error: content/a.md:3:1: a YAML key must be a string, not empty (`~`) (hint: quote it, e.g."
                + " `\"~\": ...`, or use a name)", refused("title: A\n~: c\n").format());
    }

    @Test
    void resolvesScalarsWithTheYaml12CoreSchema() {
        YamlNode.Mapping map = frontMatter("""
                draft: no
                flag: true
                version: 1.10
                count: 12
                date: 2024-05-01
                nothing: ~
                """);
        Map<String, YamlNode.Kind> kinds = new java.util.LinkedHashMap<>();
        map.entries().forEach((key, entry) -> kinds.put(key, ((YamlNode.Scalar) entry.value()).kind()));
        assertEquals(Map.of("draft", YamlNode.Kind.STRING, "flag", YamlNode.Kind.BOOL, "version", YamlNode.Kind.FLOAT,
                "count", YamlNode.Kind.INT, "date", YamlNode.Kind.STRING, "nothing", YamlNode.Kind.NULL), kinds);
        assertEquals("1.10", ((YamlNode.Scalar) map.find("version").orElseThrow().value()).text());
    }

    @Test
    void keepsKeysInSourceOrder() {
        YamlNode.Mapping map = frontMatter("z: 1\na: 2\nm: 3\n");
        assertEquals(List.of("z", "a", "m"), List.copyOf(map.entries().keySet()));
    }

    @Test
    void readsAnEmptyDocumentAsAnEmptyMapping() {
        YamlNode.Mapping map = frontMatter("");
        assertEquals(Map.of(), map.entries());
        assertEquals(new SourcePosition("content/a.md", 2, 1), map.position());
    }
}
