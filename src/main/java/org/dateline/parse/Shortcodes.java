package org.dateline.parse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import org.dateline.diag.DatelineException;
import org.dateline.diag.LineIndex;
import org.dateline.diag.Problem;
import org.dateline.diag.SourcePosition;
import org.dateline.markup.Markup;

/**
 * Expands Hugo shortcodes and Liquid tags in an article's Markdown before it is parsed, without
 * evaluating anything: each tag is matched by name to a built-in ({@link BuiltinShortcodes}) or to
 * a site template ({@link ShortcodeTemplates}); an unknown one is a warning at its line and column
 * and is shown as code. Every expansion keeps the number of line breaks it replaces, so positions
 * of later problems keep their lines; the replaced spans are listed, so that columns after a tag on
 * its line are given as the original has them ({@link LineIndex#expanded}).
 */
public final class Shortcodes {

    /** Links to another article are written as this path until the article's URL is known. */
    public static final String REF_PREFIX = "/dateline-ref/";

    /** The class of the {@code <code>} that shows an unknown tag; descriptions and feeds leave it out. */
    public static final String UNKNOWN_CLASS = "dateline-shortcode";

    private final List<String> articles;
    private final ShortcodeTemplates templates;
    /** The digest of {@link #articles}, made when first asked for: only a site whose articles link others asks. */
    private volatile String articleList;

    /**
     * @param articles every article's {@code relPath}, so that {@code ref}, {@code link} and {@code post_url} can be
     *     checked when the article is parsed
     */
    public Shortcodes(List<String> articles, ShortcodeTemplates templates) {
        this.articles = List.copyOf(articles);
        this.templates = templates;
    }

    /** A site without shortcode templates, whose links cannot be checked. */
    public static Shortcodes none() {
        return new Shortcodes(List.of(), ShortcodeTemplates.none());
    }

    /**
     * The expanded Markdown and the warnings it raised.
     *
     * @param edits what was replaced, by offsets into the body and into the expanded Markdown
     * @param readsArticles whether an expansion looked another article up ({@code ref}, {@code relref}, {@code link},
     *     {@code post_url}): then the expansion depends on which articles exist ({@link #articleList})
     */
    public record Expanded(String markdown, List<Problem> warnings, List<LineIndex.Edit> edits, boolean readsArticles) {
        public Expanded {
            warnings = List.copyOf(warnings);
            edits = List.copyOf(edits);
        }
    }

    /** Expands {@code body}, which starts at {@code bodyOffset} of {@code file}'s text (indexed by {@code lines}). */
    public Expanded expand(String file, String body, int bodyOffset, LineIndex lines) {
        List<ShortcodeScanner.Token> tokens = ShortcodeScanner.scan(body);
        if (tokens.isEmpty()) {
            return new Expanded(body, List.of(), List.of(), false);
        }
        Expansion expansion = new Expansion(file, body, bodyOffset, lines, tokens);
        String markdown = expansion.run();
        return new Expanded(markdown, expansion.warnings, expansion.edits, expansion.builtins.readsArticles());
    }

    /**
     * A digest of which articles exist (every {@code relPath} given, in order of their text): what an article whose
     * expansion {@link Expanded#readsArticles reads them} depends on besides its own bytes.
     */
    public String articleList() {
        String list = articleList;
        if (list == null) {
            try {
                java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
                for (String article : articles.stream().sorted().toList()) {
                    digest.update(article.getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) '\n');
                }
                list = HexFormat.of().formatHex(digest.digest());
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is missing from this Java", e);
            }
            articleList = list;
        }
        return list;
    }

    /** The marker path for a link to the article at {@code relPath}, with an optional {@code #fragment}. */
    static String refMarker(String relPath, String fragment) {
        return REF_PREFIX + HexFormat.of().formatHex(relPath.getBytes(StandardCharsets.UTF_8)) + "/" + fragment;
    }

    /** The article {@code relPath} a marker names. */
    public static String refTarget(String hex) {
        return new String(HexFormat.of().parseHex(hex), StandardCharsets.UTF_8);
    }

    /** The state of expanding one article. */
    private final class Expansion {
        private final String file;
        private final String body;
        private final int bodyOffset;
        private final LineIndex lines;
        private final List<ShortcodeScanner.Token> tokens;
        private final List<Problem> warnings = new ArrayList<>();
        private final List<LineIndex.Edit> edits = new ArrayList<>();
        private final StringBuilder out = new StringBuilder();
        private final BuiltinShortcodes builtins;

        Expansion(String file, String body, int bodyOffset, LineIndex lines, List<ShortcodeScanner.Token> tokens) {
            this.file = file;
            this.body = body;
            this.bodyOffset = bodyOffset;
            this.lines = lines;
            this.tokens = tokens;
            this.builtins = new BuiltinShortcodes(file, articles);
        }

        String run() {
            int copied = 0;
            for (int i = 0; i < tokens.size(); i++) {
                ShortcodeScanner.Token token = tokens.get(i);
                out.append(body, copied, token.start());
                int pair = pairEnd(i);
                int end = pair >= 0 ? tokens.get(pair).end() : token.end();
                String original = body.substring(token.start(), end);
                String inner = pair >= 0 ? body.substring(token.end(), tokens.get(pair).start()) : "";
                String replacement = replacement(token, pair >= 0, inner, original);
                // a code block ending on the closing tag's line needs its own line for the fence: one line more
                int expandedStart = out.length();
                out.append(replacement.startsWith("```") ? replacement : fit(replacement, newlines(original)));
                if (!replacement.equals(original)) {
                    edits.add(new LineIndex.Edit(expandedStart, out.length(), token.start(), end));
                }
                copied = end;
                if (pair >= 0) {
                    i = pair;
                }
            }
            out.append(body, copied, body.length());
            return out.toString();
        }

        /**
         * For each token, the index of the next token of each closing name after it: built once from the end, so that
         * a thousand unclosed {@code highlight}s cost no more than closed ones.
         */
        private final List<Map<String, Integer>> nextClosing = new ArrayList<>();

        private int nextClosing(int i, ShortcodeScanner.Kind kind, String closing) {
            if (nextClosing.isEmpty()) {
                Map<String, Integer> seen = new HashMap<>();
                List<Map<String, Integer>> reversed = new ArrayList<>();
                for (int j = tokens.size() - 1; j >= 0; j--) {
                    reversed.add(Map.copyOf(seen));
                    ShortcodeScanner.Token t = tokens.get(j);
                    seen.put(t.kind() + (t.kind() == ShortcodeScanner.Kind.HUGO && t.closing() ? "/" : "") + t.name(), j);
                }
                for (int j = reversed.size() - 1; j >= 0; j--) {
                    nextClosing.add(reversed.get(j));
                }
            }
            return nextClosing.get(i).getOrDefault(kind + closing, -1);
        }

        /** The index of the token closing a paired tag opened at {@code i}, or -1. */
        private int pairEnd(int i) {
            ShortcodeScanner.Token open = tokens.get(i);
            String closing = switch (open.kind()) {
                case HUGO -> open.closing() || !(open.name().equals("highlight") || templates.has(open.name())) ? null
                        : "/" + open.name();
                case LIQUID_TAG -> switch (open.name()) {
                    case "highlight", "raw", "comment" -> "end" + open.name();
                    default -> null;
                };
                default -> null;
            };
            return closing == null ? -1 : nextClosing(i, open.kind(), closing);
        }

        private String replacement(ShortcodeScanner.Token token, boolean paired, String inner, String original) {
            SourcePosition at = lines.position(file, bodyOffset + token.start());
            if (token.kind() == ShortcodeScanner.Kind.HUGO_ESCAPED) {
                return token.args();
            }
            try {
                Optional<String> builtin = builtins.expand(token, paired, inner, at, warnings);
                if (builtin.isPresent()) {
                    return builtin.get();
                }
                // a site template serves Hugo shortcodes and Jekyll's tags alike ({% include youtube.html id="x" %})
                boolean tag = token.kind() == ShortcodeScanner.Kind.HUGO || token.kind() == ShortcodeScanner.Kind.LIQUID_TAG;
                if (tag && !token.closing() && templates.has(token.name())) {
                    ShortcodeScanner.Args args = ShortcodeScanner.args(token.args(),
                            token.kind() == ShortcodeScanner.Kind.LIQUID_TAG);
                    String html = templates.render(token.name(), args.named(), args.positional(), inner);
                    return html.strip().replaceAll("\\n\\s*\\n", "\n");
                }
            } catch (DatelineException e) {
                e.problems().forEach(p -> warnings.add(Problem.warning(at, "shortcode `" + token.name() + "` failed: "
                        + p.position() + ": " + p.message(), p.hint().orElse("fix the shortcode template"))));
                return unknown(original);
            }
            if (token.inCode()) {
                return original; // an unknown tag in code is an example of one: it stays as written
            }
            warnings.add(Problem.warning(at, describe(token) + " is not a shortcode Dateline knows, so it is shown as"
                    + " written", "add templates/shortcodes/" + (token.name().isEmpty() ? "NAME" : token.name())
                    + ".peb, or remove it"));
            return unknown(body.substring(token.start(), token.end())) + (paired ? inner : "");
        }

        private String describe(ShortcodeScanner.Token token) {
            return switch (token.kind()) {
                case HUGO -> "`{{< " + (token.closing() ? "/" : "") + token.name() + " >}}`";
                case LIQUID_TAG -> "Liquid tag `{% " + token.name() + " %}`";
                case LIQUID_OUTPUT -> "Liquid output `{{ " + token.args() + " }}`";
                case HUGO_ESCAPED -> "";
            };
        }
    }

    /** An unknown tag shown as code, escaped. */
    static String unknown(String original) {
        return "<code class=\"" + UNKNOWN_CLASS + "\">" + Markup.escape(original) + "</code>";
    }

    private static int newlines(String text) {
        return (int) text.chars().filter(c -> c == '\n').count();
    }

    /** {@code text} with exactly {@code count} line breaks: missing ones are added at its end, extra ones become spaces. */
    static String fit(String text, int count) {
        int have = newlines(text);
        if (have == count) {
            return text;
        }
        if (have < count) {
            return text + "\n".repeat(count - have);
        }
        StringBuilder fitted = new StringBuilder(text);
        for (int i = fitted.length() - 1, extra = have - count; i >= 0 && extra > 0; i--) {
            if (fitted.charAt(i) == '\n') {
                fitted.setCharAt(i, ' ');
                extra--;
            }
        }
        return fitted.toString();
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
