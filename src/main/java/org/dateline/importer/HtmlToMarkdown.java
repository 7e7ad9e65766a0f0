package org.dateline.importer;

import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Article HTML (already cleaned of page furniture) to Markdown with flexmark's converter, built
 * once. A {@code <figure>} with a picture becomes {@code ![alt](src "caption")} alone in its paragraph
 * (which Dateline renders as a figure with its caption), an {@code <iframe>} stays an HTML block
 * (the build's sanitiser keeps it only from an allowed host); the converter would drop both.
 */
final class HtmlToMarkdown {

    private static final String TOKEN = "DatelineImportBlock";
    private static final Pattern PLACEHOLDER = Pattern.compile(TOKEN + "(\\d+)x");

    private final FlexmarkHtmlConverter converter;

    HtmlToMarkdown() {
        MutableDataSet options = new MutableDataSet();
        options.set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false);
        options.set(FlexmarkHtmlConverter.OUTPUT_UNKNOWN_TAGS, false);
        this.converter = FlexmarkHtmlConverter.builder(options).build();
    }

    /** Converts the children of {@code body}, which is changed on the way. */
    String convert(Element body) {
        List<String> blocks = new ArrayList<>();
        for (Element figure : body.select("figure")) {
            Element image = figure.selectFirst("img[src]");
            if (image == null) {
                figure.unwrap();
                continue;
            }
            Element caption = figure.selectFirst("figcaption");
            String title = caption == null ? "" : caption.text().strip();
            figure.replaceWith(placeholder(blocks, "![" + escape(image.attr("alt")) + "](" + destination(image.attr("src"))
                    + (title.isEmpty() ? "" : " \"" + title.replace("\\", "\\\\").replace("\"", "\\\"") + "\"") + ")"));
        }
        for (Element iframe : body.select("iframe[src]")) {
            Element clean = new Element("iframe").attr("src", iframe.attr("src"));
            for (String kept : List.of("title", "width", "height")) {
                if (iframe.hasAttr(kept)) {
                    clean.attr(kept, iframe.attr(kept));
                }
            }
            clean.attr("allowfullscreen", true);
            iframe.replaceWith(placeholder(blocks, clean.outerHtml()));
        }
        String markdown = converter.convert(body.html());
        Matcher found = PLACEHOLDER.matcher(markdown);
        StringBuilder out = new StringBuilder();
        while (found.find()) {
            int index = found.group(1).length() > 6 ? -1 : Integer.parseInt(found.group(1));
            found.appendReplacement(out, Matcher.quoteReplacement(index >= 0 && index < blocks.size()
                    ? blocks.get(index) : found.group()));
        }
        found.appendTail(out);
        return out.toString().replaceAll("\n{3,}", "\n\n").strip() + "\n";
    }

    private static Element placeholder(List<String> blocks, String markdown) {
        blocks.add(markdown);
        return new Element("p").text(TOKEN + (blocks.size() - 1) + "x");
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]").replaceAll("\\s+", " ").strip();
    }

    private static String destination(String url) {
        String stripped = url.strip();
        return stripped.matches(".*[\\s()<>].*") ? "<" + stripped.replace("<", "%3C").replace(">", "%3E") + ">" : stripped;
    }
}
