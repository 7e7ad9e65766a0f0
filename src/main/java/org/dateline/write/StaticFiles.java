package org.dateline.write;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dateline.diag.DatelineException;
import org.dateline.diag.SourcePosition;

/**
 * The static files of a site: the bundled theme's assets, then the site's own {@code static/}
 * folder, which overrides a theme file of the same path. Hidden files are skipped, and so is the
 * site's own top-level {@code _redirects}: its lines go first in the {@code _redirects} the build writes.
 */
final class StaticFiles {

    static final String THEME_STATIC = "org/dateline/theme/static";

    /** Output path → where its bytes come from, sorted by path. */
    private final Map<String, Source> files = new TreeMap<>();

    /** Where a static file's bytes come from, and how to name it in messages. */
    interface Source {
        InputStream open() throws IOException;

        String origin();
    }

    StaticFiles addTheme(ClassLoader loader) {
        URL url = loader.getResource(THEME_STATIC);
        if (url == null) {
            return this;
        }
        try {
            URI uri = url.toURI();
            String jar = uri.getScheme().equals("jar") ? uri.getRawSchemeSpecificPart() : "";
            int inJar = jar.indexOf("!/");
            if (inJar >= 0 && jar.startsWith("file:") && jar.indexOf("!/", inJar + 2) < 0) { // not a jar in a jar
                addJar(Path.of(new URI(jar.substring(0, inJar))), jar.substring(inJar + 2));
            } else if (uri.getScheme().equals("jar")) {
                try (FileSystem zipFs = jarFileSystem(uri)) {
                    addTree(zipFs.provider().getPath(uri), "(bundled) static/", true);
                }
            } else {
                addTree(Path.of(uri), "(bundled) static/", false);
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot read the bundled theme's static files", e);
        }
        return this;
    }

    /**
     * Reads the files under {@code folder} in the jar {@code jar} into memory, as {@link #addTree} reads a
     * folder. Through the JVM's own zip reader, which shares the listing the class loader has already
     * read from the jar: a zip file system parsed the jar's 3,500 entries again, in a fresh JVM's slow
     * code, for about 20 ms of every build.
     */
    private void addJar(Path jar, String folder) throws IOException {
        String prefix = folder.endsWith("/") ? folder : folder + "/";
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
            java.util.Enumeration<? extends java.util.zip.ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                java.util.zip.ZipEntry entry = entries.nextElement();
                String rel = entry.getName().startsWith(prefix) ? entry.getName().substring(prefix.length()) : "";
                if (entry.isDirectory() || rel.isEmpty() || hidden(rel)) {
                    continue;
                }
                byte[] bytes;
                try (InputStream in = zip.getInputStream(entry)) {
                    bytes = in.readAllBytes();
                }
                files.put(rel, inMemory(bytes, "(bundled) static/" + rel));
            }
        }
    }

    /** A file read into memory, as bundled files are (the jar closes once they are listed). */
    private static Source inMemory(byte[] bytes, String origin) {
        return new Source() {
            @Override
            public InputStream open() {
                return new java.io.ByteArrayInputStream(bytes);
            }

            @Override
            public String origin() {
                return origin;
            }
        };
    }

    private static FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            throw new IllegalStateException("the theme jar is already open", e);
        }
    }

    /** Not copied: merged into the generated {@code _redirects} (pages.RedirectPages). */
    static final String SITE_REDIRECTS = "_redirects";

    StaticFiles addSite(Path staticDir) {
        if (Files.isDirectory(staticDir)) {
            addTree(staticDir, "static/", false);
            files.remove(SITE_REDIRECTS);
        }
        return this;
    }

    /** Files copied as they are (page bundles' pictures); one with the path of a static file is an error. */
    StaticFiles addCopies(java.util.List<CopiedFile> copies) {
        for (CopiedFile copy : copies) {
            Source earlier = files.get(copy.path());
            if (earlier != null && !earlier.origin().startsWith("(bundled)")) {
                throw DatelineException.at(SourcePosition.of(copy.origin()), "file would be copied to "
                        + copy.path() + ", the path of " + earlier.origin(), "rename or move one of them");
            }
            files.put(copy.path(), new Source() {
                @Override
                public InputStream open() throws IOException {
                    return Files.newInputStream(copy.source());
                }

                @Override
                public String origin() {
                    return copy.origin();
                }
            });
        }
        return this;
    }

    /** Reads bundled files into memory (the jar closes after this); site files stay on disk. */
    private void addTree(Path root, String originPrefix, boolean inMemory) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String rel = root.relativize(file).toString().replace('\\', '/');
                if (hidden(rel)) {
                    continue;
                }
                String origin = originPrefix + rel;
                if (inMemory) {
                    files.put(rel, inMemory(Files.readAllBytes(file), origin));
                } else {
                    files.put(rel, new Source() {
                        @Override
                        public InputStream open() throws IOException {
                            return Files.newInputStream(file);
                        }

                        @Override
                        public String origin() {
                            return origin;
                        }
                    });
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw DatelineException.at(SourcePosition.of(originPrefix), "cannot read static files: " + e.getMessage(),
                    "check the folder's permissions");
        }
    }

    private static boolean hidden(String rel) {
        for (String part : rel.split("/")) {
            if (part.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    Map<String, Source> files() {
        return files;
    }
}
