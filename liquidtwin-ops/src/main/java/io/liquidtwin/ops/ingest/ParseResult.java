package io.liquidtwin.ops.ingest;

import io.liquidtwin.ops.store.Sample;
import java.util.List;

/**
 * What an import produced: the samples of the good lines (in input order) and one error per bad line or field.
 *
 * @param samples             samples, in input order
 * @param errors              errors, in input order
 * @param skippedStringFields string fields passed over (line protocol parsed with
 *                            {@link LineProtocol.StringFields#SKIP}); 0 otherwise
 */
public record ParseResult(List<Sample> samples, List<LineError> errors, long skippedStringFields) {
    public ParseResult {
        samples = List.copyOf(samples);
        errors = List.copyOf(errors);
        if (skippedStringFields < 0) {
            throw new IllegalArgumentException("skippedStringFields must be ≥ 0, got " + skippedStringFields);
        }
    }

    /** A result with no skipped string fields. */
    public ParseResult(List<Sample> samples, List<LineError> errors) {
        this(samples, errors, 0);
    }
}
