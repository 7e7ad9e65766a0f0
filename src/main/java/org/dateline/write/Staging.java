package org.dateline.write;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.dateline.diag.DatelineException;
import org.dateline.diag.Problem;
import org.dateline.diag.SourcePosition;

/**
 * One build's output while it is written: pages go into a staging folder beside the output as they
 * are rendered (from any thread), and {@link #commit} adds the static files and swaps the staging
 * folder in whole. A file whose bytes are those of the previous build is hard-linked from the live
 * output instead of written again (copied where links are not supported), so a rebuild writes only
 * what changed, and the live output is never touched until the swap. Closing without committing
 * deletes the staging folder and leaves the previous output as it was.
 */
public final class Staging implements AutoCloseable {

    private final String shown;
    private final Path target;
    private final Path staging;
    private final StaticFiles statics;
    private final OutputManifest previous;
    private final boolean unrecordedLive; // a live output no manifest describes: its files are compared by their bytes
    private final Map<String, OutputManifest.Entry> entries;
    private final java.util.Set<String> renewed = ConcurrentHashMap.newKeySet();
    private final MadeFolders folders = new MadeFolders();
    private final AtomicInteger pages = new AtomicInteger();
    private final AtomicLong bytes = new AtomicLong();
    private boolean committed;
    /** Whether the staging folder is the kept previous output, brought up to date rather than filled anew. */
    private final boolean recycled;
    private final boolean keep;
    private java.util.Optional<java.util.Set<String>> keptHolds = java.util.Optional.empty();
    private java.util.Optional<OutputManifest> replaced = java.util.Optional.empty();
    /** This build's check of the live output, if it made one: see {@link #checked}. */
    private volatile LiveOutput checked;

    /**
     * Checks the output folder and that no static file collides with a page, then makes the staging folder.
     *
     * @param pageOrigins every page the build will write, by output path, with what makes it (for messages)
     * @param previous what the live output holds, as the previous build left it ({@link OutputManifest#EMPTY}
     *     to write everything)
     */
    public Staging(Path output, Path siteRoot, Path staticDir, List<CopiedFile> copies, Map<String, String> pageOrigins,
                   OutputManifest previous) {
        this(output, siteRoot, staticDir, copies, pageOrigins, previous, false);
    }

    /**
     * @param keep keep the output this build replaces beside the new one (as {@code .NAME.previous}),
     *     for the next build to bring up to date: it then touches only the files that changed since,
     *     where a new staging folder needs a hard link for every unchanged file
     */
    public Staging(Path output, Path siteRoot, Path staticDir, List<CopiedFile> copies, Map<String, String> pageOrigins,
                   OutputManifest previous, boolean keep) {
        this(output, siteRoot, () -> StaticsChecked.of(staticDir, copies, pageOrigins, java.util.Optional.empty()), previous, keep);
    }

    /** @param statics the static files checked against this build's pages, asked for once the output folder is checked */
    public Staging(Path output, Path siteRoot, java.util.function.Supplier<StaticsChecked> statics, OutputManifest previous,
                   boolean keep) {
        this.keep = keep;
        OutputFolder.check(output, siteRoot);
        this.shown = output.toString();
        this.target = output.toAbsolutePath().normalize();
        this.statics = statics.get().files();
        this.previous = previous.output().equals(target.toString()) ? previous : OutputManifest.EMPTY;
        this.entries = new ConcurrentHashMap<>(this.previous.entries().size() * 4 / 3 + 16); // never resized while pages come
        this.unrecordedLive = this.previous.entries().isEmpty() && Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS);
        try {
            Files.createDirectories(target.getParent());
            OutputWriter.recover(target);
            this.staging = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + OutputWriter.STAGING);
            Path kept = OutputWriter.previous(target);
            // the output before the live one shares most files with it (hard links): bringing it up to
            // date touches only what changed since, where a new folder would need a link per file
            this.recycled = recyclable(target, this.previous, keep);
            if (recycled) {
                Files.delete(staging);
                Files.move(kept, staging, StandardCopyOption.ATOMIC_MOVE);
            } else if (Files.exists(kept, LinkOption.NOFOLLOW_LINKS)) {
                OutputWriter.deleteTree(kept);
            }
            // first, so a staging folder left by a killed build is recognisably ours
            Files.writeString(staging.resolve(OutputFolder.MARKER), "This folder is written by Dateline and"
                    + " replaced whole on every build.\n");
        } catch (IOException | UncheckedIOException e) {
            throw failure(e);
        }
    }

    /**
     * Whether the kept output beside {@code target} ({@code .NAME.previous}) is brought up to date by
     * a build that keeps outputs, rather than deleted: it is Dateline's, and the build knows what the
     * live output holds.
     */
    static boolean recyclable(Path target, OutputManifest previous, boolean keep) {
        Path kept = OutputWriter.previous(target);
        return keep && previous.output().equals(target.toString()) && !previous.entries().isEmpty()
                && Files.isDirectory(kept, LinkOption.NOFOLLOW_LINKS)
                && Files.isRegularFile(kept.resolve(OutputFolder.MARKER), LinkOption.NOFOLLOW_LINKS);
    }

    /** Whether the live output already is what this build would write: see {@link LiveOutput#isCurrent}. */
    public static boolean isCurrent(Path output, Path siteRoot, Path staticDir, List<CopiedFile> copies,
                                    Map<String, String> keys, OutputManifest previous) {
        return LiveOutput.isCurrent(output, siteRoot, staticDir, copies, keys, previous);
    }

    /**
     * Whether the live output is exactly what {@code previous} describes: the folder it was written to,
     * Dateline's, and every file as that build left it (same size and modification time). The caller
     * knows from its own records that the build would write those files again.
     */
    public static boolean isIntact(Path output, Path siteRoot, OutputManifest previous) {
        return LiveOutput.check(output, siteRoot, previous).isPresent();
    }

    /**
     * Takes the page at {@code path} from the live output when the previous build recorded it under
     * the same non-empty {@code key} and the file is still as that build left it.
     *
     * @return false when the page must be rendered and {@link #write written}
     */
    public boolean reuse(String path, String key) {
        if (key.isEmpty()) {
            return false;
        }
        OutputManifest.Entry before = previous.entries().get(path);
        if (before == null || !before.key().equals(key)) {
            return false;
        }
        Path live = OutputWriter.inside(target, path);
        Object checkedKey = checked == null ? null : checked.fileKey(previous, path);
        if (checkedKey != null) { // found intact by the check of the whole output, this build: not looked at again
            try {
                link(path, before, live, checkedKey);
                return true;
            } catch (IOException e) {
                return false;
            }
        }
        // one stat of the live file tells both that it is intact and, in a kept output, whether the file there is it
        BasicFileAttributes attributes = attributes(live);
        if (attributes == null || !intact(attributes, before)) {
            return false;
        }
        try {
            link(path, before, live, attributes.fileKey());
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Takes the page at {@code path} as the kept output holds it, without looking at a file, when the
     * previous build recorded it under the same non-empty {@code key}. Only for a caller that knows the
     * kept file is the live one (the previous build took it over unchanged, and nothing else writes the
     * output, as in the dev server's own folder). Called on one thread, page after page: a rebuild after
     * an edit keeps almost every page this way.
     *
     * @return false when the page must be reused or written
     */
    public boolean keepUnchanged(String path, String key) {
        OutputManifest.Entry before = recycled && !key.isEmpty() ? previous.entries().get(path) : null;
        if (before == null || !before.key().equals(key)) {
            return false;
        }
        record(path, before);
        return true;
    }

    /**
     * Writes one page (any thread); bytes equal to the live file's (read only if its size is) are linked, even
     * with no record of the live output (--no-cache): the output it replaces, kept, then shares them too.
     */
    public void write(String path, String key, byte[] content) {
        OutputManifest.Entry before = previous.entries().get(path);
        try {
            if (before != null && before.size() == content.length && intact(target, path, before)
                    && OutputWriter.holds(OutputWriter.inside(target, path), content)) {
                link(path, new OutputManifest.Entry(key, before.size(), before.modified()));
                return;
            }
            Path live = OutputWriter.inside(target, path);
            BasicFileAttributes found = unrecordedLive ? attributes(live) : null; // a link is never taken over
            if (found != null && found.isRegularFile() && found.size() == content.length && OutputWriter.holds(live, content)) {
                link(path, new OutputManifest.Entry(key, content.length, found.lastModifiedTime().toMillis()), live, null);
                return;
            }
            Path file = OutputWriter.inside(staging, path);
            clear(file);
            try (OutputStream out = Files.newOutputStream(file)) {
                out.write(content);
            }
            record(path, new OutputManifest.Entry(key, content.length, modified(file)));
            renewed.add(path);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** Adds the static files (linked when unchanged), then swaps the staging folder in for the output. */
    public WriteReport commit() {
        int pageCount = pages.get();
        try {
            for (Map.Entry<String, StaticFiles.Source> entry : statics.files().entrySet()) {
                byte[] content;
                try (InputStream in = entry.getValue().open()) {
                    content = in.readAllBytes();
                }
                write(entry.getKey(), "", content);
            }
            if (recycled && keptHolds.isEmpty()) {
                KeptOutput.prune(staging, entries.keySet()); // the files produced: every one is recorded
            } else if (recycled && !entries.keySet().containsAll(keptHolds.get())) {
                KeptOutput.prune(staging, keptHolds.get(), entries.keySet());
            }
            OutputWriter.swap(staging, target, keep);
            committed = true;
            if (unrecordedLive && keep) {
                replaced = KeptOutput.listed(target);
            }
        } catch (IOException | UncheckedIOException e) {
            throw failure(e);
        }
        return new WriteReport(target, pageCount, statics.files().size(), bytes.get());
    }

    /**
     * Tells that the kept output this build brings up to date holds exactly {@code files} (the caller
     * recorded them when that output was written): when this build produces all of them, nothing is
     * left to delete; else those it does not produce are deleted. Either way the folder is not walked.
     */
    public void keptHolds(java.util.Set<String> files) {
        keptHolds = java.util.Optional.of(java.util.Collections.unmodifiableSet(files)); // a manifest's: never changes
    }

    /**
     * Tells what this build's check of the live output found ({@link LiveOutput#check}, of the manifest
     * this staging was given): a page reused from it is not looked at again; and what the kept output
     * holds, when the check knows it (see {@link #keptHolds}). Before any page is reused or written.
     */
    public void checked(LiveOutput live) {
        checked = live;
        live.keptHolds().ifPresent(this::keptHolds);
    }

    /**
     * What the output this build replaced and kept holds, when no manifest described it (after {@code --no-cache}),
     * listed after the swap: the next build need not walk it for files to delete. Else empty (the manifest says).
     */
    public java.util.Optional<OutputManifest> replaced() {
        return replaced;
    }

    /** What the output holds once committed: the previous manifest for the next build. */
    public OutputManifest manifest() {
        return new OutputManifest(target.toString(), entries);
    }

    /**
     * The files written anew, static files included: each other file the output holds is one file with the
     * output it replaces (a hard link, or a copy of its bytes), which the next build keeps beside it and takes
     * over when the live file is as this build left it ({@link LiveOutput#shares}).
     */
    public java.util.Set<String> renewed() {
        return java.util.Set.copyOf(renewed);
    }

    /** Files actually written (not linked from the previous output), static files included. */
    public int written() {
        return renewed.size();
    }

    @Override
    public void close() {
        if (!committed) {
            try {
                OutputWriter.deleteTree(staging);
            } catch (IOException e) {
                // the next build's recovery removes it
            }
        }
    }

    private void link(String path, OutputManifest.Entry entry) throws IOException {
        Path live = OutputWriter.inside(target, path);
        BasicFileAttributes attributes = recycled ? attributes(live) : null;
        link(path, entry, live, attributes == null ? null : attributes.fileKey());
    }

    /**
     * Puts the live file {@code live} at {@code path} in the staging folder.
     *
     * @param liveKey the live file's {@link BasicFileAttributes#fileKey}, null when not known: then it is linked anew
     */
    private void link(String path, OutputManifest.Entry entry, Path live, Object liveKey) throws IOException {
        Path file = OutputWriter.inside(staging, path);
        if (recycled && liveKey != null) {
            BasicFileAttributes kept = attributes(file);
            if (kept != null && liveKey.equals(kept.fileKey())) { // unchanged since the kept output: nothing to do
                record(path, entry);
                return;
            }
        }
        clear(file);
        OutputWriter.linkOrCopy(file, live);
        record(path, entry);
    }

    /** The attributes of {@code file} itself (not of a link's target); null when it cannot be read. */
    static BasicFileAttributes attributes(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Makes room for a new file at {@code file}: its folders exist, and in a kept output whatever was
     * there is removed first (never written into: it may be a hard link to a live file), a file in the
     * way of a folder too.
     */
    private void clear(Path file) throws IOException {
        folders.make(staging, file.getParent(), recycled);
        if (recycled) {
            if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                OutputWriter.deleteTree(file);
            } else {
                Files.deleteIfExists(file);
            }
        }
    }

    private void record(String path, OutputManifest.Entry entry) {
        entries.put(path, entry);
        bytes.addAndGet(entry.size());
        if (!statics.files().containsKey(path)) {
            pages.incrementAndGet();
        }
    }

    /** The live file is the one the previous build wrote: same size and modification time. */
    static boolean intact(Path target, String path, OutputManifest.Entry before) {
        BasicFileAttributes attributes = attributes(OutputWriter.inside(target, path));
        return attributes != null && intact(attributes, before);
    }

    static boolean intact(BasicFileAttributes attributes, OutputManifest.Entry before) {
        return attributes.isRegularFile() && attributes.size() == before.size()
                && attributes.lastModifiedTime().toMillis() == before.modified();
    }

    private static long modified(Path file) throws IOException {
        return Files.getLastModifiedTime(file).toMillis();
    }

    private DatelineException failure(Exception e) {
        return new DatelineException(Problem.error(SourcePosition.of(shown),
                "cannot write the site: " + e.getMessage(), "check free disk space and permissions;"
                        + " the previous output is unchanged"), e);
    }
}
