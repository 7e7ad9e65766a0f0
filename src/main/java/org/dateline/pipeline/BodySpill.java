package org.dateline.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.dateline.render.ArticleBody;
import org.dateline.write.TempFolders;

/**
 * Where the bodies of the articles rendered in this engine's builds wait until a page shows them:
 * one scratch file, appended to by the worker threads and read at an offset, in a temporary folder
 * of this process removed on {@link #close} (or by the next process, after a crash). So a cold build
 * holds its articles' summaries in memory, not their bodies. When no scratch file can be made, the
 * bodies stay in memory: slower to collect, but the build still works.
 * Safe to use from the build's worker threads.
 */
final class BodySpill implements AutoCloseable {

    /** The prefix of the scratch folders, see {@link TempFolders}. */
    static final String PREFIX = "dateline-bodies-";

    private final Optional<Path> root;
    private final AtomicLong end = new AtomicLong();
    private Optional<Path> folder = Optional.empty();
    private Optional<FileChannel> file = Optional.empty();
    private boolean failed;

    /** @param root where the scratch folder is made (the system's temporary folder), or empty to keep bodies in memory */
    BodySpill(Optional<Path> root) {
        this.root = root;
    }

    /** Bodies kept in memory: for a single check, whose pages are all held anyway. */
    static BodySpill inMemory() {
        return new BodySpill(Optional.empty());
    }

    /** {@code html}, stored, as a body keyed by {@code key}. */
    ArticleBody keep(String key, String html) {
        Optional<FileChannel> channel = channel();
        if (channel.isEmpty()) {
            return new ArticleBody(key, () -> html);
        }
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        long position = end.getAndAdd(bytes.length);
        try {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.get().write(buffer, position + buffer.position());
            }
        } catch (IOException e) {
            return new ArticleBody(key, () -> html); // a full disk costs memory, not the build
        }
        FileChannel from = channel.get();
        int length = bytes.length;
        return new ArticleBody(key, new ArticleBody.Loader() {
            @Override
            public String load() {
                return new String(read(from, position, length), StandardCharsets.UTF_8);
            }

            @Override
            public byte[] loadUtf8() {
                return read(from, position, length);
            }
        });
    }

    private static byte[] read(FileChannel from, long position, int length) {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        try {
            while (buffer.hasRemaining()) {
                if (from.read(buffer, position + buffer.position()) < 0) {
                    throw new IOException("the scratch file of article bodies ends early");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.array();
    }

    private synchronized Optional<FileChannel> channel() {
        if (file.isEmpty() && !failed && root.isPresent()) {
            try {
                folder = Optional.of(TempFolders.create(root.get(), PREFIX));
                file = Optional.of(FileChannel.open(folder.get().resolve("bodies"), StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.READ, StandardOpenOption.WRITE));
            } catch (IOException e) {
                failed = true;
                folder.ifPresent(TempFolders::delete);
            }
        }
        return file;
    }

    /** Removes the scratch file: bodies kept there can no longer be read. */
    @Override
    public synchronized void close() {
        try {
            if (file.isPresent()) {
                file.get().close();
            }
        } catch (IOException e) {
            // deleted below all the same
        }
        folder.ifPresent(TempFolders::delete);
        file = Optional.empty();
        folder = Optional.empty();
    }
}
