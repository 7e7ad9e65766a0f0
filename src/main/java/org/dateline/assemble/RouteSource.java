package org.dateline.assemble;

import java.util.List;

/** One kind of page a site has (article pages, the front page, ...): lists its routes. */
interface RouteSource {

    List<Route> routes(Site site, Views views);
}
