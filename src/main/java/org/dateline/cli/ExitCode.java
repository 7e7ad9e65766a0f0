package org.dateline.cli;

/** Process exit codes, as named constants (never an enum's ordinal). */
public final class ExitCode {
    /** Success. */
    public static final int OK = 0;
    /** The site has errors: content, configuration or templates. */
    public static final int SITE_ERRORS = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** A bug in Dateline (sysexits EX_SOFTWARE). */
    public static final int INTERNAL = 70;

    private ExitCode() {
    }
}
