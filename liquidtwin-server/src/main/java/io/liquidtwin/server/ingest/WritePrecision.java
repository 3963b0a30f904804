package io.liquidtwin.server.ingest;

import io.liquidtwin.ops.ingest.Precision;
import io.liquidtwin.server.error.ApiException;
import io.liquidtwin.server.error.Problem;

/** The {@code precision} query parameter of a write: {@code ns}, {@code us}, {@code ms} or {@code s}. */
final class WritePrecision {

    private WritePrecision() {
    }

    /**
     * @param value the parameter as sent; absent means nanoseconds, as in InfluxDB v2 (Telegraf's
     *              {@code outputs.influxdb_v2} sends no precision and nanosecond timestamps)
     * @throws ApiException 400 QueryParameterValueFormatError for anything else (empty included)
     */
    static Precision parse(String value) {
        if (value == null) {
            return Precision.NANOSECONDS;
        }
        for (Precision p : Precision.values()) {
            if (p.symbol().equals(value)) {
                return p;
            }
        }
        throw new ApiException(Problem.QUERY_PARAMETER_VALUE_FORMAT_ERROR, value, "precision");
    }
}
