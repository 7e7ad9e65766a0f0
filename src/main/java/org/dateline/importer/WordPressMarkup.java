package org.dateline.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * A WordPress post's content as plain HTML: block-editor comments ({@code <!-- wp:paragraph -->})
 * removed, classic-editor paragraphs (blank lines) made into {@code <p>}s, {@code [caption]} made a
 * {@code <figure>} with its {@code <figcaption>}, {@code [embed]}, {@code [youtube]} and a YouTube
 * address alone on a line made a privacy-enhanced YouTube {@code <iframe>}, other embeds a link.
 * Any other shortcode stays visible as text and is named in {@link Result#unknownShortcodes()}.
 */
final class WordPressMarkup {

    /** The HTML, and the names of the shortcodes left as they were. */
    record Result(String html, Set<String> unknownShortcodes) {
    }

    private static final Pattern BLOCK_COMMENT = Pattern.compile("<!--\\s*/?wp:[^>]*?-->");
    private static final Pattern CAPTION = Pattern.compile(
            "\\[caption([^\\]]*)](.*?)\\[/caption]", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern EMBED = Pattern.compile("\\[embed[^\\]]*]\\s*(\\S+?)\\s*\\[/embed]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YOUTUBE_SHORTCODE = Pattern.compile("\\[youtube[= ]\\s*\"?([^\\]\"\\s]+)\"?\\s*]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_URL_LINE = Pattern.compile("(?m)^[ \\t]*(https?://\\S+)[ \\t]*$");
    private static final Pattern YOUTUBE_ID = Pattern.compile(
            "^https?://(?:www\\.|m\\.)?(?:youtube\\.com/(?:watch\\?(?:.*&)?v=|embed/|shorts/)|youtu\\.be/)([A-Za-z0-9_-]{6,20})");
    private static final Pattern SHORTCODE = Pattern.compile("\\[(/?)([a-zA-Z][\\w-]*)(?:[\\s=][^\\]]*)?]");
    private static final Pattern BLOCK_START = Pattern.compile(
            "(?is)^<(p|div|h[1-6]|ul|ol|li|blockquote|figure|table|pre|hr|iframe|section|dl|address|!--)\\b.*");

    Result convert(String content) {
        String html = BLOCK_COMMENT.matcher(content).replaceAll("");
        html = replace(CAPTION, html, caption -> figure(caption.group(1), caption.group(2)));
        html = replace(EMBED, html, embed -> embed(embed.group(1)));
        html = replace(YOUTUBE_SHORTCODE, html, youtube -> embed(youtube.group(1)));
        html = replace(BARE_URL_LINE, html, line -> YOUTUBE_ID.matcher(line.group(1)).find() ? embed(line.group(1))
                : line.group());
        Set<String> unknown = new TreeSet<>();
        Matcher shortcode = SHORTCODE.matcher(html);
        while (shortcode.find()) {
            unknown.add(shortcode.group(2).toLowerCase(java.util.Locale.ROOT));
        }
        return new Result(paragraphs(html), unknown);
    }

    /** WordPress's wpautop, simplified: text blocks between blank lines become paragraphs, lone line breaks {@code <br>}. */
    static String paragraphs(String html) {
        List<String> out = new ArrayList<>();
        for (String block : html.replace("\r\n", "\n").split("\n\\s*\n")) {
            String trimmed = block.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            out.add(BLOCK_START.matcher(trimmed).matches() ? trimmed : "<p>" + trimmed.replace("\n", "<br>\n") + "</p>");
        }
        return String.join("\n", out);
    }

    private static String figure(String attributes, String inner) {
        String media = inner.strip();
        int end = media.lastIndexOf('>');
        String caption = end < 0 ? "" : media.substring(end + 1).strip();
        String image = end < 0 ? media : media.substring(0, end + 1);
        Matcher captionAttribute = Pattern.compile("caption=\"([^\"]*)\"").matcher(attributes);
        if (caption.isEmpty() && captionAttribute.find()) {
            caption = captionAttribute.group(1);
        }
        return "\n\n<figure>" + image + "<figcaption>" + caption + "</figcaption></figure>\n\n";
    }

    private static String embed(String url) {
        Matcher youtube = YOUTUBE_ID.matcher(url.strip());
        if (youtube.find()) {
            Element iframe = new Element("iframe")
                    .attr("src", "https://www.youtube-nocookie.com/embed/" + youtube.group(1))
                    .attr("title", "YouTube video");
            return "\n\n" + iframe.outerHtml() + "\n\n";
        }
        Element link = new Element("a").attr("href", url.strip()).text(url.strip());
        return "\n\n<p>" + link.outerHtml() + "</p>\n\n";
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> with) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(with.apply(matcher)));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
