package io.liquidtwin.ops.ingest;

import io.liquidtwin.ops.store.Sample;
import java.util.List;

/**
 * What an import produced: the samples of the good lines (in input order) and one error per bad line or field.
 *
 * @param samples samples, in input order
 * @param errors  errors, in input order
 */
public record ParseResult(List<Sample> samples, List<LineError> errors) {
    public ParseResult {
        samples = List.copyOf(samples);
        errors = List.copyOf(errors);
    }
}
