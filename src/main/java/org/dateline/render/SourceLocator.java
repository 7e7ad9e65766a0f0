package org.dateline.render;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.dateline.diag.LineIndex;
import org.dateline.diag.SourcePosition;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;

/**
 * Finds where a node of the rendered HTML came from in the article's file, using the
 * {@link SourceMarkers} flexmark left in the HTML and jsoup's record of where each node was in
 * that HTML: a link or image carries its offset; anything inside raw HTML is found from the marker
 * before it, counting lines within the raw HTML (whose lines are the file's lines, less any
 * block-quote or list prefix).
 */
final class SourceLocator {

    private final String file;
    private final LineIndex source;
    private final String body;
    private final int bodyOffset;
    private final String renderedHtml;
    private final LineIndex html;
    /** HTML offset just after each marker comment, in order, and the body offset each one names. */
    private final int[] markerEnds;
    private final int[] markerOffsets;
    private final Map<Element, Integer> links = new IdentityHashMap<>();

    SourceLocator(String file, String text, int bodyOffset, String renderedHtml) {
        this(file, text, new LineIndex(text), bodyOffset, renderedHtml);
    }

    /** @param lines the index of {@code text} that gives the file's own positions ({@code ParsedArticle.lines()}) */
    SourceLocator(String file, String text, LineIndex lines, int bodyOffset, String renderedHtml) {
        this.file = file;
        this.source = lines;
        this.body = text.substring(bodyOffset);
        this.bodyOffset = bodyOffset;
        this.renderedHtml = renderedHtml;
        this.html = new LineIndex(renderedHtml);
        List<int[]> found = new ArrayList<>();
        Matcher marker = SourceMarkers.COMMENT.matcher(renderedHtml);
        while (marker.find()) {
            if (renderedHtml.startsWith("<!--", marker.start() - 4) && renderedHtml.startsWith("-->", marker.end())) {
                found.add(new int[] {marker.end() + 3, Integer.parseInt(marker.group(1))});
            }
        }
        this.markerEnds = found.stream().mapToInt(m -> m[0]).toArray();
        this.markerOffsets = found.stream().mapToInt(m -> m[1]).toArray();
    }

    /** Only for files the renderer did not mark (or tests): every position is the file itself. */
    static SourceLocator unmarked(String file) {
        return new SourceLocator(file, "", 0, "");
    }

    /** Takes the offsets off links and images (they must not be published), keeping them here. */
    void collect(Element body) {
        for (Element element : body.select("[" + SourceMarkers.ATTRIBUTE + "]")) {
            try {
                links.put(element, Integer.parseInt(element.attr(SourceMarkers.ATTRIBUTE)));
            } catch (NumberFormatException e) {
                // written by hand in raw HTML: its position comes from the raw HTML instead
            }
            element.removeAttr(SourceMarkers.ATTRIBUTE);
        }
    }

    /** True for the marker comments themselves, which are removed without a word. */
    static boolean isMarker(String commentText) {
        return SourceMarkers.COMMENT.matcher(commentText).matches();
    }

    /** The position of {@code node} in the file; the file alone when it cannot be known. */
    SourcePosition of(Node node) {
        for (Node current = node; current != null; current = current.parent()) {
            if (current instanceof Element element && links.containsKey(element)) {
                return source.position(file, bodyOffset + links.get(element));
            }
            Range range = current.sourceRange();
            if (range.isTracked() && range.startPos() >= 0) {
                SourcePosition found = fromHtml(range.startPos());
                if (found != null) {
                    return found;
                }
            }
        }
        return SourcePosition.of(file);
    }

    private SourcePosition fromHtml(int htmlOffset) {
        int index = java.util.Arrays.binarySearch(markerEnds, htmlOffset);
        int marker = index >= 0 ? index : -index - 2;
        if (marker < 0) {
            return null;
        }
        int chunkStart = Math.min(htmlOffset, skipBlanks(renderedHtml, markerEnds[marker]));
        int nodeStart = bodyOffset + skipBlanks(body, markerOffsets[marker]);
        int lineDelta = html.line(htmlOffset) - html.line(chunkStart);
        int line = source.line(nodeStart) + lineDelta;
        if (lineDelta == 0) {
            int column = source.column(nodeStart) + html.column(htmlOffset) - html.column(chunkStart);
            return new SourcePosition(file, line, Math.max(1, column));
        }
        String sourceLine = source.lineText(line);
        String htmlLine = html.lineText(html.line(htmlOffset));
        int column = html.column(htmlOffset);
        if (!htmlLine.isEmpty() && sourceLine.endsWith(htmlLine)) {
            column += sourceLine.codePointCount(0, sourceLine.length() - htmlLine.length());
        }
        return new SourcePosition(file, line, column);
    }

    private static int skipBlanks(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
