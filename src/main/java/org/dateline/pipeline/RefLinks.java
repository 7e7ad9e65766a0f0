package org.dateline.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.assemble.Article;
import org.dateline.assemble.OutputFile;
import org.dateline.parse.Shortcodes;

/**
 * Puts the URLs of linked articles into links made by {@code ref}, {@code relref}, {@code link} and
 * {@code post_url}: the parse stage writes a marker path because an article's URL is known only once
 * the site is assembled. The marker survives every link rewrite (base path, relative and absolute
 * links), so the article's path is put in its place in pages, feeds and JSON alike. A link to an
 * article that has no page (a draft) leads to {@code 404.html}.
 */
final class RefLinks {

    private static final Pattern MARKER = Pattern.compile(
            Pattern.quote(Shortcodes.REF_PREFIX.substring(1)) + "([0-9a-f]+)/(index\\.html)?");

    /** The marker is ASCII, and in UTF-8 an ASCII byte is only ever that character: bytes can be searched. */
    private final byte[] markerBytes = Shortcodes.REF_PREFIX.substring(1).getBytes(StandardCharsets.US_ASCII);

    private final List<Article> articles;
    /** Each article's path by its source path, made when a page first holds a marker: most pages of most sites hold none. */
    private Map<String, String> paths;

    /** @param articles the site's, copied: an article's path is read only when a link needs it (a fresh start's pages need none) */
    RefLinks(List<Article> articles) {
        this.articles = List.copyOf(articles);
    }

    /** What links to other articles depend on: each article's source path and path (a digest, made when first asked). */
    private String print;

    synchronized String print() {
        if (print == null) {
            print = Fingerprints.of(articles.stream().map(a -> a.file() + "\t" + a.path()).sorted().toArray(String[]::new));
        }
        return print;
    }

    private synchronized Map<String, String> paths() {
        if (paths == null) {
            Map<String, String> made = new HashMap<>();
            articles.forEach(article -> made.put(article.file(), article.path().substring(1)));
            paths = made;
        }
        return paths;
    }

    OutputFile resolve(OutputFile file) {
        byte[] bytes = file.bytes();
        byte[] resolved = resolve(bytes);
        return resolved == bytes ? file : new OutputFile(file.path(), resolved, file.origin());
    }

    /** A page's bytes with its links resolved: the same array when it has none (most pages). */
    byte[] resolve(byte[] bytes) {
        if (!contains(bytes, markerBytes)) {
            return bytes; // no need to decode them to find that out
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        Matcher m = MARKER.matcher(text);
        StringBuilder out = new StringBuilder();
        Map<String, String> paths = paths();
        while (m.find()) {
            String path = paths.getOrDefault(Shortcodes.refTarget(m.group(1)), "404.html");
            String resolved = m.group(2) != null && path.endsWith("/") ? path + "index.html" : path;
            m.appendReplacement(out, Matcher.quoteReplacement(resolved));
        }
        m.appendTail(out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Whether {@code part} occurs in {@code bytes}: Horspool's search, which skips up to the part's
     * length at each step, so a page without the marker costs a fraction of a read of its bytes.
     */
    static boolean contains(byte[] bytes, byte[] part) {
        int length = part.length;
        if (length == 0) {
            return true;
        }
        int[] skip = new int[256];
        java.util.Arrays.fill(skip, length);
        for (int i = 0; i < length - 1; i++) {
            skip[part[i] & 0xff] = length - 1 - i;
        }
        for (int at = 0, last = bytes.length - length; at <= last; at += skip[bytes[at + length - 1] & 0xff]) {
            int j = length - 1;
            while (j >= 0 && bytes[at + j] == part[j]) {
                j--;
            }
            if (j < 0) {
                return true;
            }
        }
        return false;
    }
}
