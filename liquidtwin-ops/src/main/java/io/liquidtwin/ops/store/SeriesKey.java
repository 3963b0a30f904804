package io.liquidtwin.ops.store;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Identifies one time series: a measurement name and its tags, e.g. {@code cdu.secondary_supply_temp} with
 * {@code {plant=qingdao, unit=degC}}. Tags are kept sorted, so two keys with the same content are equal and have the
 * same {@link #id()}.
 *
 * @param name measurement name: letters, digits, {@code . _ - /}, 1–200 characters
 * @param tags tag names → values (names as for {@code name}; values non-empty, at most 200 characters)
 */
public record SeriesKey(String name, Map<String, String> tags) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._/\\-]{1,200}");

    public SeriesKey {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("series name '" + name + "' must be 1–200 of A–Z a–z 0–9 . _ - /");
        }
        TreeMap<String, String> sorted = new TreeMap<>();
        for (var e : tags.entrySet()) {
            if (!NAME.matcher(e.getKey()).matches() || e.getValue() == null || e.getValue().isEmpty()
                    || e.getValue().length() > 200 || e.getValue().indexOf(',') >= 0 || e.getValue().indexOf('=') >= 0) {
                throw new IllegalArgumentException("tag " + e.getKey() + "=" + e.getValue() + " of series '" + name
                        + "': names as series names, values 1–200 characters without ',' or '='");
            }
            sorted.put(e.getKey(), e.getValue());
        }
        tags = java.util.Collections.unmodifiableSortedMap(sorted);
    }

    /** @return a key without tags */
    public static SeriesKey of(String name) {
        return new SeriesKey(name, Map.of());
    }

    /** @return the canonical id: {@code name,tag1=v1,tag2=v2} with tags sorted by name */
    public String id() {
        StringBuilder sb = new StringBuilder(name);
        tags.forEach((k, v) -> sb.append(',').append(k).append('=').append(v));
        return sb.toString();
    }
}
