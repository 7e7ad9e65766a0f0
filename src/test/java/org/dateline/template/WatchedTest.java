package org.dateline.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A render notes a read of a {@link Watched} component, however a template spells it, and nothing else. */
class WatchedTest {

    /** A month of an archive, as a view record: its count watched. */
    public record Month(String name, @Watched int count) {
        @Override
        public String toString() {
            return name;
        }
    }

    @TempDir
    Path site;

    private TemplateEngine.Watching<String> render(String template) throws IOException {
        Files.createDirectories(site.resolve("templates"));
        Files.writeString(site.resolve("templates/page.peb"), template, StandardCharsets.UTF_8);
        Files.writeString(site.resolve("templates/count.peb"), "{{ month.count }}", StandardCharsets.UTF_8);
        TemplateEngine engine = new TemplateEngine(site.resolve("templates"));
        Map<String, Object> context = Map.of("months", List.of(new Month("June", 3), new Month("May", 7)));
        return engine.watching(() -> engine.render("page.peb", context));
    }

    @Test
    void readingTheCountByAnyNameIsNoted() throws IOException {
        assertEquals(new TemplateEngine.Watching<>("June 3,May 7,", true),
                render("{% for month in months %}{{ month.name }} {{ month.count }},{% endfor %}"));
        assertTrue(render("{{ months[0][\"count\"] }}").read());
        assertTrue(render("{{ months[1].count() }}").read());
        assertTrue(render("{% if months[0].count > 1 %}many{% endif %}").read());
        assertTrue(render("{% for month in months %}{% include \"count.peb\" %}{% endfor %}").read(),
                "read in an included template");
    }

    @Test
    void otherComponentsAndThePrintedRecordAreNotReads() throws IOException {
        assertEquals(new TemplateEngine.Watching<>("June May ", false),
                render("{% for month in months %}{{ month.name }} {% endfor %}"));
        assertEquals(new TemplateEngine.Watching<>("June,May", false), render("{{ months | join(\",\") }}"),
                "a printed month is its name: its count is never printed unnoticed");
        assertEquals(new TemplateEngine.Watching<>("2", false), render("{{ months | length }}"));
    }

    @Test
    void aRenderOutsideWatchingIsUnaffectedAndOnlyWatchedComponentsAreListed() throws IOException {
        render("{{ months[0].count }}");
        TemplateEngine engine = new TemplateEngine(site.resolve("templates"));
        assertEquals("3", engine.render("count.peb", Map.of("month", new Month("June", 3))));
        assertEquals(Set.of("count"), TemplateEngine.watchedComponents(Month.class));
        assertEquals(Set.of(), TemplateEngine.watchedComponents(String.class));
    }

    @Test
    void aRenderWithinAnotherCountsForTheOuterOne() throws IOException {
        Files.createDirectories(site.resolve("templates"));
        Files.writeString(site.resolve("templates/count.peb"), "{{ month.count }}", StandardCharsets.UTF_8);
        TemplateEngine engine = new TemplateEngine(site.resolve("templates"));
        Map<String, Object> june = Map.of("month", new Month("June", 3));
        TemplateEngine.Watching<Boolean> outer = engine.watching(() -> {
            TemplateEngine.Watching<String> inner = engine.watching(() -> engine.render("count.peb", june));
            return inner.read();
        });
        assertTrue(outer.output());
        assertTrue(outer.read());
        assertFalse(engine.watching(() -> "nothing rendered").read());
    }
}
