package org.dateline.pages;

import java.util.List;
import java.util.Objects;
import org.dateline.assemble.Article;

/**
 * Cuts a listing into pages of {@code page_size} articles: the first at the listing's own path
 * ({@code /world/}), the rest at {@code /world/page/2/}, {@code /world/page/3/} and so on. An empty
 * listing is one empty page, so a site with no articles still has a front page.
 */
final class Paginator {

    private final int pageSize;

    Paginator(int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be positive");
        }
        this.pageSize = pageSize;
    }

    /** One page of a listing: its 1-based number, the number of pages, its articles and site path. */
    record Slice(int number, int total, List<Article> articles, String path, String basePath) {
        Slice {
            articles = List.copyOf(articles);
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(basePath, "basePath");
        }
    }

    /** How many pages a listing of {@code size} articles has: at least one. */
    int total(int size) {
        return Math.max(1, (size + pageSize - 1) / pageSize);
    }

    /**
     * Page {@code number} of the {@code total} of the listing of {@code articles} at {@code basePath}.
     * Made one page at a time, when it is wanted: a rebuild of a few pages copies no other page's
     * articles (every page of every listing held ~60,000 articles' places on the 10,000-article corpus).
     */
    Slice page(String basePath, List<Article> articles, int number, int total) {
        List<Article> part = articles.subList((number - 1) * pageSize, Math.min(articles.size(), number * pageSize));
        return new Slice(number, total, part, path(basePath, number), basePath);
    }

    /** The site path of page {@code number} of the listing at {@code basePath}. */
    static String path(String basePath, int number) {
        return number == 1 ? basePath : basePath + "page/" + number + "/";
    }
}
