/**
 * The site model: builds the immutable {@link org.dateline.assemble.Site} from rendered articles
 * (permalinks, ordering, sections, authors and tags, archives, related articles, collisions and
 * reserved paths), and the route model every stage after it shares: a {@link
 * org.dateline.assemble.Route} to render and the {@link org.dateline.assemble.OutputFile} it becomes.
 * Depends on diag, config, load, parse and render.
 */
package org.dateline.assemble;
