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

/**
 * What identifies this Dateline for the cache: its version and a SHA-256 of its code (the jar, or
 * the class folder in development), so a cache written by any other build of Dateline is never used.
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
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            Path code = Path.of(EngineStamp.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                digest.update(Files.readAllBytes(code));
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
        } catch (IOException | URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
            return "unknown-" + System.nanoTime();
        }
    }
}
