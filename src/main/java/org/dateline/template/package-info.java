/**
 * A domain-agnostic Pebble adapter (built once, strict variables, autoescape on) and Dateline's
 * filters. Depends on diag and config; the only package that uses Pebble.
 */
package org.dateline.template;
