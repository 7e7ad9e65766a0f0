package org.dateline.pages;

import java.util.ArrayList;
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

    List<Slice> pages(String basePath, List<Article> articles) {
        int total = Math.max(1, (articles.size() + pageSize - 1) / pageSize);
        List<Slice> slices = new ArrayList<>();
        for (int number = 1; number <= total; number++) {
            List<Article> part = articles.subList((number - 1) * pageSize, Math.min(articles.size(), number * pageSize));
            slices.add(new Slice(number, total, part, path(basePath, number), basePath));
        }
        return slices;
    }

    /** The site path of page {@code number} of the listing at {@code basePath}. */
    static String path(String basePath, int number) {
        return number == 1 ? basePath : basePath + "page/" + number + "/";
    }
}
