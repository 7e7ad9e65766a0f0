package org.dateline.image;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.dateline.config.ImageSettings;
import org.dateline.diag.DatelineException;
import org.dateline.diag.Problem;
import org.dateline.diag.SourcePosition;

/**
 * The site's local images: {@link #inspect} gives an image's size (and the names of its resized
 * copies) from its header alone, cheaply and from any thread; {@link #produce} then writes every copy
 * that was asked for, or takes it from the cache folder, where copies are kept under the SHA-256 of
 * the original's bytes, the width and the {@link Resizer#VERSION}, so a rebuild resizes nothing
 * that did not change.
 */
public final class ImageSizer {

    /** The cache's sub-folder for resized images, below the build cache folder. */
    public static final String CACHE_FOLDER = "images";
    private static final Set<String> RASTER = Set.of("jpg", "jpeg", "png", "gif");
    private static final Set<String> RESIZED = Set.of("jpeg", "png");

    private final Path staticDir;
    private final Path cacheDir;
    private final ImageSettings settings;
    private final ImageHeaders headers = new ImageHeaders();
    private final Resizer resizer = new Resizer();
    private final Map<String, Outcome> inspected = new ConcurrentHashMap<>();
    /** Image path → the cache key of its bytes, computed once per build. */
    private final Map<String, String> keys = new ConcurrentHashMap<>();

    /**
     * @param staticDir the site's {@code static/} folder, where {@code /images/x.jpg} is {@code images/x.jpg}
     * @param cacheDir where resized copies are kept between builds ({@code <cache dir>/images})
     */
    public ImageSizer(Path staticDir, Path cacheDir, ImageSettings settings) {
        this.staticDir = staticDir.toAbsolutePath().normalize();
        this.cacheDir = cacheDir.toAbsolutePath().normalize();
        this.settings = settings;
    }

    /**
     * The image at site-absolute {@code url} ({@code /images/x.jpg}, without the base path), when it is
     * a file of {@code static/} in a format whose size can be read; empty for anything else (another
     * host, a missing file, WebP). A file that is not the image its name says, or that has more
     * pixels than {@code max_image_pixels}, is a {@link DatelineException} positioned at the file.
     */
    public Optional<ImageInfo> inspect(String url) {
        Optional<String> path = localPath(url);
        if (path.isEmpty()) {
            return Optional.empty();
        }
        Outcome outcome = inspected.computeIfAbsent(path.get(), this::read);
        if (outcome.error() != null) {
            throw new DatelineException(outcome.error());
        }
        return Optional.ofNullable(outcome.image());
    }

    private record Outcome(ImageInfo image, Problem error) {
    }

    private Outcome read(String path) {
        Path file = staticDir.resolve(path);
        String extension = extension(path);
        SourcePosition position = SourcePosition.of("static/" + path);
        try {
            if (!Files.isRegularFile(file) || !file.toRealPath().startsWith(staticDir.toRealPath())
                    || !(RASTER.contains(extension) || extension.equals("svg"))) {
                return new Outcome(null, null);
            }
            Optional<ImageHeaders.Header> header = headers.read(file, extension);
            if (header.isEmpty()) {
                return new Outcome(null, null);
            }
            ImageHeaders.Header size = header.get();
            long pixels = (long) size.width() * size.height();
            if (!size.format().equals("svg") && pixels > settings.maxPixels()) {
                return new Outcome(null, Problem.error(position, "image static/" + path + " is " + size.width()
                        + "×" + size.height()
                        + " pixels (" + megapixels(pixels) + "), more than `max_image_pixels` allows ("
                        + megapixels(settings.maxPixels()) + ")", "scale it down before publishing, or raise"
                        + " `max_image_pixels` in site.yaml if you trust it"));
            }
            return new Outcome(new ImageInfo(path, size.width(), size.height(), variants(path, size)), null);
        } catch (ImageHeaders.Unreadable e) {
            return new Outcome(null, Problem.error(position, "cannot read image static/" + path + ": " + e.getMessage(),
                    "export it again as JPEG, PNG, GIF or SVG, or remove it"));
        } catch (IOException e) {
            return new Outcome(null, Problem.error(position, "cannot read image static/" + path + ": "
                    + ImageHeaders.reason(e),
                    "check the file's permissions"));
        }
    }

    private List<ImageInfo.Variant> variants(String path, ImageHeaders.Header size) {
        List<ImageInfo.Variant> variants = new ArrayList<>();
        if (!RESIZED.contains(size.format())) {
            return variants;
        }
        int dot = path.lastIndexOf('.');
        for (int width : settings.widths()) {
            String copy = path.substring(0, dot) + "-" + width + "w" + path.substring(dot);
            if (width < size.width() && !Files.exists(staticDir.resolve(copy))) {
                int height = (int) Math.max(1, Math.round((double) size.height() * width / size.width()));
                variants.add(new ImageInfo.Variant(copy, width, height));
            }
        }
        return variants;
    }

    /** One resized copy to make: which image, at which size. */
    public record Copy(ImageInfo image, ImageInfo.Variant variant) {
    }

    /** A copy made (or found in the cache): its output path, its file, and a warning when it could not be resized. */
    public record Made(String path, Path file, List<Problem> warnings) {
        public Made {
            warnings = List.copyOf(warnings);
        }
    }

    /** What the copies of a build are: output path → file, and warnings for images that could not be resized. */
    public record Produced(Map<String, Path> files, List<Problem> warnings) {
        public Produced {
            files = java.util.Collections.unmodifiableMap(new TreeMap<>(files));
            warnings = List.copyOf(warnings);
        }

        public static Produced of(List<Made> made) {
            Map<String, Path> files = new TreeMap<>();
            List<Problem> warnings = new ArrayList<>();
            for (Made copy : made) {
                files.put(copy.path(), copy.file());
                warnings.addAll(copy.warnings());
            }
            return new Produced(files, warnings);
        }
    }

    /** Every resized copy of every image inspected so far, sorted by output path. */
    public List<Copy> copies() {
        List<Copy> copies = new ArrayList<>();
        for (Outcome outcome : new TreeMap<>(inspected).values()) {
            if (outcome.image() != null) {
                outcome.image().variants().forEach(variant -> copies.add(new Copy(outcome.image(), variant)));
            }
        }
        copies.sort(java.util.Comparator.comparing(copy -> copy.variant().path()));
        return copies;
    }

    /**
     * Makes one copy, or finds it in the cache; safe to call from several threads at once. A copy that
     * cannot be decoded (a CMYK JPEG, say) is the original under the copy's name, with a warning.
     */
    public Made make(Copy copy) {
        ImageInfo image = copy.image();
        ImageInfo.Variant variant = copy.variant();
        Path original = staticDir.resolve(image.path());
        try {
            String key = keys.computeIfAbsent(image.path(), path -> key(original));
            Path cached = cacheDir.resolve(key + "-" + variant.width() + "w." + extension(image.path()));
            if (!Files.isRegularFile(cached)) {
                // encoded as its name says, whatever the original's bytes were (a JPEG saved as .png)
                String format = extension(image.path()).equals("png") ? "png" : "jpeg";
                store(cached, resizer.resize(original, image.width(), variant.width(), variant.height(), format));
            }
            return new Made(variant.path(), cached, List.of());
        } catch (IOException | RuntimeException e) {
            return new Made(variant.path(), original, List.of(Problem.warning(SourcePosition.of("static/" + image.path()),
                    "cannot resize image (" + ImageHeaders.reason(e) + "); its " + variant.width()
                            + " px copy is the original", "export it again as an RGB JPEG or PNG")));
        }
    }

    /** {@link #make}s every copy on this thread. */
    public Produced produce() {
        return Produced.of(copies().stream().map(this::make).toList());
    }

    private static String key(Path file) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(Files.readAllBytes(file));
            sha.update(Resizer.VERSION.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes to a temporary name and renames, so a killed build never leaves half a file under a real key. */
    private static void store(Path cached, byte[] bytes) throws IOException {
        Files.createDirectories(cached.getParent());
        Path temporary = Files.createTempFile(cached.getParent(), ".resize-", ".tmp");
        try {
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, cached, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, cached, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** {@code /images/my%20photo.jpg} → {@code images/my photo.jpg}; empty for other hosts, queries and escapes. */
    static Optional<String> localPath(String url) {
        String value = url.strip();
        if (!value.startsWith("/") || value.startsWith("//") || value.contains("?") || value.contains("#")
                || value.contains("\\")) {
            return Optional.empty();
        }
        try {
            String path = new URI(value).getPath();
            if (path == null || path.length() < 2) {
                return Optional.empty();
            }
            String relative = Path.of(path.substring(1)).normalize().toString().replace('\\', '/');
            return relative.startsWith("..") || relative.isEmpty() ? Optional.empty() : Optional.of(relative);
        } catch (URISyntaxException | java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String megapixels(long pixels) {
        return java.math.BigDecimal.valueOf(pixels, 6).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString()
                + " megapixels";
    }
}
