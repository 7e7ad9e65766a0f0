package org.dateline.diag;

import java.util.List;
import java.util.Objects;

/**
 * The one exception for mistakes in the user's site. It carries one or more {@link Problem}s,
 * each with a position; {@link #getMessage()} is the first one's {@code file:line:col: message}.
 * Bugs in Dateline are never reported with this type.
 */
public final class DatelineException extends RuntimeException {

    private final transient List<Problem> problems;

    public DatelineException(Problem problem) {
        this(List.of(problem), null);
    }

    public DatelineException(Problem problem, Throwable cause) {
        this(List.of(problem), cause);
    }

    public DatelineException(List<Problem> problems) {
        this(problems, null);
    }

    private DatelineException(List<Problem> problems, Throwable cause) {
        super(message(problems), cause);
        this.problems = List.copyOf(problems);
    }

    /** An error at {@code position}. */
    public static DatelineException at(SourcePosition position, String message, String hint) {
        return new DatelineException(Problem.error(position, message, hint));
    }

    private static String message(List<Problem> problems) {
        Objects.requireNonNull(problems, "problems");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a DatelineException needs at least one problem");
        }
        String first = problems.get(0).summary();
        return problems.size() == 1 ? first : first + " (and " + (problems.size() - 1) + " more)";
    }

    public List<Problem> problems() {
        return problems;
    }
}
