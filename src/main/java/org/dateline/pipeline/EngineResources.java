package org.dateline.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.dateline.diag.DatelineException;
import org.dateline.diag.Problem;
import org.dateline.diag.SourcePosition;
import org.dateline.image.ImageSizer;
import org.dateline.render.ArticleBody;
import org.dateline.template.TemplateEngine;
import org.dateline.template.TemplateReach;
import org.dateline.write.TempFolders;

/**
 * What a long-lived engine keeps from build to build besides its caches: Pebble (with its compiled
 * templates, until a template changes), the scratch folder for resized images when there is no
 * cache folder, and the scratch file where the bodies of the articles it rendered wait for their pages.
 */
final class EngineResources implements AutoCloseable {

    private final Optional<Path> cacheDir;
    private Optional<TemplateEngine> templates = Optional.empty();
    private Optional<TemplateReach> reach = Optional.empty();
    private String loadedTemplates = "";
    private Optional<Path> scratch = Optional.empty();
    private final BodySpill bodies = new BodySpill(Optional.of(TempFolders.systemRoot()));

    EngineResources(Optional<Path> cacheDir) {
        this.cacheDir = cacheDir;
    }

    /** Pebble for {@code templatesDir}, made again when the folder's fingerprint changed. */
    TemplateEngine templates(Path templatesDir, String fingerprint) {
        if (templates.isEmpty() || reach.isEmpty() || !fingerprint.equals(loadedTemplates)) {
            templates = Optional.of(new TemplateEngine(templatesDir,
                    value -> value instanceof ArticleBody body ? body.utf8() : null));
            reach = Optional.of(new TemplateReach(templatesDir));
            loadedTemplates = fingerprint;
        }
        return templates.get();
    }

    /** What each template reads, for the templates last made. */
    TemplateReach reach() {
        return reach.orElseThrow();
    }

    /** Pebble caches compiled templates: after a template changed, a new engine reads them again. */
    void forgetTemplates() {
        templates = Optional.empty();
    }

    /** Where resized images are kept: {@code <cache dir>/images}, or a scratch folder without a cache. */
    Path imageCache() {
        if (cacheDir.isPresent()) {
            return cacheDir.get().resolve(ImageSizer.CACHE_FOLDER);
        }
        if (scratch.isEmpty()) {
            try {
                scratch = Optional.of(TempFolders.create(TempFolders.systemRoot(), TempFolders.IMAGES));
            } catch (IOException e) {
                throw new DatelineException(Problem.error(SourcePosition.of(System.getProperty("java.io.tmpdir")),
                        "cannot create a scratch folder for resized images: " + e.getMessage(),
                        "check the space and permissions of the temp folder"));
            }
        }
        return scratch.get();
    }

    /** Where the bodies of the articles rendered by this engine wait until a page shows them. */
    BodySpill bodies() {
        return bodies;
    }

    @Override
    public void close() {
        scratch.ifPresent(TempFolders::delete);
        bodies.close();
    }
}
