package io.liquidtwin.server.error;

import java.util.List;
import java.util.Objects;

/**
 * A client error from the catalogue: thrown by a handler, answered by the server with the problem's HTTP status and a
 * Redfish error body. One exception may carry several problems (e.g. two bad properties in one PATCH); the first
 * sets the status.
 */
public final class ApiException extends RuntimeException {

    /** One problem with its message arguments. */
    public record Occurrence(Problem problem, List<String> args) {
        public Occurrence {
            Objects.requireNonNull(problem, "problem");
            args = List.copyOf(args);
        }

        /** @return the message with the arguments filled in */
        public String message() {
            return problem.message(args.toArray());
        }
    }

    private final List<Occurrence> occurrences;

    public ApiException(Problem problem, Object... args) {
        this(List.of(new Occurrence(problem, strings(args))));
    }

    public ApiException(List<Occurrence> occurrences) {
        super(occurrences.isEmpty() ? "no problem" : occurrences.get(0).message());
        if (occurrences.isEmpty()) {
            throw new IllegalArgumentException("an ApiException needs at least one problem");
        }
        this.occurrences = List.copyOf(occurrences);
    }

    /** @return the problems, the first setting the HTTP status */
    public List<Occurrence> occurrences() {
        return occurrences;
    }

    /** @return the first problem */
    public Problem problem() {
        return occurrences.get(0).problem();
    }

    /** @return the HTTP status */
    public int httpStatus() {
        return problem().httpStatus();
    }

    private static List<String> strings(Object[] args) {
        return java.util.Arrays.stream(args).map(String::valueOf).toList();
    }
}
