package org.dateline.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.dateline.write.StaticsChecked;

/**
 * The static files of the last build that wrote, as listed and checked against its pages: a build
 * with exactly the same pages, copies and {@code static/} fingerprint (a quick rebuild after body
 * edits) takes them over rather than listing the theme, the folder and every page's folders again;
 * one with the same copies and fingerprint but pages that came or went (a tag edit) takes over the
 * listing and checks only its new pages. Any other build lists and checks anew, so a collision is
 * reported as it always is.
 */
final class StaticChecks {

    private Optional<StaticsChecked> last = Optional.empty();
    private Optional<StaticsChecked> pending = Optional.empty();
    private String fingerprint = "";

    /** The fingerprint of {@code static/} this build loaded. */
    void loaded(String statics) {
        this.fingerprint = statics;
    }

    /** What {@link org.dateline.write.Staging} asks for, for {@code plan} written with the pages of {@code keys}. */
    Supplier<StaticsChecked> forBuild(PlannedBuild plan, Set<String> pages) {
        Optional<StaticsChecked> same = last.filter(checked -> checked.sameStatics(plan.staticDir(), plan.copies(),
                fingerprint));
        boolean samePages = same.filter(checked -> checked.hasPages(pages)).isPresent();
        String statics = fingerprint;
        return () -> {
            StaticsChecked checked = samePages ? same.get() : same.map(earlier -> earlier.withPages(origins(plan)))
                    .orElseGet(() -> StaticsChecked.of(plan.staticDir(), plan.copies(), origins(plan),
                            Optional.of(statics)));
            pending = Optional.of(checked);
            return checked;
        };
    }

    /** The build that asked last wrote its output: its check holds for the next build of the same pages. */
    void committed() {
        last = pending;
        pending = Optional.empty();
    }

    /** Every page and redirect by output path, with what makes it (for messages). */
    private static Map<String, String> origins(PlannedBuild plan) {
        Map<String, String> origins = new LinkedHashMap<>();
        plan.routes().forEach(route -> origins.put(route.outputPath(), route.origin()));
        plan.redirects().forEach(file -> origins.put(file.path(), file.origin()));
        return origins;
    }
}
