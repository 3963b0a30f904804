package io.liquidtwin.ops.alarm;

import java.util.List;

/** An alarm definitions file is invalid; {@link #problems()} are {@code file:line: field: message}, in file order. */
public final class AlarmDefinitionException extends RuntimeException {

    private final List<String> problems;

    public AlarmDefinitionException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    /** @return each problem as {@code file:line: field: message} */
    public List<String> problems() {
        return problems;
    }
}
