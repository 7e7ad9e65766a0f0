package org.dateline.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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
     * @param listing {@link #listing} of the site folder
     * @param bundles {@link #bundles} of the sources
     */
    static String site(SiteSources sources, String listing, String bundles, String... others) {
        if (listing.isEmpty() || bundles.isEmpty()) {
            return ""; // unreadable now: never equal to a recorded state
        }
        MessageDigest digest = sha256();
        for (String other : others) {
            text(digest, other);
        }
        text(digest, listing);
        text(digest, "articles");
        for (ArticleSource file : sources.articles()) {
            text(digest, file.relPath());
            text(digest, file.digest());
        }
        text(digest, "sections"); // _index.md: a section's front matter
        for (SourceFile file : sources.sectionFiles()) {
            text(digest, text(file));
        }
        text(digest, bundles);
        return HexFormat.of().formatHex(digest.digest());
    }

    /** A file's path and text. */
    static String text(SourceFile file) {
        return of(file.relPath(), file.text());
    }

    /**
     * Every path under {@code content/}, files the scanner skips included, as its scan listed them
     * ({@link SourceScanner#listed}).
     */
    static String listing(java.util.List<String> listed) {
        MessageDigest digest = sha256();
        for (String path : listed) {
            text(digest, path);
        }
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
