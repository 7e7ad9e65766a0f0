package org.dateline.template;

/**
 * Pebble's {@code html} escaping strategy, the one autoescaping applies to every printed value, written out:
 * the bytes of Pebble's own (unbescape's {@code HtmlEscape.escapeHtml4Xml}: level 1, the five characters that
 * are markup, {@code '} as {@code &#39;} since HTML 4 names no reference for it), without its way there: it
 * builds tables of every HTML 5 reference first (~0.5% of a cold 10,000-article build's CPU samples, JFR) and
 * looks each character up in them. Per character this is no faster under C1 (measured: the same time on
 * typical titles and addresses); what it saves is the tables, their classes and their compilation.
 */
final class HtmlText {

    private HtmlText() {
    }

    /** {@code text} with {@code & < > " '} escaped; the same string when it holds none of them. */
    static String escape(String text) {
        int length = text.length();
        int i = 0;
        while (i < length && !markup(text.charAt(i))) {
            i++;
        }
        if (i == length) {
            return text;
        }
        StringBuilder out = new StringBuilder(length + 16).append(text, 0, i);
        for (; i < length; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean markup(char c) {
        return c <= '>' && (c == '&' || c == '<' || c == '>' || c == '"' || c == '\'');
    }
}
