/**
 * The composition root of a build: constructs each stage, runs them in order on worker threads,
 * times them and reports progress. Depends on every stage package.
 */
package org.dateline.pipeline;
