/**
 * Walking the site folder and reading article sources as strict UTF-8, and the optional author
 * profiles of {@code data/authors.yaml}. Depends on diag and config.
 */
package org.dateline.load;
