package org.dateline.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.dateline.diag.DatelineException;
import org.dateline.diag.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrontMatterSplitterTest {

    private final FrontMatterSplitter splitter = new FrontMatterSplitter();

    private Problem refused(String text) {
        DatelineException e = assertThrows(DatelineException.class, () -> splitter.split("content/a.md", text));
        assertEquals(1, e.problems().size());
        return e.problems().get(0);
    }

    @Test
    void splitsYamlFromTheBodyAtTheFences() {
        String text = "---\ntitle: A\ndate: 2024-05-01\n---\nBody text.\n";
        FrontMatter split = splitter.split("content/a.md", text);
        assertEquals("title: A\ndate: 2024-05-01\n", split.yaml());
        assertEquals(2, split.yamlFirstLine());
        assertEquals("Body text.\n", text.substring(split.bodyOffset()));
    }

    @ParameterizedTest(name = "line break {0}")
    @ValueSource(strings = {"\n", "\r\n", "\r"})
    void splitsEveryLineEndingLikeTheCleanFile(String br) {
        String text = String.join(br, "---", "title: A", "date: 2024-05-01", "---", "Body text.", "");
        FrontMatter split = splitter.split("content/a.md", text);
        assertEquals(String.join(br, "title: A", "date: 2024-05-01", ""), split.yaml());
        assertEquals(2, split.yamlFirstLine());
        assertEquals("Body text." + br, text.substring(split.bodyOffset()));
    }

    @Test
    void toleratesTrailingBlanksAfterTheFences() {
        String text = "--- \ntitle: A\n---\t \nBody\n";
        FrontMatter split = splitter.split("content/a.md", text);
        assertEquals("title: A\n", split.yaml());
        assertEquals("Body\n", text.substring(split.bodyOffset()));
    }

    @Test
    void acceptsTheYamlDocumentEndMarkerAsTheClosingFence() {
        String text = "---\ntitle: A\n...\nBody\n";
        assertEquals("title: A\n", splitter.split("content/a.md", text).yaml());
    }

    @Test
    void anEmptyFrontMatterHasNoYaml() {
        String text = "---\n---\nBody\n";
        FrontMatter split = splitter.split("content/a.md", text);
        assertEquals("", split.yaml());
        assertEquals("Body\n", text.substring(split.bodyOffset()));
    }

    @Test
    void aFileEndingAtTheClosingFenceHasAnEmptyBody() {
        String text = "---\ntitle: A\n---";
        FrontMatter split = splitter.split("content/a.md", text);
        assertEquals(text.length(), split.bodyOffset());
    }

    @Test
    void aDashedLineInsideTheBodyStaysInTheBody() {
        String text = "---\ntitle: A\n---\nOne\n\n---\n\nTwo\n";
        FrontMatter split = splitter.split("content/a.md", text);
        assertEquals("title: A\n", split.yaml());
        assertEquals("One\n\n---\n\nTwo\n", text.substring(split.bodyOffset()));
    }

    @Test
    void anUnclosedFrontMatterIsAnErrorThatSaysHowFarItRead() {
        assertEquals("error: content/a.md:1:1: front matter opened with `---` on line 1 is never closed (read to line 3)"
                + " (hint: add a `---` line after the last front-matter key)",
                refused("---\ntitle: A\nBody text\n").format());
    }

    @Test
    void aFileWithoutFrontMatterIsAnError() {
        assertEquals("error: content/a.md:1:1: article has no front matter (hint: start the file with a `---` line,"
                + " then `title:` and `date:`, then another `---` line)", refused("# Just a heading\n").format());
        assertEquals("file is empty", refused("").message());
    }

    @Test
    void splitsTomlBetweenPlusFences() {
        String text = "+++\ntitle = \"A\"\n+++\nBody\n";
        FrontMatter split = splitter.split("content/a.md", text);
        assertEquals("title = \"A\"\n", split.yaml());
        assertEquals(FrontMatter.Format.TOML, split.format());
        assertEquals(2, split.yamlFirstLine());
        assertEquals("Body\n", text.substring(split.bodyOffset()));
    }

    @Test
    void anUnclosedTomlBlockNamesItsFence() {
        assertEquals("error: content/a.md:1:1: front matter opened with `+++` on line 1 is never closed (read to line 2)"
                + " (hint: add a `+++` line after the last front-matter key)", refused("+++\ntitle = \"A\"\n").format());
    }

    @Test
    void splitsAJsonObjectAtItsBalancingBrace() {
        String text = "{\n  \"title\": \"A } {\",\n  \"tags\": {\"x\": 1}\n}\nBody\n";
        FrontMatter split = splitter.split("content/a.md", text);
        assertEquals("{\n  \"title\": \"A } {\",\n  \"tags\": {\"x\": 1}\n}", split.yaml());
        assertEquals(FrontMatter.Format.JSON, split.format());
        assertEquals(1, split.yamlFirstLine());
        assertEquals("Body\n", text.substring(split.bodyOffset()));
    }

    @Test
    void anUnclosedJsonObjectIsAnError() {
        assertEquals("error: content/a.md:2:1: JSON front matter opened with `{` on line 2 is never closed"
                + " (hint: close the object with `}` on its own line after the last key)",
                refused("\n{\"title\": \"A\"\nBody\n").format());
        assertEquals("error: content/a.md:1:15: text after the closing `}` of the JSON front matter (hint: end the"
                + " front matter with `}` on its own line and start the article on the next)",
                refused("{\"title\": \"A\"} Body\n").format());
    }

    @Test
    void blankLinesBeforeTheOpeningFenceAreSkippedAndLinesStillCount() {
        String text = "\n  \r\n\n---\ntitle: A\n---\nBody\n";
        FrontMatter split = splitter.split("content/a.md", text);
        assertEquals("title: A\n", split.yaml());
        assertEquals(5, split.yamlFirstLine());
        assertEquals("Body\n", text.substring(split.bodyOffset()));
        assertEquals("error: content/a.md:3:1: article has no front matter (hint: start the file with a `---` line,"
                + " then `title:` and `date:`, then another `---` line)", refused("\n\n# Heading\n").format());
    }

    @Test
    void refusesFrontMatterOverTheSizeLimit() {
        String big = "description: " + "x".repeat(FrontMatterSplitter.MAX_FRONT_MATTER_CHARS) + "\n";
        for (String text : List.of("---\n" + big + "---\nBody\n", "---\n" + big + "Body\n")) {
            assertEquals("error: content/a.md:2:1: front matter is larger than 64 KiB (hint: keep front matter to the"
                    + " article's metadata; move long text into the body)", refused(text).format());
        }
    }
}
