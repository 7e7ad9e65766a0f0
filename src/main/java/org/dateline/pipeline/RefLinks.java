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

    private final Map<String, String> paths = new HashMap<>();

    RefLinks(List<Article> articles) {
        articles.forEach(article -> paths.put(article.file(), article.path().substring(1)));
    }

    OutputFile resolve(OutputFile file) {
        byte[] bytes = file.bytes();
        if (!contains(bytes, markerBytes)) {
            return file; // most pages: no need to decode them to find that out
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        Matcher m = MARKER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String path = paths.getOrDefault(Shortcodes.refTarget(m.group(1)), "404.html");
            String resolved = m.group(2) != null && path.endsWith("/") ? path + "index.html" : path;
            m.appendReplacement(out, Matcher.quoteReplacement(resolved));
        }
        m.appendTail(out);
        return new OutputFile(file.path(), out.toString().getBytes(StandardCharsets.UTF_8), file.origin());
    }

    static boolean contains(byte[] bytes, byte[] part) {
        byte first = part[0];
        for (int i = 0, last = bytes.length - part.length; i <= last; i++) {
            if (bytes[i] == first && java.util.Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return true;
            }
        }
        return false;
    }
}
