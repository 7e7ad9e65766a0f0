package org.dateline.render;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Makes the HTML of an article safe to publish, whatever raw HTML its Markdown held, and reports
 * every removal as a warning at the line it came from. Allowed is what news copy needs (see
 * {@link #newsSafelist}); {@code <iframe>}s only from the hosts in {@code embeds}, sandboxed; links only to
 * http(s), mailto and tel (and relative ones); images only from http(s), relative or
 * {@code data:image/} addresses, and so each candidate of an image's {@code srcset}; {@code <video>},
 * {@code <audio>}, {@code <source>} and {@code <track>} from http(s) or relative addresses, always with
 * controls; {@code <a name>} kept as an anchor; YouTube embeds rewritten to youtube-nocookie.com. Script,
 * style, object, embed, form, SVG and MathML elements go
 * with their content; other unknown tags go but keep their text; event handlers, {@code style} and
 * unknown attributes go; comments go. The first transform, so the others see clean HTML.
 */
final class HtmlSanitiser implements HtmlTransform {

    /** The tags and attributes news copy needs: each sanitiser its own, as a {@link Safelist} can be changed. */
    private final Safelist news = newsSafelist();

    private static Safelist newsSafelist() {
        return new Safelist()
            .addTags("a", "abbr", "address", "aside", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite", "code",
                    "col", "colgroup", "data", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption",
                    "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol",
                    "p", "pre", "q", "rp", "rt", "ruby", "s", "samp", "section", "small", "span", "strong", "sub",
                    "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "var",
                    "wbr", "video", "audio", "source", "track")
            .addAttributes(":all", "id", "class", "title", "lang", "dir", "role", "aria-label", "aria-labelledby",
                    "aria-describedby", "aria-hidden")
            .addAttributes("a", "href", "hreflang", "rel", "target", "name")
            .addAttributes("video", "src", "poster", "controls", "width", "height", "preload", "loop", "muted",
                    "playsinline")
            .addAttributes("audio", "src", "controls", "preload", "loop", "muted")
            .addAttributes("source", "src", "type", "media")
            .addAttributes("track", "src", "kind", "srclang", "label", "default")
            .addAttributes("img", "src", "alt", "width", "height", "loading", "decoding", "sizes")
            .addAttributes("blockquote", "cite").addAttributes("q", "cite")
            .addAttributes("del", "cite", "datetime").addAttributes("ins", "cite", "datetime")
            .addAttributes("ol", "start", "reversed", "type").addAttributes("li", "value")
            .addAttributes("td", "colspan", "rowspan", "align", "headers")
            .addAttributes("th", "colspan", "rowspan", "align", "headers", "scope", "abbr")
            .addAttributes("col", "span").addAttributes("colgroup", "span")
            .addAttributes("time", "datetime").addAttributes("data", "value").addAttributes("details", "open")
            .addProtocols("a", "href", "http", "https", "mailto", "tel")
            .addProtocols("img", "src", "http", "https")
            .addProtocols("video", "src", "http", "https").addProtocols("video", "poster", "http", "https")
            .addProtocols("audio", "src", "http", "https").addProtocols("source", "src", "http", "https")
            .addProtocols("track", "src", "http", "https")
            .addProtocols("blockquote", "cite", "http", "https").addProtocols("q", "cite", "http", "https")
            .addProtocols("del", "cite", "http", "https").addProtocols("ins", "cite", "http", "https")
            .preserveRelativeLinks(true);
    }

    /** Removed with everything inside them. */
    static final Set<String> DROPPED = Set.of("script", "style", "object", "embed", "applet", "form", "input", "button",
            "select", "option", "optgroup", "textarea", "frame", "frameset", "noscript", "noembed", "noframes",
            "template", "svg", "math", "base", "link", "meta", "title", "head", "xmp", "plaintext", "iframe",
            "portal", "canvas", "dialog");

    /** The attributes whose addresses are checked against the allowed protocols, as {@code tag.attribute}. */
    private static final Set<String> URL_ATTRIBUTES = Set.of("a.href", "img.src", "blockquote.cite", "q.cite",
            "del.cite", "ins.cite", "video.src", "video.poster", "audio.src", "source.src", "track.src");
    /** Hosts whose embed addresses are rewritten to {@link #NO_COOKIE}, when that host is allowed. */
    private static final Set<String> YOUTUBE = Set.of("www.youtube.com", "youtube.com", "m.youtube.com");
    static final String NO_COOKIE = "www.youtube-nocookie.com";
    private static final Pattern DESCRIPTOR = Pattern.compile("[0-9]+w|[0-9]*\\.?[0-9]+x");
    private static final Set<String> IFRAME_ATTRIBUTES = Set.of("src", "width", "height", "title", "allowfullscreen");
    private static final Set<String> IFRAME_FEATURES = Set.of("autoplay", "encrypted-media", "picture-in-picture",
            "fullscreen", "accelerometer", "gyroscope", "clipboard-write", "web-share");
    static final String SANDBOX = "allow-scripts allow-same-origin allow-presentation allow-popups";
    static final String HINT = "raw HTML is sanitised (see README); set `unsafe_html: true` in site.yaml only if"
            + " every author is trusted";

    private final Set<String> embeds;

    HtmlSanitiser(List<String> embeds) {
        this.embeds = embeds.stream().map(host -> host.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void apply(Element body, TransformContext context) {
        List<Element> unwrap = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node == body || node instanceof TextNode) {
                    return FilterResult.CONTINUE;
                }
                if (node instanceof Element element) {
                    return element(element, context, unwrap);
                }
                if (!(node instanceof Comment comment && SourceLocator.isMarker(comment.getData()))) {
                    context.warn(node, "removed an HTML comment", "comments are published in the page source;"
                            + " keep notes for colleagues out of the article");
                }
                return FilterResult.REMOVE;
            }
        }, body);
        for (int i = unwrap.size() - 1; i >= 0; i--) {
            unwrap.get(i).unwrap();
        }
    }

    private NodeFilter.FilterResult element(Element element, TransformContext context, List<Element> unwrap) {
        String tag = element.normalName();
        if (tag.equals("iframe")) {
            noCookie(element);
        }
        if (tag.equals("iframe") && embeddable(element)) {
            embed(element, context);
            return NodeFilter.FilterResult.SKIP_CHILDREN;
        }
        if (tag.equals("iframe")) {
            String src = element.attr("src");
            context.warn(element, src.isBlank() ? "removed <iframe> without an https address"
                    : "removed <iframe> from \"" + shown(src) + "\": its host is not listed in `embeds`",
                    "add the host to `embeds:` in site.yaml if you trust it");
            return NodeFilter.FilterResult.REMOVE;
        }
        if (DROPPED.contains(tag)) {
            context.warn(element, "removed <" + tag + "> element and its content", HINT);
            return NodeFilter.FilterResult.REMOVE;
        }
        if (!news.isSafeTag(tag)) {
            context.warn(element, "removed <" + tag + "> tag (its text is kept)", HINT);
            unwrap.add(element);
            return NodeFilter.FilterResult.CONTINUE;
        }
        for (Attribute attribute : new ArrayList<>(element.attributes().asList())) {
            if (!attribute(element, attribute, context)) {
                return NodeFilter.FilterResult.REMOVE;
            }
        }
        if (tag.equals("video") || tag.equals("audio")) {
            element.attr("controls", true); // a reader can always start and stop it; nothing plays by itself
        }
        if (tag.equals("a") && element.hasAttr("name") && !element.hasAttr("id")) {
            element.attr("id", element.attr("name")); // an old in-page anchor: `#name` links find it by id too
        }
        return NodeFilter.FilterResult.CONTINUE;
    }

    /**
     * A YouTube embed ({@code www.youtube.com/embed/ID}) plays from {@link #NO_COOKIE} instead, which sets
     * no tracking cookies until the reader plays it; only when that host is in {@code embeds}.
     */
    private void noCookie(Element iframe) {
        try {
            String src = iframe.attr("src").strip();
            URI uri = new URI(src.startsWith("//") ? "https:" + src : src);
            if (uri.getHost() != null && YOUTUBE.contains(uri.getHost().toLowerCase(Locale.ROOT))
                    && "https".equalsIgnoreCase(uri.getScheme()) && uri.getUserInfo() == null && uri.getPort() == -1
                    && uri.getRawPath() != null && uri.getRawPath().startsWith("/embed/") && embeds.contains(NO_COOKIE)) {
                iframe.attr("src", new URI("https", NO_COOKIE, uri.getPath(), uri.getQuery(), null).toASCIIString());
            }
        } catch (URISyntaxException e) {
            // not an address: the iframe is removed as not embeddable
        }
    }

    /** Removes {@code attribute} if it is not allowed; false when the whole element must go. */
    private boolean attribute(Element element, Attribute attribute, TransformContext context) {
        String key = attribute.getKey().toLowerCase(Locale.ROOT);
        String tag = element.normalName();
        if (key.startsWith("on")) {
            context.warn(element, "removed event handler `" + key + "` from <" + tag + ">", HINT);
        } else if (tag.equals("img") && key.equals("srcset")) {
            Optional<String> unsafe = unsafeCandidate(element, attribute.getValue());
            if (unsafe.isEmpty()) {
                return true;
            }
            context.warn(element, "removed `srcset` from <img>: unsafe source \"" + shown(unsafe.get()) + "\"",
                    "every `srcset` candidate must be an http(s) address, a path on the site or a data:image/ address");
        } else if (key.equals("style")) {
            context.warn(element, "removed `style` from <" + tag + ">", "style the site in its stylesheet, not in"
                    + " articles");
        } else if (URL_ATTRIBUTES.contains(tag + "." + key)) {
            if (tag.equals("img") && key.equals("src") && isDataImage(attribute.getValue())
                    || news.isSafeAttribute(tag, element, attribute)) {
                return true;
            }
            if (!tag.equals("a") && !tag.equals("img") && !key.equals("cite")) {
                context.warn(element, "removed unsafe address \"" + shown(attribute.getValue()) + "\" from <" + tag + ">",
                        "media may come from http(s) addresses and paths on the site");
                element.removeAttr(attribute.getKey());
                return true;
            }
            if (tag.equals("img")) {
                context.warn(element, "removed image with unsafe source \"" + shown(attribute.getValue()) + "\"",
                        "use an http(s) address, a path on the site or a data:image/ address");
                return false;
            }
            context.warn(element, "removed unsafe link \"" + shown(attribute.getValue()) + "\" from <" + tag + ">",
                    "links may go to http(s), mailto: and tel: addresses and to paths on the site");
        } else if (news.isSafeAttribute(tag, element, attribute)) {
            return true;
        } else {
            context.warn(element, "removed attribute `" + key + "` from <" + tag + ">", HINT);
        }
        element.removeAttr(attribute.getKey());
        return true;
    }

    private boolean embeddable(Element iframe) {
        String src = iframe.attr("src").strip();
        try {
            URI uri = new URI(src.startsWith("//") ? "https:" + src : src);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null
                    && embeds.contains(uri.getHost().toLowerCase(Locale.ROOT)) && uri.getUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Keeps an allowed iframe's size, title and safe features; adds the sandbox, referrer policy and lazy loading. */
    private static void embed(Element iframe, TransformContext context) {
        String allow = "";
        for (Attribute attribute : new ArrayList<>(iframe.attributes().asList())) {
            String key = attribute.getKey().toLowerCase(Locale.ROOT);
            if (key.startsWith("on") || key.equals("style")) {
                context.warn(iframe, "removed " + (key.equals("style") ? "`style`" : "event handler `" + key + "`")
                        + " from <iframe>", HINT);
            } else if (key.equals("allow")) {
                allow = allowedFeatures(attribute.getValue());
            }
            if (!IFRAME_ATTRIBUTES.contains(key)) {
                iframe.removeAttr(attribute.getKey());
            }
        }
        if (!allow.isEmpty()) {
            iframe.attr("allow", allow);
        }
        iframe.attr("sandbox", SANDBOX).attr("referrerpolicy", "strict-origin-when-cross-origin").attr("loading", "lazy");
        iframe.empty();
    }

    private static String allowedFeatures(String allow) {
        List<String> kept = new ArrayList<>();
        for (String feature : allow.split(";")) {
            String name = feature.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
            if (IFRAME_FEATURES.contains(name)) {
                kept.add(name);
            }
        }
        return String.join("; ", kept);
    }

    /**
     * The first candidate URL of a {@code srcset} that {@code src} would not be allowed to hold, or a
     * descriptor that is neither {@code 480w} nor {@code 2x}; empty when every candidate is safe.
     * Parsed as the HTML standard does: a URL runs to the next whitespace, descriptors to the next comma.
     */
    private Optional<String> unsafeCandidate(Element image, String srcset) {
        List<Srcset.Candidate> candidates = Srcset.parse(srcset);
        if (candidates.isEmpty()) {
            return Optional.of(srcset);
        }
        for (Srcset.Candidate candidate : candidates) {
            // jsoup checks the address an element holds, so each candidate goes into an image of its own
            Element probe = new Element(org.jsoup.parser.Tag.valueOf("img"), image.baseUri()).attr("src", candidate.url());
            if (!isDataImage(candidate.url()) && !news.isSafeAttribute("img", probe, probe.attribute("src"))) {
                return Optional.of(candidate.url());
            }
            if (!candidate.descriptor().isEmpty() && !DESCRIPTOR.matcher(candidate.descriptor()).matches()) {
                return Optional.of(candidate.url() + " " + candidate.descriptor());
            }
        }
        return Optional.empty();
    }

    private static boolean isDataImage(String value) {
        StringBuilder plain = new StringBuilder();
        value.codePoints().filter(c -> c > ' ').limit(11).forEach(plain::appendCodePoint);
        return plain.toString().toLowerCase(Locale.ROOT).startsWith("data:image/");
    }

    /** A value as a warning shows it: on one line, at most 80 characters. */
    static String shown(String value) {
        String line = value.replaceAll("\\p{Cntrl}", " ").strip();
        return line.length() <= 80 ? line : line.substring(0, 77) + "...";
    }
}
