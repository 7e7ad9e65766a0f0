/**
 * Loading and validating {@code site.yaml} into immutable {@link org.dateline.config.SiteConfig}
 * records, and the safe YAML reader every stage uses. Depends on diag; the only package that uses
 * snakeyaml-engine.
 */
package org.dateline.config;
