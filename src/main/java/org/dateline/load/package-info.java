/** Walking the site folder and reading article sources as strict UTF-8. Depends on diag and config. */
package org.dateline.load;
