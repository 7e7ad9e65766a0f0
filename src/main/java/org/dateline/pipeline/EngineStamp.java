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
 * What identifies this Dateline for the cache: its version and a checksum of its code (the jar's
 * entries, or the class folder in development), so a cache written by any other code is never used.
 *
 * <p>{@code mvn package} computes the jar's checksum once and writes it into the jar as {@value #STAMP}
 * ({@link #main}, after the shade plugin has made the jar and before the class-data archive is trained on
 * it), so a run reads 24 characters rather than the jar's 3,500 entries: that took a fresh JVM ~20 ms and
 * ~20 MB before a build could start. The stamp still changes with the code: the shaded jar is made anew
 * from the classes by every {@code mvn package}, which never carries an old {@value #STAMP} into it (the
 * entry is written into the jar alone, never into the class folder), and the stamp is the checksum of
 * every other entry. A jar without one (the step failed) and the class folder (tests, an IDE) are hashed
 * at run time, as before.
 */
final class EngineStamp {

    /** The jar's entry holding its code hash, written by {@link #main}; left out of the hash itself. */
    static final String STAMP = "org/dateline/pipeline/code.stamp";

    private EngineStamp() {
    }

    /** {@code EngineStamp JAR}: writes the code hash of {@code JAR} into it as {@value #STAMP}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) { // thrown, not printed: only the command line prints or exits (ArchitectureTest)
            throw new IllegalArgumentException("usage: java -cp CLASSES org.dateline.pipeline.EngineStamp JAR");
        }
        Path jar = Path.of(args[0]);
        String hash = codeHash(jar);
        if (hash.startsWith("unknown")) {
            throw new IOException("cannot read " + jar);
        }
        try (java.nio.file.FileSystem zip = java.nio.file.FileSystems.newFileSystem(jar)) {
            Path entry = zip.getPath(STAMP);
            Files.createDirectories(entry.getParent());
            Files.writeString(entry, hash, StandardCharsets.UTF_8);
        }
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
        try (InputStream in = EngineStamp.class.getResourceAsStream("/" + STAMP)) {
            if (in != null) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            // hashed below, as without a stamp
        }
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
     *
     * <p>A jar's list (230 kB for 3,500 entries) is checksummed with CRC-32C and CRC-32, 64 bits that
     * the processor computes even before the JIT has compiled anything, and its length: a SHA-256 of it
     * took a fresh JVM ~25 ms, before the build could start. The entries' own CRC-32s are what tells a
     * changed class; combining them needs no cryptographic hash (nobody forges a jar to match a cache).
     */
    static String codeHash(Path code) {
        try {
            if (Files.isRegularFile(code)) {
                java.io.ByteArrayOutputStream listed = new java.io.ByteArrayOutputStream(1 << 18);
                try (ZipFile jar = new ZipFile(code.toFile())) {
                    java.nio.ByteBuffer numbers = java.nio.ByteBuffer.allocate(20);
                    for (ZipEntry entry : java.util.Collections.list(jar.entries())) {
                        if (entry.getName().equals(STAMP)) {
                            continue; // what the hash is written into: the same before and after
                        }
                        byte[] name = entry.getName().getBytes(StandardCharsets.UTF_8);
                        listed.write(numbers.clear().putInt(name.length).putLong(entry.getSize()).putLong(entry.getCrc())
                                .array(), 0, 20);
                        listed.write(name, 0, name.length);
                    }
                }
                byte[] bytes = listed.toByteArray();
                java.util.zip.CRC32C crc32c = new java.util.zip.CRC32C();
                crc32c.update(bytes);
                java.util.zip.CRC32 crc32 = new java.util.zip.CRC32();
                crc32.update(bytes);
                return HexFormat.of().formatHex(java.nio.ByteBuffer.allocate(12).putInt((int) crc32c.getValue())
                        .putInt((int) crc32.getValue()).putInt(bytes.length).array());
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            List<Path> files;
            try (Stream<Path> walk = Files.walk(code)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : files) {
                digest.update(code.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 12);
        } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
            return "unknown-" + System.nanoTime();
        }
    }
}
