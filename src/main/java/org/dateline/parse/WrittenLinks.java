package org.dateline.parse;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.diag.LineIndex;
import org.dateline.diag.SourcePosition;

/**
 * The links and images written in an article's Markdown, each at the position of its URL in the
 * file: inline links {@code [text](url)}, images {@code ![alt](url)} and reference definitions
 * {@code [ref]: url} (which every {@code [text][ref]} uses), and the {@code href} and {@code src}
 * attributes of raw HTML ({@code <a href>}, {@code <img src>}); HTML comments are not looked into.
 */
public final class WrittenLinks {

    private static final Pattern ATTRIBUTE = Pattern.compile(
            "(?i)(?<=\\s)(href|src)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+))");

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
        LineIndex lines = article.lines();
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
            } else if (node instanceof HtmlBlock || node instanceof HtmlInline) {
                rawHtml(node.getChars(), lines, file, article.bodyOffset(), links);
                continue;
            } else {
                continue;
            }
            int offset = url.isNull() || url.getStartOffset() < 0 ? node.getStartOffset() : url.getStartOffset();
            links.add(new WrittenLink(url.toString(), lines.position(file, article.bodyOffset() + offset), image));
        }
        return links;
    }

    /** The {@code href} and {@code src} values of raw HTML, each at the position of its value. */
    private static void rawHtml(BasedSequence html, LineIndex lines, String file, int bodyOffset,
                                List<WrittenLink> links) {
        String text = html.toString();
        Matcher attribute = ATTRIBUTE.matcher(text);
        while (attribute.find()) {
            int tagStart = text.lastIndexOf('<', attribute.start());
            if (tagStart < 0 || text.lastIndexOf('>', attribute.start()) > tagStart) {
                continue; // in the text between tags, not an attribute
            }
            int group = attribute.group(2) != null ? 2 : attribute.group(3) != null ? 3 : 4;
            boolean image = attribute.group(1).equalsIgnoreCase("src") && text.regionMatches(true, tagStart + 1, "img", 0, 3)
                    && tagStart + 4 < text.length() && Character.isWhitespace(text.charAt(tagStart + 4));
            int offset = bodyOffset + html.getStartOffset() + attribute.start(group);
            links.add(new WrittenLink(attribute.group(group), lines.position(file, offset), image));
        }
    }
}
