package org.dateline.testing;

import java.util.Locale;
import java.util.TimeZone;
import org.dateline.cli.Main;

/**
 * Builds sites once per machine locale and zone, in one child JVM started for the purpose (so the
 * test JVM's defaults are never touched): {@code LocaleBuilds OUT LOCALE@ZONE,... NAME=SITE...} writes
 * {@code OUT/LOCALE/NAME/}. Main code never changes the defaults; this harness stands in for
 * machines set up differently.
 */
public final class LocaleBuilds {

    private LocaleBuilds() {
    }

    public static void main(String[] args) {
        String out = args[0];
        for (String machine : args[1].split(",")) {
            String[] parts = machine.split("@");
            Locale.setDefault(Locale.forLanguageTag(parts[0]));
            TimeZone.setDefault(TimeZone.getTimeZone(parts[1]));
            for (int i = 2; i < args.length; i++) {
                String name = args[i].substring(0, args[i].indexOf('='));
                String site = args[i].substring(name.length() + 1);
                int exit = Main.run(new String[] {"build", "--quiet", "--source", site, "--output",
                    out + "/" + parts[0] + "/" + name}, System.out, System.err, TestSites.CLOCK);
                if (exit != 0) {
                    System.err.println(parts[0] + ": building " + name + " exited with " + exit);
                    System.exit(exit);
                }
            }
        }
        System.exit(0);
    }
}
