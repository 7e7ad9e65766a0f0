package org.dateline.pipeline;

import java.util.List;
import org.dateline.diag.Problem;

/**
 * What {@code dateline check} found.
 *
 * @param articles articles checked (those a build with the same options publishes)
 * @param skipped drafts and scheduled articles left out
 * @param internalLinks links and images to this site that were followed
 * @param externalLinks links to other sites, counted but never fetched
 * @param problems every problem, errors first
 */
public record CheckResult(int articles, int skipped, int internalLinks, int externalLinks, List<Problem> problems) {
    public CheckResult {
        problems = List.copyOf(problems);
    }
}
