package org.dateline.pipeline;

import java.util.Optional;
import org.dateline.assemble.Parallel;
import org.dateline.config.SiteConfig;
import org.dateline.load.SourceFile;
import org.dateline.parse.ArticleParser;
import org.dateline.parse.DateParser;
import org.dateline.parse.FrontMatterParser;
import org.dateline.parse.MarkdownParser;
import org.dateline.render.MarkdownRenderer;

/**
 * Parses and renders a small article of its own, once, on a thread beside a fresh start's
 * reconstruction of the last build: a fresh JVM's first article runs the parser's and renderer's
 * class initialisation and interpreted first calls, which the quick rebuild would otherwise wait for
 * when it parses the edited article. Nothing it makes is kept or reported; the build's own parse of
 * the edited article is the same with or without it.
 */
final class ParserWarmUp {

    /** Front matter, headings, emphasis, links, a list and a quote: what most articles are made of. */
    static final String SAMPLE = """
            ---
            title: "Warm-up"
            date: 2020-01-01T07:37:00
            author: Reporter
            source: Newsroom
            description: A short article that is never written anywhere.
            tags: [one, two]
            location: CITY
            ---
            The council met on *Tuesday* to vote on the **budget** -- "a plan," said [an official](https://example.com/).

            ## A heading

            - one item
            - another item

            > A quote, and a second paragraph's worth of text.
            """;

    private ParserWarmUp() {
    }

    /** Starts the warm-up for a site of {@code config}; a failure is dropped with the result. */
    static void start(MarkdownParser markdown, SiteConfig config) {
        Parallel.aside("dateline-parser-warm-up", () -> {
            ArticleParser parser = new ArticleParser(new FrontMatterParser(new DateParser(config.timeZone())), markdown);
            return new MarkdownRenderer(markdown.options(), config.safety(), config.basePath(), Optional.empty())
                    .render(parser.parse(new SourceFile("content/warm-up.md", SAMPLE)));
        });
    }
}
