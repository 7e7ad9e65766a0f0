package org.dateline.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dateline.assemble.Archives;
import org.dateline.assemble.Route;
import org.dateline.assemble.Site;
import org.dateline.config.ListingKind;

/**
 * The date archive, from {@code archive.peb}: a listing per year ({@code /2024/}) and per month
 * ({@code /2024/06/}), each with {@code archive} (this period), {@code year} and {@code months} (the
 * year's months that have articles, newest first).
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
            routes.addAll(period(site, views, year, yearView, yearView, months));
            for (Archives.Period month : archives.months(year.year())) {
                routes.addAll(period(site, views, month, views.archive(month), yearView, months));
            }
        }
        return routes;
    }

    private static List<Route> period(Site site, Views views, Archives.Period period, Views.ArchiveView view,
                                      Views.ArchiveView year, List<Views.ArchiveView> months) {
        Listings.Listing listing = new Listings.Listing("archive", TEMPLATE, view.name(), "", period.path(),
                "archive " + view.name());
        return Listings.routes(site, views, listing, period.articles(),
                Map.of("archive", view, "year", year, "months", months));
    }
}
