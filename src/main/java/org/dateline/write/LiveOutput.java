package org.dateline.write;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a check of the live output found it to be: exactly the files a manifest records, each as the
 * build that wrote it left it (same size and modification time), and each file's identity (its
 * {@link BasicFileAttributes#fileKey}, inode and device), taken by the same stat. A build that takes
 * pages over from the live output ({@link Staging#reuse}) then needs no second stat of each one:
 * a fresh start checked all 14,000 files of a 10,000-article site, then each page's reuse took the
 * same stat again, about 70 ms of CPU.
 *
 * <p>What it trusts: that the output does not change between the check and the swap, as a stat taken
 * at each page's reuse already trusts for the time between that stat and the swap.
 */
public final class LiveOutput {

    private final OutputManifest manifest;
    private final Map<String, Object> fileKeys;
    private final Optional<Set<String>> keptHolds;
    private final Optional<Set<String>> renewed;

    private LiveOutput(OutputManifest manifest, Map<String, Object> fileKeys, Optional<Set<String>> keptHolds,
                       Optional<Set<String>> renewed) {
        this.manifest = manifest;
        this.fileKeys = fileKeys;
        this.keptHolds = keptHolds;
        this.renewed = renewed;
    }

    /**
     * The live output {@code output}, if it is exactly what {@code previous} describes: the folder it
     * was written to, Dateline's, and every file as that build left it. A stat per file (14,000 on a
     * 10,000-article site), on every core, as the scan of the sources is.
     */
    public static Optional<LiveOutput> check(Path output, Path siteRoot, OutputManifest previous) {
        Optional<Path> written = target(output, siteRoot, previous);
        if (written.isEmpty() || previous.entries().isEmpty()) {
            return Optional.empty();
        }
        Path target = written.get();
        Map<String, Object> keys = new ConcurrentHashMap<>(previous.entries().size() * 4 / 3 + 1);
        boolean intact = previous.entries().entrySet().parallelStream().allMatch(entry -> {
            BasicFileAttributes attributes = Staging.attributes(OutputWriter.inside(target, entry.getKey()));
            if (attributes == null || !Staging.intact(attributes, entry.getValue())) {
                return false;
            }
            Object key = attributes.fileKey();
            if (key != null) { // a file system without inodes: the page's reuse stats it
                keys.put(entry.getKey(), key);
            }
            return true;
        });
        return intact ? Optional.of(new LiveOutput(previous, keys, Optional.empty(), Optional.empty())) : Optional.empty();
    }

    /**
     * Whether the live output already is what this build would write: the previous build recorded
     * exactly these pages under these (non-empty) keys, the same static files, and every file is as
     * it left it. Then the build need not write, link or swap anything.
     *
     * @param keys every page of this build by output path, with its key
     */
    static boolean isCurrent(Path output, Path siteRoot, Path staticDir, List<CopiedFile> copies,
                                    Map<String, String> keys, OutputManifest previous) {
        Optional<Path> written = target(output, siteRoot, previous);
        if (written.isEmpty()) {
            return false;
        }
        Path target = written.get();
        StaticFiles statics = new StaticFiles().addTheme(LiveOutput.class.getClassLoader()).addSite(staticDir)
                .addCopies(copies);
        if (previous.entries().size() != keys.size() + statics.files().size()) {
            return false;
        }
        for (Map.Entry<String, String> page : keys.entrySet()) {
            OutputManifest.Entry before = previous.entries().get(page.getKey());
            if (page.getValue().isEmpty() || before == null || !before.key().equals(page.getValue())
                    || !Staging.intact(target, page.getKey(), before)) {
                return false;
            }
        }
        for (Map.Entry<String, StaticFiles.Source> file : statics.files().entrySet()) {
            OutputManifest.Entry before = previous.entries().get(file.getKey());
            try (InputStream in = file.getValue().open()) {
                if (before == null || !Staging.intact(target, file.getKey(), before)
                        || !OutputWriter.holds(OutputWriter.inside(target, file.getKey()), in.readAllBytes())) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code output} as an absolute path, when it is the folder {@code previous} was written to and holds
     * Dateline's marker; after the check that it is a folder Dateline may write ({@link OutputFolder#check}).
     */
    private static Optional<Path> target(Path output, Path siteRoot, OutputManifest previous) {
        OutputFolder.check(output, siteRoot);
        Path target = output.toAbsolutePath().normalize();
        return previous.output().equals(target.toString()) && Files.isRegularFile(target.resolve(OutputFolder.MARKER))
                ? Optional.of(target) : Optional.empty();
    }

    /**
     * This check, with what the output kept beside the live one holds (see {@link Staging#keptHolds}) and
     * which of the live files the build that wrote them wrote anew ({@link Staging#renewed}), when known.
     */
    public LiveOutput withKept(Optional<Set<String>> files, Optional<Set<String>> renewed) {
        return new LiveOutput(manifest, fileKeys, files.map(java.util.Collections::unmodifiableSet),
                renewed.map(java.util.Collections::unmodifiableSet));
    }

    /**
     * Whether the kept output's file at {@code path} is the live one, which the check found as its build left
     * it: the kept output holds the path and the build that wrote the live output did not write it anew, but
     * linked it from the output it replaced, the kept one (or copied its bytes where links are not supported).
     * Then {@link Staging#keepUnchanged} may take it over without a look: 14,000 stats of a 10,000-article
     * site's kept files, ~0.1 s of CPU of a fresh-JVM edit on this machine, where a stat costs ~9 µs.
     * What it trusts: that nothing replaced or deleted a file in the kept output since (README: "Incremental
     * output"); a file edited in place is one file with the live one, which the check looked at.
     */
    public boolean shares(String path) {
        return renewed.isPresent() && keptHolds.isPresent() && fileKeys.containsKey(path)
                && !renewed.get().contains(path) && keptHolds.get().contains(path);
    }

    /** What the output kept beside the live one holds, when known. */
    Optional<Set<String>> keptHolds() {
        return keptHolds;
    }

    /**
     * The identity of the live file at {@code path} as the check found it, when the check was of
     * {@code previous} (the very manifest, not an equal one); null when not known.
     */
    Object fileKey(OutputManifest previous, String path) {
        return previous == manifest ? fileKeys.get(path) : null;
    }
}
