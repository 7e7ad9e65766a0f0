package org.dateline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package table of the README, enforced on the compiled classes (ArchUnit reads the bytecode,
 * so fully qualified names and static imports count as much as import lines): each package depends
 * only on the packages listed for it, each third-party library stays inside its packages, only
 * {@code cli} prints or exits, there is no mutable static state, nothing reads or changes the
 * machine's locale, zone or charset, and no source file grows past the size we can review.
 */
class ArchitectureTest {

    private static final String ROOT = "org.dateline";
    private static final Path MAIN = Path.of("src/main/java/org/dateline");
    private static final int MAX_LINES = 400;

    /** Package (in dependency order; "" is the root facade) → the Dateline packages it may use. */
    private static final Map<String, Set<String>> ALLOWED = table();

    /** Third-party package → the Dateline packages that may use it. */
    private static final Map<String, Set<String>> LIBRARIES = Map.of(
            "org.snakeyaml..", Set.of("config"),
            "com.vladsch.flexmark..", Set.of("parse", "render", "importer"),
            "org.jsoup..", Set.of("render", "importer"),
            "io.pebbletemplates..", Set.of("template"),
            "org.tomlj..", Set.of("config", "parse"),
            "picocli..", Set.of("cli"),
            "javax.imageio..", Set.of("image"),
            "java.awt..", Set.of("image"),
            "com.sun.net.httpserver..", Set.of("serve"),
            "com.sun.management..", Set.of("serve"));

    /** What main code may use besides itself and {@link #LIBRARIES}: the JDK parts we rely on. */
    private static final String[] JDK = {"java..", "javax.xml..", "org.xml.sax..", "org.w3c.dom..",
        "com.sun.net.httpserver..", "com.sun.management..", "org.jspecify.."};

    private static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages(ROOT);

    private static Map<String, Set<String>> table() {
        Map<String, Set<String>> table = new LinkedHashMap<>();
        table.put("diag", Set.of());
        table.put("markup", Set.of());
        table.put("config", Set.of("diag"));
        table.put("template", Set.of("diag", "config"));
        table.put("load", Set.of("diag", "config"));
        table.put("image", Set.of("diag", "config"));
        table.put("parse", Set.of("diag", "config", "load"));
        table.put("render", Set.of("diag", "config", "load", "image", "parse"));
        table.put("assemble", Set.of("diag", "config", "load", "image", "parse", "render"));
        table.put("syndicate", Set.of("diag", "config", "load", "image", "parse", "render", "assemble"));
        table.put("pages", Set.of("diag", "config", "template", "load", "image", "parse", "render", "assemble",
                "syndicate"));
        table.put("write", Set.of("diag", "config", "assemble"));
        table.put("pipeline", Set.of("diag", "config", "template", "load", "image", "parse", "render", "assemble",
                "syndicate", "pages", "write"));
        table.put("serve", Set.of("diag", "config", "assemble", "write", "pipeline"));
        table.put("importer", Set.of("diag", "config", "template", "load", "image", "parse", "render", "assemble",
                "syndicate", "pages", "write", "pipeline", "serve"));
        table.put("", Set.of("diag", "config", "pipeline", "serve"));
        table.put("cli", Set.of("diag", "config", "template", "load", "image", "parse", "render", "assemble",
                "syndicate", "pages", "write", "pipeline", "serve", "importer", ""));
        // the one escaper of text for HTML and XML sits below every package that writes either
        table.replaceAll((pkg, allowed) -> pkg.equals("diag") || pkg.equals("markup") ? allowed
                : Stream.concat(allowed.stream(), Stream.of("markup")).collect(Collectors.toUnmodifiableSet()));
        return Map.copyOf(table);
    }

    private static String packageName(String pkg) {
        return pkg.isEmpty() ? ROOT : ROOT + "." + pkg;
    }

    @Test
    void everyClassIsInAPackageOfTheTable() {
        classes().should().resideInAnyPackage(ALLOWED.keySet().stream().map(ArchitectureTest::packageName)
                .toArray(String[]::new)).check(MAIN_CLASSES);
    }

    @Test
    void packagesDependOnlyOnWhatTheTableAllows() {
        ALLOWED.forEach((pkg, allowed) -> {
            String[] forbidden = ALLOWED.keySet().stream().filter(other -> !other.equals(pkg) && !allowed.contains(other))
                    .map(ArchitectureTest::packageName).toArray(String[]::new);
            noClasses().that().resideInAPackage(packageName(pkg))
                    .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                    .allowEmptyShould(true).check(MAIN_CLASSES);
        });
    }

    @Test
    void eachLibraryStaysInItsPackages() {
        LIBRARIES.forEach((library, packages) -> noClasses()
                .that().resideOutsideOfPackages(packages.stream().map(ArchitectureTest::packageName).toArray(String[]::new))
                .should().dependOnClassesThat().resideInAPackage(library)
                .check(MAIN_CLASSES));
        List<String> known = new ArrayList<>(List.of(JDK));
        known.add(ROOT + "..");
        known.addAll(LIBRARIES.keySet());
        classes().should().onlyDependOnClassesThat().resideInAnyPackage(known.toArray(String[]::new))
                .because("every library we use is listed in dependencies.md and in this table")
                .check(MAIN_CLASSES);
    }

    @Test
    void onlyTheCommandLinePrintsOrExits() {
        noClasses().that().resideOutsideOfPackage(packageName("cli"))
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().callMethod(System.class, "exit", int.class)
                .orShould().callMethod(Runtime.class, "exit", int.class)
                .orShould().callMethod(Runtime.class, "halt", int.class)
                .orShould().callMethod(Throwable.class, "printStackTrace")
                .check(MAIN_CLASSES);
    }

    @Test
    void nothingDependsOnTheMachinesLocaleZoneOrCharset() {
        ArchRule rule = noClasses()
                .should().callMethod(java.util.Locale.class, "setDefault", java.util.Locale.class)
                .orShould().callMethod(java.util.Locale.class, "setDefault", java.util.Locale.Category.class,
                        java.util.Locale.class)
                .orShould().callMethod(java.util.TimeZone.class, "setDefault", java.util.TimeZone.class)
                .orShould().callMethod(java.util.Locale.class, "getDefault")
                .orShould().callMethod(java.util.Locale.class, "getDefault", java.util.Locale.Category.class)
                .orShould().callMethod(java.util.TimeZone.class, "getDefault")
                .orShould().callMethod(java.time.ZoneId.class, "systemDefault")
                .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
                .orShould().callMethod(String.class, "format", String.class, Object[].class)
                .orShould().callMethod(String.class, "formatted", Object[].class)
                .orShould().callMethod(String.class, "toLowerCase")
                .orShould().callMethod(String.class, "toUpperCase")
                .orShould().callMethod(java.io.PrintStream.class, "printf", String.class, Object[].class)
                .orShould().callMethod(java.io.PrintStream.class, "format", String.class, Object[].class)
                .orShould().callMethod(java.io.PrintWriter.class, "printf", String.class, Object[].class)
                .orShould().callMethod(java.io.PrintWriter.class, "format", String.class, Object[].class)
                .orShould().callConstructor(java.util.Formatter.class)
                .orShould().callConstructor(java.util.Formatter.class, Appendable.class)
                .orShould().callMethod(java.time.format.DateTimeFormatter.class, "ofPattern", String.class)
                .orShould().callMethod(java.time.format.DateTimeFormatter.class, "ofLocalizedDate",
                        java.time.format.FormatStyle.class)
                .orShould().callMethod(java.time.format.DateTimeFormatter.class, "ofLocalizedDateTime",
                        java.time.format.FormatStyle.class)
                .orShould().callMethod(java.text.Collator.class, "getInstance")
                .orShould().callMethod(java.text.NumberFormat.class, "getInstance")
                .orShould().callMethod(java.text.NumberFormat.class, "getNumberInstance")
                .orShould().callMethod(java.text.NumberFormat.class, "getIntegerInstance")
                .orShould().callMethod(java.text.NumberFormat.class, "getPercentInstance")
                .orShould().callConstructor(java.text.DecimalFormat.class, String.class)
                .orShould().callConstructor(java.text.SimpleDateFormat.class, String.class)
                .orShould().callMethod(java.text.MessageFormat.class, "format", String.class, Object[].class)
                .orShould().callMethod(String.class, "getBytes")
                .orShould().callConstructor(String.class, byte[].class)
                .orShould().callConstructor(String.class, byte[].class, int.class, int.class)
                .orShould().callConstructor(java.io.InputStreamReader.class, java.io.InputStream.class)
                .orShould().callConstructor(java.io.OutputStreamWriter.class, java.io.OutputStream.class)
                .orShould().callConstructor(java.io.FileReader.class, String.class)
                .orShould().callConstructor(java.io.FileReader.class, java.io.File.class)
                .orShould().callConstructor(java.io.FileWriter.class, String.class)
                .orShould().callConstructor(java.io.FileWriter.class, java.io.File.class)
                .orShould().callMethod(java.nio.charset.Charset.class, "defaultCharset")
                .because("output is byte-identical whatever the machine's locale, zone and charset: pass Locale.ROOT"
                        + " (or the site's locale), the site's zone and StandardCharsets.UTF_8");
        rule.check(MAIN_CLASSES);
    }

    @Test
    void noMutableStaticState() {
        fields().that().areStatic().should(beFinalAndHoldImmutableValues())
                .allowEmptyShould(true).check(MAIN_CLASSES);
    }

    private static ArchCondition<JavaField> beFinalAndHoldImmutableValues() {
        return new ArchCondition<>("be final and hold an immutable value") {
            @Override
            public void check(JavaField field, ConditionEvents events) {
                if (field.getModifiers().contains(JavaModifier.SYNTHETIC)) {
                    return; // an enum's $VALUES, a switch map: the compiler's, never written to
                }
                if (!field.getModifiers().contains(JavaModifier.FINAL)) {
                    events.add(SimpleConditionEvent.violated(field, field.getFullName() + " is static and not final"));
                    return;
                }
                if (field.getRawType().isPrimitive()) {
                    return;
                }
                try {
                    java.lang.reflect.Field reflected = field.reflect();
                    reflected.setAccessible(true);
                    StaticValues.mutablePart(reflected.get(null)).ifPresent(what -> events.add(
                            SimpleConditionEvent.violated(field, field.getFullName() + " holds " + what)));
                } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                    events.add(SimpleConditionEvent.violated(field, field.getFullName() + " cannot be read: " + e));
                }
            }
        };
    }

    @Test
    void sourceFilesStayReviewable() throws IOException {
        List<String> tooLong = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(MAIN)) {
            for (Path file : walk.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
                long lines = Files.readString(file, StandardCharsets.UTF_8).lines().count();
                if (lines > MAX_LINES) {
                    tooLong.add(file + " has " + lines + " lines");
                }
            }
        }
        assertEquals(List.of(), tooLong);
    }
}
