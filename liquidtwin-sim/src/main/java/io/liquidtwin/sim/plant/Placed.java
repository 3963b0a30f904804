package io.liquidtwin.sim.plant;

/**
 * One loaded record with the template it came from (for error lines) and whether it is a generated copy.
 *
 * @param value     the record
 * @param template  its template
 * @param generated whether it is one of several copies (count or group), so errors about it are merged
 * @param scope     the expansion scope it was made in (resolves group-local names)
 * @param <T>       the record type
 */
record Placed<T>(T value, Template<T> template, boolean generated, Expander.Scope scope) {

    Placed<T> with(T newValue) {
        return new Placed<>(newValue, template, generated, scope);
    }
}
