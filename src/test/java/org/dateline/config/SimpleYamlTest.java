package org.dateline.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.dateline.diag.SourcePosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

/** The simple front matter read without the library must give what the library gives, or nothing. */
class SimpleYamlTest {

    private static final String FILE = "content/a.md";
    private final YamlReader reader = new YamlReader(100_000, true);
    private final ScalarResolver resolver = new org.snakeyaml.engine.v2.schema.CoreSchema().getScalarResolver();

    @Test
    void readsKeysScalarsAndListsWithTheirPositions() {
        YamlNode node = SimpleYaml.read("title: \"A “quoted” title\"\n\ndate: 2020-10-30T05:46:00\n# a note\n"
                + "draft: false\nweight: 3\ntags: [topic-1,  b c ]\nsource: It's 10:30 in C#\n", FILE, 2, resolver)
                .orElseThrow();
        YamlNode.Mapping mapping = (YamlNode.Mapping) node;
        assertEquals(List.of("title", "date", "draft", "weight", "tags", "source"), List.copyOf(mapping.entries().keySet()));
        assertEquals(new SourcePosition(FILE, 2, 1), mapping.position());
        assertEquals(new YamlNode.Scalar("A “quoted” title", YamlNode.Kind.STRING, new SourcePosition(FILE, 2, 8)),
                mapping.entries().get("title").value());
        assertEquals(new SourcePosition(FILE, 4, 1), mapping.entries().get("date").keyPosition());
        assertEquals(new YamlNode.Scalar("2020-10-30T05:46:00", YamlNode.Kind.STRING, new SourcePosition(FILE, 4, 7)),
                mapping.entries().get("date").value());
        assertEquals(YamlNode.Kind.BOOL, ((YamlNode.Scalar) mapping.entries().get("draft").value()).kind());
        assertEquals(YamlNode.Kind.INT, ((YamlNode.Scalar) mapping.entries().get("weight").value()).kind());
        assertEquals(new YamlNode.Sequence(List.of(
                new YamlNode.Scalar("topic-1", YamlNode.Kind.STRING, new SourcePosition(FILE, 8, 8)),
                new YamlNode.Scalar("b c", YamlNode.Kind.STRING, new SourcePosition(FILE, 8, 18))),
                new SourcePosition(FILE, 8, 7)), mapping.entries().get("tags").value());
        assertEquals("It's 10:30 in C#", ((YamlNode.Scalar) mapping.entries().get("source").value()).text());
    }

    /** Each of these is read without the library, to the nodes the library gives, in the same order. */
    @ParameterizedTest
    @ValueSource(strings = {
        "title: Plain words, with [brackets] and {braces}\n",
        "title: \"Quoted # not a comment: really\"   \nauthor: 'Single'\n",
        "a: 1\nb: 1.5\nc: .inf\nd: 0x1F\ne: true\nf: null\ng: ~\nh: 2024-05-01\ni: 007\nj: 1e3\nk: TRUE\nl: yes\n",
        "tags: []\nauthors: [A, B,C]\nkeywords: [  x  ]\n",
        "# lead comment\n\ntitle: T\n\n\n",
        "title: 😀 emoji and 日本語\nsummary: Ünïcödé — “typographic”\n",
        "Title_2-x: v\n_private: w\n",
        "title: trailing spaces   \nlast: no newline"})
    void givesWhatTheLibraryGives(String yaml) {
        Optional<YamlNode> simple = SimpleYaml.read(yaml, FILE, 2, resolver);
        assertTrue(simple.isPresent(), "declined: " + yaml);
        YamlNode library = reader.readWithLibrary(yaml, FILE, 2);
        assertEquals(library, simple.get());
        assertEquals(List.copyOf(((YamlNode.Mapping) library).entries().keySet()),
                List.copyOf(((YamlNode.Mapping) simple.get()).entries().keySet()));
        assertEquals(library, reader.read(yaml, FILE, 2));
    }

    /** What is not of the simple kind goes to the library, which reads it (or says what is wrong) as before. */
    @ParameterizedTest
    @ValueSource(strings = {
        "title: a: b\n", "title: x # comment\n", "title: ends with:\n", "tags:\n- a\n- b\n", "tags:\n  - a\n",
        "title: first\n  continued\n", "title:\n", "title: \n", "title: T\ntitle: again\n", "title: -1\n",
        "title: \"esc\\\"aped\"\n", "title: 'it''s'\n", "title: \"a\" b\n", "title: |\n  block\n", "title: >\n  folded\n",
        "title: &a x\n", "title: *a\n", "title: !!str x\n", "title: @x\n", "title: `x`\n", "title: %x\n",
        "tags: [a, , b]\n", "tags: [a,]\n", "tags: [a: b]\n", "tags: [a, [b]]\n", "tags: [\"a, b\"]\n", "tags: [a\n",
        "tags: [a?b]\n", "tags: [😀, b]\n", "title: a\tb\n", "title: a\r\n", "title: a\u0007b\n", "title: a\u0085b\n",
        "title: a\u2028b\n", "title: a\ufeffb\n", "title: a\ud800b\n", "title : x\n", "title:x\n", "true: x\n",
        "null: x\n", "1: x\n", "- a\n", "---\ntitle: x\n", "{\"title\": \"x\"}\n", "# only a comment\n", "",
        "nested:\n  key: v\n", "title: x\n...\n"})
    void declinesTheRest(String yaml) {
        assertEquals(Optional.empty(), SimpleYaml.read(yaml, FILE, 2, resolver));
    }
}
