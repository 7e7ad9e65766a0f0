package org.dateline.pipeline;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dateline.assemble.Route;
import org.dateline.pages.Views;
import org.dateline.template.TemplateReach;

/**
 * Which of the pages showing an article an edit of its body alone can change. Such an edit keeps the
 * article's front matter and description ({@link BodyEdits}), so its view ({@link Views.ArticleView})
 * changes only in {@link Views#BODY_PARTS}; and templates see nothing else of an article but its views
 * (an article's own page shows its structured data too, and a feed is made from the article itself). So
 * a page rendered from a template that reads none of those parts of any value, and not made from the
 * article, renders to the same bytes as before: it keeps its file and its key (a key made with the old
 * body, and its bytes are what that key rendered to). Every other page showing the article is made again:
 * the article's own pages, generated files (feeds), pages of templates that read a body part or whose
 * reach cannot be known. On the 10,000-article corpus a body edit rendered 8 pages, 7 of them to the bytes
 * they had (6 listings and the page of an article listing the edited one as its neighbour); with the
 * default templates now it renders 2.
 */
final class BodyReaders {

    /** What the templates read, for the templates fingerprinted {@link #fingerprint}. */
    private Optional<TemplateReach> reach = Optional.empty();
    private String fingerprint = "";

    /**
     * The pages of {@code routes} that an edit of the bodies of {@code files} can change.
     *
     * @param showing the pages whose context reaches one of the files
     * @param templates the templates folder, and {@code fingerprint} its fingerprint
     */
    Set<String> pages(List<Route> routes, Set<String> files, Set<String> showing, Path templates, String fingerprint) {
        if (reach.isEmpty() || !fingerprint.equals(this.fingerprint)) {
            reach = Optional.of(new TemplateReach(templates));
            this.fingerprint = fingerprint;
        }
        TemplateReach reads = reach.get();
        Set<String> changed = new HashSet<>();
        for (Route route : routes) {
            String path = route.outputPath();
            if (showing.contains(path) && (files.contains(route.origin()) || route.generated().isPresent()
                    || route.template().isEmpty() || !reads.readsNone(route.template(), Views.BODY_PARTS))) {
                changed.add(path);
            }
        }
        return changed;
    }
}
