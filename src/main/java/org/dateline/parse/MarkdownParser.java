package org.dateline.parse;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;

/**
 * The flexmark parser, built once: CommonMark plus GFM tables (a {@code |-|} delimiter row is a
 * table, as GitHub renders it; {@link SharedTableParsing}), footnotes, strikethrough, autolinks ({@link QuickAutolinks}) and smart typography;
 * headings through {@link SharedHeadings}.
 * Thread-safe: one instance parses every article.
 */
public final class MarkdownParser {

    private final DataHolder options;
    private final Parser parser;

    public MarkdownParser() {
        MutableDataSet set = new MutableDataSet();
        set.set(Parser.EXTENSIONS, List.of(
                new SharedTableParsing(),
                new SharedHeadings(),
                FootnoteExtension.create(),
                StrikethroughExtension.create(),
                QuickAutolinks.create(),
                TypographicExtension.create()));
        set.set(TablesExtension.MIN_SEPARATOR_DASHES, 1);
        set.set(TablesExtension.COLUMN_SPANS, false);
        set.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        set.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        set.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        this.options = set.toImmutable();
        this.parser = Parser.builder(options).build();
    }

    /** The options every flexmark component of a build shares (the renderer adds its own on top). */
    public DataHolder options() {
        return options;
    }

    /** Parses through {@link InterruptibleText}, so an interrupted worker stops parsing (and rendering) at once. */
    public Document parse(String markdown) {
        return parse(new InterruptibleText(markdown));
    }

    /** {@link #parse(String)} of a text already wrapped, whose characters another pass read too. */
    Document parse(InterruptibleText markdown) {
        return parser.parse(BasedSequence.of(markdown));
    }
}
