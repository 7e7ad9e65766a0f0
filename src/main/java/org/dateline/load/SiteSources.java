package org.dateline.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the load stage found in a site folder, in a stable order.
 *
 * @param root the site folder
 * @param articles Markdown sources under {@code content/}, sorted by path (their texts are read where they are parsed)
 * @param templatesDir the site's {@code templates/} folder (it may not exist)
 * @param staticDir the site's {@code static/} folder (it may not exist)
 * @param bundleFiles the files beside each page bundle's {@code index.md}, sorted by path
 * @param sectionFiles Hugo's {@code _index.md} files (a section's front matter), sorted by path
 * @param redirects the site's own {@code static/_redirects}, which is merged with the generated one
 *     instead of being copied
 */
public record SiteSources(Path root, List<ArticleSource> articles, Path templatesDir, Path staticDir,
                          List<BundleFile> bundleFiles, List<SourceFile> sectionFiles, Optional<SourceFile> redirects) {
    public SiteSources {
        Objects.requireNonNull(root, "root");
        articles = List.copyOf(articles);
        Objects.requireNonNull(templatesDir, "templatesDir");
        Objects.requireNonNull(staticDir, "staticDir");
        bundleFiles = List.copyOf(bundleFiles);
        sectionFiles = List.copyOf(sectionFiles);
        Objects.requireNonNull(redirects, "redirects");
    }

    public SiteSources(Path root, List<ArticleSource> articles, Path templatesDir, Path staticDir,
                       List<BundleFile> bundleFiles) {
        this(root, articles, templatesDir, staticDir, bundleFiles, List.of(), Optional.empty());
    }

    public SiteSources(Path root, List<ArticleSource> articles, Path templatesDir, Path staticDir) {
        this(root, articles, templatesDir, staticDir, List.of());
    }
}
