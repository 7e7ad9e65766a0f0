package org.dateline.parse;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes HTML character references in plain front-matter text, as WordPress exports write titles
 * ({@code Harbour &#8211; a vote}, {@code Caf&eacute;}). The result is text, escaped again by every
 * template. Numeric references and the names such exports use are decoded; an unknown name, or a
 * number that is no character, stays as written.
 */
final class Entities {

    private static final Pattern REFERENCE = Pattern.compile("&(?:#(\\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));");

    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", "\u00a0"), Map.entry("ndash", "\u2013"),
            Map.entry("mdash", "\u2014"), Map.entry("lsquo", "\u2018"), Map.entry("rsquo", "\u2019"),
            Map.entry("sbquo", "\u201a"), Map.entry("ldquo", "\u201c"), Map.entry("rdquo", "\u201d"),
            Map.entry("bdquo", "\u201e"), Map.entry("hellip", "\u2026"), Map.entry("laquo", "\u00ab"),
            Map.entry("raquo", "\u00bb"), Map.entry("copy", "\u00a9"), Map.entry("reg", "\u00ae"),
            Map.entry("trade", "\u2122"), Map.entry("euro", "\u20ac"), Map.entry("pound", "\u00a3"),
            Map.entry("deg", "\u00b0"), Map.entry("middot", "\u00b7"), Map.entry("bull", "\u2022"),
            Map.entry("eacute", "\u00e9"), Map.entry("egrave", "\u00e8"), Map.entry("aacute", "\u00e1"),
            Map.entry("agrave", "\u00e0"), Map.entry("iacute", "\u00ed"), Map.entry("oacute", "\u00f3"),
            Map.entry("uacute", "\u00fa"), Map.entry("ntilde", "\u00f1"), Map.entry("ccedil", "\u00e7"),
            Map.entry("auml", "\u00e4"), Map.entry("ouml", "\u00f6"), Map.entry("uuml", "\u00fc"),
            Map.entry("szlig", "\u00df"), Map.entry("shy", "\u00ad"), Map.entry("times", "\u00d7"));

    private Entities() {
    }

    static String decode(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(replacement(m)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String replacement(Matcher m) {
        if (m.group(3) != null) {
            return NAMED.getOrDefault(m.group(3), m.group());
        }
        int code = m.group(1) != null ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(2), 16);
        boolean character = Character.isValidCodePoint(code) && code != 0 && !(code >= 0xD800 && code <= 0xDFFF)
                && !(code < 0x20 && code != '\t' && code != '\n') && !(code >= 0x7F && code <= 0x9F);
        return character ? new String(Character.toChars(code)) : m.group();
    }
}
