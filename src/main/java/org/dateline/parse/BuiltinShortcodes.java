package org.dateline.parse;

import static org.dateline.markup.Markup.escape;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dateline.diag.Problem;
import org.dateline.diag.SourcePosition;

/**
 * The shortcodes and Liquid tags Dateline knows: Hugo's {@code ref}, {@code relref}, {@code figure},
 * {@code youtube}, {@code vimeo}, {@code highlight}, {@code x} and {@code tweet} (a plain link),
 * Jekyll's {@code link}, {@code post_url}, {@code highlight}, {@code raw} and {@code comment}, and
 * the Liquid outputs {@code site.baseurl}, {@code site.url} and {@code "…" | relative_url}. Every
 * value is escaped; every link to another article is checked.
 */
final class BuiltinShortcodes {

    private static final Pattern VIDEO_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,30}");
    private static final Pattern HANDLE = Pattern.compile("[A-Za-z0-9_]{1,50}");
    private static final Pattern LANGUAGE = Pattern.compile("[\\w+#.-]{1,40}");
    private static final Pattern URL_FILTER = Pattern.compile("[\"']([^\"']*)[\"']\\s*\\|\\s*(relative_url|absolute_url)");

    private final String file;
    private final List<String> articles;
    /** Whether an expansion looked an article up in {@link #articles} (ref, relref, link, post_url). */
    private boolean readsArticles;

    BuiltinShortcodes(String file, List<String> articles) {
        this.file = file;
        this.articles = articles;
    }

    /** Whether an expansion so far looked another article up: then the result depends on which articles exist. */
    boolean readsArticles() {
        return readsArticles;
    }

    /** The expansion of {@code token}, or empty when it is no built-in. */
    Optional<String> expand(ShortcodeScanner.Token token, boolean paired, String inner, SourcePosition at,
                            List<Problem> warnings) {
        ShortcodeScanner.Args args = ShortcodeScanner.args(token.args());
        return switch (token.kind()) {
            case HUGO -> token.closing() ? Optional.empty() : hugo(token.name(), args, paired, inner, at, warnings);
            case LIQUID_TAG -> liquid(token.name(), args, paired, inner, at, warnings);
            case LIQUID_OUTPUT -> output(token.args());
            case HUGO_ESCAPED -> Optional.empty();
        };
    }

    private Optional<String> hugo(String name, ShortcodeScanner.Args args, boolean paired, String inner,
                                  SourcePosition at, List<Problem> warnings) {
        return switch (name) {
            case "ref", "relref" -> Optional.of(ref(args.first("path"), at, warnings, "`" + name + "`"));
            case "figure" -> Optional.of(figure(args));
            case "youtube" -> Optional.of(video(args.first("id"), VIDEO_ID, "https://www.youtube-nocookie.com/embed/",
                    args.named().getOrDefault("title", "YouTube video"), at, warnings, "youtube"));
            case "vimeo" -> Optional.of(video(args.first("id"), DIGITS, "https://player.vimeo.com/video/",
                    args.named().getOrDefault("title", "Vimeo video"), at, warnings, "vimeo"));
            case "x", "tweet", "twitter" -> Optional.of(post(args, at, warnings, name));
            case "highlight" -> paired ? Optional.of(code(args.positional().isEmpty() ? "" : args.positional().get(0),
                    inner)) : Optional.empty();
            default -> Optional.empty();
        };
    }

    private Optional<String> liquid(String name, ShortcodeScanner.Args args, boolean paired, String inner,
                                    SourcePosition at, List<Problem> warnings) {
        return switch (name) {
            case "link" -> Optional.of(ref(args.first("path"), at, warnings, "`link`"));
            case "post_url" -> Optional.of(postUrl(args.first("path"), at, warnings));
            case "highlight" -> paired ? Optional.of(code(args.positional().isEmpty() ? "" : args.positional().get(0),
                    inner)) : Optional.empty();
            case "raw" -> paired ? Optional.of(inner) : Optional.empty();
            case "comment" -> paired ? Optional.of("") : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** {@code {{ site.baseurl }}} is "" (the base path is added to every site path anyway); so is {@code site.url}. */
    private static Optional<String> output(String expression) {
        String compact = expression.replace(" ", "");
        if (compact.equals("site.baseurl") || compact.equals("site.url") || compact.equals("site.url}}{{site.baseurl")) {
            return Optional.of("");
        }
        java.util.regex.Matcher filter = URL_FILTER.matcher(expression);
        if (filter.matches()) {
            return Optional.of(escape(filter.group(1)));
        }
        return Optional.empty();
    }

    /** A fenced code block, verbatim (no typography); inline code when the tags are not on lines of their own. */
    private static String code(String language, String inner) {
        if (!inner.startsWith("\n") && !inner.startsWith("\r\n")) {
            return "<code>" + escape(inner) + "</code>";
        }
        String body = inner.endsWith("\n") ? inner : inner + "\n";
        int longest = 0;
        for (java.util.regex.Matcher m = Pattern.compile("`+|~+").matcher(inner); m.find(); ) {
            longest = Math.max(longest, m.group().length());
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        String lang = LANGUAGE.matcher(language).matches() ? language : "";
        return fence + lang + body + fence;
    }

    private String ref(String target, SourcePosition at, List<Problem> warnings, String what) {
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        String fragment = hash < 0 ? "" : target.substring(hash);
        if (path.isEmpty()) {
            return fragment.isEmpty() ? "#" : escape(fragment);
        }
        readsArticles = true;
        Optional<String> found = ArticleRefs.find(articles, file, path);
        if (found.isEmpty()) {
            warnings.add(Problem.warning(at, what + " names no article: \"" + target + "\"",
                    "give the path of an article below content/, e.g. news/harbour-vote.md"));
            return "#";
        }
        return Shortcodes.refMarker(found.get(), escape(fragment));
    }

    private String postUrl(String name, SourcePosition at, List<Problem> warnings) {
        String last = name.substring(name.lastIndexOf('/') + 1);
        readsArticles = true;
        List<String> matches = articles.stream().filter(a -> baseName(a).equals(last)).toList();
        if (matches.size() != 1) {
            warnings.add(Problem.warning(at, "`post_url` " + (matches.isEmpty() ? "names no article" : "is ambiguous")
                    + ": \"" + name + "\"", "give the post's file name without extension, e.g. 2024-05-01-harbour-vote"));
            return "#";
        }
        return Shortcodes.refMarker(matches.get(0), "");
    }

    private static String baseName(String relPath) {
        String name = relPath.substring(relPath.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String figure(ShortcodeScanner.Args args) {
        StringBuilder html = new StringBuilder("<figure>");
        String img = "<img src=\"" + escape(args.named().getOrDefault("src", "")) + "\" alt=\""
                + escape(args.named().getOrDefault("alt", args.named().getOrDefault("caption", ""))) + "\""
                + dimension(args, "width") + dimension(args, "height") + ">";
        String link = args.named().getOrDefault("link", "");
        html.append(link.isEmpty() ? img : "<a href=\"" + escape(link) + "\">" + img + "</a>");
        String title = args.named().getOrDefault("title", "");
        String caption = args.named().getOrDefault("caption", "");
        String attr = args.named().getOrDefault("attr", "");
        if (!title.isEmpty() || !caption.isEmpty() || !attr.isEmpty()) {
            html.append("<figcaption>");
            if (!title.isEmpty()) {
                html.append("<strong>").append(escape(title)).append("</strong> ");
            }
            html.append(escape(caption));
            if (!attr.isEmpty()) {
                html.append(" <small>").append(escape(attr)).append("</small>");
            }
            html.append("</figcaption>");
        }
        return html.append("</figure>").toString();
    }

    private static String dimension(ShortcodeScanner.Args args, String key) {
        String value = args.named().getOrDefault(key, "");
        return value.matches("\\d{1,5}") ? " " + key + "=\"" + value + "\"" : "";
    }

    private static String video(String id, Pattern valid, String prefix, String title, SourcePosition at,
                                List<Problem> warnings, String name) {
        if (!valid.matcher(id).matches()) {
            warnings.add(Problem.warning(at, "`" + name + "` has no valid video id: \"" + id + "\"",
                    "give the id from the video's address, e.g. {{< " + name + " dQw4w9WgXcQ >}}"));
            return "";
        }
        return "<div class=\"embed\"><iframe src=\"" + prefix + id + "\" title=\"" + escape(title)
                + "\" width=\"640\" height=\"360\" allowfullscreen></iframe></div>";
    }

    /** A post on X as a plain link: no script from X is loaded. */
    private static String post(ShortcodeScanner.Args args, SourcePosition at, List<Problem> warnings, String name) {
        String user = args.named().getOrDefault("user", "");
        String id = args.named().getOrDefault("id", args.positional().isEmpty() ? "" : args.positional().get(0));
        if (!DIGITS.matcher(id).matches() || !user.isEmpty() && !HANDLE.matcher(user).matches()) {
            warnings.add(Problem.warning(at, "`" + name + "` has no valid post id: \"" + id + "\"",
                    "write e.g. {{< x user=\"example\" id=\"1453110110599868418\" >}}"));
            return "";
        }
        String url = "https://x.com/" + (user.isEmpty() ? "i" : user) + "/status/" + id;
        return "<a href=\"" + url + "\">" + (user.isEmpty() ? "A post on X" : "A post by @" + user + " on X") + "</a>";
    }
}
