/**
 * Authoring tools that write new articles into a site's {@code content/}: the scaffold of
 * {@code dateline new}, and importing saved HTML pages and WordPress exports. Depends on diag,
 * config, load, parse and render; uses jsoup, flexmark's HTML-to-Markdown converter and the JDK's
 * StAX reader. Never touches the network, never overwrites a file.
 */
package org.dateline.importer;
