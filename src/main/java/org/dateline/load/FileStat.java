package org.dateline.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What the file system says of a file without reading it: size, modification and status-change
 * times (nanoseconds), inode and device. Every write of a file sets its status-change time to the
 * moment of the write, and no tool can set it back (unlike the modification time, which {@code touch}
 * and {@code git checkout} set), so a file whose stat is the one recorded when its bytes were read
 * still holds those bytes, provided it had not changed within the file system's clock granularity of
 * that reading: see {@link #settled}. Available where the file system has a Unix view; elsewhere every
 * article is read.
 */
public record FileStat(long size, long modified, long changed, long inode, long device) {

    /**
     * How long before a scan a file must have last changed for its stat to be trusted by the next
     * scan: a write within the clock's granularity of a reading could leave the same times.
     */
    static final long SETTLE_MILLIS = 2_000;

    /** The stat of {@code file} (following links), or empty when it is not a regular file or has no Unix view. */
    public static Optional<FileStat> of(Path file) {
        try {
            Map<String, Object> read = Files.readAttributes(file, "unix:size,lastModifiedTime,ctime,ino,dev,isRegularFile");
            if (!Boolean.TRUE.equals(read.get("isRegularFile"))) {
                return Optional.empty();
            }
            return Optional.of(new FileStat((Long) read.get("size"), nanos(read.get("lastModifiedTime")),
                    nanos(read.get("ctime")), (Long) read.get("ino"), (Long) read.get("dev")));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException
                 | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** Whether the file last changed at least {@link #SETTLE_MILLIS} before {@code scanStartMillis}. */
    public boolean settled(long scanStartMillis) {
        long latest = Math.max(changed, modified) / 1_000_000;
        return latest < scanStartMillis - SETTLE_MILLIS;
    }

    /** Field by field: a record's own equals, through a method handle, ran slowly in a fresh JVM's scan of 10,000 stats. */
    @Override
    public boolean equals(Object other) {
        return other instanceof FileStat stat && size == stat.size && modified == stat.modified && changed == stat.changed
                && inode == stat.inode && device == stat.device;
    }

    @Override
    public int hashCode() {
        int hash = Long.hashCode(size);
        for (long field : new long[] {modified, changed, inode, device}) {
            hash = 31 * hash + Long.hashCode(field);
        }
        return hash;
    }

    private static long nanos(Object time) {
        return ((FileTime) time).to(TimeUnit.NANOSECONDS);
    }
}
