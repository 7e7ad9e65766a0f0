package org.dateline.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dateline.assemble.Archives;
import org.dateline.assemble.Article;
import org.dateline.assemble.Route;
import org.dateline.assemble.Site;
import org.dateline.config.ListingKind;

/**
 * The date archive, from {@code archive.peb}: a page per year ({@code /2024/}) that leads to its
 * months, and a paginated listing per month ({@code /2024/06/}), each with {@code archive} (this
 * period), {@code year} and {@code months} (the year's months that have articles, newest first). A
 * year page lists no articles itself: its months do, and listing each article twice would add a
 * second copy of every month's pages to the output (a twentieth of a 10,000-article site).
 */
final class ArchivePages implements RouteSource {

    static final String TEMPLATE = "archive.peb";

    @Override
    public List<Route> routes(Site site, Views views) {
        if (!site.config().listing().has(ListingKind.ARCHIVE)) {
            return List.of();
        }
        List<Route> routes = new ArrayList<>();
        Archives archives = views.archives();
        for (Archives.Period year : archives.years()) {
            Views.ArchiveView yearView = views.archive(year);
            List<Views.ArchiveView> months = archives.months(year.year()).stream().map(views::archive).toList();
            routes.addAll(period(site, views, year, List.of(), yearView, yearView, months));
            for (Archives.Period month : archives.months(year.year())) {
                routes.addAll(period(site, views, month, month.articles(), views.archive(month), yearView, months));
            }
        }
        return routes;
    }

    private static List<Route> period(Site site, Views views, Archives.Period period, List<Article> articles,
                                      Views.ArchiveView view, Views.ArchiveView year, List<Views.ArchiveView> months) {
        Listings.Listing listing = new Listings.Listing("archive", TEMPLATE, view.name(), "", period.path(),
                "archive " + view.name());
        return Listings.routes(site, views, listing, articles,
                () -> Map.of("archive", view, "year", year, "months", months));
    }
}
