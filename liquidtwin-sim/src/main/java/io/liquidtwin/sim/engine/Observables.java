package io.liquidtwin.sim.engine;

import io.liquidtwin.sim.engine.Elements.CduModel;
import io.liquidtwin.sim.engine.Elements.LoopModel;
import io.liquidtwin.sim.engine.Elements.RackModel;
import io.liquidtwin.sim.engine.Elements.TankModel;
import io.liquidtwin.sim.plant.LoopKind;

/** The plant-wide observables {@link Simulation} exposes, computed from the model's current state (true values). */
final class Observables {

    private Observables() {
    }

    /** @return supply (or return-header) temperature of the first facility loop, K; NaN without one */
    static double facilityTempK(PlantModel m, boolean supply) {
        for (LoopModel l : m.loopArray) {
            if (l.kind == LoopKind.FACILITY) {
                return m.thermal.nodeTemperatureK(supply ? l.supplyNode : l.returnNode);
            }
        }
        return Double.NaN;
    }

    static double hottestCduSupplyTempK(PlantModel m) {
        double max = Double.NaN;
        for (CduModel c : m.cdus) {
            if (Math.abs(m.hydraulics.flowM3s(c.secondaryLink)) > 1e-3 * c.spec.secondaryDesignFlowM3s()) {
                double t = m.thermal.outletTemperatureK(c.secondaryLink);
                max = Double.isNaN(max) ? t : Math.max(max, t);
            }
        }
        return max;
    }

    static double maxTankPressurePa(PlantModel m) {
        double max = 0;
        for (TankModel t : m.tanks) {
            max = Math.max(max, t.tank().pressurePa());
        }
        return max;
    }

    static double peakDeviceTempNowK(PlantModel m) {
        double max = Double.NaN;
        for (RackModel r : m.racks) {
            max = Double.isNaN(max) ? r.rack().caseTemperatureK() : Math.max(max, r.rack().caseTemperatureK());
        }
        for (TankModel t : m.tanks) {
            for (int i = 0; i < t.tank().deviceCount(); i++) {
                double d = t.tank().deviceSurfaceTemperatureK(i);
                max = Double.isNaN(max) ? d : Math.max(max, d);
            }
        }
        return max;
    }
}
