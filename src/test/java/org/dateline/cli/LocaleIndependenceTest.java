package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dateline.testing.FileTree;
import org.dateline.testing.LocaleBuilds;
import org.dateline.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same sites built under the default locale and zone of a US English, Persian (Persian digits),
 * Egyptian Arabic (Arabic-Indic digits), Thai (Thai digits) and Hindi machine give the same bytes.
 * The builds run in one child JVM ({@link LocaleBuilds}); the tests' own JVM runs under Turkish,
 * which catches case mapping but writes ASCII digits.
 */
class LocaleIndependenceTest {

    private static final List<String> MACHINES = List.of("en-US@America/New_York", "fa-IR@Asia/Tehran",
            "ar-EG@Africa/Cairo", "th-TH-u-nu-thai@Asia/Bangkok", "hi-IN@Asia/Kolkata");

    @TempDir
    Path tmp;

    @Test
    void outputIsByteIdenticalWhateverTheMachinesLocaleAndZone() throws Exception {
        Path newsroom = TestSites.copy("newsroom", tmp.resolve("sites/newsroom"));
        Path scripts = TestSites.copy("scripts", tmp.resolve("sites/scripts"));
        Path out = tmp.resolve("out");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LocaleBuilds.class.getName(), out.toString(),
                String.join(",", MACHINES), "newsroom=" + newsroom, "scripts=" + scripts)
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        assertEquals(0, child.waitFor(), Files.readString(tmp.resolve("child.log"), StandardCharsets.UTF_8));

        Map<String, String> english = FileTree.snapshot(out.resolve("en-US"));
        assertTrue(english.containsKey("newsroom/world/2024/06/10/harbour-vote/index.html"), english.keySet().toString());
        assertTrue(english.containsKey("scripts/समाचार/2024/04/23/हिन्दी-समाचार-आज/index.html"),
                english.keySet().toString());
        for (String machine : MACHINES.subList(1, MACHINES.size())) {
            Map<String, String> other = FileTree.snapshot(out.resolve(machine.split("@")[0]));
            assertEquals(english.keySet(), other.keySet(), machine + ": the same files");
            for (String file : english.keySet()) {
                assertEquals(english.get(file), other.get(file), machine + ": " + file);
            }
        }
    }
}
