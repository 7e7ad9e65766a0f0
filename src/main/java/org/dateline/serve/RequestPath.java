package org.dateline.serve;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A request's path, decoded into segments that are safe to resolve inside the served folder. Every
 * form of escaping the folder is refused here, before any file is touched: {@code ..} and {@code .}
 * (also as {@code %2e%2e}), encoded slashes and backslashes, raw backslashes, empty segments and
 * absolute or authority forms ({@code //host/x}, {@code http://host/x}), drive letters and other
 * colons, NUL and other control characters, and malformed or overlong UTF-8.
 *
 * @param segments the decoded segments, none empty
 * @param folder whether the path ends with {@code /} (or is {@code /})
 */
record RequestPath(List<String> segments, boolean folder) {

    RequestPath {
        segments = List.copyOf(segments);
    }

    /** The path of {@code uri}, or empty when it must be refused with 400. */
    static Optional<RequestPath> of(URI uri) {
        if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.getRawPath() == null) {
            return Optional.empty();
        }
        return parse(uri.getRawPath());
    }

    /** Parses a raw (still percent-encoded) absolute path. */
    static Optional<RequestPath> parse(String rawPath) {
        if (!rawPath.startsWith("/") || rawPath.startsWith("//") || rawPath.indexOf('\\') >= 0) {
            return Optional.empty();
        }
        String[] raw = rawPath.substring(1).split("/", -1);
        List<String> segments = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            boolean last = i == raw.length - 1;
            if (raw[i].isEmpty()) {
                if (last) {
                    break;
                }
                return Optional.empty();
            }
            Optional<String> segment = decode(raw[i]).filter(RequestPath::safe);
            if (segment.isEmpty()) {
                return Optional.empty();
            }
            segments.add(segment.get());
        }
        boolean folder = rawPath.endsWith("/");
        return Optional.of(new RequestPath(segments, folder));
    }

    /** Strict percent-decoding to UTF-8: a bad escape, an encoded {@code /} or {@code \}, or bad UTF-8 refuses. */
    private static Optional<String> decode(String raw) {
        String lower = raw.toLowerCase(Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c")) {
            return Optional.empty();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return Optional.empty();
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c > 0x7f) {
                // a URI's raw path holds only ASCII; anything else was not encoded by a browser
                return Optional.empty();
            } else {
                bytes.write(c);
            }
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer decoded = utf8.decode(ByteBuffer.wrap(bytes.toByteArray()));
            return Optional.of(decoded.toString());
        } catch (CharacterCodingException e) {
            // Java's decoder refuses overlong forms (%c0%ae), surrogates and truncated sequences
            return Optional.empty();
        }
    }

    private static boolean safe(String segment) {
        if (segment.equals(".") || segment.equals("..")) {
            return false;
        }
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '/' || c == '\\' || c == ':') {
                return false;
            }
        }
        return true;
    }

    /** Whether a segment names a hidden file, which the server never serves (the output marker, say). */
    boolean hidden() {
        return segments.stream().anyMatch(segment -> segment.startsWith("."));
    }

    /** The segments after {@code prefix}, or empty when the path is not inside it. */
    Optional<RequestPath> within(List<String> prefix) {
        if (segments.size() < prefix.size() || !segments.subList(0, prefix.size()).equals(prefix)) {
            return Optional.empty();
        }
        boolean exact = segments.size() == prefix.size();
        if (exact && !folder && !prefix.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RequestPath(segments.subList(prefix.size(), segments.size()), folder));
    }
}
