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
}
