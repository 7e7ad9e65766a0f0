package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code src/main/launcher/dateline} ({@code target/dateline} after {@code mvn package}),
 * run by {@code sh} in a folder whose name has a blank, beside a jar whose main class is
 * {@link LauncherProbe}: it echoes the arguments and JVM options it got and exits with a chosen code.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherTest {

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @TempDir
    Path tmp;

    private Path home;
    private Path launcher;

    @BeforeEach
    void install() throws IOException {
        home = Files.createDirectories(tmp.toRealPath().resolve("dateline home"));
        launcher = home.resolve("dateline");
        Files.copy(Path.of("src", "main", "launcher", "dateline"), launcher);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        writeJar(home.resolve("dateline.jar"), "");
    }

    @Test
    void passesArgumentsVerbatim() throws Exception {
        Files.createFile(home.resolve("a-file-a-glob-would-find"));
        List<String> args = List.of("build", "two  words", "it's \"quoted\"", "*", "$HOME", "", "-x y", "back\\slash",
                "new\nline", "--source=caf\u00e9");
        Run run = launch(Map.of(), args);
        assertEquals(0, run.exit());
        List<String> expected = List.of("arg[build]", "arg[two  words]", "arg[it's \"quoted\"]", "arg[*]", "arg[$HOME]",
                "arg[]", "arg[-x y]", "arg[back\\slash]", "arg[new", "line]", "arg[--source=caf\u00e9]");
        assertEquals(expected, run.stdout().lines().filter(line -> !line.startsWith("jvm[")).toList());
        assertEquals("", run.stderr());
    }

    @Test
    void passesTheExitCodeThrough() throws Exception {
        assertEquals(42, launch(Map.of("PROBE_EXIT", "42"), List.of("build")).exit());
        assertEquals(1, launch(Map.of("PROBE_EXIT", "1"), List.of("serve")).exit());
    }

    @Test
    void batchCommandsRunOnC1WithTheParallelCollectorAndServeOnTheDefaults() throws Exception {
        for (List<String> args : List.of(List.of("build", "--source", "serve"), List.of("--quiet", "check", "serve"),
                List.of("new", "serve"), List.of("import", "serve.xml"), List.of("--version"))) {
            List<String> options = jvmOptions(launch(Map.of(), args));
            String command = args.toString();
            assertTrue(options.contains("-XX:TieredStopAtLevel=1"), command + ": " + options);
            assertTrue(options.contains("-XX:CompileThresholdScaling=0.5"), command + ": " + options);
            assertTrue(options.contains("-XX:MetaspaceSize=64m"), command + ": " + options); // no class-metadata GC
            assertTrue(options.contains("-XX:+UseParallelGC"), command + ": " + options);
            assertFalse(options.contains("-XX:+UseSerialGC"), command + ": " + options);
            // a young generation an edit's garbage fits in, in a heap that starts with room for it; half of it
            // for check, which builds the whole site in memory every time
            String young = args.contains("check") ? "-Xmn200m" : "-Xmn400m";
            assertTrue(options.containsAll(List.of("-Xms800m", young)), command + ": " + options);
            assertTrue(options.contains("-Dsun.reflect.inflationThreshold=1000"), command + ": " + options);
        }
        List<String> serve = jvmOptions(launch(Map.of(), List.of("--quiet", "serve", "--source", "build")));
        assertFalse(serve.contains("-XX:TieredStopAtLevel=1"), serve.toString());
        assertFalse(serve.contains("-XX:CompileThresholdScaling=0.5"), serve.toString()); // C2 wants its profiles
        assertFalse(serve.contains("-XX:MetaspaceSize=64m"), serve.toString()); // a long run may unload classes
        assertFalse(serve.contains("-Dsun.reflect.inflationThreshold=1000"), serve.toString()); // its rebuilds want them
        assertTrue(serve.contains("-XX:+UseSerialGC"), serve.toString()); // a smaller heap for a long run
        assertTrue(serve.containsAll(List.of("-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30")), serve.toString());
        assertTrue(serve.containsAll(List.of("-Xms64m", "-Xmn32m")), serve.toString()); // the first build's peak
        assertFalse(serve.contains("-XX:+UseParallelGC") || serve.contains("-Xmn400m"), serve.toString());
        List<String> build = jvmOptions(launch(Map.of(), List.of("build")));
        assertFalse(build.contains("-Xmn32m") || build.contains("-Xms64m"), build.toString()); // the server's sizes
        // a build that renders everything has no edit's garbage to hold: half the young generation, fewer pages touched
        for (List<String> args : List.of(List.of("build", "--no-cache"), List.of("--no-cache", "build", "--source", "s"))) {
            List<String> whole = jvmOptions(launch(Map.of(), args));
            assertTrue(whole.containsAll(List.of("-XX:+UseParallelGC", "-Xms800m", "-Xmn200m")), args + ": " + whole);
            assertFalse(whole.contains("-Xmn400m"), args + ": " + whole);
        }
        List<String> cached = jvmOptions(launch(Map.of(), List.of("build", "--cache-dir", "no-cache")));
        assertTrue(cached.contains("-Xmn400m") && !cached.contains("-Xmn200m"), cached.toString());
        List<String> cappedWhole = jvmOptions(launch(Map.of("DATELINE_OPTS", "-Xmx1g"), List.of("build", "--no-cache")));
        assertFalse(cappedWhole.contains("-Xmn200m") || cappedWhole.contains("-Xms800m"), cappedWhole.toString());
        // a maximum heap of the user's own, perhaps below 800 MB, leaves the sizing to the JVM; the collector stays
        for (String maximum : List.of("-Xmx512m", "-XX:MaxHeapSize=536870912")) {
            List<String> capped = jvmOptions(launch(Map.of("JAVA_OPTS", maximum), List.of("build")));
            assertFalse(capped.contains("-Xms800m") || capped.contains("-Xmn400m"), capped.toString());
            assertTrue(capped.contains("-XX:+UseParallelGC") && capped.contains(maximum), capped.toString());
        }
        List<String> g1 = jvmOptions(launch(Map.of("DATELINE_OPTS", "-XX:+UseG1GC"), List.of("serve")));
        assertFalse(g1.contains("-Xmn32m") || g1.contains("-Xms64m"), g1.toString()); // G1 sizes its heap itself
    }

    @Test
    void batchCommandsGiveTheCompilerOneThreadOnTwoCoresOrFewer() throws Exception {
        String flag = "-XX:CICompilerCount=1";
        assertFlagFollowsFile("DATELINE_CPUS_FILE", flag, List.of("0", "0-1"), List.of("0-3", "0,2", "0-1,4", ""));
        // compilers of the user's own: C2 beside C1 would refuse to start with one thread
        Path online = tmp.resolve("online");
        Files.writeString(online, "0-1\n");
        for (String own : List.of("-XX:TieredStopAtLevel=4", "-XX:-TieredCompilation", "-XX:CICompilerCount=2")) {
            Run run = launch(Map.of("DATELINE_CPUS_FILE", online.toString(), "DATELINE_OPTS", own), List.of("build"));
            assertEquals(0, run.exit(), own + ": " + run.stderr());
            assertFalse(jvmOptions(run).contains(flag), own);
        }
    }

    @Test
    void batchCommandsAskForHugePagesWhenTheKernelHandsThemOut() throws Exception {
        String flag = "-XX:+UseTransparentHugePages";
        // [never]: the JVM would warn on stderr
        assertFlagFollowsFile("DATELINE_THP_FILE", flag, List.of("always [madvise] never", "[always] madvise never"),
                List.of("always madvise [never]"));
        Path setting = tmp.resolve("enabled");
        Files.writeString(setting, "always [madvise] never\n");
        Map<String, String> refused = Map.of("DATELINE_THP_FILE", setting.toString(),
                "DATELINE_OPTS", "-XX:-UseTransparentHugePages");
        List<String> options = jvmOptions(launch(refused, List.of("build")));
        assertTrue(options.indexOf(flag) < options.indexOf("-XX:-UseTransparentHugePages"), options.toString());
    }

    @Test
    void noHugePagesWhereABalloonReportsFreePagesToTheHost() throws Exception {
        String flag = "-XX:+UseTransparentHugePages";
        Path setting = tmp.resolve("enabled");
        Files.writeString(setting, "always [madvise] never\n");
        Path devices = tmp.resolve("virtio devices");
        // a disk and a network card with bit 5 of their own set, as on the test machine
        device(devices, "virtio1", "0x0002", "00100010011001000000000000000100");
        device(devices, "virtio2", "0x0001", "11000101101110110000000000000100");
        Map<String, String> env = Map.of("DATELINE_THP_FILE", setting.toString(),
                "DATELINE_VIRTIO_DIR", devices.toString());
        assertTrue(jvmOptions(launch(env, List.of("build"))).contains(flag));
        Path balloon = device(devices, "virtio0", "0x0005", "01100001000000000000000000000000"); // statistics, no reporting
        assertTrue(jvmOptions(launch(env, List.of("build"))).contains(flag));
        Files.writeString(balloon.resolve("features"), "01100101000000000000000000000000\n"); // reporting
        Run reported = launch(env, List.of("build"));
        assertEquals(0, reported.exit(), reported.stderr());
        assertFalse(jvmOptions(reported).contains(flag), jvmOptions(reported).toString());
        assertTrue(jvmOptions(launch(env, List.of("--quiet", "check"))).containsAll(List.of("-XX:+UseParallelGC",
                "-Xmn200m")), "only the huge pages go");
        Files.writeString(balloon.resolve("device"), "0x0012\n"); // another device with bit 5
        assertTrue(jvmOptions(launch(env, List.of("build"))).contains(flag));
    }

    private static Path device(Path devices, String name, String id, String features) throws IOException {
        Path device = Files.createDirectories(devices.resolve(name));
        Files.writeString(device.resolve("device"), id + "\n");
        Files.writeString(device.resolve("features"), features + "\n");
        return device;
    }

    @Test
    void javaOptsThenDatelineOptsComeLastAndNamingACollectorReplacesOurs() throws Exception {
        Run run = launch(Map.of("JAVA_OPTS", "-Dfrom=java-opts -XX:TieredStopAtLevel=4",
                "DATELINE_OPTS", " -Dfrom=dateline-opts   -XX:+UseParallelGC "), List.of("build"));
        assertEquals(0, run.exit(), run.stderr());
        List<String> options = jvmOptions(run);
        List<String> tail = options.subList(options.size() - 4, options.size());
        assertEquals(List.of("-Dfrom=java-opts", "-XX:TieredStopAtLevel=4", "-Dfrom=dateline-opts",
                "-XX:+UseParallelGC"), tail);
        assertEquals(1, options.stream().filter("-XX:+UseParallelGC"::equals).count(), options.toString());
        assertFalse(options.contains("-Xms800m") || options.contains("-Xmn400m"), options.toString()); // its own sizing
        List<String> serial = jvmOptions(launch(Map.of("DATELINE_OPTS", "-XX:+UseSerialGC"), List.of("build")));
        assertFalse(serial.contains("-XX:+UseParallelGC") || serial.contains("-Xmn400m"), serial.toString());
        List<String> other = jvmOptions(launch(Map.of("DATELINE_OPTS", "-XX:+UseGCOverheadLimit"), List.of("build")));
        assertTrue(other.contains("-XX:+UseParallelGC") && other.contains("-Xmn400m"),
                "an option that names no collector keeps ours: " + other);
    }

    @Test
    void runsTheJavaOfJavaHome() throws Exception {
        Run run = launch(Map.of("JAVA_HOME", System.getProperty("java.home")), List.of("build"));
        assertEquals(0, run.exit(), run.stderr());
        Path nowhere = tmp.resolve("no-java");
        Run wrong = launch(Map.of("JAVA_HOME", nowhere.toString()), List.of("build"));
        assertEquals(127, wrong.exit());
        assertEquals("dateline: JAVA_HOME is " + nowhere + ", but " + nowhere + "/bin/java is not an executable;"
                + " point JAVA_HOME at a Java 17 or later\n", wrong.stderr());
        assertEquals("", wrong.stdout());
    }

    @Test
    void findsTheJarThroughASymlinkAndSaysWhenItIsMissing() throws Exception {
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("dateline"), launcher);
        Run run = run(List.of(bin.resolve("dateline").toString(), "build"), Map.of());
        assertEquals(List.of("arg[build]"), run.stdout().lines().filter(line -> line.startsWith("arg[")).toList());

        Files.delete(home.resolve("dateline.jar"));
        Run missing = launch(Map.of(), List.of("build"));
        assertEquals(127, missing.exit());
        assertEquals("dateline: " + home.resolve("dateline.jar") + " is missing: keep this script beside dateline.jar"
                + " (mvn package writes both into target/)\n", missing.stderr());
    }

    @Test
    void mapsTheClassDataArchiveBesideTheJar() throws Exception {
        relocate(); // Java 17 never maps an archive of a jar whose path has a blank (it still runs, quietly)
        assertFalse(jvmOptions(launch(Map.of(), List.of("build"))).stream().anyMatch(o -> o.contains("SharedArchive")));
        archive();
        Path log = tmp.resolve("class-load.log");
        Run run = launch(Map.of("DATELINE_OPTS", "-Xlog:class+load=info:file=" + log), List.of("build"));
        assertEquals(0, run.exit(), run.stderr());
        assertTrue(jvmOptions(run).contains("-XX:SharedArchiveFile=" + home.resolve("dateline.jsa")));
        assertTrue(Files.readAllLines(log, StandardCharsets.UTF_8).stream().anyMatch(line -> line.endsWith(
                " " + LauncherProbe.class.getName() + " source: shared objects file (top)")),
                "the probe's class did not come from the archive");
        assertEquals("", run.stderr());
    }

    @Test
    void runsQuietlyWithAnArchiveOfAnotherJarOrNoArchiveAtAll() throws Exception {
        relocate();
        archive();
        writeJar(home.resolve("dateline.jar"), "a rebuilt jar"); // the archive no longer fits it
        List<String> expected = List.of("arg[build]", "arg[x]");
        Run stale = launch(Map.of(), List.of("build", "x"));
        assertEquals(0, stale.exit());
        assertEquals(expected, stale.stdout().lines().filter(line -> !line.startsWith("jvm[")).toList());
        assertEquals("", stale.stderr());

        Files.delete(home.resolve("dateline.jsa"));
        Files.write(home.resolve("dateline.jsa"), "not an archive".getBytes(StandardCharsets.UTF_8));
        Run garbage = launch(Map.of(), List.of("build", "x"));
        assertEquals(expected, garbage.stdout().lines().filter(line -> !line.startsWith("jvm[")).toList());
        assertEquals("", garbage.stderr());

        Files.delete(home.resolve("dateline.jsa"));
        Run none = launch(Map.of(), List.of("build", "x"));
        assertEquals(expected, none.stdout().lines().filter(line -> !line.startsWith("jvm[")).toList());
        assertEquals("", none.stderr());
    }

    /**
     * With the file that {@code variable} names holding each of {@code on}, the batch commands get {@code flag}
     * and {@code serve} does not; with each of {@code off}, and with no such file, {@code build} does not, and
     * the launcher prints nothing.
     */
    private void assertFlagFollowsFile(String variable, String flag, List<String> on, List<String> off) throws Exception {
        Path file = tmp.resolve(variable);
        Map<String, String> env = Map.of(variable, file.toString());
        for (String value : on) {
            Files.writeString(file, value + "\n");
            assertTrue(jvmOptions(launch(env, List.of("build"))).contains(flag), value);
            assertTrue(jvmOptions(launch(env, List.of("--quiet", "check"))).contains(flag), value);
            assertFalse(jvmOptions(launch(env, List.of("serve"))).contains(flag), value); // its own options
        }
        for (String value : off) {
            Files.writeString(file, value + "\n");
            assertFalse(jvmOptions(launch(env, List.of("build"))).contains(flag), value);
        }
        Files.delete(file);
        Run without = launch(env, List.of("build"));
        assertEquals(0, without.exit());
        assertEquals("", without.stderr());
        assertFalse(jvmOptions(without).contains(flag));
    }

    private void relocate() throws IOException {
        Path blankless = Files.createDirectories(tmp.toRealPath().resolve("dateline-home"));
        Files.move(launcher, blankless.resolve("dateline"));
        Files.move(home.resolve("dateline.jar"), blankless.resolve("dateline.jar"));
        home = blankless;
        launcher = blankless.resolve("dateline");
    }

    /** What {@code mvn package} does for the real jar: records the classes a run loads into dateline.jsa. */
    private void archive() throws Exception {
        Run dump = run(List.of(JAVA, "-XX:ArchiveClassesAtExit=" + home.resolve("dateline.jsa"), "-Xlog:disable",
                "-jar", home.resolve("dateline.jar").toString()), Map.of());
        assertEquals(0, dump.exit(), dump.stderr());
        assertTrue(Files.isRegularFile(home.resolve("dateline.jsa")));
    }

    private static List<String> jvmOptions(Run run) {
        return run.stdout().lines().filter(line -> line.startsWith("jvm["))
                .map(line -> line.substring(4, line.length() - 1)).toList();
    }

    private Run launch(Map<String, String> env, List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(args);
        return run(command, env);
    }

    private Run run(List<String> command, Map<String, String> env) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile());
        builder.environment().remove("JAVA_OPTS");
        builder.environment().remove("DATELINE_OPTS");
        builder.environment().remove("JAVA_TOOL_OPTIONS"); // the JVM would announce it on stderr
        builder.environment().put("PATH", Path.of(JAVA).getParent() + ":/usr/bin:/bin");
        // no virtio devices, whatever machine the tests run on (see the huge pages' test)
        builder.environment().put("DATELINE_VIRTIO_DIR", tmp.resolve("no virtio devices").toString());
        builder.environment().putAll(env);
        Path out = tmp.resolve("stdout");
        Path err = tmp.resolve("stderr");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int exit = process.waitFor();
        return new Run(exit, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    /** A runnable jar of {@link LauncherProbe}; {@code extra} becomes a text entry, so two jars can differ. */
    private static void writeJar(Path jar, String extra) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, LauncherProbe.class.getName());
        String entry = LauncherProbe.class.getName().replace('.', '/') + ".class";
        Path classFile = Path.of(LauncherProbe.class.getProtectionDomain().getCodeSource().getLocation().getPath())
                .resolve(entry);
        Files.deleteIfExists(jar);
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new JarEntry(entry));
            out.write(Files.readAllBytes(classFile));
            out.closeEntry();
            out.putNextEntry(new JarEntry("extra.txt"));
            out.write(extra.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
    }

    private record Run(int exit, String stdout, String stderr) {
    }
}
