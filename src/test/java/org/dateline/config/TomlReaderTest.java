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
    void aKeyWrittenTwiceIsAnErrorNamingTheFirst() {
        DatelineException e = assertThrows(DatelineException.class,
                () -> reader.read("title = \"A\"\ntitle = \"B\"\n", "content/a.md", 2));
        assertEquals("error: content/a.md:3:1: invalid TOML: title previously defined on line 2 (hint: check"
                + " the TOML syntax: `key = \"value\"`, one per line)", e.problems().get(0).format());
    }
}
