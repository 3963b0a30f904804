package io.liquidtwin.sim.study;

import java.util.List;

/** A scenario file that cannot be used; the message lists every problem as {@code file:line: field: what}. */
public final class ScenarioFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    /** @param problems one line per problem, already located */
    public ScenarioFileException(String file, List<String> problems) {
        super(file + ": " + problems.size() + " problem(s)\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** @return one line per problem */
    public List<String> problems() {
        return problems;
    }
}
