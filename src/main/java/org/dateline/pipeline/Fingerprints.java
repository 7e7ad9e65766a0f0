package org.dateline.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dateline.config.ConfigLoader;
import org.dateline.load.ArticleSource;
import org.dateline.load.BundleFile;
import org.dateline.load.SiteSources;
import org.dateline.load.SourceFile;
import org.dateline.load.SourceScanner;

/** SHA-256 fingerprints of a build's inputs: the configuration, folders of files, a whole site. */
final class Fingerprints {

    private Fingerprints() {
    }

    /** site.yaml's bytes and the base URL override: every per-article result depends on them. */
    static String config(Path source, Optional<String> baseUrl) {
        MessageDigest digest = sha256();
        try {
            Path file = source.resolve(ConfigLoader.FILE_NAME);
            if (Files.isRegularFile(file)) {
                digest.update(Files.readAllBytes(file));
            }
        } catch (IOException e) {
            digest.update(("unreadable " + System.nanoTime()).getBytes(StandardCharsets.UTF_8));
        }
        digest.update(("\0" + baseUrl.orElse("")).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Every file below {@code root} (paths and bytes); "" when there is no such folder. */
    static String tree(Path root) {
        if (!Files.isDirectory(root)) {
            return "";
        }
        MessageDigest digest = sha256();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                digest.update(root.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
                digest.update((byte) 0);
            }
        } catch (IOException e) {
            return "unreadable " + System.nanoTime();
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** A Pebble tag by which one template reads another. */
    private static final java.util.regex.Pattern READS_TEMPLATE =
            java.util.regex.Pattern.compile("\\{%-?\\s*(include|extends|import|from|embed)\\b");

    /**
     * What an article's rendering reads of the templates: its shortcode templates
     * ({@code templates/shortcodes/}); or, when one of them includes, extends or imports another
     * template, {@code allTemplates} (the whole folder's fingerprint). So an edit of a page template
     * leaves every article's cached body valid.
     */
    static String shortcodes(Path templatesDir, String allTemplates) {
        Path folder = templatesDir.resolve(SiteShortcodes.FOLDER);
        if (!Files.isDirectory(folder)) {
            return "no shortcodes";
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                if (READS_TEMPLATE.matcher(Files.readString(file, StandardCharsets.UTF_8)).find()) {
                    return allTemplates;
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            return allTemplates; // unreadable (or not UTF-8): take the whole folder, which is never wrong
        }
        return "shortcodes " + tree(folder);
    }

    /**
     * Everything a build reads from the site folder: every file's path under {@code content/} (so a
     * file the scanner skipped or warned about counts too), each article's bytes, each section file's text,
     * each bundle file's bytes, and the given fingerprints of the other folders and settings. Two builds of equal
     * fingerprints (at a moment both are valid for) make the same site.
     *
     * <p>The articles are digested in runs of {@value #RUN}, and the digests of the runs digested in turn:
     * so {@code runs} can keep a run's digest for a later call whose run holds the very same
     * {@link ArticleSource}s (a fresh start asks for the site's digest twice, the second time with the
     * digests of the edited articles put back: the two differ in one run, where digesting all 10,000
     * articles twice took 5% of a fresh rebuild after one edit).
     *
     * @param listing {@link #listing} of the site folder
     * @param bundles {@link #bundles} of the sources
     * @param runs the runs of the last call
     */
    static String site(SiteSources sources, String listing, String bundles, Runs runs, String... others) {
        if (listing.isEmpty() || bundles.isEmpty()) {
            return ""; // unreadable now: never equal to a recorded state
        }
        MessageDigest digest = sha256();
        for (String other : others) {
            text(digest, other);
        }
        text(digest, listing);
        text(digest, "articles");
        text(digest, String.valueOf(sources.articles().size()));
        List<ArticleSource> articles = sources.articles();
        // the runs on every core (the common pool, as the scan read the articles), in order: a fresh JVM knows
        // none, and digesting 10,000 paths and digests took its main thread ~0.1 s of the load
        Runs.Kept before = runs.kept();
        List<byte[]> digests = java.util.stream.IntStream.range(0, (articles.size() + RUN - 1) / RUN).parallel()
                .mapToObj(index -> {
                    List<ArticleSource> run = articles.subList(index * RUN, Math.min(index * RUN + RUN, articles.size()));
                    byte[] known = Runs.digest(before, index, run);
                    return known != null ? known : digest(run);
                }).toList();
        digests.forEach(digest::update);
        runs.keep(articles, digests);
        text(digest, "sections"); // _index.md: a section's front matter
        for (SourceFile file : sources.sectionFiles()) {
            text(digest, text(file));
        }
        text(digest, bundles);
        return HexFormat.of().formatHex(digest.digest());
    }

    private static byte[] digest(List<ArticleSource> run) {
        MessageDigest own = sha256();
        Texts texts = new Texts(own);
        for (ArticleSource file : run) {
            texts.add(file.relPath());
            texts.add(file.digest());
        }
        texts.flush();
        return own.digest();
    }

    /** How many articles {@link #site} digests in one run. */
    static final int RUN = 256;

    /**
     * The runs of articles the last {@link #site} digested, and their digests: one pair in one volatile
     * field, as a fresh start digests the last build's sources on a thread of its own while the main
     * thread digests this build's, and the common pool's threads read the pair a call began with.
     */
    static final class Runs {
        private record Kept(List<ArticleSource> articles, List<byte[]> digests) {
        }

        private volatile Kept kept = new Kept(List.of(), List.of());

        /** What the last call kept, read once by a call: its runs are looked up in that pair alone. */
        private Kept kept() {
            return kept;
        }

        /** The digest {@code kept} holds for run {@code index}, when it held exactly the objects of {@code run}; else null. */
        private static byte[] digest(Kept kept, int index, List<ArticleSource> run) {
            List<ArticleSource> articles = kept.articles();
            List<byte[]> digests = kept.digests();
            int from = index * RUN;
            if (index >= digests.size() || run.size() != Math.min(RUN, articles.size() - from)) {
                return null;
            }
            for (int i = 0; i < run.size(); i++) {
                if (run.get(i) != articles.get(from + i)) { // the same object: the same path and digest
                    return null;
                }
            }
            return digests.get(index);
        }

        private void keep(List<ArticleSource> articles, List<byte[]> digests) {
            this.kept = new Kept(List.copyOf(articles), List.copyOf(digests));
        }
    }

    /** A file's path and text. */
    static String text(SourceFile file) {
        return of(file.relPath(), file.text());
    }

    /**
     * Every path under {@code content/}, files the scanner skips included, as its scan listed them
     * ({@link SourceScanner#listed}).
     */
    static String listing(List<String> listed) {
        MessageDigest digest = sha256();
        Texts texts = new Texts(digest);
        for (String path : listed) {
            texts.add(path);
        }
        texts.flush();
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Each bundle file's place and bytes; "" when one cannot be read. */
    static String bundles(SiteSources sources) {
        MessageDigest digest = sha256();
        try {
            for (BundleFile file : sources.bundleFiles()) {
                text(digest, file.article() + "\0" + file.name());
                byte[] bytes = Files.readAllBytes(file.file());
                text(digest, String.valueOf(bytes.length));
                digest.update(bytes);
            }
        } catch (IOException e) {
            return "";
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** A SHA-256 over {@code parts}, each length-prefixed. */
    static String of(String... parts) {
        MessageDigest digest = sha256();
        for (String part : parts) {
            text(digest, part);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Texts digested as {@link #text(MessageDigest, String)} digests each, the same bytes in the same order, gathered
     * in one buffer and given to the digest a buffer at a time: a fresh JVM's listing of 10,000 paths, and the
     * 20,000 paths and digests of the articles, made three arrays and a concatenation a text and took ~50 ms of
     * the main thread's CPU of a body edit. An ASCII text is copied a char a byte; any other is digested as
     * {@code text} does, after what was gathered before it.
     */
    static final class Texts {
        /** Room for a length prefix: a length's digits (at most 10) and the colon. */
        private static final int PREFIX = 11;
        private final MessageDigest digest;
        private final byte[] buffer = new byte[16 * 1024];
        private int size;

        Texts(MessageDigest digest) {
            this.digest = digest;
        }

        /** Digests {@code part}, its UTF-8 length and a colon first, after the texts added before it. */
        void add(String part) {
            int chars = part.length();
            if (buffer.length - size < chars + PREFIX) {
                flush();
                if (buffer.length < chars + PREFIX) {
                    text(digest, part);
                    return;
                }
            }
            int digits = digits(chars);
            int at = size + digits + 1;
            for (int i = 0; i < chars; i++) {
                char c = part.charAt(i);
                if (c >= 0x80) { // not ASCII: its UTF-8 length differs; what was gathered goes first
                    flush();
                    text(digest, part);
                    return;
                }
                buffer[at + i] = (byte) c;
            }
            int length = chars;
            for (int i = size + digits - 1; i >= size; i--) {
                buffer[i] = (byte) ('0' + length % 10);
                length /= 10;
            }
            buffer[size + digits] = ':';
            size = at + chars;
        }

        /** Gives what was gathered to the digest: before it is read, and before a text digested apart. */
        void flush() {
            digest.update(buffer, 0, size);
            size = 0;
        }

        private static int digits(int value) {
            int digits = 1;
            for (int rest = value / 10; rest > 0; rest /= 10) {
                digits++;
            }
            return digits;
        }
    }

    private static void text(MessageDigest digest, String part) {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        digest.update((bytes.length + ":").getBytes(StandardCharsets.UTF_8));
        digest.update(bytes);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
