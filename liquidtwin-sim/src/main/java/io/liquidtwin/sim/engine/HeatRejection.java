package io.liquidtwin.sim.engine;

import io.liquidtwin.sim.engine.Elements.DryCoolerBank;
import io.liquidtwin.sim.engine.Elements.LoopModel;
import io.liquidtwin.sim.engine.Elements.SinkModel;
import io.liquidtwin.sim.engine.Elements.TowerBank;

/** Sequencing of each facility loop's heat-rejection demand over its stages (dry coolers, towers, chillers). */
final class HeatRejection {

    private HeatRejection() {
    }

    /** Spreads each facility loop's heat-rejection demand over its stages: dry coolers, then towers, then chillers. */
    static void apply(PlantModel m, Simulation.Ambient ambient) {
        for (LoopModel l : m.loopArray) {
            if (l.heatRejectionPid == null) {
                continue;
            }
            double u = l.heatRejectionPid.output();
            int stage = 0;
            double dcShare = l.hasDryCoolers ? clamp(u - stage++) : 0;
            double towerShare = l.hasTowers ? clamp(u - stage++) : 0;
            double chillerShare = clamp(u - stage);
            for (DryCoolerBank d : m.dryCoolers) {
                if (d.loop == l) {
                    d.fanFraction = dcShare;
                    d.padsWetted = d.adiabatic && ambient.dryBulbK() > d.adiabaticAboveK && dcShare > 0.999;
                }
            }
            for (TowerBank x : m.towers) {
                if (x.loop == l) {
                    stageCells(x, towerShare);
                }
            }
            for (SinkModel c : m.chillers) {
                if (c.loop == l) {
                    c.enabled = chillerShare > 0;
                }
            }
        }
    }

    /** Lowest fan speed a running tower cell is staged down to before a cell is switched off. */
    static final double MIN_CELL_FAN = 0.3;

    /**
     * Spreads a tower's demand share over its cells: all cells at the share while that keeps their fans above
     * {@value #MIN_CELL_FAN} (fan power ∝ speed³ favours many slow fans), otherwise as few cells as keep the running
     * fans at or above it.
     */
    static void stageCells(TowerBank x, double share) {
        x.fanFraction = share;
        int cells = x.cells - x.failedCells; // cells whose fans can run
        if (share <= 0 || cells <= 0) {
            x.cellsOn = 0;
            x.cellFanFraction = 0;
        } else if (share >= MIN_CELL_FAN) {
            x.cellsOn = cells;
            x.cellFanFraction = share;
        } else {
            double cellSpeeds = share * cells;
            x.cellsOn = Math.max(1, Math.min(cells, (int) Math.floor(cellSpeeds / MIN_CELL_FAN)));
            x.cellFanFraction = Math.min(1.0, cellSpeeds / x.cellsOn);
        }
    }

    private static double clamp(double x) {
        return Math.max(0, Math.min(1, x));
    }


    /** Temperature lift, setpoint minus heat sink, at which the heat-rejection gains apply as written, K. */
    static final double GAIN_REFERENCE_LIFT_K = 5.0;
    /** Smallest gain scale of the heat-rejection controller. */
    static final double MIN_GAIN_SCALE = 0.05;

    /**
     * Gain scheduling of a facility loop's heat-rejection controller. Heat rejected by a dry cooler or tower is
     * proportional to the lift between the water and its heat sink (outdoor dry-bulb for dry coolers, wet-bulb for
     * towers), so the process gain d(heat)/d(fan demand) grows as the outdoor air gets colder; with fixed gains a
     * loop tuned for summer cycles in winter. The gains as written apply at a lift of
     * {@value #GAIN_REFERENCE_LIFT_K} K and are scaled by reference / lift above it (at least
     * {@value #MIN_GAIN_SCALE}), which keeps the loop gain constant.
     *
     * @return the gain scale, (0, 1]
     */
    static double gainScale(Elements.LoopModel l, Simulation.Ambient ambient) {
        double sinkK = l.hasDryCoolers ? ambient.dryBulbK() : ambient.wetBulbK();
        double lift = l.heatRejectionPid.setpoint() - sinkK;
        return lift <= GAIN_REFERENCE_LIFT_K ? 1.0 : Math.max(MIN_GAIN_SCALE, GAIN_REFERENCE_LIFT_K / lift);
    }
}
