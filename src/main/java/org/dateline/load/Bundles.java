package org.dateline.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dateline.diag.Problem;
import org.dateline.diag.Problems;
import org.dateline.diag.SourcePosition;

/**
 * Page bundles, as Hugo makes them and any site may: a folder below a section holding
 * {@code index.md} (or {@code index.markdown}) is one article, and every other file in that folder
 * and its subfolders, except Markdown and except what belongs to a bundle nested deeper, is copied
 * next to the article's page. A file whose real place is outside the site is refused.
 */
final class Bundles {

    private final Path siteRoot;
    private final Path content;
    private final Path realRoot;

    Bundles(Path siteRoot, Path content, Path realRoot) {
        this.siteRoot = siteRoot;
        this.content = content;
        this.realRoot = realRoot;
    }

    /**
     * The bundle files among {@code visible} (every visible file under {@code content/}, sorted).
     *
     * <p>Names are read from each file's site-relative path ({@link SourceScanner.Found#name}), not from a
     * {@link Path#getFileName} per file, twice for each of 10,000 articles.
     */
    List<BundleFile> files(List<SourceScanner.Found> visible, Problems problems) {
        java.util.Map<Path, String> indexes = new java.util.HashMap<>();
        boolean[] markdown = new boolean[visible.size()];
        boolean others = false;
        for (int i = 0; i < visible.size(); i++) {
            SourceScanner.Found found = visible.get(i);
            markdown[i] = found.markdown();
            others |= !markdown[i];
            if (markdown[i] && maybeIndex(found.nameLength())) { // a name cut only when it may be an index's
                String name = found.name();
                Path file = found.file();
                if (isIndex(name) && !file.getParent().equals(content)) {
                    indexes.putIfAbsent(file.getParent(), name);
                }
            }
        }
        if (!others || indexes.isEmpty()) {
            return List.of(); // a bundle file is a file beside an index.md, not Markdown
        }
        List<BundleFile> files = new ArrayList<>();
        for (int i = 0; i < visible.size(); i++) {
            Path file = visible.get(i).file();
            if (markdown[i]) {
                continue;
            }
            Path folder = file.getParent(); // the nearest bundle folder above the file
            while (folder != null && !folder.equals(content) && !indexes.containsKey(folder)) {
                folder = folder.getParent();
            }
            if (folder != null && folder.equals(content)) {
                folder = null;
            }
            if (folder == null) {
                continue;
            }
            String rel = SourceScanner.relative(siteRoot, file);
            if (!inside(file)) {
                problems.add(Problem.error(SourcePosition.of(rel), "bundle file is a link to outside the site folder",
                        "copy the file into the bundle instead of linking it"));
                continue;
            }
            String article = SourceScanner.relative(siteRoot, folder.resolve(indexes.get(folder)));
            files.add(new BundleFile(article, folder.relativize(file).toString().replace('\\', '/'), file));
        }
        return files;
    }

    private boolean inside(Path file) {
        try {
            return file.toRealPath().startsWith(realRoot);
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether a name of {@code length} chars may be {@link #isIndex an index}'s. */
    private static boolean maybeIndex(int length) {
        // lowercasing never shortens a name, and lengthens one only by a combining dot neither name holds
        return length == "index.md".length() || length == "index.markdown".length();
    }

    /** {@code index.md} or {@code index.markdown} in any letter case ({@code name} is a Markdown file's). */
    private static boolean isIndex(String name) {
        if (!maybeIndex(name.length())) {
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.equals("index.md") || lower.equals("index.markdown");
    }
}
