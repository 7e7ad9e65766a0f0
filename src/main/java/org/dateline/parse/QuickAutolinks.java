package org.dateline.parse;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.ast.TypographicText;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;

/**
 * flexmark's autolink extension, asked only about text that can hold a link. Its post-processor runs
 * a link extractor and a regular expression over every text node of every article (4–9% of a cold
 * build); a link it finds needs {@code ://} (so a colon), an {@code @} or {@code www}, and an entity
 * or escape ({@code &}) may stand for any of them. A text node whose run of text siblings (the nodes
 * the extension reads together with it) has none of these is left as the extension would leave it:
 * untouched. Everything else goes to the extension itself.
 */
final class QuickAutolinks implements Parser.ParserExtension {

    private QuickAutolinks() {
    }

    static QuickAutolinks create() {
        return new QuickAutolinks();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        // none: the extension has no options of its own that Dateline sets
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    /** Whether the text from {@code node} on (its text, typographic and entity siblings) might hold a link. */
    static boolean mayLink(Node node) {
        for (Node n = node; n instanceof Text || n instanceof TypographicText || n instanceof HtmlEntity; n = n.getNext()) {
            if (mayLink(n.getChars())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads the article's own string over the node's offsets (a segmented node's span covers all its
     * segments, so the answer can only err towards "maybe"), not through flexmark's sequence
     * layers: this check reads every character of every article once.
     */
    private static boolean mayLink(BasedSequence chars) {
        Object base = chars.getBase();
        if (!(base instanceof InterruptibleText text)) {
            return mayLink(chars, 0, chars.length());
        }
        return mayLink(text.characters(), chars.getStartOffset(), chars.getEndOffset());
    }

    /** Reads the article's characters as {@link InterruptibleText} holds them: charAt would call per character. */
    private static boolean mayLink(char[] chars, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c == ':' || c == '@' || c == '&' || (c == 'w' || c == 'W') && i + 2 < to
                    && (chars[i + 1] | 0x20) == 'w' && (chars[i + 2] | 0x20) == 'w') {
                return true;
            }
        }
        return false;
    }

    private static boolean mayLink(CharSequence chars, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = chars.charAt(i);
            if (c == ':' || c == '@' || c == '&' || (c == 'w' || c == 'W') && i + 2 < to
                    && (chars.charAt(i + 1) | 0x20) == 'w' && (chars.charAt(i + 2) | 0x20) == 'w') {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs over the document itself, where a node post-processor had flexmark classify every node of every article
     * first (1.5% of a cold build) for its text nodes alone. It hands the extension the same nodes in the same order:
     * each text node (of class {@code Text} itself) as the document held them before any was processed, but for
     * those the extension has taken out of the tree by then. The extension is told of no change: no post-processor
     * runs after it that would read a node tracker.
     */
    private static final class Factory extends DocumentPostProcessorFactory {
        private final AutolinkNodePostProcessor.Factory extension = new AutolinkNodePostProcessor.Factory();

        @Override
        public DocumentPostProcessor apply(Document document) {
            return new DocumentPostProcessor() {
                @Override
                public Document processDocument(Document document) {
                    NodePostProcessor real = null;
                    Node clean = null; // a text node whose text and siblings' text, from it on, hold no link
                    for (Node node : texts(document)) {
                        if (node.getParent() == null || follows(node, clean)) {
                            continue; // taken out by the extension, or in a run already read from an earlier node
                        }
                        if (!mayLink(node)) {
                            clean = node;
                            continue;
                        }
                        if (real == null) {
                            real = extension.apply(document);
                        }
                        real.process(UNTRACKED, node);
                    }
                    return document;
                }
            };
        }
    }

    /** Whether {@code node} comes after {@code clean} in one run of text siblings (so its text holds no link either). */
    private static boolean follows(Node node, Node clean) {
        if (clean == null) {
            return false;
        }
        for (Node n = node.getPrevious(); n instanceof Text || n instanceof TypographicText || n instanceof HtmlEntity;
             n = n.getPrevious()) {
            if (n == clean) {
                return true;
            }
        }
        return false;
    }

    /** Every node of class {@code Text} under {@code root}, in document order. */
    private static List<Node> texts(Node root) {
        List<Node> found = new ArrayList<>();
        Node node = root.getFirstChild();
        while (node != null) {
            if (node.getClass() == Text.class) {
                found.add(node);
            }
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                continue;
            }
            while (node != null && node != root && node.getNext() == null) {
                node = node.getParent();
            }
            node = node == null || node == root ? null : node.getNext();
        }
        return found;
    }

    /** The extension reports what it adds and takes out; nothing after it reads those reports. */
    private static final NodeTracker UNTRACKED = new NodeTracker() {
        @Override
        public void nodeAdded(Node node) {
        }

        @Override
        public void nodeAddedWithChildren(Node node) {
        }

        @Override
        public void nodeAddedWithDescendants(Node node) {
        }

        @Override
        public void nodeRemoved(Node node) {
        }

        @Override
        public void nodeRemovedWithChildren(Node node) {
        }

        @Override
        public void nodeRemovedWithDescendants(Node node) {
        }
    };
}
