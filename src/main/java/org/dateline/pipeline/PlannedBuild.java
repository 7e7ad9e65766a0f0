package org.dateline.pipeline;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.dateline.assemble.OutputFile;
import org.dateline.assemble.Route;
import org.dateline.assemble.Site;
import org.dateline.pages.PageRenderer;
import org.dateline.write.CopiedFile;
import org.dateline.write.OutputManifest;

/**
 * A build once everything it will write is known, before it is written: the site, its routes and how
 * to render them, the redirect pages and the files to copy. A long-lived engine keeps the last one, so
 * that a rebuild after a body edit starts from it ({@link BodyEdits}).
 *
 * @param source the site folder
 * @param staticDir its {@code static/} folder
 * @param done what the article stage gave
 * @param skipped articles left out (drafts, scheduled, failed)
 * @param inputs the fingerprint of every input ({@link SiteState#inputs()}), "" when not keyed
 * @param start the build's "now"
 */
record PlannedBuild(Path source, Path staticDir, ArticleStage.Result done, Site site, PageRenderer pages,
                    List<Route> routes, RefLinks refs, List<OutputFile> redirects, List<CopiedFile> copies, int skipped,
                    String inputs, Instant start) {
    PlannedBuild {
        routes = List.copyOf(routes);
        redirects = List.copyOf(redirects);
        copies = List.copyOf(copies);
    }

    /**
     * Whether every file of {@code keyByPath} has a key and the one {@code previous} recorded for it: a
     * cheap first test before {@link org.dateline.write.Staging#isCurrent} looks at every file.
     *
     * @param first the files most likely to differ (the pages a quick rebuild made again), looked at first
     */
    static boolean sameKeys(Map<String, String> keyByPath, OutputManifest previous, java.util.Set<String> first) {
        java.util.function.Predicate<String> same = path -> {
            String key = keyByPath.get(path);
            OutputManifest.Entry before = previous.entries().get(path);
            return key != null && !key.isEmpty() && before != null && before.key().equals(key);
        };
        return first.stream().filter(keyByPath::containsKey).allMatch(same) && keyByPath.keySet().stream().allMatch(same);
    }
}
