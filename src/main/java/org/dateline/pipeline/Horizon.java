package org.dateline.pipeline;

import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.dateline.assemble.Site;
import org.dateline.syndicate.Sitemaps;

/**
 * When the clock alone next changes a build's output: the next scheduled article's publication, the
 * next expiry of a listed article, or the next change of the news sitemap's window, whichever comes
 * first. Each is the first such moment after the build's "now" among the articles' dates, so a build
 * with the same articles and dates as the last one, at a moment not before the last one's and before
 * its horizon, would find the same: a quick rebuild after body edits takes the last one instead of
 * looking at every article again. A build at or past the horizon always computes it anew.
 */
final class Horizon {

    /** @param at the earliest of the three, {@link Instant#MAX} when none */
    record Next(Optional<Scheduled> publication, Optional<Scheduled> expiry, Instant at, Instant since) {
    }

    private Optional<Next> last = Optional.empty();

    /**
     * The horizon of a build at {@code start}; remembered for the next build.
     *
     * @param sameDates whether the build's articles (published, scheduled and expired) and all their
     *     dates are exactly those of the last build this object was asked about
     */
    Next next(ArticleStage.Result done, Site site, Instant start, boolean sameDates) {
        Optional<Next> kept = last.filter(next -> sameDates && !start.isBefore(next.since()) && start.isBefore(next.at()));
        if (kept.isPresent()) {
            return kept.get();
        }
        Optional<Scheduled> publication = done.scheduled().stream().min(Scheduled.EARLIEST);
        Optional<Scheduled> expiry = Scheduled.nextExpiry(site);
        Instant at = Stream.of(publication.map(Scheduled::at), expiry.map(Scheduled::at), Sitemaps.nextChange(site, start))
                .flatMap(Optional::stream).min(Instant::compareTo).orElse(Instant.MAX);
        Next next = new Next(publication, expiry, at, start);
        last = Optional.of(next);
        return next;
    }

    /** The last build's horizon, {@link Instant#MAX} before the first. */
    Instant at() {
        return last.map(Next::at).orElse(Instant.MAX);
    }
}
