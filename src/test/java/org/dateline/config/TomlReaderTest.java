package org.dateline.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.dateline.diag.DatelineException;
import org.dateline.diag.SourcePosition;
import org.junit.jupiter.api.Test;
import org.tomlj.TomlPosition;

class TomlReaderTest {

    private final TomlReader reader = new TomlReader();

    @Test
    void tomljPositionsBecomeFilePositionsInOnePlace() {
        // tomlj counts from 1 within the block; the block starts on line 5 of the file
        assertEquals(new SourcePosition("content/a.md", 5, 1), TomlReader.position("content/a.md", 5, TomlPosition.positionAt(1, 1)));
        assertEquals(new SourcePosition("content/a.md", 7, 4), TomlReader.position("content/a.md", 5, TomlPosition.positionAt(3, 4)));
        assertEquals(new SourcePosition("content/a.md", 5, 1), TomlReader.position("content/a.md", 5, null));
    }

    @Test
    void readsKeysInWrittenOrderWithTheirPositions() {
        YamlNode.Mapping root = (YamlNode.Mapping) reader.read("zeta = 1\nalpha = \"x\"\n  mid = [true, 2.5]\n",
                "content/a.md", 2);
        assertEquals(List.of("zeta", "alpha", "mid"), List.copyOf(root.entries().keySet()));
        assertEquals(new SourcePosition("content/a.md", 4, 3), root.find("mid").orElseThrow().keyPosition());
        YamlNode.Sequence mid = (YamlNode.Sequence) root.find("mid").orElseThrow().value();
        assertEquals(new YamlNode.Scalar("true", YamlNode.Kind.BOOL, new SourcePosition("content/a.md", 4, 10)),
                mid.items().get(0));
    }

    @Test
    void aTopLevelKeyWrittenTwiceKeepsTheLastAndListsBothStatements() {
        String toml = """
                title = "A # not a comment [" # a comment ]
                body = \"""
                title = "inside a string"
                \"""
                title = 'B'
                list = [
                  "x", # ]
                ]
                list = []
                """;
        YamlNode.Mapping root = (YamlNode.Mapping) reader.read(toml, "content/a.md", 2);
        assertEquals(List.of("body", "title", "list"), List.copyOf(root.entries().keySet()));
        assertEquals("B", ((YamlNode.Scalar) root.find("title").orElseThrow().value()).text());
        assertEquals("title = \"inside a string\"\n", ((YamlNode.Scalar) root.find("body").orElseThrow().value()).text());
        assertEquals(new SourcePosition("content/a.md", 10, 1), root.find("list").orElseThrow().keyPosition());
        assertEquals(List.of("title 2:1 → 6:1", "list 7:1 → 10:1"), root.duplicates().stream()
                .map(d -> d.later().key() + " " + d.earlier().keyPosition().line() + ":" + d.earlier().keyPosition().column()
                        + " → " + d.later().keyPosition().line() + ":" + d.later().keyPosition().column()).toList());
        assertEquals("A # not a comment [", ((YamlNode.Scalar) root.duplicates().get(0).earlier().value()).text());
    }

    @Test
    void aValueIsPlacedAfterItsKeysEqualsSign() {
        String[] lines = {"title =\t \"A\"", "empty =", "  x=1"};
        assertEquals(new SourcePosition("f", 5, 10), TomlReader.valuePosition(lines, 5, new SourcePosition("f", 5, 1)));
        assertEquals(new SourcePosition("f", 6, 1), TomlReader.valuePosition(lines, 5, new SourcePosition("f", 6, 1)));
        assertEquals(new SourcePosition("f", 7, 5), TomlReader.valuePosition(lines, 5, new SourcePosition("f", 7, 3)));
        assertEquals(new SourcePosition("f", 9, 1), TomlReader.valuePosition(lines, 5, new SourcePosition("f", 9, 1)));
    }

    @Test
    void aKeyWrittenTwiceInATableIsAnErrorNamingTheFirst() {
        DatelineException e = assertThrows(DatelineException.class,
                () -> reader.read("[params]\ntitle = \"A\"\ntitle = \"B\"\n", "content/a.md", 2));
        assertEquals("error: content/a.md:4:1: invalid TOML: title previously defined on line 3 (hint: check"
                + " the TOML syntax: `key = \"value\"`, one per line)", e.problems().get(0).format());
    }
}
