package io.liquidtwin.server.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.liquidtwin.server.error.ApiException;
import io.liquidtwin.server.error.Problem;
import io.liquidtwin.server.http.LiquidTwinServer;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading requests: JSON bodies, query parameters, times and durations; every bad value is a catalogue 400. */
final class Requests {

    static final JsonNodeFactory F = JsonNodeFactory.instance;
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern EPOCH_MS = Pattern.compile("-?\\d{1,16}");
    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d{1,9})(ms|s|m|h|d)");

    private Requests() {
    }

    /** @return the body as a JSON object; MalformedJSON otherwise */
    static ObjectNode body(Context ctx) {
        return LiquidTwinServer.jsonObject(ctx);
    }


    /** Refuses properties of {@code body} not in {@code allowed} (PropertyUnknown). */
    static void onlyProperties(ObjectNode body, Set<String> allowed) {
        body.fieldNames().forEachRemaining(f -> {
            if (!allowed.contains(f)) {
                throw new ApiException(Problem.PROPERTY_UNKNOWN, f);
            }
        });
    }

    /** Refuses query parameters not in {@code allowed} (QueryParameterUnsupported). */
    static void onlyQueryParameters(Context ctx, Set<String> allowed) {
        for (String q : ctx.queryParamMap().keySet()) {
            if (!allowed.contains(q)) {
                throw new ApiException(Problem.QUERY_PARAMETER_UNSUPPORTED, q);
            }
        }
    }

    /** @return the single value of a query parameter, or null when absent; repeated → 400 */
    static String single(Context ctx, String name) {
        List<String> v = ctx.queryParams(name);
        if (v.size() > 1) {
            throw new ApiException(Problem.QUERY_PARAMETER_VALUE_FORMAT_ERROR, String.join(",", v), name);
        }
        return v.isEmpty() ? null : v.get(0);
    }

    /** @return the tags of repeated {@code tag=key:value} parameters */
    static Map<String, String> tags(Context ctx) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (String t : ctx.queryParams("tag")) {
            int colon = t.indexOf(':');
            if (colon <= 0 || colon == t.length() - 1 || tags.putIfAbsent(t.substring(0, colon),
                    t.substring(colon + 1)) != null) {
                throw new ApiException(Problem.QUERY_PARAMETER_VALUE_FORMAT_ERROR, t, "tag");
            }
        }
        return tags;
    }

    /**
     * @return a time parameter as epoch µs: RFC 3339 ({@code 2026-07-15T00:00:00Z}, offsets allowed, fractions to the
     *         nanosecond) or integer epoch milliseconds; {@code otherwise} when absent
     */
    static long time(Context ctx, String name, long otherwise) {
        String v = single(ctx, name);
        if (v == null) {
            return otherwise;
        }
        try {
            if (EPOCH_MS.matcher(v).matches()) {
                return Math.multiplyExact(Long.parseLong(v), 1000L);
            }
            Instant i = OffsetDateTime.parse(v).toInstant();
            return Math.addExact(Math.multiplyExact(i.getEpochSecond(), 1_000_000L), i.getNano() / 1000);
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new ApiException(Problem.QUERY_PARAMETER_VALUE_FORMAT_ERROR, v, name);
        }
    }

    /** @return a duration parameter ({@code 500ms}, {@code 30s}, {@code 5m}, {@code 1h}, {@code 1d} or ISO-8601 {@code PT5M}), or null */
    static Duration duration(Context ctx, String name) {
        String v = single(ctx, name);
        if (v == null) {
            return null;
        }
        Duration d;
        Matcher m = SHORT_DURATION.matcher(v);
        try {
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                d = switch (m.group(2)) {
                    case "ms" -> Duration.ofMillis(n);
                    case "s" -> Duration.ofSeconds(n);
                    case "m" -> Duration.ofMinutes(n);
                    case "h" -> Duration.ofHours(n);
                    default -> Duration.ofDays(n);
                };
            } else {
                d = Duration.parse(v);
            }
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new ApiException(Problem.QUERY_PARAMETER_VALUE_FORMAT_ERROR, v, name);
        }
        if (d.isNegative() || d.isZero() || d.toNanos() < 1000) {
            throw new ApiException(Problem.QUERY_PARAMETER_VALUE_FORMAT_ERROR, v, name);
        }
        return d;
    }

    /** @return an integer parameter in [min, max], or {@code otherwise} when absent */
    static int integer(Context ctx, String name, int min, int max, int otherwise) {
        String v = single(ctx, name);
        if (v == null) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new ApiException(Problem.QUERY_PARAMETER_VALUE_FORMAT_ERROR, v, name);
    }

    /** @return RFC 3339 text of an epoch µs time */
    static String rfc3339(long epochMicros) {
        return Instant.EPOCH.plusNanos(Math.multiplyExact(epochMicros, 1000L)).toString();
    }

    /** @return the value, or null for NaN/infinite (JSON has no NaN) */
    static ObjectNode putNumber(ObjectNode n, String name, double v) {
        if (Double.isFinite(v)) {
            n.put(name, v);
        } else {
            n.putNull(name);
        }
        return n;
    }
}
