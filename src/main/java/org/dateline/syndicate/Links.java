package org.dateline.syndicate;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.dateline.assemble.Urls;

/**
 * URLs for feeds, sitemaps, structured data and social cards: absolute when the site has a base
 * URL (root-relative otherwise), and always plain ASCII, with anything else percent-encoded as
 * UTF-8 ({@code /tags/çay/} → {@code /tags/%C3%A7ay/}), as the sitemap protocol requires.
 */
final class Links {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);
    private static final String KEPT = "-._~:/?#[]@!$&'()*+,;=";

    private final Urls urls;

    Links(Urls urls) {
        this.urls = urls;
    }

    boolean absolute() {
        return urls.hasBaseUrl();
    }

    /** The URL of a site path such as {@code /world/}: absolute with a base URL, else root-relative. */
    String page(String sitePath) {
        return ascii(urls.absolute(sitePath));
    }

    /**
     * {@code reference} (an image {@code src}, say) resolved the way a browser on the page at
     * {@code pageSitePath} resolves it; a reference with a scheme is kept as it is.
     */
    String resolve(String reference, String pageSitePath) {
        String encoded = ascii(reference.strip());
        if (SCHEME.matcher(encoded).matches()) {
            return encoded;
        }
        try {
            return new URI(page(pageSitePath)).resolve(new URI(encoded)).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return encoded;
        }
    }

    /** {@code url} with every character outside RFC 3986's unreserved and reserved sets percent-encoded. */
    static String ascii(String url) {
        if (plain(url)) {
            return url; // the usual case, a sitemap's thousands of page URLs: nothing to encode
        }
        StringBuilder out = new StringBuilder(url.length());
        byte[] bytes = url.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            boolean plain = kept(b);
            boolean escape = b == '%' && i + 2 < bytes.length && hex(bytes[i + 1]) && hex(bytes[i + 2]);
            if (plain || escape) {
                out.append((char) b);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /** Whether {@code url} has only characters {@link #ascii} keeps as they are ({@code %} is not one of them). */
    private static boolean plain(String url) {
        for (int i = 0; i < url.length(); i++) {
            if (!kept(url.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** An ASCII letter or digit, or one of RFC 3986's other unreserved and reserved characters. */
    private static boolean kept(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || (c < 0x80 && KEPT.indexOf(c) >= 0);
    }

    private static boolean hex(byte b) {
        return Character.digit(b, 16) >= 0;
    }
}
