package org.dateline.parse;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.List;
import java.util.Set;

/**
 * flexmark's GFM tables, with one table pre-processor for every document a parser reads instead of a
 * new one per document. flexmark's makes a pre-processor per document, and each compiles its
 * separator-row regular expression again: 2% of a cold build's CPU (JFR, 10,000 articles). The
 * pre-processor holds nothing but the parser's options and that expression (it keeps no state between
 * paragraphs; checked against flexmark 0.64.8's bytecode), and every document of one parser has the
 * same options, so one instance serves all, from any thread. A paragraph whose first line has no {@code |}
 * is answered before it ({@link #firstLineHasNoPipe}). The renderer and everything else is
 * {@link TablesExtension}'s own.
 */
final class SharedTableParsing implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private final TablesExtension tables = TablesExtension.create();

    @Override
    public void parserOptions(MutableDataHolder options) {
        tables.parserOptions(options);
    }

    @Override
    public void extend(Parser.Builder parserBuilder) {
        ParagraphPreProcessorFactory[] made = new ParagraphPreProcessorFactory[1]; // what TablesExtension registers
        tables.extend(new Parser.Builder() {
            @Override
            public Parser.Builder paragraphPreProcessorFactory(ParagraphPreProcessorFactory factory) {
                made[0] = factory;
                return this;
            }
        });
        if (made[0] == null) {
            tables.extend(parserBuilder); // another flexmark: its own way
            return;
        }
        parserBuilder.paragraphPreProcessorFactory(new Shared(made[0]));
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        tables.rendererOptions(options);
    }

    @Override
    public void extend(HtmlRenderer.Builder rendererBuilder, String rendererType) {
        tables.extend(rendererBuilder, rendererType);
    }

    /**
     * Whether the paragraph's first line has no {@code |}: flexmark's pre-processor then returns 0 and changes nothing
     * (its first step, before which it only reads; checked against flexmark 0.64.8's bytecode), after reading the line
     * through its sequence layers a character at a time. Here the article's characters are read as they are held.
     */
    static boolean firstLineHasNoPipe(Paragraph block) {
        List<BasedSequence> lines = block.getContentLines();
        if (lines.isEmpty()) {
            return false; // flexmark's own answer, whatever it is
        }
        BasedSequence line = lines.get(0);
        if (line instanceof SubSequence && line.getBase() instanceof InterruptibleText text) {
            char[] chars = text.characters();
            for (int i = line.getStartOffset(), end = line.getEndOffset(); i < end; i++) {
                if (chars[i] == '|') {
                    return false;
                }
            }
            return true;
        }
        return line.indexOf('|') < 0;
    }

    /** The factory that gives every document the pre-processor it made for the first. */
    private static final class Shared implements ParagraphPreProcessorFactory {
        private final ParagraphPreProcessorFactory made;
        private volatile ParagraphPreProcessor shared;

        Shared(ParagraphPreProcessorFactory made) {
            this.made = made;
        }

        @Override
        public ParagraphPreProcessor apply(ParserState state) {
            ParagraphPreProcessor one = shared;
            if (one == null) {
                ParagraphPreProcessor table = made.apply(state); // two threads may both make one: either serves
                one = (block, parserState) -> firstLineHasNoPipe(block) ? 0 : table.preProcessBlock(block, parserState);
                shared = one;
            }
            return one;
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return made.getAfterDependents();
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return made.getBeforeDependents();
        }

        @Override
        public boolean affectsGlobalScope() {
            return made.affectsGlobalScope();
        }
    }
}
