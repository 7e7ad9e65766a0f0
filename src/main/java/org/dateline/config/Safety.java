package org.dateline.config;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What the site trusts: {@code unsafe_html}, {@code embeds}, {@code max_file_size} and
 * {@code article_time_limit}.
 *
 * @param unsafeHtml publish raw HTML from Markdown unsanitised (a trusted site's opt-out)
 * @param embeds hosts whose {@code <iframe>}s survive sanitising
 * @param maxFileBytes larger article files are refused
 * @param articleTimeLimit an article taking longer to parse and render fails, the build goes on
 */
public record Safety(boolean unsafeHtml, List<String> embeds, long maxFileBytes, Duration articleTimeLimit) {

    public static final List<String> DEFAULT_EMBEDS = List.of("www.youtube-nocookie.com", "youtube-nocookie.com",
            "player.vimeo.com");
    public static final long DEFAULT_MAX_FILE_BYTES = 10L * 1024 * 1024;
    public static final Duration DEFAULT_ARTICLE_TIME_LIMIT = Duration.ofSeconds(5);

    public Safety {
        embeds = List.copyOf(embeds);
        Objects.requireNonNull(articleTimeLimit, "articleTimeLimit");
    }

    public static Safety defaults() {
        return new Safety(false, DEFAULT_EMBEDS, DEFAULT_MAX_FILE_BYTES, DEFAULT_ARTICLE_TIME_LIMIT);
    }
}
