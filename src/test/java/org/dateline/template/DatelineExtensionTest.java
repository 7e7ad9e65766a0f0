package org.dateline.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.pebbletemplates.pebble.extension.Filter;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Runs every example that Dateline's filters declare in their {@code EXAMPLES} map (Hugo's TestTemplateFuncsExamples). */
class DatelineExtensionTest {

    @TempDir
    static Path templates;

    @SuppressWarnings("unchecked")
    private static Map<String, String> examples(Filter filter) {
        try {
            Field field = filter.getClass().getDeclaredField("EXAMPLES");
            if (!Modifier.isStatic(field.getModifiers())) {
                throw new AssertionError(filter.getClass().getSimpleName() + ".EXAMPLES must be static");
            }
            field.setAccessible(true);
            return (Map<String, String>) field.get(null);
        } catch (NoSuchFieldException e) {
            throw new AssertionError(filter.getClass().getSimpleName() + " declares no EXAMPLES map", e);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyFilterExampleRendersAsDocumented() throws IOException {
        Map<String, Filter> filters = new TreeMap<>(new DatelineExtension().getFilters());
        assertFalse(filters.isEmpty());
        List<DynamicTest> tests = new ArrayList<>();
        int number = 0;
        for (Map.Entry<String, Filter> filter : filters.entrySet()) {
            Map<String, String> examples = new TreeMap<>(examples(filter.getValue()));
            assertFalse(examples.isEmpty(), filter.getKey() + " has no examples");
            for (Map.Entry<String, String> example : examples.entrySet()) {
                String name = "example" + number++ + ".peb";
                Files.writeString(templates.resolve(name), example.getKey(), StandardCharsets.UTF_8);
                tests.add(DynamicTest.dynamicTest(filter.getKey() + ": " + example.getKey(), () -> assertEquals(
                        example.getValue(), new TemplateEngine(templates).render(name, Map.of()))));
            }
        }
        return tests.stream();
    }
}
