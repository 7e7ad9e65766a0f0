/**
 * Writes a {@link org.dateline.assemble.SiteOutput} and the static files to disk atomically, inside
 * the rules for a safe output folder. Depends on diag, config and assemble's data types.
 */
package org.dateline.write;
