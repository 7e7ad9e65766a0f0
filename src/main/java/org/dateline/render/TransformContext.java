package org.dateline.render;

import java.util.ArrayList;
import java.util.List;
import org.dateline.diag.Problem;
import org.dateline.diag.SourcePosition;
import org.jsoup.nodes.Node;

/** What a transform knows of the article it changes: its file, where its nodes came from, and where to put warnings. */
final class TransformContext {

    private final String file;
    private final SourceLocator locator;
    private final List<Problem> warnings = new ArrayList<>();

    TransformContext(String file, SourceLocator locator) {
        this.file = file;
        this.locator = locator;
    }

    String file() {
        return file;
    }

    void warn(String message, String hint) {
        warnings.add(Problem.warning(SourcePosition.of(file), message, hint));
    }

    /** A warning at the place in the file that {@code node} came from. */
    void warn(Node node, String message, String hint) {
        warnings.add(Problem.warning(locator.of(node), message, hint));
    }

    /** An error at the place in the file that {@code node} came from: the article fails. */
    void error(Node node, String message, String hint) {
        warnings.add(Problem.error(locator.of(node), message, hint));
    }

    /** The warnings and errors, in the order they were found. */
    List<Problem> warnings() {
        return List.copyOf(warnings);
    }
}
