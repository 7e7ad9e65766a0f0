package org.dateline.parse;

import java.time.OffsetDateTime;
import java.util.Objects;

/** One entry of an article's {@code corrections:} or {@code updates:} log: when, and what changed. */
public record Notice(OffsetDateTime date, String text) {
    public Notice {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
    }
}
