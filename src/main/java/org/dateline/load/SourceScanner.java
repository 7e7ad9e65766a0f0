package org.dateline.load;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dateline.diag.DatelineException;
import org.dateline.diag.Problems;
import org.dateline.diag.SourcePosition;

/**
 * Walks a site folder and reads every article under {@code content/} (checking that it is UTF-8 and
 * keeping its digest, not its text: see {@link ArticleSource}), and finds the files of page
 * bundles ({@link Bundles}). Hidden files and folders (a leading {@code .}) and files and folders
 * starting with {@code _} are skipped (Hugo's {@code _index.md} is a section's front matter, not an
 * article; {@link SiteSources#sectionFiles()} holds them), except Jekyll's {@code _posts} folder.
 * The site's own {@code static/_redirects} is read too, to be merged with the generated one. A file that cannot be read
 * becomes a problem and the others are still read.
 */
public final class SourceScanner {

    public static final String CONTENT_DIR = "content";
    public static final String TEMPLATES_DIR = "templates";
    public static final String STATIC_DIR = "static";
    /** Jekyll's posts folder: read although it starts with {@code _}, and no section of its own. */
    public static final String JEKYLL_POSTS = "_posts";
    /** Hugo's front matter of a section (the folder it is in), or of the front page ({@code content/_index.md}). */
    public static final String SECTION_FILE = "_index";
    /** The host's redirect rules ({@code static/_redirects}): merged with the generated ones, not copied. */
    public static final String REDIRECTS_FILE = "_redirects";
    /** What to do about an article over {@code max_file_size}. */
    static final String TOO_LARGE_HINT = "split the article, or raise `max_file_size` in site.yaml";
    private final SiteFileReader files;
    private final long maxFileBytes;
    private final java.util.function.LongSupplier fileClock;
    private final ArticleDigest.Hasher hasher;
    private final org.dateline.config.TextDecoder decoder = new org.dateline.config.TextDecoder();
    /**
     * What the last {@link #scan} found of each article it could stat, settled (see {@link FileStat#settled}): made
     * anew for as many articles as the scan found, as growing it from 16 to 16,384 entries rehashed them ten times.
     */
    private Map<String, KnownArticles.Seen> seen = new java.util.concurrent.ConcurrentHashMap<>();
    /** Every path the last {@link #scan} found under {@code content/}: see {@link #listed}. */
    private List<String> listed = List.of();

    /** @param maxFileBytes article files larger than this are refused ({@code max_file_size}) */
    public SourceScanner(long maxFileBytes) {
        this(maxFileBytes, System::currentTimeMillis);
    }

    /** @param fileClock the file system's clock, in milliseconds: when a file changed long enough ago ({@link FileStat#settled}) */
    public SourceScanner(long maxFileBytes, java.util.function.LongSupplier fileClock) {
        this(maxFileBytes, fileClock, ArticleDigest.Hasher.DIRECT);
    }

    /** @param hasher how an article's bytes are hashed: tests count the calls */
    SourceScanner(long maxFileBytes, java.util.function.LongSupplier fileClock, ArticleDigest.Hasher hasher) {
        this.files = new SiteFileReader(maxFileBytes);
        this.maxFileBytes = maxFileBytes;
        this.fileClock = fileClock;
        this.hasher = hasher;
    }

    /**
     * Scans the site folder. Each article's digest is a {@link ArticleDigest#QUICK quick} one: what
     * this scan finds lives no longer than the build (or the dev server) that asked for it, and a key
     * that outlives it is made from the lasting digest where the article is read
     * ({@link ArticleReader#readLasting}).
     */
    public SiteSources scan(Path root, Problems problems) {
        return scan(root, problems, Optional.empty());
    }

    /**
     * Scans as {@link #scan(Path, Problems)} does, but takes the digest {@code known} recorded for an
     * article whose file has the recorded stat (and is within {@code max_file_size}) instead of reading
     * it. {@link #seen} then holds what this scan found, for the next ({@link KnownArticles#NONE} to
     * read every article and record that; empty to record nothing). Given {@code known}, the digests
     * are {@link ArticleDigest#LASTING lasting} ones: they are recorded for a later build.
     */
    public SiteSources scan(Path root, Problems problems, Optional<KnownArticles> known) {
        seen.clear();
        listed = List.of();
        long started = fileClock.getAsLong(); // the file system's clock, not the site's: see FileStat

        Path siteRoot = expectSiteFolder(root);
        Path content = siteRoot.resolve(CONTENT_DIR);
        List<ArticleSource> articles = new ArrayList<>();
        List<BundleFile> bundleFiles = new ArrayList<>();
        List<SourceFile> sectionFiles = new ArrayList<>();
        SiteFileReader.RealFolders realRoot = SiteFileReader.realRoot(siteRoot);
        if (Files.isDirectory(content)) {
            ContentWalk.Walk walk = walk(siteRoot, content, known.isPresent());
            listed = walk.listed();
            List<Found> markdown = new ArrayList<>();
            for (Found found : walk.visible()) {
                if (found.markdown()) {
                    markdown.add(found);
                }
            }
            seen = new java.util.concurrent.ConcurrentHashMap<>(markdown.size());
            // the articles known by their stats first, on this thread (a lookup each: through a stream on every
            // core, 10,000 of them took ~150 ms of CPU of a fresh JVM's body edit), then the others read and
            // decoded on every core (the common pool); kept in path order, problems too
            ArticleSource[] taken = new ArticleSource[markdown.size()];
            List<Integer> unknown = new ArrayList<>();
            for (int i = 0; i < taken.length; i++) {
                taken[i] = known.isPresent() ? known(markdown.get(i), known.get(), started) : null;
                if (taken[i] == null) {
                    unknown.add(i);
                }
            }
            java.util.stream.Stream<Integer> toRead = unknown.size() < 2 ? unknown.stream() : unknown.parallelStream();
            List<Read> read = toRead.map(i -> tryRead(siteRoot, realRoot, markdown.get(i), known.isPresent(), started))
                    .toList();
            int next = 0;
            for (ArticleSource article : taken) {
                if (article != null) {
                    articles.add(article);
                } else {
                    Read one = read.get(next++);
                    one.file().ifPresent(articles::add);
                    problems.addAll(one.problems());
                }
            }
            bundleFiles.addAll(new Bundles(siteRoot, content, realRoot.root()).files(walk.visible(), problems));
            for (Path file : walk.sectionFiles()) {
                readInto(sectionFiles, siteRoot, realRoot, file, problems);
            }
        }
        List<SourceFile> redirects = new ArrayList<>();
        Path siteRedirects = siteRoot.resolve(STATIC_DIR).resolve(REDIRECTS_FILE);
        if (Files.isRegularFile(siteRedirects)) {
            readInto(redirects, siteRoot, realRoot, siteRedirects, problems);
        }
        return new SiteSources(siteRoot, articles, siteRoot.resolve(TEMPLATES_DIR), siteRoot.resolve(STATIC_DIR),
                bundleFiles, sectionFiles, redirects.stream().findFirst());
    }

    /**
     * {@code previous} (this scanner's scan of {@code root}) with the articles in {@code edited} read
     * again; empty when the list cannot be applied alone and the folder must be {@link #scan scanned}.
     *
     * <p>What is trusted: that {@code edited} names every file that changed since {@code previous} was
     * read (the dev server's watcher reports every created, deleted and modified file; a lost event
     * makes it report everything). It is applied only when each path is an article that
     * {@code previous} holds and that is still a readable regular file, that is when the edit changed
     * one article's text and nothing else: the set of articles, page bundles, {@code _index.md} files
     * and {@code static/_redirects} is then the same. Any other path under {@code content/} (an added,
     * deleted or renamed article, a bundle's file, a section file, a folder), {@code static/_redirects},
     * or an article that cannot be read now asks for a full scan. Paths outside {@code content/} and
     * {@code static/_redirects} are not the scanner's business and are ignored.
     *
     * @param edited paths relative to the site folder
     */
    public Optional<SiteSources> update(SiteSources previous, Collection<Path> edited) {
        Path siteRoot = previous.root();
        SiteFileReader.RealFolders realRoot = SiteFileReader.realRoot(siteRoot);
        long started = fileClock.getAsLong();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < previous.articles().size(); i++) {
            index.put(previous.articles().get(i).relPath(), i);
        }
        List<ArticleSource> articles = new ArrayList<>(previous.articles());
        for (Path path : edited) {
            String rel = path.toString().replace('\\', '/');
            if (rel.equals(STATIC_DIR + "/" + REDIRECTS_FILE)) {
                return Optional.empty();
            }
            if (path.isAbsolute() || path.getNameCount() < 2 || !path.getName(0).toString().equals(CONTENT_DIR)) {
                continue;
            }
            Integer at = index.get(rel);
            Path file = siteRoot.resolve(rel);
            if (at == null || !Files.isRegularFile(file)) {
                return Optional.empty();
            }
            try {
                ArticleDigest kind = ArticleDigest.of(previous.articles().get(at).digest()); // as the sources' others
                Optional<FileStat> stat = kind == ArticleDigest.LASTING ? FileStat.of(file) : Optional.empty(); // before the bytes
                articles.set(at, article(siteRoot, realRoot, file, stat.filter(s -> s.settled(started)), kind));
            } catch (DatelineException e) {
                return Optional.empty(); // a full scan reports it, with everything else it finds
            }
        }
        return Optional.of(new SiteSources(siteRoot, articles, previous.templatesDir(), previous.staticDir(),
                previous.bundleFiles(), previous.sectionFiles(), previous.redirects()));
    }

    /** One file read, or the problems that kept it from being read. */
    private record Read(java.util.Optional<ArticleSource> file, List<org.dateline.diag.Problem> problems) {
    }

    /** What the last {@link #scan} found of each article whose stat it could take and trust next time. */
    public Map<String, KnownArticles.Seen> seen() {
        return java.util.Collections.unmodifiableMap(seen);
    }

    /**
     * A visible file the walk found, its path relative to the site folder ({@link #relative}), and its
     * stat, taken by the walk when the scan keeps stats ({@link KnownArticles}) and it is a regular file; and
     * whether its name is a Markdown file's ({@link #isMarkdown}), told once by the walk: the scan and
     * {@link Bundles} each cut 10,000 names from their paths to ask it.
     */
    record Found(Path file, String rel, Optional<FileStat> stat, boolean markdown) {
        /** The file's name, cut from {@code rel} rather than asked of the path. */
        String name() {
            return rel.substring(rel.lastIndexOf('/') + 1);
        }

        /** The length of its name, without cutting it. */
        int nameLength() {
            return rel.length() - rel.lastIndexOf('/') - 1;
        }
    }

    /**
     * The article whose digest {@code known} recorded at the stat the walk took of its file, or null when it
     * must be read (one article a call: compiled after a few hundred calls, where a loop run once stays in the
     * interpreter). A file beyond {@code max_file_size} is always read, to be refused.
     */
    private ArticleSource known(Found found, KnownArticles known, long started) {
        Optional<FileStat> stat = found.stat();
        if (stat.isEmpty() || stat.get().size() > maxFileBytes) {
            return null;
        }
        Optional<String> digest = known.digest(found.rel(), stat.get());
        if (digest.isEmpty()) {
            return null;
        }
        boolean settled = stat.get().settled(started);
        if (settled) {
            seen.put(found.rel(), new KnownArticles.Seen(stat.get(), digest.get()));
        }
        return new ArticleSource(found.rel(), digest.get(), settled ? stat : Optional.empty());
    }

    /** @param lasting whether the scan keeps stats and lasting digests (it was given what was known) */
    private Read tryRead(Path siteRoot, SiteFileReader.RealFolders realRoot, Found found, boolean lasting, long started) {
        Path file = found.file();
        String rel = found.rel();
        try {
            // the stat before the bytes (the walk's): a file written after it has another stat, next time and when
            // it is parsed; taken for lasting digests only: a quick one is cheaper to take again than a stat
            Optional<FileStat> stat = lasting ? found.stat() : Optional.empty();
            Optional<FileStat> settled = stat.filter(s -> s.settled(started));
            ArticleSource article = article(siteRoot, realRoot, file, settled, lasting ? ArticleDigest.LASTING : ArticleDigest.QUICK);
            if (lasting) {
                settled.ifPresent(s -> seen.put(rel, new KnownArticles.Seen(s, article.digest())));
            }
            return new Read(java.util.Optional.of(article), List.of());
        } catch (DatelineException e) {
            return new Read(java.util.Optional.empty(), e.problems());
        }
    }

    private void readInto(List<SourceFile> into, Path siteRoot, SiteFileReader.RealFolders realRoot, Path file, Problems problems) {
        try {
            into.add(read(siteRoot, realRoot, file));
        } catch (DatelineException e) {
            problems.addAll(e.problems());
        }
    }

    /** {@code _index.md} or {@code _index.markdown}, in any letter case. */
    public static boolean isSectionFile(String name) {
        return isMarkdown(name) && name.substring(0, name.lastIndexOf('.')).toLowerCase(Locale.ROOT).equals(SECTION_FILE);
    }

    /** {@code root}, absolute; an error when it is not a folder (commands never create a site by mistake). */
    public static Path expectSiteFolder(Path root) {
        Path siteRoot = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(siteRoot)) {
            throw DatelineException.at(SourcePosition.of(root.toString()), "site folder does not exist",
                    "pass the folder that holds site.yaml and content/ with --source");
        }
        return siteRoot;
    }

    /**
     * Every path under {@code content/} the last {@link #scan} walked, hidden and skipped ones included
     * (folders too, and {@code ""} for {@code content/} itself), relative to {@code content/} and sorted as
     * text; empty when there is no such folder. What the site's listing fingerprint is made of.
     */
    public List<String> listed() {
        return listed;
    }

    /**
     * Walks {@code content/} once ({@link ContentWalk}), each path's attributes read once.
     *
     * @param stats whether each visible file's stat is taken for {@link KnownArticles}
     */
    private static ContentWalk.Walk walk(Path siteRoot, Path content, boolean stats) {
        try {
            return ContentWalk.of(content, stats);
        } catch (IOException e) {
            String why = e instanceof FileSystemLoopException loop
                    ? "folder link loop at " + relative(siteRoot, Path.of(loop.getFile())) : String.valueOf(e.getMessage());
            throw DatelineException.at(SourcePosition.of(relative(siteRoot, content)),
                    "cannot list the content folder: " + why, "check its permissions and folder links");
        }
    }

    private SourceFile read(Path siteRoot, SiteFileReader.RealFolders realRoot, Path file) {
        String rel = relative(siteRoot, file);
        return new SourceFile(rel, files.read(realRoot, file, rel, rel.substring(0, rel.indexOf('/') + 1), TOO_LARGE_HINT));
    }

    /**
     * An article read as {@link #read} reads it, its text checked and left out: {@link ArticleReader} reads it again.
     *
     * @param settled the file's stat taken before it is read, if it had settled
     */
    private ArticleSource article(Path siteRoot, SiteFileReader.RealFolders realRoot, Path file, Optional<FileStat> settled, ArticleDigest kind) {
        String rel = relative(siteRoot, file);
        byte[] bytes = files.bytes(realRoot, file, rel, rel.substring(0, rel.indexOf('/') + 1), TOO_LARGE_HINT);
        decoder.check(rel, bytes);
        return new ArticleSource(rel, hasher.digest(kind, bytes), settled);
    }

    /** Whether {@code name} ends with {@code .md} or {@code .markdown} in any letter case (compared in place, not lowered: once a file). */
    static boolean isMarkdown(String name) {
        return endsWith(name, ".md") || endsWith(name, ".markdown");
    }

    private static boolean endsWith(String name, String suffix) {
        return name.regionMatches(true, name.length() - suffix.length(), suffix, 0, suffix.length());
    }

    static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
