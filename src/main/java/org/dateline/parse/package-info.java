/**
 * Splitting front matter from body, mapping YAML to {@link org.dateline.parse.ArticleMeta} with
 * field-level validation, and parsing the body to a flexmark AST. Depends on diag, config and load.
 */
package org.dateline.parse;
