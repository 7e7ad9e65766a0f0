package org.dateline.pipeline;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dateline.diag.Problem;
import org.dateline.write.OutputManifest;

/**
 * What the last successful build read and gave, kept in the cache folder ({@code site.state}) so that
 * a fresh JVM can tell that nothing changed without parsing, assembling or keying a single page.
 *
 * <p>It is valid for a build whose inputs digest equals {@link #inputs} (every input file's path and
 * bytes, the configuration, the options, the output folder and the Dateline stamp) at a moment in
 * {@code [builtAt, horizon)}: the horizon is the first instant at which the clock alone would change
 * the output (a scheduled article's date, an expiry, an article entering or leaving the news
 * sitemap's window). Then the output is the manifest's, and the build's result is the one recorded.
 *
 * @param manifest what the output folder holds (per file: the page key, the bytes' hash, size and time)
 */
record SiteState(String inputs, Instant builtAt, Instant horizon, int articles, int skipped, int pages,
                 List<Problem> warnings, Optional<Scheduled> nextPublication, Optional<Scheduled> nextExpiry,
                 OutputManifest manifest) {

    static final String FILE = "site.state";
    private static final int MAGIC = 0x444c5334; // "DLS4": the manifest's entries as a base and the changes since
    /** The manifest's entries: a build that changed a few output files copies the base it read and adds those. */
    private static final EntrySection<OutputManifest.Entry> ENTRIES = new EntrySection<>(new EntrySection.Codec<>() {
        @Override
        public void write(DataOutputStream out, OutputManifest.Entry entry) throws IOException {
            out.writeUTF(entry.key());
            out.writeLong(entry.size());
            out.writeLong(entry.modified());
        }

        @Override
        public OutputManifest.Entry read(java.io.DataInput in) throws IOException {
            return new OutputManifest.Entry(in.readUTF(), in.readLong(), in.readLong());
        }

        @Override
        public boolean same(OutputManifest.Entry one, OutputManifest.Entry other) {
            return one.size() == other.size() && one.modified() == other.modified() && one.key().equals(other.key());
        }
    });

    /** A state as read from a file, with the base of its manifest's entries, which the next state may write as it is. */
    record Read(SiteState state, EntrySection.Base<OutputManifest.Entry> manifestBase) {
    }

    SiteState {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(builtAt, "builtAt");
        Objects.requireNonNull(horizon, "horizon");
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(nextPublication, "nextPublication");
        Objects.requireNonNull(nextExpiry, "nextExpiry");
        Objects.requireNonNull(manifest, "manifest");
    }

    /** Whether a build of {@code inputs} at {@code now} would give what this state describes. */
    boolean covers(String inputs, Instant now) {
        return !this.inputs.isEmpty() && this.inputs.equals(inputs) && !now.isBefore(builtAt) && now.isBefore(horizon);
    }

    /** The state as bytes: magic, {@code stamp}, the fields, then a CRC32C of everything before it. */
    byte[] encode(String stamp) {
        return encode(stamp, Optional.empty());
    }

    /**
     * The state as bytes, its manifest's entries as {@code base} and the changes since when that base
     * is given and the changes are few ({@link EntrySection}).
     */
    byte[] encode(String stamp, Optional<EntrySection.Base<OutputManifest.Entry>> base) {
        // sized for the base as it is (~150 bytes an entry): the bytes are never copied to grow
        int size = base.map(known -> known.length() + (1 << 12)).orElse(manifest.entries().size() * 160) + 256;
        return SealedBytes.seal(MAGIC, stamp, size, "the site state", out -> {
            out.writeUTF(inputs);
            SealedBytes.instant(out, builtAt);
            SealedBytes.instant(out, horizon);
            out.writeInt(articles);
            out.writeInt(skipped);
            out.writeInt(pages);
            ArticleCodec.problems(out, warnings);
            scheduled(out, nextPublication);
            scheduled(out, nextExpiry);
            out.writeUTF(manifest.output());
            ENTRIES.write(out, manifest.entries(), base);
        });
    }

    /**
     * The state {@link #encode} made with the same {@code stamp}; empty when the bytes are anything else
     * (truncated, altered, another Dateline's).
     */
    static Optional<SiteState> decode(byte[] data, String stamp) {
        return read(data, stamp).map(Read::state);
    }

    /** The state {@link #encode} made with the same {@code stamp}, with its manifest's base; empty when the bytes are anything else. */
    static Optional<Read> read(byte[] data, String stamp) {
        return SealedBytes.read(data, MAGIC, stamp, in -> {
            String inputs = in.readUTF();
            Instant builtAt = SealedBytes.instant(in);
            Instant horizon = SealedBytes.instant(in);
            int articles = in.readInt();
            int skipped = in.readInt();
            int pages = in.readInt();
            List<Problem> warnings = ArticleCodec.problems(in);
            Optional<Scheduled> nextPublication = scheduled(in);
            Optional<Scheduled> nextExpiry = scheduled(in);
            String output = in.readUTF();
            EntrySection.Read<OutputManifest.Entry> entries = ENTRIES.read(in);
            return Optional.of(new Read(new SiteState(inputs, builtAt, horizon, articles, skipped, pages, warnings,
                    nextPublication, nextExpiry, new OutputManifest(output, entries.entries())), entries.base()));
        });
    }

    /** Whether {@code data} is a state file of another Dateline build (rather than a damaged one). */
    static boolean otherVersion(byte[] data, String stamp) {
        return SealedBytes.otherVersion(data, MAGIC, stamp);
    }

    private static void scheduled(DataOutputStream out, Optional<Scheduled> scheduled) throws IOException {
        out.writeBoolean(scheduled.isPresent());
        if (scheduled.isPresent()) {
            SealedBytes.instant(out, scheduled.get().at());
            out.writeUTF(scheduled.get().file());
        }
    }

    private static Optional<Scheduled> scheduled(DataInputStream in) throws IOException {
        return in.readBoolean() ? Optional.of(new Scheduled(SealedBytes.instant(in), in.readUTF())) : Optional.empty();
    }
}
