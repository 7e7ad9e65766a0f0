package org.dateline.assemble;

import java.util.Arrays;
import java.util.Objects;

/**
 * One file of the finished site: its path below the output folder (with {@code /}), its bytes,
 * and what produced it (a source file or template), for messages.
 */
public final class OutputFile {

    private final String path;
    private final byte[] bytes;
    private final String origin;

    public OutputFile(String path, byte[] bytes, String origin) {
        this.path = Objects.requireNonNull(path, "path");
        this.bytes = Objects.requireNonNull(bytes, "bytes").clone();
        this.origin = Objects.requireNonNull(origin, "origin");
    }

    public String path() {
        return path;
    }

    /** A copy of the content. */
    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }

    /** Writes the content without copying it. */
    public void writeTo(java.io.OutputStream out) throws java.io.IOException {
        out.write(bytes);
    }

    public String origin() {
        return origin;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OutputFile file && path.equals(file.path) && Arrays.equals(bytes, file.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * path.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return path + " (" + bytes.length + " bytes from " + origin + ")";
    }
}
