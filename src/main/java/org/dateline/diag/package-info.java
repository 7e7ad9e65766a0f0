/**
 * Source positions, the single user-error exception, collected problems and the {@link
 * org.dateline.diag.Reporter} interface: the vocabulary every other package uses to talk about
 * mistakes. Depends on nothing but the JDK.
 */
package org.dateline.diag;
