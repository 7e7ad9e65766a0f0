package org.dateline.parse;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * URL slugs: generated ones are lower-case ASCII where a letter can be transliterated
 * ({@code Zoë Ångström} → {@code zoe-angstrom}), other scripts kept whole with their marks
 * ({@code हिन्दी समाचार} → {@code हिन्दी-समाचार}), always with
 * {@link Locale#ROOT} so a Turkish default locale still turns {@code ISTANBUL} into
 * {@code istanbul}. Explicit slugs are checked to be one safe path segment.
 */
public final class Slugs {

    /** Generated slugs are cut, on a code-point boundary, to at most this many characters. */
    public static final int MAX_GENERATED_LENGTH = 80;
    /** Explicit slugs may be at most this many UTF-8 bytes. */
    public static final int MAX_BYTES = 200;

    private static final Map<Integer, String> TRANSLITERATIONS = Map.ofEntries(
            Map.entry((int) 'ß', "ss"), Map.entry((int) 'æ', "ae"), Map.entry((int) 'Æ', "ae"),
            Map.entry((int) 'ø', "o"), Map.entry((int) 'Ø', "o"), Map.entry((int) 'ł', "l"),
            Map.entry((int) 'Ł', "l"), Map.entry((int) 'đ', "d"), Map.entry((int) 'Đ', "d"),
            Map.entry((int) 'ı', "i"), Map.entry((int) 'œ', "oe"), Map.entry((int) 'Œ', "oe"),
            Map.entry((int) 'þ', "th"), Map.entry((int) 'Þ', "th"), Map.entry((int) 'ð', "d"),
            Map.entry((int) '&', "and"));
    private static final Pattern SAFE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}._-]*");
    private static final Set<String> WINDOWS_RESERVED = Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private Slugs() {
    }

    /**
     * A slug made from any text; "" when the text has no letters or digits. Accents are stripped
     * only where they decorate a Latin, Greek or Cyrillic letter: in other scripts a combining mark
     * is part of the spelling (a Devanagari vowel sign, a Tamil virama, a Thai tone mark), so it stays.
     */
    public static String slugify(String text) {
        String ascii = asciiSlug(text);
        return ascii != null ? ascii : anySlug(text);
    }

    /**
     * {@link #slugify} of a text of ASCII only, without Unicode normalisation (ASCII is its own NFKD
     * and NFC): the same slug, made several times faster, for the names most sites use; null for any
     * other text.
     */
    private static String asciiSlug(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean dash = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return null;
            }
            boolean letter = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            boolean upper = c >= 'A' && c <= 'Z';
            if (letter || upper || c == '&') {
                if (dash && out.length() > 0) {
                    out.append('-');
                }
                dash = false;
                if (c == '&') {
                    out.append("and");
                } else {
                    out.append(upper ? (char) (c + ('a' - 'A')) : c);
                }
            } else if (c != '\'') {
                dash = true;
            }
        }
        return truncate(out.toString());
    }

    /** {@link #slugify} of any text. */
    static String anySlug(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder();
        boolean dash = false;
        boolean strippable = false;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            String replacement = TRANSLITERATIONS.get(cp);
            if (replacement != null) {
                dash = appendWord(out, replacement, dash);
                strippable = true;
            } else if (isMark(cp)) {
                if (!strippable && out.length() > 0 && !dash) {
                    out.appendCodePoint(cp);
                }
            } else if (cp == '\'' || cp == '\u2019' || cp == '\u200C' || cp == '\u200D') {
                continue; // apostrophes and zero-width (non-)joiners join the word they are in
            } else if (Character.isLetterOrDigit(cp)) {
                if (dash && out.length() > 0) {
                    out.append('-');
                }
                dash = false;
                strippable = hasStrippableMarks(cp);
                out.append(new String(Character.toChars(cp)).toLowerCase(Locale.ROOT));
            } else {
                dash = true;
            }
        }
        return truncate(Normalizer.normalize(out, Normalizer.Form.NFC));
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Letters whose accents a slug drops: {@code é} → {@code e}, {@code ё} → {@code е}, {@code ά} → {@code α}. */
    private static boolean hasStrippableMarks(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.GREEK
                || script == Character.UnicodeScript.CYRILLIC;
    }

    private static boolean appendWord(StringBuilder out, String word, boolean dash) {
        if (dash && out.length() > 0) {
            out.append('-');
        }
        out.append(word);
        return false;
    }

    /** The UTF-8 bytes of one code point; a lone surrogate is written as {@code ?}, one byte. */
    static int utf8Length(int cp) {
        if (cp < 0x80 || Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
            return 1;
        }
        return cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }

    /** At most {@link #MAX_GENERATED_LENGTH} code points and {@link #MAX_BYTES} UTF-8 bytes, cut at a word if one is near. */
    private static String truncate(String slug) {
        int end = 0;
        int bytes = 0;
        int count = 0;
        while (end < slug.length() && count < MAX_GENERATED_LENGTH) {
            int cp = slug.codePointAt(end);
            int size = utf8Length(cp);
            if (bytes + size > MAX_BYTES) {
                break;
            }
            bytes += size;
            count++;
            end += Character.charCount(cp);
        }
        if (end == slug.length()) {
            return slug;
        }
        while (end > 0 && isMark(slug.codePointAt(end))) {
            end = slug.offsetByCodePoints(end, -1); // never split a letter from its marks
        }
        String cut = slug.substring(0, end);
        int lastDash = cut.lastIndexOf('-');
        return lastDash > cut.length() / 2 ? cut.substring(0, lastDash) : cut;
    }

    /** Why {@code slug} is not one safe path segment, or empty when it is. */
    public static Optional<String> problemWith(String slug) {
        if (slug.isEmpty()) {
            return Optional.of("is empty");
        }
        if (slug.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("is longer than " + MAX_BYTES + " bytes");
        }
        if (!SAFE.matcher(slug).matches() || !Normalizer.isNormalized(slug, Normalizer.Form.NFC) || slug.contains("..") || slug.endsWith(".")) {
            return Optional.of("may hold only letters, digits, `-`, `_` and `.`, starting with a letter or digit"
                    + " and not ending with `.`");
        }
        String base = slug.toLowerCase(Locale.ROOT);
        int dot = base.indexOf('.');
        if (WINDOWS_RESERVED.contains(dot < 0 ? base : base.substring(0, dot))) {
            return Optional.of("is a reserved file name on Windows");
        }
        return Optional.empty();
    }
}
