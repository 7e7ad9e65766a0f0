package org.dateline.cli;

import java.lang.management.ManagementFactory;

/**
 * Stands in for Dateline behind the launcher in {@link LauncherTest}: prints each argument and each
 * JVM option it was given on a line of its own, then exits with the code in {@code PROBE_EXIT}.
 */
public final class LauncherProbe {

    private LauncherProbe() {
    }

    public static void main(String[] args) {
        for (String arg : args) {
            System.out.println("arg[" + arg + "]");
        }
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            System.out.println("jvm[" + option + "]");
        }
        String exit = System.getenv("PROBE_EXIT");
        System.exit(exit == null ? 0 : Integer.parseInt(exit));
    }
}
