package org.dateline.parse;

import java.util.Objects;

/** The article's lead image from {@code image}, {@code image_alt}, {@code image_caption}, {@code image_credit}. */
public record LeadImage(String src, String alt, String caption, String credit) {
    public LeadImage {
        Objects.requireNonNull(src, "src");
        Objects.requireNonNull(alt, "alt");
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(credit, "credit");
    }

    /**
     * As a record's own {@code equals}: written out, as a record's is made of method handles at its first call,
     * milliseconds of a fresh JVM (an edit compares the edited article's metadata, its lead image with it).
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof LeadImage image && src.equals(image.src) && alt.equals(image.alt)
                && caption.equals(image.caption) && credit.equals(image.credit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(src, alt, caption, credit);
    }
}
