package io.liquidtwin.sim.engine;

import io.liquidtwin.physics.component.Pump;
import io.liquidtwin.physics.network.ThermalNetwork;
import io.liquidtwin.sim.engine.Elements.DryCoolerBank;
import io.liquidtwin.sim.engine.Elements.PumpBank;
import io.liquidtwin.sim.engine.Elements.RackModel;
import io.liquidtwin.sim.engine.Elements.SinglePhaseModel;
import io.liquidtwin.sim.engine.Elements.SinkModel;
import io.liquidtwin.sim.engine.Elements.TankModel;
import io.liquidtwin.sim.engine.Elements.TowerBank;
import io.liquidtwin.sim.plant.Electrical;

/**
 * Energy (J) and water (kg) integrated over a run, and the peaks seen, updated after every step. The heat balance
 * of the liquid loops is: heat into the liquid = heat rejected + heat reused + change of stored heat; the IT side
 * adds what the two-phase tanks stored (pool and vapour) on the way.
 */
public final class EnergyLedger {

    double simulatedS;
    double itJ;
    double heatToLiquidJ;
    double rejectedJ;
    double reusedJ;
    double storedJ;
    double tankStoredJ;
    double pumpJ;
    double fanJ;
    double chillerJ;
    double facilityJ;
    double waterKg;
    double maxCaseTempK = Double.NEGATIVE_INFINITY;
    double maxChfMargin = 0;
    double maxDeviceTempK = Double.NEGATIVE_INFINITY;
    double maxTankPressurePa = 0;
    double itPowerW;
    double coolingPowerW;
    /** Site water consumption rate now (evaporation, drift, blow-down, pads), kg/s. */
    double waterUseKgS;
    double facilityPowerW;
    double pumpPowerW;
    double fanPowerW;
    double chillerPowerW;
    double rejectedPowerW;
    double reusedPowerW;
    boolean reliefOpened;
    double intervalMaxDeviceTempK = Double.NEGATIVE_INFINITY;
    double intervalMaxChfMargin = 0;
    double intervalMaxTankPressurePa = 0;
    boolean intervalChillerRan;
    /** The first rack whose case temperature passed its own limit, or empty. */
    String caseLimitExceededBy = "";

    void record(Simulation sim, double dt) {
        PlantModel m = sim.model();
        ThermalNetwork th = m.thermal;
        double it = 0;
        double toLiquid = 0;
        for (int i = 0; i < m.racks.size(); i++) {
            RackModel r = m.racks.get(i);
            it += r.itPowerW() * sim.loads.rack(i);
            toLiquid += th.heatW(r.link());
            double caseK = r.rack().caseTemperatureK();
            maxCaseTempK = Math.max(maxCaseTempK, caseK);
            intervalMaxDeviceTempK = Math.max(intervalMaxDeviceTempK, caseK);
            if (caseK > r.maxCaseTempK() && caseLimitExceededBy.isEmpty()) {
                caseLimitExceededBy = r.id();
            }
        }
        for (int i = 0; i < m.singlePhaseTanks.size(); i++) {
            SinglePhaseModel s = m.singlePhaseTanks.get(i);
            it += s.itPowerW() * sim.loads.singlePhase(i);
            toLiquid += th.heatW(s.link());
        }
        double tankStore = 0;
        for (int k = 0; k < m.tanks.size(); k++) {
            TankModel t = m.tanks.get(k);
            double fraction = sim.loads.twoPhase(k);
            it += t.itPowerW() * fraction;
            double coil = th.heatW(t.link());
            toLiquid += coil;
            tankStore += t.itPowerW() * t.captureFraction() * fraction - coil;
            maxTankPressurePa = Math.max(maxTankPressurePa, t.tank().pressurePa());
            intervalMaxTankPressurePa = Math.max(intervalMaxTankPressurePa, t.tank().pressurePa());
            reliefOpened |= t.tank().reliefOpen();
            for (int i = 0; i < t.tank().deviceCount(); i++) {
                maxChfMargin = Math.max(maxChfMargin, t.tank().deviceChfMargin(i));
                maxDeviceTempK = Math.max(maxDeviceTempK, t.tank().deviceSurfaceTemperatureK(i));
                intervalMaxChfMargin = Math.max(intervalMaxChfMargin, t.tank().deviceChfMargin(i));
                intervalMaxDeviceTempK = Math.max(intervalMaxDeviceTempK, t.tank().deviceSurfaceTemperatureK(i));
            }
        }
        double rejected = 0;
        double fans = 0;
        double water = 0;
        for (DryCoolerBank d : m.dryCoolers) {
            rejected -= th.heatW(d.link);
            int running = d.count - d.failedUnits; // failed units draw no fan power and wet no pads
            fans += d.unit.fanPowerW() * running;
            water += d.padsWetted ? d.unit.waterEvaporatedKgS() * running : 0;
        }
        for (TowerBank x : m.towers) {
            rejected -= th.heatW(x.link);
            if (x.cellsOn > 0) {
                fans += x.unit.fanPowerW() * x.cellsOn;
                water += x.unit.makeupKgS() * x.cellsOn;
            }
        }
        double chillerWork = 0;
        for (SinkModel c : m.chillers) {
            rejected -= th.heatW(c.link);
            chillerWork += c.workW();
            intervalChillerRan |= c.enabled && c.removedW > 0;
        }
        double reused = 0;
        for (SinkModel r : m.reuse) {
            reused -= th.heatW(r.link);
        }
        double stored = 0;
        for (int k = 0; k < m.hydraulics.linkCount(); k++) {
            stored += th.storageRateW(k, dt);
        }
        double pumps = 0;
        for (PumpBank b : sim.banks()) {
            for (int i = 0; i < b.pumps.length; i++) {
                Pump p = b.pumps[i];
                if (p.mode() != Pump.Mode.STOPPED) {
                    pumps += p.electricPowerW(Math.max(0, m.hydraulics.flowM3s(b.links[i])));
                }
            }
        }
        itPowerW = it;
        pumpPowerW = pumps;
        fanPowerW = fans;
        chillerPowerW = chillerWork;
        rejectedPowerW = rejected;
        reusedPowerW = reused;
        coolingPowerW = pumps + fans + chillerWork;
        waterUseKgS = water;
        facilityPowerW = facilityPower(m.plant.electrical(), it, coolingPowerW);
        simulatedS += dt;
        itJ += it * dt;
        heatToLiquidJ += toLiquid * dt;
        tankStoredJ += tankStore * dt;
        rejectedJ += rejected * dt;
        reusedJ += reused * dt;
        storedJ += stored * dt;
        pumpJ += pumps * dt;
        fanJ += fans * dt;
        chillerJ += chillerWork * dt;
        facilityJ += facilityPowerW * dt;
        waterKg += water * dt;
    }

    /** Facility input: IT through PDU and UPS, cooling and constant loads, all through the transformer. */
    static double facilityPower(Electrical e, double itW, double coolingW) {
        double pduIn = itW / e.pdu().efficiencyAt(itW);
        double upsIn = pduIn / e.ups().efficiencyAt(pduIn);
        double transformerOut = upsIn + coolingW + e.lightingW() + e.otherLoadsW();
        return transformerOut / e.transformer().efficiencyAt(transformerOut);
    }

    /** @return simulated time covered, s */
    public double simulatedS() {
        return simulatedS;
    }

    /** @return IT electrical energy, J */
    public double itJ() {
        return itJ;
    }

    /** @return heat that entered the liquid loops (racks, tank condensers, single-phase tanks), J */
    public double heatToLiquidJ() {
        return heatToLiquidJ;
    }

    /** @return heat rejected to ambient (dry coolers, towers, chillers), J */
    public double rejectedJ() {
        return rejectedJ;
    }

    /** @return heat handed to heat reuse, J */
    public double reusedJ() {
        return reusedJ;
    }

    /** @return change of heat stored in the loops' liquid, J */
    public double storedJ() {
        return storedJ;
    }

    /** @return heat stored inside two-phase tanks (pool and vapour) between the IT and the condenser water, J */
    public double tankStoredJ() {
        return tankStoredJ;
    }

    /** @return liquid-loop balance residual: in − rejected − reused − stored, J (round-off for a correct model) */
    public double balanceResidualJ() {
        return heatToLiquidJ - rejectedJ - reusedJ - storedJ;
    }

    /** @return pump electrical energy, J */
    public double pumpJ() {
        return pumpJ;
    }

    /** @return fan electrical energy, J */
    public double fanJ() {
        return fanJ;
    }

    /** @return chiller compressor energy, J */
    public double chillerJ() {
        return chillerJ;
    }

    /** @return facility input energy, J */
    public double facilityJ() {
        return facilityJ;
    }

    /** @return site water consumed (evaporation, drift, blow-down, pads), kg */
    public double waterKg() {
        return waterKg;
    }

    /** @return highest cold-plate case temperature seen, K (−∞ without racks) */
    public double maxCaseTempK() {
        return maxCaseTempK;
    }

    /** @return the first rack whose case temperature passed its own limit, or an empty string */
    public String caseLimitExceededBy() {
        return caseLimitExceededBy;
    }

    /** @return highest CHF margin q″/q″_CHF seen on any device (0 without tanks) */
    public double maxChfMargin() {
        return maxChfMargin;
    }

    /** @return highest boiling-device surface temperature seen, K (−∞ without tanks) */
    public double maxDeviceTempK() {
        return maxDeviceTempK;
    }

    /** @return highest two-phase tank pressure seen, Pa */
    public double maxTankPressurePa() {
        return maxTankPressurePa;
    }

    /** @return whether any tank's relief valve opened */
    public boolean reliefOpened() {
        return reliefOpened;
    }

    /** @return IT, cooling and facility power at the last step, W */
    public double[] lastPowersW() {
        return new double[] {itPowerW, coolingPowerW, facilityPowerW};
    }

    /**
     * Starts a new interval for the interval peaks (an hourly recorder calls this at the start of each hour). Peaks
     * are taken over the ends of the engine's steps inside the interval.
     */
    public void resetIntervalPeaks() {
        intervalMaxDeviceTempK = Double.NEGATIVE_INFINITY;
        intervalMaxChfMargin = 0;
        intervalMaxTankPressurePa = 0;
        intervalChillerRan = false;
    }

    /**
     * @return hottest device temperature since {@link #resetIntervalPeaks()}: cold-plate case temperatures and
     *     boiling-device surface temperatures, K (−∞ when the plant has neither or no step was taken)
     */
    public double intervalMaxDeviceTempK() {
        return intervalMaxDeviceTempK;
    }

    /** @return highest CHF margin q″/q″_CHF since {@link #resetIntervalPeaks()} (0 without two-phase tanks) */
    public double intervalMaxChfMargin() {
        return intervalMaxChfMargin;
    }

    /** @return highest two-phase tank pressure since {@link #resetIntervalPeaks()}, Pa (0 without tanks) */
    public double intervalMaxTankPressurePa() {
        return intervalMaxTankPressurePa;
    }

    /** @return whether any chiller removed heat at the end of a step since {@link #resetIntervalPeaks()} */
    public boolean intervalChillerRan() {
        return intervalChillerRan;
    }
}
