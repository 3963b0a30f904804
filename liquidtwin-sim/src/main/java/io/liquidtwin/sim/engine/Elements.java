package io.liquidtwin.sim.engine;

import io.liquidtwin.physics.component.Chiller;
import io.liquidtwin.physics.component.ColdPlateRack;
import io.liquidtwin.physics.component.CoolingTower;
import io.liquidtwin.physics.component.DryCooler;
import io.liquidtwin.physics.component.PlateHeatExchanger;
import io.liquidtwin.physics.component.Pump;
import io.liquidtwin.physics.component.TwoPhaseTank;
import io.liquidtwin.physics.component.Valve;
import io.liquidtwin.physics.network.PidController;
import io.liquidtwin.sim.plant.Cdu;
import io.liquidtwin.sim.plant.LoopKind;

/**
 * The engine's runtime view of each piece of equipment: which network links it owns and its component model(s).
 * Package-private, mutable, created once per model.
 */
final class Elements {

    private Elements() {
    }

    /** A loop: its fluid (properties at the design mean temperature) and the nodes the equipment attaches to. */
    static final class LoopModel {
        final String id;
        final LoopKind kind;
        final double densityKgM3;
        final double cpJKgK;
        final double viscosityPaS;
        final double supplySetpointK;
        final int tankNode;
        int supplyNode;
        int returnNode;
        int supplyHeaderLink = -1;
        int returnHeaderLink = -1;
        PidController heatRejectionPid;
        double limitK = Double.POSITIVE_INFINITY;
        boolean hasDryCoolers;
        boolean hasTowers;

        LoopModel(String id, LoopKind kind, double densityKgM3, double cpJKgK, double viscosityPaS,
                  double supplySetpointK, int tankNode) {
            this.id = id;
            this.kind = kind;
            this.densityKgM3 = densityKgM3;
            this.cpJKgK = cpJKgK;
            this.viscosityPaS = viscosityPaS;
            this.supplySetpointK = supplySetpointK;
            this.tankNode = tankNode;
        }
    }

    /** Pumps in parallel (duty + standby); each pump is one link. */
    static final class PumpBank {
        final String id;
        final Pump[] pumps;
        final int[] links;
        final int standby;
        /** The loop whose header Δp the bank's speed controller holds. */
        final LoopModel loop;
        /** Speed on header Δp (set when the simulation starts). */
        PidController speedPid;

        PumpBank(String id, Pump[] pumps, int[] links, int standby, LoopModel loop) {
            this.id = id;
            this.pumps = pumps;
            this.links = links;
            this.standby = standby;
            this.loop = loop;
        }
    }

    /** A CDU: primary control valve and exchanger side on the facility loop, pumps and exchanger side on its TCS. */
    static final class CduModel {
        final Cdu spec;
        final LoopModel primary;
        final LoopModel secondary;
        final Valve valve;
        final int valveLink;
        final int primaryLink;
        final PumpBank pumps;
        final int secondaryLink;
        final PlateHeatExchanger hx;
        int coupling;
        boolean outOfService;
        /** The primary valve is stuck: it ignores its controller (which is frozen until the valve is released). */
        boolean valveStuck;
        final PidController valvePid;

        CduModel(Cdu spec, LoopModel primary, LoopModel secondary, Valve valve, int valveLink, int primaryLink,
                 PumpBank pumps, int secondaryLink, PlateHeatExchanger hx, PidController valvePid) {
            this.spec = spec;
            this.primary = primary;
            this.secondary = secondary;
            this.valve = valve;
            this.valveLink = valveLink;
            this.primaryLink = primaryLink;
            this.pumps = pumps;
            this.secondaryLink = secondaryLink;
            this.hx = hx;
            this.valvePid = valvePid;
        }
    }

    /** A cold-plate rack on a technology loop. */
    record RackModel(String id, LoopModel loop, int link, ColdPlateRack rack, double itPowerW, double maxCaseTempK,
                     int coldPlates) {
    }

    /** A two-phase tank whose condenser coil is a link on a technology loop. */
    record TankModel(String id, LoopModel loop, int link, TwoPhaseTank tank, double itPowerW, double captureFraction) {
    }

    /** A single-phase immersion tank: its heat reaches the loop through its exchanger (one link). */
    record SinglePhaseModel(String id, LoopModel loop, int link, double heatToWaterW, double itPowerW) {
    }

    /** A bank of identical dry coolers in parallel, as one link; the fans run at one speed. */
    static final class DryCoolerBank {
        final String id;
        final LoopModel loop;
        final int link;
        final DryCooler unit;
        final int count;
        final boolean adiabatic;
        final double adiabaticAboveK;
        double fanFraction;
        /** Units whose fans have failed: no air, so they reject nothing and draw no fan power. */
        int failedUnits;
        boolean padsWetted;
        double conductanceWK;
        double airInletK;

        DryCoolerBank(String id, LoopModel loop, int link, DryCooler unit, int count, boolean adiabatic,
                      double adiabaticAboveK) {
            this.id = id;
            this.loop = loop;
            this.link = link;
            this.unit = unit;
            this.count = count;
            this.adiabatic = adiabatic;
            this.adiabaticAboveK = adiabaticAboveK;
        }
    }

    /** A cooling tower of one or more cells, as one link. */
    static final class TowerBank {
        final String id;
        final LoopModel loop;
        final int link;
        final CoolingTower unit;
        final int cells;
        /** Demand share of the tower stage, 0…1 (the heat-rejection controller's output for this stage). */
        double fanFraction;
        /** Cells running and the fan speed of each (cells are staged so running fans stay above their minimum). */
        int cellsOn;
        double cellFanFraction;
        /** Cells whose fans have failed: they are off (their water still passes) and cannot be staged on. */
        int failedCells;
        double conductanceWK;

        TowerBank(String id, LoopModel loop, int link, CoolingTower unit, int cells) {
            this.id = id;
            this.loop = loop;
            this.link = link;
            this.unit = unit;
            this.cells = cells;
        }
    }

    /**
     * A heat sink on a loop that cools the water toward a leaving setpoint up to a capacity: a chiller's evaporator
     * (with its {@link Chiller} model for the compressor work) or a heat-reuse exchanger (no chiller).
     */
    static final class SinkModel {
        final String id;
        final LoopModel loop;
        final int link;
        final double capacityW;
        final double leavingSetpointK;
        final Chiller chiller;
        boolean enabled;
        double removedW;

        SinkModel(String id, LoopModel loop, int link, double capacityW, double leavingSetpointK, Chiller chiller) {
            this.id = id;
            this.loop = loop;
            this.link = link;
            this.capacityW = capacityW;
            this.leavingSetpointK = leavingSetpointK;
            this.chiller = chiller;
        }

        /** @return compressor electrical power at the last update, W (0 for heat reuse or when off) */
        double workW() {
            return chiller != null && enabled && removedW > 0 ? chiller.workW() : 0.0;
        }
    }
}
