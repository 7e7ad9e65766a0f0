package org.dateline.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dateline.pipeline.BuildResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A built fixture site: open its pages as jsoup documents, list its files. */
public record RenderedSite(Path output, BuildResult result) {

    /** The page at {@code relative} (e.g. {@code world/2024/05/31/x/index.html}), parsed. */
    public Document page(String relative) {
        Path file = output.resolve(relative);
        assertTrue(Files.isRegularFile(file), () -> "no page " + relative + " in " + files());
        try {
            return Jsoup.parse(file.toFile(), "UTF-8", "https://example.test/" + relative);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String text(String relative) {
        try {
            return Files.readString(output.resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file below the output folder, relative, with {@code /}, sorted. */
    public List<String> files() {
        try (Stream<Path> walk = Files.walk(output)) {
            return walk.filter(Files::isRegularFile)
                    .map(path -> output.relativize(path).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
