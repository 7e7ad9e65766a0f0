package org.dateline.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.dateline.diag.DatelineException;
import org.dateline.diag.SourcePosition;

/**
 * The rules for where a build may write: never the file-system root, the user's home, the site
 * folder or one of its ancestors, nor an existing non-empty folder that Dateline did not create
 * (it leaves {@link #MARKER} in folders it owns).
 */
final class OutputFolder {

    /** The file that marks a folder as Dateline's output, safe to replace. */
    static final String MARKER = ".dateline-output";

    /** The site's own input folders: an output inside one of them would be read back as input. */
    static final java.util.List<String> INPUT_FOLDERS = java.util.List.of("content", "static", "templates", "data");

    private OutputFolder() {
    }

    static void check(Path output, Path siteRoot) {
        check(output, siteRoot, Path.of(System.getProperty("user.home")));
    }

    /** Links are followed: an output that is a link to the home folder is the home folder. */
    static void check(Path output, Path siteRoot, Path homeFolder) {
        Path target = real(output);
        Path site = real(siteRoot);
        String shown = output.toString();
        if (target.getParent() == null || output.toAbsolutePath().normalize().getParent() == null) {
            throw refuse(shown, "is the root of the file system");
        }
        if (target.equals(real(homeFolder))) {
            throw refuse(shown, "is your home folder");
        }
        if (site.startsWith(target)) {
            throw refuse(shown, target.equals(site) ? "is the site folder itself" : "contains the site folder");
        }
        for (String input : INPUT_FOLDERS) {
            if (target.startsWith(site.resolve(input))) {
                // inside static/, every build would copy the last one into itself; inside the others, it is read back
                throw refuse(shown, "is inside the site's " + input + "/ folder");
            }
        }
        if (Files.isRegularFile(target)) {
            throw refuse(shown, "is a file");
        }
        if (Files.isDirectory(target) && !Files.exists(target.resolve(MARKER)) && !isEmpty(target)) {
            throw refuse(shown, "is a folder with files that Dateline did not write");
        }
    }

    static boolean isEmpty(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** The absolute, normalised path with links resolved as far as the path exists. */
    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (IOException e) {
            return absolute;
        }
    }

    private static DatelineException refuse(String output, String why) {
        return DatelineException.at(SourcePosition.of(output), "refusing to write the site here: the output folder "
                + why, "pass --output with a new or empty folder, or one an earlier build wrote");
    }
}
