/**
 * The pages of the site: the values templates see ({@link org.dateline.pages.Views}), one route
 * source per page kind (articles, front page, sections, authors, tags, archives, 404, robots.txt),
 * listings cut into pages, and {@link org.dateline.pages.PageRenderer}, which lists every route and
 * renders each through {@code template}. Depends on diag, config, template, load, parse, render,
 * assemble and syndicate.
 */
package org.dateline.pages;
