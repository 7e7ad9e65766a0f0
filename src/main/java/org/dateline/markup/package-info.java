/**
 * Writing text into HTML and XML: the one escaper every layer uses, from shortcodes to feeds and the
 * dev server's pages. Depends on nothing but the JDK, so any package may use it.
 */
package org.dateline.markup;
