package org.dateline.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.dateline.assemble.Route;
import org.dateline.write.KeptOutput;
import org.dateline.write.OutputManifest;
import org.dateline.write.Staging;

/**
 * How the dev server's rebuilds keep their writes proportional to the edit: the pages a rebuild did
 * not make again are taken over from the kept output in one pass ({@link Staging#keepUnchanged}),
 * not one worker task each; and after its first build the server keeps a copy of its output
 * ({@link KeptOutput#keep}), so that its first rebuild is such a rebuild too.
 */
final class PageWrites {

    private PageWrites() {
    }

    /**
     * Takes over from the kept output every route {@code trusted} accepts whose key is the one recorded
     * for its file.
     *
     * @return the output paths taken over; the others are reused or rendered
     */
    static Set<String> keepTrusted(Staging staging, List<Route> routes, Map<String, String> keyByPath,
                                   Predicate<String> trusted) {
        Map<String, String> keys = new HashMap<>();
        for (Route route : routes) {
            if (trusted.test(route.outputPath())) {
                keys.put(route.outputPath(), keyByPath.get(route.outputPath()));
            }
        }
        return keys.isEmpty() ? Set.of() : staging.keepUnchanged(keys);
    }

    /**
     * After a build of the dev server, keeps a copy of the live output beside it when none is kept;
     * true when it made one, which then holds exactly the files of {@code live}. A copy that cannot be
     * made (a full disk) is no copy: the build stands, and the next one links every file anew.
     */
    static boolean keepCopy(Path output, OutputManifest live) {
        try {
            return KeptOutput.keep(output, live);
        } catch (IOException | UncheckedIOException e) {
            return false; // no harm done: the next rebuild links every file into a new folder, as without a copy
        }
    }
}
