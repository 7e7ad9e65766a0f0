/**
 * Builds the immutable {@link org.dateline.assemble.Site} (permalinks, ordering, collisions), the
 * template views, and renders every page through {@code template} into {@link
 * org.dateline.assemble.OutputFile}s. Depends on diag, config, template, load, parse and render.
 */
package org.dateline.assemble;
