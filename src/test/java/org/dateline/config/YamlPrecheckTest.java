package org.dateline.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.dateline.diag.DatelineException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile YAML is refused with the position in the user's file: front matter starts on line 2 of
 * the article, so the library's 0-based, block-relative marks must come out one based and shifted.
 */
class YamlPrecheckTest {

    private final YamlReader reader = new YamlReader(64 * 1024);

    private String error(String yaml) {
        return assertThrows(DatelineException.class, () -> reader.read(yaml, "content/a.md", 2)).getMessage();
    }

    @Test
    void controlCharacterIsNamedAtItsLineAndColumn() {
        assertEquals("content/a.md:3:11: YAML contains the control character U+0007 (hint: delete it: it is invisible"
                + " in most editors and not allowed in YAML)", error("title: a\ndate: 2024\u0007\n"));
    }

    @ParameterizedTest
    @CsvSource({"0000", "001B", "007F", "0085", "009B"})
    void everyControlCharacterIsRefused(String hex) {
        String yaml = "title: a" + (char) Integer.parseInt(hex, 16) + "b\n";
        assertEquals("content/a.md:2:9: YAML contains the control character U+" + hex + " (hint: delete it: it is"
                + " invisible in most editors and not allowed in YAML)", error(yaml));
    }

    @Test
    void controlCharacterFromAnEscapeIsRefused() {
        assertEquals("content/a.md:3:8: YAML value contains the control character U+0007 (hint: remove the escape"
                + " sequence that produces it)", error("draft: false\ntitle: \"a\\x07b\"\n"));
    }

    @Test
    void tabsAndNewlinesInValuesAreFine() {
        YamlNode.Mapping map = (YamlNode.Mapping) reader.read("title: \"a\\tb\\nc\"\n", "content/a.md", 2);
        assertEquals("a\tb\nc", YamlFields.text("title", map.find("title").orElseThrow().value()));
    }

    @Test
    void blockNestingIsLimitedBeforeTheLibraryRecurses() {
        assertEquals("content/a.md:2:1: YAML nested more than 64 levels deep (hint: flatten the structure)",
                error("- ".repeat(2000) + "a\n"));
        StringBuilder indented = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            indented.append(" ".repeat(i)).append("a:\n");
        }
        assertEquals("content/a.md:66:65: YAML nested more than 64 levels deep (hint: flatten the structure)",
                error(indented.toString()));
    }

    @Test
    void flowNestingOf1050LevelsIn3KbIsRefused() {
        assertEquals("content/a.md:3:1: YAML nested more than 64 levels deep (hint: flatten the structure)",
                error("title: a\n" + "[".repeat(1050) + "]".repeat(1050) + "\n"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "title: \"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\"\n",
        "title: '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[ it''s'\n",
        "title: Polls [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\n",
        "title: a # [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\n",
        "# [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\ntitle: a\n",
        "title: \"first line\n  [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\"\n",
        "title: |\n  [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\n\n  {{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{\ndraft: false\n",
        "tags: [\"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\", b]\n"})
    void bracketsInsideScalarsAndCommentsAreNotNesting(String yaml) {
        YamlNode root = reader.read(yaml, "content/a.md", 2);
        assertEquals("a mapping", root.describe());
    }

    @Test
    void flowNestingAfterAQuotedScalarIsStillCounted() {
        assertEquals("content/a.md:2:1: YAML nested more than 64 levels deep (hint: flatten the structure)",
                error("a: ['x]', " + "[".repeat(70) + "]".repeat(70) + "]\n"));
    }

    @Test
    void aControlCharacterAfterLoneCarriageReturnsIsOnItsLine() {
        assertEquals("content/a.md:5:5: YAML contains the control character U+0007 (hint: delete it: it is invisible"
                + " in most editors and not allowed in YAML)", error("a: 1\rb: 2\r\nc: 3\rd: x\u0007\n"));
    }

    @Test
    void ordinaryNestingPasses() {
        YamlNode root = reader.read("a:\n  - b: 1\n    c:\n      - [1, {x: 2}]\nd: \"[[[\"\n", "content/a.md", 2);
        assertEquals("a mapping", root.describe());
    }

    @Test
    void keysMustBeStrings() {
        assertEquals("content/a.md:3:1: a YAML key must be a string, not a number (`2024`) (hint: quote it, e.g."
                + " `\"2024\": ...`, or use a name)", error("title: a\n2024: b\n"));
        assertEquals("content/a.md:2:1: a YAML key must be a string, not a boolean (`true`) (hint: quote it, e.g."
                + " `\"true\": ...`, or use a name)", error("true: b\n"));
        assertEquals("content/a.md:2:1: a YAML key must be a string, not empty (`null`) (hint: quote it, e.g."
                + " `\"null\": ...`, or use a name)", error("null: b\n"));
    }

    @Test
    void tagsAnchorsAndMergeKeysOnKeysAreRefused() {
        assertEquals("content/a.md:2:1: YAML tag `!!java.lang.Object` is not allowed (hint: remove the `!` tag;"
                + " plain values are enough)", error("!!java.lang.Object a: b\n"));
        assertEquals("content/a.md:2:1: YAML anchors and aliases (`&name`, `*name`) are not allowed (hint: write the"
                + " value out in full)", error("&x a: b\n"));
        assertEquals("content/a.md:4:3: YAML merge keys (`<<`) are not allowed (hint: write the keys out in full)",
                error("a: {x: 1}\nb:\n  <<: {y: 2}\n"));
    }

    @Test
    void valueTagsAreNamedAsWritten() {
        assertEquals("content/a.md:2:8: YAML tag `!!java.util.Date` is not allowed (hint: remove the `!` tag; plain"
                + " values are enough)", error("title: !!java.util.Date 2024-01-01\n"));
        assertEquals("content/a.md:2:8: YAML tag `!ENV` is not allowed (hint: remove the `!` tag; plain values are"
                + " enough)", error("title: !ENV ${HOME}\n"));
    }

    @Test
    void tabIndentationGetsATabHint() {
        assertEquals("content/a.md:3:1: invalid YAML: found character '\\t(TAB)' that cannot start any token. (Do not"
                + " use \\t(TAB) for indentation) (hint: indent with spaces: YAML does not allow tabs there)",
                error("title: a\n\tdate: b\n"));
    }

    @Test
    void errorWithoutAMarkPointsAtTheFirstYamlLine() {
        assertEquals("content/a.md:2:1: invalid YAML: Non scalar key is detected but it is not configured to be"
                + " allowed. (hint: check the YAML syntax)", error("? [a]\n: b\n"));
    }
}
