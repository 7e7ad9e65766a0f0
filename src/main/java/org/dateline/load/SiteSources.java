package org.dateline.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What the load stage found in a site folder, in a stable order.
 *
 * @param root the site folder
 * @param articles Markdown sources under {@code content/}, sorted by path
 * @param templatesDir the site's {@code templates/} folder (it may not exist)
 * @param staticDir the site's {@code static/} folder (it may not exist)
 * @param bundleFiles the files beside each page bundle's {@code index.md}, sorted by path
 */
public record SiteSources(Path root, List<SourceFile> articles, Path templatesDir, Path staticDir,
                          List<BundleFile> bundleFiles) {
    public SiteSources {
        Objects.requireNonNull(root, "root");
        articles = List.copyOf(articles);
        Objects.requireNonNull(templatesDir, "templatesDir");
        Objects.requireNonNull(staticDir, "staticDir");
        bundleFiles = List.copyOf(bundleFiles);
    }

    public SiteSources(Path root, List<SourceFile> articles, Path templatesDir, Path staticDir) {
        this(root, articles, templatesDir, staticDir, List.of());
    }
}
