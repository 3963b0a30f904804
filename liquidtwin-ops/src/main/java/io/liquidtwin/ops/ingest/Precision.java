package io.liquidtwin.ops.ingest;

/**
 * The unit of an integer epoch timestamp (line protocol {@code precision}, CSV epoch columns). Timestamps are held as
 * epoch microseconds; the valid range is that of int64 nanoseconds (1677-09-21 to 2262-04-11), as in InfluxDB.
 */
public enum Precision {
    NANOSECONDS("ns"), MICROSECONDS("us"), MILLISECONDS("ms"), SECONDS("s");

    /** Largest |epoch µs| accepted: int64 nanoseconds. */
    public static final long MAX_ABS_EPOCH_MICROS = Long.MAX_VALUE / 1000;

    private final String symbol;

    Precision(String symbol) {
        this.symbol = symbol;
    }

    /** @return {@code ns}, {@code us}, {@code ms} or {@code s} */
    public String symbol() {
        return symbol;
    }

    /**
     * Converts a timestamp in this unit to epoch µs (nanoseconds are floored to the µs).
     *
     * @throws ArithmeticException if the result is outside ±{@link #MAX_ABS_EPOCH_MICROS}
     */
    public long toEpochMicros(long value) {
        long micros = switch (this) {
            case NANOSECONDS -> Math.floorDiv(value, 1000L);
            case MICROSECONDS -> value;
            case MILLISECONDS -> Math.multiplyExact(value, 1000L);
            case SECONDS -> Math.multiplyExact(value, 1_000_000L);
        };
        if (Math.abs(micros) > MAX_ABS_EPOCH_MICROS) {
            throw new ArithmeticException("outside the int64-nanosecond range 1677-09-21..2262-04-11");
        }
        return micros;
    }

    /** @return epoch µs in this unit, floored (ms and s lose the sub-unit part) */
    public long fromEpochMicros(long epochMicros) {
        return switch (this) {
            case NANOSECONDS -> Math.multiplyExact(epochMicros, 1000L);
            case MICROSECONDS -> epochMicros;
            case MILLISECONDS -> Math.floorDiv(epochMicros, 1000L);
            case SECONDS -> Math.floorDiv(epochMicros, 1_000_000L);
        };
    }
}
