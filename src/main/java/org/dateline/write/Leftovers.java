package org.dateline.write;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What earlier builds left beside the output folder, dealt with when a build starts, whether or not
 * it then writes anything: a killed build's staging folder is removed and a half-swapped output put
 * back ({@link OutputWriter#recover}), and a kept previous output ({@code .NAME.previous}) that this
 * build cannot bring up to date is renamed out of the way ({@code .NAME.trash-<pid>-…}) and deleted on
 * a background thread while the build parses and renders. Deleting a large site's files costs
 * seconds of disk time; done after the swap, it came on top of the build. {@link #close} waits for the
 * deletion, so a finished build leaves no trash; one killed before leaves it to the next build, which
 * deletes every trash folder whose process is gone.
 */
public final class Leftovers implements AutoCloseable {

    static final String TRASH = ".trash-";
    /** Nothing to wait for. */
    public static final Leftovers NONE = new Leftovers(null);

    private final Thread deleting;

    private Leftovers(Thread deleting) {
        this.deleting = deleting;
    }

    /**
     * Tidies up beside {@code output}. Best effort: a folder it may not write into (see
     * {@link OutputFolder}) or one it cannot read is left for {@link Staging} to report.
     *
     * @param previous what the live output holds, as the last build recorded it
     * @param keep whether this build keeps outputs ({@link Staging}'s {@code keep}): only then is the
     *     kept output brought up to date rather than deleted
     */
    public static Leftovers clear(Path output, Path siteRoot, OutputManifest previous, boolean keep) {
        List<Path> trash = new ArrayList<>();
        try {
            OutputFolder.check(output, siteRoot);
            Path target = output.toAbsolutePath().normalize();
            if (!Files.isDirectory(target.getParent())) {
                return NONE;
            }
            OutputWriter.recover(target);
            trash.addAll(abandoned(target));
            Path kept = OutputWriter.previous(target);
            if (Files.isDirectory(kept, LinkOption.NOFOLLOW_LINKS) && !Staging.recyclable(target, previous, keep)
                    && Files.exists(kept.resolve(OutputFolder.MARKER), LinkOption.NOFOLLOW_LINKS)) {
                Path bin = Files.createTempDirectory(target.getParent(), trashPrefix(target)
                        + ProcessHandle.current().pid() + "-");
                Files.delete(bin);
                Files.move(kept, bin, StandardCopyOption.ATOMIC_MOVE);
                trash.add(bin);
            }
        } catch (IOException | RuntimeException e) { // DatelineException too: an output refused is reported by Staging
            // nothing lost: the staging folder recovers again, and the trash waits for the next build
        }
        if (trash.isEmpty()) {
            return NONE;
        }
        Thread thread = new Thread(() -> trash.forEach(Leftovers::delete), "dateline-trash");
        thread.setDaemon(true);
        thread.start();
        return new Leftovers(thread);
    }

    /** Waits until the trash is deleted. */
    @Override
    public void close() {
        if (deleting == null) {
            return;
        }
        try {
            deleting.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the trash waits for the next build
        }
    }

    private static String trashPrefix(Path target) {
        return "." + target.getFileName() + TRASH;
    }

    /** Trash folders beside {@code target} whose process is gone (killed before its deletion finished). */
    private static List<Path> abandoned(Path target) throws IOException {
        String prefix = trashPrefix(target);
        Pattern named = Pattern.compile(Pattern.quote(prefix) + "(\\d{1,18})-.+");
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(target.getParent(), prefix + "*")) {
            for (Path folder : folders) {
                Matcher name = named.matcher(folder.getFileName().toString());
                boolean ours = Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
                        && (Files.exists(folder.resolve(OutputFolder.MARKER), LinkOption.NOFOLLOW_LINKS)
                        || OutputFolder.isEmpty(folder));
                if (name.matches() && ours && ProcessHandle.of(Long.parseLong(name.group(1))).isEmpty()) {
                    found.add(folder);
                }
            }
        }
        return found;
    }

    /**
     * Deletes a trash folder, best effort and never following a link; the marker goes last, so a
     * folder half deleted when the process is killed is still recognisably Dateline's.
     */
    static void delete(Path folder) {
        TempFolders.delete(folder, java.util.Optional.of(folder.resolve(OutputFolder.MARKER)));
    }
}
