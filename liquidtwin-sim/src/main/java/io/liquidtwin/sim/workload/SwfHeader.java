package io.liquidtwin.sim.workload;

import java.util.Map;
import java.util.Objects;

/**
 * The header comments ({@code ; Key: value}) of an SWF file. Unknown numbers are −1, as in SWF.
 *
 * @param maxNodes      {@code MaxNodes}, nodes of the recorded machine, or −1
 * @param maxProcs      {@code MaxProcs}, processors of the recorded machine, or −1
 * @param unixStartTime {@code UnixStartTime}, s since 1970-01-01 UTC of submit time 0, or −1
 * @param timeZone      {@code TimeZoneString}, e.g. {@code Europe/Stockholm}, or empty
 * @param acknowledge   {@code Acknowledge} text the archive asks users to cite, or empty
 * @param fields        every header key with its value; repeated keys and continuation lines joined by newlines
 */
public record SwfHeader(long maxNodes, long maxProcs, long unixStartTime, String timeZone, String acknowledge,
                        Map<String, String> fields) {

    public SwfHeader {
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(acknowledge, "acknowledge");
        fields = Map.copyOf(fields);
    }

    /**
     * @return {@code MaxRecords}, the number of job lines the header says the file holds, if the header states a
     *     whole number
     */
    public java.util.OptionalLong maxRecords() {
        String v = fields.get("MaxRecords");
        if (v == null) {
            return java.util.OptionalLong.empty();
        }
        try {
            return java.util.OptionalLong.of(Long.parseLong(v.trim()));
        } catch (NumberFormatException e) {
            return java.util.OptionalLong.empty();
        }
    }
}
