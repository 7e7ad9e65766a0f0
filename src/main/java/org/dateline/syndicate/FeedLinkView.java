package org.dateline.syndicate;

/**
 * {@code page.feeds} items: a feed for {@code <link rel="alternate">} in the page's head.
 *
 * @param type {@code application/rss+xml}, {@code application/atom+xml} or {@code application/feed+json}
 */
public record FeedLinkView(String title, String type, String url) {
}
