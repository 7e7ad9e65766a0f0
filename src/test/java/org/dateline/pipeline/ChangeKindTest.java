package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which changed files set off a rebuild, and of what kind (Zola's {@code can_detect_kind_of_changes}). */
class ChangeKindTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "content/world/floods.md|CONTENT",
        "content/world/2024/deep/x.markdown|CONTENT",
        "content/world|CONTENT",
        "templates/article.peb|TEMPLATE",
        "templates/partials/byline.peb|TEMPLATE",
        "static/theme/dateline.css|STATIC",
        "static/images/photo.jpg|STATIC",
        "data/authors.yaml|DATA",
        "site.yaml|CONFIG",
        "README.md|-",
        "target/site/index.html|-",
        "public/index.html|-",
        "site.yml|-",
        "content/world/.floods.md.swp|-",
        "content/world/.#floods.md|-",
        "content/world/floods.md~|-",
        "content/world/#floods.md#|-",
        "content/world/4913|-",
        "content/world/floods.md.tmp|-",
        "static/.DS_Store|-",
        "site.yaml~|-",
        ".git/index|-"})
    void classifiesAChangedPath(String path, String kind) {
        Optional<ChangeKind> expected = kind.equals("-") ? Optional.empty() : Optional.of(ChangeKind.valueOf(kind));
        assertEquals(expected, ChangeKind.of(Path.of(path)), path);
    }

    @Test
    void onlyStylesheetsInStaticCanBeSwappedWithoutReload() {
        assertEquals(true, ChangeKind.stylesheetsOnly(List.of(Path.of("static/theme/dateline.css"), Path.of("static/x.CSS"))));
        assertEquals(false, ChangeKind.stylesheetsOnly(List.of(Path.of("static/theme/dateline.css"),
                Path.of("content/world/floods.md"))));
        assertEquals(false, ChangeKind.stylesheetsOnly(List.of(Path.of("templates/style.css"))));
        assertEquals(false, ChangeKind.stylesheetsOnly(List.of(Path.of("static/images/x.svg"))));
        assertEquals(false, ChangeKind.stylesheetsOnly(List.of()));
    }
}
