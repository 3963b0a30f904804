package io.liquidtwin.sim.plant;

import java.util.List;

/**
 * Efficiency of one stage of the electrical chain (UPS, transformer, PDU) versus its load; linear between points,
 * constant beyond the first and last.
 *
 * @param ratedPowerW rated output power, W
 * @param points      at least one point, load fractions strictly increasing
 */
public record EfficiencyCurve(double ratedPowerW, List<EfficiencyPoint> points) {

    public EfficiencyCurve {
        points = List.copyOf(points);
        if (points.isEmpty()) {
            throw new IllegalArgumentException("an efficiency curve needs at least one point");
        }
    }

    /** @return the efficiency at an output power, interpolated, 0…1 */
    public double efficiencyAt(double outputPowerW) {
        double x = outputPowerW / ratedPowerW;
        EfficiencyPoint first = points.get(0);
        if (x <= first.loadFraction()) {
            return first.efficiency();
        }
        for (int i = 1; i < points.size(); i++) {
            EfficiencyPoint a = points.get(i - 1);
            EfficiencyPoint b = points.get(i);
            if (x <= b.loadFraction()) {
                double t = (x - a.loadFraction()) / (b.loadFraction() - a.loadFraction());
                return a.efficiency() + t * (b.efficiency() - a.efficiency());
            }
        }
        return points.get(points.size() - 1).efficiency();
    }
}
