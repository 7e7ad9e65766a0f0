package org.dateline.render;

import java.util.ArrayList;
import java.util.List;
import org.dateline.diag.Problem;
import org.dateline.diag.SourcePosition;

/** What a transform knows of the article it changes: its file, and where to put warnings. */
final class TransformContext {

    private final String file;
    private final List<Problem> warnings = new ArrayList<>();

    TransformContext(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void warn(String message, String hint) {
        warnings.add(Problem.warning(SourcePosition.of(file), message, hint));
    }

    List<Problem> warnings() {
        return List.copyOf(warnings);
    }
}
