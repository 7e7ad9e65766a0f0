package org.dateline.pipeline;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.dateline.write.LiveOutput;
import org.dateline.write.OutputManifest;
import org.dateline.write.Staging;

/**
 * What an engine knows of the output folder between builds: what the live output holds (its last
 * build's manifest, else the state the cache folder kept), what the output kept beside it holds
 * ({@code .NAME.previous}, README "The build cache and incremental builds"), which files the last build that swapped wrote
 * anew (the kept output shares the others), and a fresh start's check of both ({@link FreshStart}).
 */
final class OutputTrail {

    private final StateStore states;
    private Optional<OutputManifest> manifest = Optional.empty();
    private Optional<OutputManifest> kept = Optional.empty();
    private Optional<LiveOutput> freshCheck = Optional.empty();
    private Set<String> renewed = Set.of();

    OutputTrail(StateStore states) {
        this.states = states;
    }

    /** What the live output holds: this engine's last build, else the state the cache kept. */
    OutputManifest live() {
        manifest = manifest.or(() -> states.get(problem -> { }).map(SiteState::manifest));
        return manifest.orElse(OutputManifest.EMPTY);
    }

    /** The manifest of the build that has just finished (or found nothing changed). */
    OutputManifest current() {
        return manifest.orElseThrow();
    }

    /** A build found that nothing changed: the live output is still {@code last}, reported again. */
    void unchanged(OutputManifest last) {
        manifest = Optional.of(last);
    }

    /** A fresh start's check of the live output and the kept one, or empty for a build without one. */
    void freshStart(Optional<LiveOutput> check) {
        freshCheck = check;
    }

    /** Whether the fresh start's check found {@code path} shared by the live and the kept output. */
    boolean freshShares(String path) {
        return freshCheck.orElseThrow().shares(path);
    }

    /**
     * Tells {@code staging} what is known of the kept output before pages come: a server's own record
     * of it, and a one-shot build's check of the live and kept outputs (the fresh start's, else one now).
     */
    void brief(Staging staging, boolean server, Path output, Path siteRoot) {
        kept.filter(older -> server && older.output().equals(live().output()))
                .ifPresent(older -> staging.keptHolds(older.entries().keySet()));
        freshCheck.or(() -> server ? Optional.empty() : FreshStart.live(states, output, siteRoot))
                .ifPresent(staging::checked);
    }

    /** After {@code staging} was swapped in: the output it replaced is the kept one now. */
    void committed(Staging staging, boolean server, Path output) {
        kept = staging.replaced().or(() -> Optional.of(live()));
        renewed = staging.renewed();
        manifest = Optional.of(staging.manifest());
        if (server && PageWrites.keepCopy(output, manifest.get())) { // a copy of exactly the live files
            kept = manifest;
            renewed = Set.of();
        }
    }

    /** What the kept output holds, when known: the manifest of the output the last swap replaced. */
    Optional<OutputManifest> kept() {
        return kept;
    }

    /** The files the last build that swapped wrote anew ({@link Staging#renewed}). */
    Set<String> renewed() {
        return renewed;
    }
}
