package org.dateline.parse;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.ast.TypographicText;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

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

    private static final class Factory extends NodePostProcessorFactory {
        private final AutolinkNodePostProcessor.Factory extension = new AutolinkNodePostProcessor.Factory();

        Factory() {
            super(false);
            addNodes(Text.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            return new NodePostProcessor() {
                private NodePostProcessor real;

                @Override
                public void process(NodeTracker state, Node node) {
                    if (!mayLink(node)) {
                        return;
                    }
                    if (real == null) {
                        real = extension.apply(document);
                    }
                    real.process(state, node);
                }
            };
        }
    }
}
