package org.dateline.parse;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * flexmark's heading parser, with one block-parser factory for every document a parser reads instead of a new
 * one per document. flexmark makes the factory anew for each document, and each compiles its three heading
 * expressions again: ~1% of a cold 10,000-article build's CPU samples (JFR). The factory holds nothing but
 * the parser's options and those expressions (every field final, set in its constructor; checked against
 * flexmark 0.64.8's bytecode), and every document of one parser has the same options, so one serves all, from
 * any thread. Its own factory stands in the core one's place: the core one is turned off, and this one is a
 * subclass of it that declares the same order, so the block parsers are tried in the same order
 * ({@code SharedHeadingsTest}).
 */
final class SharedHeadings implements Parser.ParserExtension {

    @Override
    public void parserOptions(MutableDataHolder options) {
        options.set(Parser.HEADING_PARSER, false); // this one instead
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new Factory());
    }

    /** flexmark's factory of heading parsers, making its block factory once. */
    static final class Factory extends HeadingParser.Factory {
        private volatile BlockParserFactory shared;

        @Override
        public BlockParserFactory apply(DataHolder options) {
            BlockParserFactory one = shared;
            if (one == null) {
                one = super.apply(options); // two threads may both make one: either serves
                shared = one;
            }
            return one;
        }
    }
}
