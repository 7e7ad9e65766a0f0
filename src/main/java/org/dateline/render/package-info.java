/**
 * Per-article content rendering that needs no site knowledge: flexmark AST → HTML, then small
 * jsoup transforms → {@link org.dateline.render.RenderedArticle}. Depends on diag, config, load and parse.
 */
package org.dateline.render;
