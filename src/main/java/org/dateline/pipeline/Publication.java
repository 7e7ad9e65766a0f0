package org.dateline.pipeline;

import java.time.Instant;
import org.dateline.parse.ArticleMeta;

/** Which articles a build publishes: drafts only with {@code --drafts}, future ones only with {@code --future}. */
record Publication(boolean drafts, boolean future, Instant now) {

    boolean includes(ArticleMeta meta) {
        return reason(meta).isEmpty();
    }

    /** True when {@code meta} is left out only because its date has not come yet: a later build publishes it. */
    boolean scheduled(ArticleMeta meta) {
        return (drafts || !meta.draft()) && !future && meta.published().toInstant().isAfter(now);
    }

    /** Why {@code meta} is left out, or "" when it is published. */
    String reason(ArticleMeta meta) {
        if (meta.draft() && !drafts) {
            return "draft";
        }
        if (meta.published().toInstant().isAfter(now) && !future) {
            return "scheduled for " + meta.published();
        }
        return "";
    }
}
