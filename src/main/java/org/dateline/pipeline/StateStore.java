package org.dateline.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.dateline.assemble.Parallel;
import org.dateline.diag.Problem;
import org.dateline.diag.Reporter;
import org.dateline.diag.SourcePosition;

/**
 * Where the {@link SiteState} of the last build lives: in memory for a long-lived engine, and as
 * {@code site.state} in the cache folder (written under a temporary name and renamed). A state file
 * that is damaged, truncated or another Dateline's is ignored with one warning: the build then checks
 * every article and page by its key, as if there were no state.
 */
final class StateStore {

    private final Optional<Path> dir;
    private final String stamp;
    private final boolean onDisk;
    private Optional<SiteState> state = Optional.empty();
    private boolean loaded;
    private Optional<FreshIndex> index = Optional.empty();
    private boolean indexLoaded;
    /** The index but for its pages ({@link FreshArticles}), once read: what the scan asks for, before the pages are decoded. */
    private Optional<FreshArticles> articles = Optional.empty();
    private boolean articlesLoaded;
    /** The pages section of the index read from the file, kept after the index is cleared: see {@link #pagesRead}. */
    private Optional<FreshIndex.PageSection> pagesRead = Optional.empty();
    /** The base of the manifest's entries in the state file read, which the next state file writes as it is. */
    private Optional<EntrySection.Base<org.dateline.write.OutputManifest.Entry>> manifestRead = Optional.empty();
    /** The base of the articles in the index file read, which the next index file writes as it is. */
    private Optional<EntrySection.Base<FreshIndex.Seen>> articlesRead = Optional.empty();
    /** The problem found reading the index, until {@link #index} reports it. */
    private Optional<Problem> indexProblem = Optional.empty();
    /** The problem found reading the state, until {@link #get} reports it. */
    private Optional<Problem> stateProblem = Optional.empty();
    /** The files' reading started ahead ({@link #readAhead}), if it was; every other method waits for it first. */
    private Optional<java.util.concurrent.FutureTask<Void>> reading = Optional.empty();
    /** The site record's reading, started ahead with the index's. */
    private Optional<java.util.concurrent.FutureTask<Optional<SiteRecord>>> recordAhead = Optional.empty();
    /** Whether that reading takes the index too. */
    private boolean indexAhead;
    /** The index's articles' part of that reading, done before the rest: see {@link #known}. */
    private Optional<java.util.concurrent.FutureTask<Void>> indexReading = Optional.empty();

    /**
     * @param dir the cache folder, if any
     * @param onDisk whether the state is read from and written to {@code site.state} there; the dev
     *     server's is not (its output is its own temporary folder), so it leaves the file to {@code build}
     */
    StateStore(Optional<Path> dir, String stamp, boolean onDisk) {
        this.dir = dir;
        this.stamp = stamp;
        this.onDisk = onDisk;
    }

    /**
     * Starts reading and decoding {@code site.state} (and {@code fresh.state} first, when {@code withIndex})
     * on a thread of its own, while the caller loads the sources: the methods below wait for it and
     * report its problems as if they had read the files themselves. Does nothing after a first read.
     */
    void readAhead(boolean withIndex) {
        if (reading.isEmpty() && onDisk && dir.isPresent() && !loaded) {
            indexAhead = withIndex;
            if (withIndex) { // a thread of its own: the state's is waited for as soon as the sources are loaded
                recordAhead = Optional.of(Parallel.aside("dateline-record-read", this::readRecord));
            }
            java.util.concurrent.FutureTask<Void> indexing = new java.util.concurrent.FutureTask<>(() -> {
                if (withIndex) {
                    articles();
                }
                return null;
            });
            indexReading = Optional.of(indexing);
            reading = Optional.of(Parallel.aside("dateline-state-read", () -> {
                indexing.run();
                Parallel.result(indexing); // a failure is the whole reading's, as it was
                if (withIndex) {
                    index(); // its pages, while the scan takes the articles
                }
                state();
                return null;
            }));
        }
    }

    /** Waits for the reading started ahead, if any; safe from any thread once {@link #readAhead} has returned. */
    private void settle() {
        if (reading.isEmpty()) {
            return;
        }
        Parallel.result(reading.get());
    }

    /** The last build's state, if one is known and intact; a damaged file is reported once through {@code problems}. */
    Optional<SiteState> get(java.util.function.Consumer<Problem> problems) {
        settle();
        Optional<SiteState> read = state();
        stateProblem.ifPresent(problems);
        stateProblem = Optional.empty();
        return read;
    }

    /** The state, any problem found with it kept for {@link #get} to report. */
    private Optional<SiteState> state() {
        java.util.function.Consumer<Problem> problems = problem -> stateProblem = Optional.of(problem);
        if (!loaded && onDisk && dir.isPresent()) {
            loaded = true;
            Path file = dir.get().resolve(SiteState.FILE);
            try {
                byte[] data = SealedBytes.readFile(file);
                Optional<SiteState.Read> read = SiteState.read(data, stamp);
                state = read.map(SiteState.Read::state);
                manifestRead = read.map(SiteState.Read::manifestBase);
                if (state.isEmpty()) {
                    problems.accept(SiteState.otherVersion(data, stamp) ? otherVersion(file) : damaged(file));
                }
            } catch (NoSuchFileException e) {
                state = Optional.empty();
            } catch (IOException e) {
                problems.accept(damaged(file));
            }
        }
        return state;
    }

    /**
     * The index for a fresh start ({@link FreshIndex}) the last build left, if one is kept and intact;
     * a damaged file is reported once through {@code problems}. Never kept in memory alone: a
     * long-lived engine has its own state of the last build.
     */
    Optional<FreshIndex> index(java.util.function.Consumer<Problem> problems) {
        settle();
        Optional<FreshIndex> read = index();
        indexProblem.ifPresent(problems);
        indexProblem = Optional.empty();
        return read;
    }

    /**
     * The index, if this build read it already ({@link #index(java.util.function.Consumer)}) and it is the one
     * {@code state}'s build left ({@link FreshIndex#belongsTo}): never read here.
     */
    Optional<FreshIndex> indexRead(SiteState state) {
        settle();
        return indexLoaded ? index.filter(read -> read.belongsTo(state)) : Optional.empty();
    }

    /** The index, any problem found with it kept for {@link #index(java.util.function.Consumer)} to report. */
    private Optional<FreshIndex> index() {
        if (!indexLoaded && onDisk && dir.isPresent()) {
            indexLoaded = true;
            Optional<FreshArticles> read = articles();
            Optional<FreshIndex.Read> whole = read.flatMap(FreshArticles::read);
            index = whole.map(FreshIndex.Read::index);
            articlesRead = whole.map(FreshIndex.Read::articlesBase);
            pagesRead = index.flatMap(FreshIndex::section);
            if (read.isPresent() && index.isEmpty()) {
                indexProblem = Optional.of(damaged(dir.get().resolve(FreshIndex.FILE)));
            }
        }
        return index;
    }

    /** The index but for its pages, any problem found with its file kept for {@link #index(java.util.function.Consumer)} to report. */
    private Optional<FreshArticles> articles() {
        java.util.function.Consumer<Problem> problems = problem -> indexProblem = Optional.of(problem);
        if (!articlesLoaded && onDisk && dir.isPresent()) {
            articlesLoaded = true;
            Path file = dir.get().resolve(FreshIndex.FILE);
            try {
                byte[] data = SealedBytes.readFile(file);
                articles = FreshIndex.articles(data, stamp);
                if (articles.isEmpty()) {
                    problems.accept(FreshIndex.otherVersion(data, stamp) ? otherVersion(file) : damaged(file));
                }
            } catch (NoSuchFileException e) {
                articles = Optional.empty();
            } catch (IOException e) {
                problems.accept(damaged(file));
            }
        }
        return articles;
    }

    /**
     * What the last build's scan recorded of the articles' stats and digests (in its {@link FreshIndex}),
     * or {@link org.dateline.load.KnownArticles#NONE}. A damaged index is not reported here but by the
     * next {@link #index(java.util.function.Consumer)}: only a build that would take a fresh start from it
     * warns (after a Dateline upgrade, the state's own warning is the one).
     */
    org.dateline.load.KnownArticles known() {
        return known(() -> { });
    }

    /**
     * As {@link #known()}, running {@code missed} once, on the scan's thread, when the first article is not
     * known by its stat: one was edited (or added), so the build will ask the article cache (a fresh start
     * or the whole way), whose summaries pack ({@link ArticleCache#prefetch}) is then read beside the rest of
     * the scan and the fingerprints: after a body edit of the 10,000-article corpus one core was idle while
     * the main thread digested the site's inputs, and the pack was read only after. A build that finds
     * nothing changed does not read it.
     */
    org.dateline.load.KnownArticles known(Runnable missed) {
        org.dateline.load.KnownArticles known = recorded();
        java.util.concurrent.atomic.AtomicBoolean told = new java.util.concurrent.atomic.AtomicBoolean();
        return (relPath, stat) -> {
            Optional<String> digest = known.digest(relPath, stat);
            if (digest.isEmpty() && !told.getAndSet(true)) {
                missed.run();
            }
            return digest;
        };
    }

    private org.dateline.load.KnownArticles recorded() {
        if (!indexAhead) {
            return articles().map(FreshArticles::known).orElse(org.dateline.load.KnownArticles.NONE);
        }
        // read ahead: the scan asks only after walking the folders, so the index is decoded meanwhile; the scan
        // waits for the index's articles alone (its pages are decoded after them: ~60 ms of CPU for 10,000 articles,
        // which a leaner walk came to wait for), and the state's is decoded beside its stats (it waited 70 ms for it
        // after a body edit of the 10,000-article corpus, one core idle)
        org.dateline.load.KnownArticles[] known = new org.dateline.load.KnownArticles[1];
        java.util.concurrent.FutureTask<Void> indexing = indexReading.orElseThrow();
        return (relPath, stat) -> {
            Parallel.result(indexing); // then articles() only returns what the reading left, from any of the scan's threads
            org.dateline.load.KnownArticles settled = known[0];
            if (settled == null) {
                settled = articles().map(FreshArticles::known).orElse(org.dateline.load.KnownArticles.NONE);
                known[0] = settled; // racy but benign: every thread computes the same
            }
            return settled.digest(relPath, stat);
        };
    }

    /**
     * The pages and their reach as the index this engine read holds them, which a new index with the
     * same pages writes as they are ({@link FreshIndex.PageSection}).
     */
    Optional<FreshIndex.PageSection> pagesRead() {
        settle();
        return pagesRead;
    }

    /** The base of the articles in the index file read, which {@link #putIndex} writes against. */
    Optional<EntrySection.Base<FreshIndex.Seen>> articlesRead() {
        settle();
        return articlesRead;
    }

    /** Keeps {@code made} for the next build's fresh start; a build that cannot write it only loses speed. */
    void putIndex(FreshIndex made, Reporter reporter) {
        settle();
        indexLoaded = true;
        index = Optional.empty(); // read again only by another engine: this one builds from its own state
        articlesLoaded = true;
        articles = Optional.empty();
        if (onDisk && dir.isPresent()) {
            try {
                write(dir.get(), FreshIndex.FILE, made.encode(stamp, articlesRead));
            } catch (IOException e) {
                reporter.debug(() -> "could not save the fresh-start index: " + e.getMessage());
            }
        }
    }

    /** Forgets the state before the output changes: if the build dies before {@link #put}, none is left. */
    void clear(Reporter reporter) {
        settle();
        loaded = true;
        state = Optional.empty();
        indexLoaded = true;
        index = Optional.empty();
        articlesLoaded = true;
        articles = Optional.empty();
        if (onDisk && dir.isPresent()) {
            try {
                Files.deleteIfExists(dir.get().resolve(SiteState.FILE));
                Files.deleteIfExists(dir.get().resolve(FreshIndex.FILE));
                Files.deleteIfExists(dir.get().resolve(SiteRecord.FILE));
            } catch (IOException e) {
                reporter.debug(() -> "could not remove the old site state: " + e.getMessage());
            }
        }
    }

    void put(SiteState made, Reporter reporter) {
        settle();
        loaded = true;
        state = Optional.of(made);
        if (dir.isEmpty()) {
            return;
        }
        Path folder = dir.get();
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(".gitignore"), "*\n", StandardCharsets.UTF_8);
            if (!onDisk) {
                return;
            }
            write(folder, SiteState.FILE, made.encode(stamp, manifestRead));
        } catch (IOException e) {
            reporter.debug(() -> "could not save the site state: " + e.getMessage());
        }
    }

    /**
     * The last build's site record ({@link SiteRecord}), if one is kept, intact and this Dateline's: as
     * read ahead with the index, else read now. A damaged one is not reported: without it a fresh start
     * assembles the site, and the build writes it again.
     */
    Optional<SiteRecord> record() {
        return recordAhead.map(Parallel::result).orElseGet(this::readRecord);
    }

    private Optional<SiteRecord> readRecord() {
        if (!onDisk || dir.isEmpty()) {
            return Optional.empty();
        }
        try {
            return SiteRecord.decode(SealedBytes.readFile(dir.get().resolve(SiteRecord.FILE)), stamp);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Keeps {@code made} for the next build's fresh start; when empty, deletes the last one's. */
    void putRecord(Optional<SiteRecord> made, Reporter reporter) {
        if (onDisk && dir.isPresent()) {
            try {
                if (made.isPresent()) {
                    write(dir.get(), SiteRecord.FILE, made.get().encode(stamp));
                } else {
                    Files.deleteIfExists(dir.get().resolve(SiteRecord.FILE));
                }
            } catch (IOException e) {
                reporter.debug(() -> "could not save the site record: " + e.getMessage());
            }
        }
    }

    /** Writes {@code data} as {@code name} in {@code folder}, under a temporary name first, then renamed. */
    private static void write(Path folder, String name, byte[] data) throws IOException {
        Path temporary = Files.createTempFile(folder, ".", ".tmp");
        Files.write(temporary, data);
        try {
            Files.move(temporary, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Problem otherVersion(Path file) {
        return Problem.warning(SourcePosition.of(file.toString()), "the build state was written by another build of"
                + " Dateline, so every article and page was checked again", "nothing to do: it has been rewritten");
    }

    private static Problem damaged(Path file) {
        return Problem.warning(SourcePosition.of(file.toString()), "the build state was damaged or unreadable,"
                + " so every article and page was checked again", "nothing to do: it has been rewritten;"
                + " if this repeats, check the disk or delete the cache folder");
    }
}
