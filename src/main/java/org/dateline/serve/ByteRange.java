package org.dateline.serve;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One range of a {@code Range: bytes=…} request header (RFC 9110, section 14), as a static host
 * answers it: {@code bytes=10-19}, {@code bytes=10-} (to the end), {@code bytes=-10} (the last ten).
 * A header this class does not take (several ranges, another unit, bad syntax) is ignored, and the
 * whole file is sent, as the RFC allows.
 *
 * @param first the first byte's offset
 * @param last the last byte's offset (inclusive)
 */
record ByteRange(long first, long last) {

    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d{0,18})-(\\d{0,18})");

    /** What a request's {@code Range} header asks of a file of {@code size} bytes. */
    sealed interface Asked permits Whole, Part, Unsatisfiable {
    }

    /** No range (or one that is ignored): the whole file, status 200. */
    record Whole() implements Asked {
    }

    /** One range of the file, status 206. */
    record Part(ByteRange range) implements Asked {
    }

    /** A range wholly past the end of the file, status 416. */
    record Unsatisfiable() implements Asked {
    }

    static Asked of(Optional<String> header, long size) {
        if (header.isEmpty()) {
            return new Whole();
        }
        Matcher matcher = SINGLE.matcher(header.get().trim());
        if (!matcher.matches() || matcher.group(1).isEmpty() && matcher.group(2).isEmpty()) {
            return new Whole();
        }
        if (matcher.group(1).isEmpty()) { // the last N bytes
            long suffix = Long.parseLong(matcher.group(2));
            return suffix == 0 || size == 0 ? new Unsatisfiable() : new Part(new ByteRange(Math.max(0, size - suffix), size - 1));
        }
        long first = Long.parseLong(matcher.group(1));
        if (!matcher.group(2).isEmpty() && Long.parseLong(matcher.group(2)) < first) {
            return new Whole(); // invalid: ignored
        }
        if (first >= size) {
            return new Unsatisfiable();
        }
        long last = matcher.group(2).isEmpty() ? size - 1 : Math.min(size - 1, Long.parseLong(matcher.group(2)));
        return new Part(new ByteRange(first, last));
    }

    long length() {
        return last - first + 1;
    }

    /** {@code bytes 10-19/100}. */
    String contentRange(long size) {
        return "bytes " + first + "-" + last + "/" + size;
    }
}
