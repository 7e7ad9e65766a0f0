package org.dateline.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What identifies this Dateline for the cache: its version and a SHA-256 of its code (the jar's
 * entries, or the class folder in development), so a cache written by any other code is never used.
 */
final class EngineStamp {

    private EngineStamp() {
    }

    static String compute() {
        Properties properties = new Properties();
        try (InputStream in = EngineStamp.class.getResourceAsStream("/org/dateline/cli/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // no version: the code hash still tells builds apart
        }
        return properties.getProperty("version", "dev") + "+" + codeHash();
    }

    private static String codeHash() {
        try {
            return codeHash(Path.of(EngineStamp.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException | RuntimeException e) {
            return "unknown-" + System.nanoTime();
        }
    }

    /**
     * The hash of the code at {@code code}: for a jar, of every entry's name, size and CRC-32 as its
     * central directory lists them (any change to a class changes its CRC; reading that directory
     * costs milliseconds where hashing the 5 MB jar cost a fresh JVM ~0.1 s of CPU, and a jar rebuilt
     * from the same classes keeps its caches); for a class folder, of every file's path and bytes.
     */
    static String codeHash(Path code) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            if (Files.isRegularFile(code)) {
                try (ZipFile jar = new ZipFile(code.toFile())) {
                    java.nio.ByteBuffer numbers = java.nio.ByteBuffer.allocate(16);
                    for (ZipEntry entry : java.util.Collections.list(jar.entries())) {
                        digest.update(entry.getName().getBytes(StandardCharsets.UTF_8));
                        digest.update(numbers.clear().putLong(entry.getSize()).putLong(entry.getCrc()).array());
                    }
                }
            } else {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(code)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path file : files) {
                    digest.update(code.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                    digest.update(Files.readAllBytes(file));
                }
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 12);
        } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
            return "unknown-" + System.nanoTime();
        }
    }
}
