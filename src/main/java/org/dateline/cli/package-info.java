/** picocli commands, console output and exit codes: the only package that prints or exits. */
package org.dateline.cli;
