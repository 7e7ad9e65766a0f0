package org.dateline.parse;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dateline.diag.LineIndex;
import org.dateline.diag.SourcePosition;

/**
 * The links and images written in an article's Markdown, each at the position of its URL in the
 * file: inline links {@code [text](url)}, images {@code ![alt](url)} and reference definitions
 * {@code [ref]: url} (which every {@code [text][ref]} uses). Raw HTML is not looked into.
 */
public final class WrittenLinks {

    /** One URL as written, where it was written, and whether an image shows it. */
    public record WrittenLink(String url, SourcePosition position, boolean image) {
        public WrittenLink {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(position, "position");
        }
    }

    private WrittenLinks() {
    }

    public static List<WrittenLink> of(ParsedArticle article) {
        LineIndex lines = new LineIndex(article.source().text());
        String file = article.source().relPath();
        List<WrittenLink> links = new ArrayList<>();
        for (Node node : article.document().getDescendants()) {
            BasedSequence url;
            boolean image = false;
            if (node instanceof Link link) {
                url = link.getUrl();
            } else if (node instanceof Image picture) {
                url = picture.getUrl();
                image = true;
            } else if (node instanceof Reference reference) {
                url = reference.getUrl();
            } else {
                continue;
            }
            int offset = url.isNull() || url.getStartOffset() < 0 ? node.getStartOffset() : url.getStartOffset();
            links.add(new WrittenLink(url.toString(), lines.position(file, article.bodyOffset() + offset), image));
        }
        return links;
    }
}
