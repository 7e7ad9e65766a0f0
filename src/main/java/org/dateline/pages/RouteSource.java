package org.dateline.pages;

import java.util.List;
import org.dateline.assemble.Route;
import org.dateline.assemble.Site;

/** One kind of page a site has (article pages, the front page, ...): lists its routes. */
interface RouteSource {

    List<Route> routes(Site site, Views views);
}
