package org.dateline.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which templates a template reaches, as its fingerprint shows: a fresh {@link TemplateReach} after each edit. */
class TemplateReachTest {

    @TempDir
    Path templates;

    private void write(String name, String text) throws IOException {
        Files.createDirectories(templates.resolve(name).getParent());
        Files.writeString(templates.resolve(name), text);
    }

    private Optional<String> reach(String name) {
        return new TemplateReach(templates).fingerprint(name);
    }

    @Test
    void followsIncludesExtendsAndImportsTransitivelyAndNothingElse() throws IOException {
        write("page.peb", "{% extends \"base.peb\" %}{% block main %}{%- include 'parts/a.peb' with {\"x\": 1} %}{% endblock %}");
        write("base.peb", "<html>{% import \"macros.peb\" %}{% block main %}{% endblock %}</html>");
        write("parts/a.peb", "{% from \"macros2.peb\" import m %}a");
        write("macros.peb", "m1");
        write("macros2.peb", "m2");
        write("other.peb", "unrelated");
        Optional<String> before = reach("page.peb");
        assertTrue(before.isPresent());

        write("other.peb", "still unrelated");
        assertEquals(before, reach("page.peb"));
        for (String reached : new String[] {"base.peb", "parts/a.peb", "macros.peb", "macros2.peb"}) {
            write(reached, Files.readString(templates.resolve(reached)) + " ");
            Optional<String> after = reach("page.peb");
            assertNotEquals(before, after, reached);
            before = after;
        }
    }

    @Test
    void aSiteFileShadowingTheThemesChangesTheFingerprint() throws IOException {
        Optional<String> theme = reach("tag.peb"); // the bundled theme's tag.peb, which extends listing.peb
        assertTrue(theme.isPresent());
        write("listing.peb", "{% block main %}{% endblock %}");
        assertNotEquals(theme, reach("tag.peb"));
    }

    @Test
    void aComputedOrRelativeNameCannotBeFollowed() throws IOException {
        write("dynamic.peb", "{% include \"parts/\" + kind + \".peb\" %}");
        write("variable.peb", "{% extends layout %}");
        write("relative.peb", "{% include \"./x.peb\" %}");
        assertEquals(Optional.empty(), reach("dynamic.peb"));
        assertEquals(Optional.empty(), reach("variable.peb"));
        assertEquals(Optional.empty(), reach("relative.peb"));
    }

    @Test
    void readsNoneOfTheNamedAttributesOnlyWhenNoTemplateItReachesNamesOneOrSubscriptsAValue() throws IOException {
        java.util.Set<String> parts = java.util.Set.of("body", "wordCount");
        write("base.peb", "<html><body class=\"body\">{% block main %}{% endblock %}</body></html>");
        write("list.peb", "{% extends \"base.peb\" %}{% block main %}{% for a in articles %}"
                + "{% include \"item.peb\" with {\"article\": a} %}{% endfor %}{% endblock %}");
        write("item.peb", "<li>{{ article.title }}: {{ article.description }} {{ article.bodyText }}</li>");
        assertTrue(new TemplateReach(templates).readsNone("list.peb", parts), "HTML's <body> and a longer name are no reads");
        java.util.Map<String, String> reads = java.util.Map.of(
                "a member", "{{ article.body | raw }}",
                "a member after spaces", "{{ article .\n wordCount }}",
                "a call", "{{ article.body() }}",
                "a string in an interpolation", "{{ \"#{article.wordCount} words\" }}",
                "a subscript by a literal", "{{ article[\"body\"] }}",
                "a subscript by a computed name", "{% set n = \"bo\" ~ \"dy\" %}{{ article [n] }}",
                "a subscript of a call", "{{ article.tags()[0] }}");
        reads.forEach((name, text) -> {
            try {
                write("item.peb", text);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            org.junit.jupiter.api.Assertions.assertFalse(new TemplateReach(templates).readsNone("list.peb", parts), name);
        });
        write("item.peb", "{{ article.title }}");
        write("list.peb", "{% include \"it\" ~ \"em.peb\" %}");
        org.junit.jupiter.api.Assertions.assertFalse(new TemplateReach(templates).readsNone("list.peb", parts),
                "a template named by a computed name could read anything");
    }
}
