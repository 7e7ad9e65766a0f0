/**
 * What a site tells other machines: RSS, Atom and JSON feeds, sitemaps and the news sitemap, an
 * article's JSON-LD and its Open Graph and Twitter cards, written as XML and JSON in code from the
 * site model (never from template views). Depends on diag, config, parse, render and assemble.
 */
package org.dateline.syndicate;
