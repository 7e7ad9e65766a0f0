/**
 * The development server: serves the last good build from its output folder over
 * {@code com.sun.net.httpserver}, watches the site and rebuilds through the engine, pushes reloads
 * over Server-Sent Events and shows an error overlay while the latest rebuild fails. Depends on
 * diag, config, assemble's data types, write and pipeline; the JDK's HTTP server is used only here.
 */
package org.dateline.serve;
