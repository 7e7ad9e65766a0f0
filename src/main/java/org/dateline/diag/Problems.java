package org.dateline.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Problems collected while a stage goes on with the other articles. Safe to add to from several
 * threads; {@link #sorted()} gives a deterministic order whatever order the threads finished in.
 */
public final class Problems {

    private static final Comparator<Problem> ORDER = Comparator
            .comparing((Problem p) -> p.position().file())
            .thenComparingInt(p -> p.position().line())
            .thenComparingInt(p -> p.position().column())
            .thenComparing(Problem::message);

    private final List<Problem> items = new ArrayList<>();

    public synchronized void add(Problem problem) {
        items.add(problem);
    }

    public synchronized void addAll(List<Problem> problems) {
        items.addAll(problems);
    }

    public synchronized boolean hasErrors() {
        return items.stream().anyMatch(Problem::isError);
    }

    /** Errors first, each group by file, line, column. */
    public synchronized List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(items);
        copy.sort(Comparator.comparing(Problem::severity).thenComparing(ORDER));
        return List.copyOf(copy);
    }

    public synchronized List<Problem> errors() {
        return sorted().stream().filter(Problem::isError).toList();
    }

    public synchronized List<Problem> warnings() {
        return sorted().stream().filter(p -> !p.isError()).toList();
    }

    /** Throws a {@link DatelineException} holding every error, if there is one. */
    public void throwIfErrors() {
        List<Problem> errors = errors();
        if (!errors.isEmpty()) {
            throw new DatelineException(errors);
        }
    }
}
