package io.liquidtwin.server.live;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * What the twin looks like after one step; immutable by contract (the Redfish nodes must not be modified: copy
 * before changing, e.g. for {@code $select}).
 *
 * @param sequence    0 for the initial state, +1 for every step or change
 * @param timeS       simulated time since the start, s
 * @param epochMicros twin time as wall-clock epoch µs (start instant + simulated time)
 * @param redfish     every Redfish resource built from this state, by URI (unmodifiable)
 * @param readings    every sensor channel's reading, by channel name, in the channel's unit
 * @param units       each channel's unit ("" when dimensionless)
 * @param kpis        plant-level values
 */
public record TwinSnapshot(long sequence, double timeS, long epochMicros, Map<String, ObjectNode> redfish,
                           Map<String, Double> readings, Map<String, String> units, Kpis kpis) {

    /**
     * Plant-level values now (SI units).
     *
     * @param pue facility power ÷ IT power now (NaN when the IT power is zero)
     */
    public record Kpis(double itPowerW, double facilityPowerW, double coolingPowerW, double heatRejectedW, double pue,
                       double facilitySupplyTempK, double hottestCduSupplyTempK, double dryBulbK, double wetBulbK,
                       boolean chillerRunning) {
    }
}
