package org.dateline.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled theme's static files, read from a jar as the launcher runs Dateline (tests run from a class folder). */
class StaticFilesTest {

    @TempDir
    Path tmp;

    @Test
    void aThemeInAJarIsReadWithItsSubfoldersAndWithoutHiddenFiles() throws IOException {
        Path jar = tmp.resolve("theme folder/dateline.jar"); // a blank in the path, escaped in the jar: URL
        Files.createDirectories(jar.getParent());
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            entry(zip, "org/dateline/theme/static/", "");
            entry(zip, "org/dateline/theme/static/theme/site.css", "body {}");
            entry(zip, "org/dateline/theme/static/theme/fonts/a.woff2", "font");
            entry(zip, "org/dateline/theme/static/.hidden", "no");
            entry(zip, "org/dateline/theme/static/theme/.cache/b", "no");
            entry(zip, "org/dateline/theme/other.css", "not static");
            entry(zip, "org/dateline/theme/static-extra/c.css", "not static either");
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            Map<String, String> read = new LinkedHashMap<>();
            for (Map.Entry<String, StaticFiles.Source> file : new StaticFiles().addTheme(loader).files().entrySet()) {
                try (InputStream in = file.getValue().open()) {
                    read.put(file.getKey(), file.getValue().origin() + " = " + new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            assertEquals(Map.of("theme/fonts/a.woff2", "(bundled) static/theme/fonts/a.woff2 = font",
                    "theme/site.css", "(bundled) static/theme/site.css = body {}"), read);
        }
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
