package io.liquidtwin.sim.engine;

import io.liquidtwin.physics.component.Chiller;
import io.liquidtwin.physics.component.ChillerParameters;
import io.liquidtwin.physics.component.ColdPlateRack;
import io.liquidtwin.physics.component.ColdPlateRackParameters;
import io.liquidtwin.physics.component.CoolingTower;
import io.liquidtwin.physics.component.CoolingTowerParameters;
import io.liquidtwin.physics.component.CoolingTowerType;
import io.liquidtwin.physics.component.DryCooler;
import io.liquidtwin.physics.component.DryCoolerParameters;
import io.liquidtwin.physics.component.FlowLaw;
import io.liquidtwin.physics.component.PipeGeometry;
import io.liquidtwin.physics.component.PlateHeatExchanger;
import io.liquidtwin.physics.component.PowerLawResistance;
import io.liquidtwin.physics.component.Pump;
import io.liquidtwin.physics.component.PumpCurve;
import io.liquidtwin.physics.component.PumpDrive;
import io.liquidtwin.physics.component.Valve;
import io.liquidtwin.physics.component.ValveCharacteristic;
import io.liquidtwin.physics.component.ValveParameters;
import io.liquidtwin.physics.correlation.CounterflowHx;
import io.liquidtwin.physics.correlation.FlowArrangement;
import io.liquidtwin.physics.correlation.UaFlowScaling;
import io.liquidtwin.physics.fluid.FluidProperties;
import io.liquidtwin.physics.network.HydraulicNetwork;
import io.liquidtwin.physics.network.PidController;
import io.liquidtwin.physics.network.ThermalNetwork;
import io.liquidtwin.sim.engine.Elements.CduModel;
import io.liquidtwin.sim.engine.Elements.DryCoolerBank;
import io.liquidtwin.sim.engine.Elements.LoopModel;
import io.liquidtwin.sim.engine.Elements.PumpBank;
import io.liquidtwin.sim.engine.Elements.RackModel;
import io.liquidtwin.sim.engine.Elements.SinglePhaseModel;
import io.liquidtwin.sim.engine.Elements.SinkModel;
import io.liquidtwin.sim.engine.Elements.TankModel;
import io.liquidtwin.sim.engine.Elements.TowerBank;
import io.liquidtwin.sim.plant.Cdu;
import io.liquidtwin.sim.plant.Loop;
import io.liquidtwin.sim.plant.LoopKind;
import io.liquidtwin.sim.plant.Plant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A loaded {@link Plant} turned into solvable networks: one {@link HydraulicNetwork} holding every loop (each with its
 * expansion tank as reference node) and one {@link ThermalNetwork} over it, with the component models attached.
 *
 * <p>Topology follows docs/plant-format.md. Facility loop: tank → facility pumps (parallel) → heat-rejection units in
 * the loop's order (series) → chillers → supply → supply header → consumers in parallel (CDU primary = control valve +
 * exchanger side; heat reuse) → return header → tank. Technology loop: tank → per CDU its secondary pumps (parallel)
 * and exchanger side → supply → supply header → consumers in parallel (racks, tank condenser coils, single-phase tank
 * exchangers) → return header → tank. Each link holds the fluid of a few seconds of its design flow (pipes: their
 * volume), which gives the thermal network realistic time constants.
 */
public final class PlantModel {

    static final double CP_AIR = 1006.0;
    static final double RHO_AIR = 1.18;

    final Plant plant;
    final HydraulicNetwork hydraulics;
    final ThermalNetwork thermal;
    final Map<String, LoopModel> loops;
    final LoopModel[] loopArray;
    final List<PumpBank> facilityPumps;
    final List<CduModel> cdus;
    final List<RackModel> racks;
    final List<TankModel> tanks;
    final List<SinglePhaseModel> singlePhaseTanks;
    final List<DryCoolerBank> dryCoolers;
    final List<TowerBank> towers;
    final List<SinkModel> chillers;
    final List<SinkModel> reuse;
    final double[] linkMassKg;
    /** Highest liquid temperature each link's coolant may reach (boiling point at loop pressure, or fluid range), K. */
    final double[] linkLimitK;

    private PlantModel(Assembly a) {
        plant = a.plant;
        hydraulics = a.hydraulics;
        thermal = a.thermal;
        loops = a.loops;
        loopArray = a.loops.values().toArray(LoopModel[]::new);
        facilityPumps = a.facilityPumps;
        cdus = a.cdus;
        racks = a.racks;
        tanks = a.tanks;
        singlePhaseTanks = a.singlePhaseTanks;
        dryCoolers = a.dryCoolers;
        towers = a.towers;
        chillers = a.chillers;
        reuse = a.reuse;
        linkMassKg = a.linkMass.stream().mapToDouble(Double::doubleValue).toArray();
        linkLimitK = a.linkLoop.stream().mapToDouble(l -> l.limitK).toArray();
    }

    /** Builds the model of a loaded plant. */
    public static PlantModel build(Plant plant) {
        return new PlantModel(new Assembly(plant));
    }

    /** @return the plant description this model was built from */
    public Plant plant() {
        return plant;
    }

    /** @return the hydraulic network (all loops) */
    public HydraulicNetwork hydraulics() {
        return hydraulics;
    }

    /** @return the thermal network over it */
    public ThermalNetwork thermal() {
        return thermal;
    }

    /** Lays out the networks; kept apart so the model's fields stay final. */
    private static final class Assembly {
        final Plant plant;
        final HydraulicNetwork.Builder hb = HydraulicNetwork.builder();
        final Map<String, LoopModel> loops = new LinkedHashMap<>();
        final List<LoopModel> linkLoop = new ArrayList<>();
        final List<Double> linkMass = new ArrayList<>();
        final List<PumpBank> facilityPumps = new ArrayList<>();
        final List<CduModel> cdus = new ArrayList<>();
        final List<RackModel> racks = new ArrayList<>();
        final List<TankModel> tanks = new ArrayList<>();
        final List<SinglePhaseModel> singlePhaseTanks = new ArrayList<>();
        final List<DryCoolerBank> dryCoolers = new ArrayList<>();
        final List<TowerBank> towers = new ArrayList<>();
        final List<SinkModel> chillers = new ArrayList<>();
        final List<SinkModel> reuse = new ArrayList<>();
        HydraulicNetwork hydraulics;
        ThermalNetwork thermal;

        Assembly(Plant plant) {
            this.plant = plant;
            for (Loop l : plant.loops()) {
                double meanK = l.supplyTempSetpointK() + l.designDeltaTK() / 2;
                FluidProperties fp = l.coolant().fluid().properties(meanK, l.staticPressurePa());
                int tank = hb.reference(l.id() + ".expansion-tank", l.staticPressurePa());
                LoopModel m = new LoopModel(l.id(), l.kind(), fp.densityKgM3(), fp.specificHeatJKgK(),
                        fp.viscosityPaS(), l.supplyTempSetpointK(), tank);
                m.limitK = l.coolant().fluid() instanceof io.liquidtwin.physics.fluid.Water w
                        ? w.saturationTemperatureK(Math.min(l.staticPressurePa(), 16e6))
                        : l.coolant().fluid().maxTemperatureK();
                loops.put(l.id(), m);
                m.supplyNode = hb.junction(l.id() + ".supply");
                m.returnNode = tank;
            }
            for (Loop l : plant.loops()) {
                if (l.kind() == LoopKind.FACILITY) {
                    facilitySource(l);
                }
            }
            for (Cdu c : plant.cdus()) {
                cdu(c);
            }
            for (Loop l : plant.loops()) {
                headers(l);
            }
            consumers();
            hydraulics = hb.build();
            ThermalNetwork.Builder tb = ThermalNetwork.on(hydraulics);
            for (int k = 0; k < linkLoop.size(); k++) {
                LoopModel lm = linkLoop.get(k);
                tb.fluid(k, lm.densityKgM3, lm.cpJKgK, linkMass.get(k));
            }
            double start = plant.loops().stream().mapToDouble(Loop::supplyTempSetpointK).average().orElse(303.15);
            tb.initialTemperatureK(start);
            for (CduModel c : cdus) {
                c.coupling = tb.coupling(c.secondaryLink, c.primaryLink);
            }
            thermal = tb.build();
        }

        private int link(String name, int from, int to, FlowLaw law, LoopModel loop, double massKg) {
            int k = hb.link(name, from, to, law);
            linkLoop.add(loop);
            linkMass.add(massKg);
            return k;
        }

        private static double designFlowOf(Loop l, double heatW, LoopModel m) {
            return heatW / (m.densityKgM3 * m.cpJKgK * Math.max(l.designDeltaTK(), 1.0));
        }

        /** Facility pumps and the heat-rejection train from the tank to the supply node. */
        private void facilitySource(Loop l) {
            LoopModel m = loops.get(l.id());
            double designHeat = plant.cdus().stream().filter(c -> c.primaryLoopId().equals(l.id()))
                    .mapToDouble(Cdu::designHeatW).sum()
                    + plant.heatReuse().stream().filter(h -> h.loopId().equals(l.id()))
                    .mapToDouble(h -> h.designCapacityW()).sum();
            double designFlow = Math.max(designFlowOf(l, designHeat, m), 1e-4);
            int discharge = hb.junction(l.id() + ".pump-discharge");
            for (var p : plant.pumps()) {
                if (p.loopId().equals(l.id())) {
                    facilityPumps.add(pumpBank(p.id(), p.count(), p.standby(), p.shutoffHeadPa(), p.ratedFlowM3s(),
                            p.ratedHeadPa(), p.efficiency(), new PumpDrive(p.motorEfficiency(), p.driveEfficiency(),
                                    p.minSpeedFraction(), p.maxSpeedFraction(), p.spinDownTimeConstantS()),
                            m.tankNode, discharge, m));
                }
            }
            int node = discharge;
            List<String> order = new ArrayList<>(l.heatRejectionOrder());
            for (var d : plant.dryCoolers()) {
                if (d.loopId().equals(l.id()) && !order.contains(d.id())) {
                    order.add(d.id());
                }
            }
            for (var t : plant.coolingTowers()) {
                if (t.loopId().equals(l.id()) && !order.contains(t.id())) {
                    order.add(t.id());
                }
            }
            for (String id : order) {
                boolean rejectsHere = plant.dryCoolers().stream().anyMatch(d -> d.id().equals(id))
                        || plant.coolingTowers().stream().anyMatch(t -> t.id().equals(id));
                if (!rejectsHere) {
                    continue; // chillers follow the dry coolers and towers, below
                }
                int next = hb.junction(l.id() + "." + id + ".outlet");
                int in = node;
                plant.dryCoolers().stream().filter(d -> d.id().equals(id)).findFirst()
                        .ifPresent(d -> dryCoolers.add(dryCooler(d, m, in, next)));
                plant.coolingTowers().stream().filter(t -> t.id().equals(id)).findFirst()
                        .ifPresent(t -> towers.add(tower(t, m, in, next)));
                node = next;
            }
            for (var c : plant.chillers()) {
                if (c.loopId().equals(l.id())) {
                    int next = hb.junction(l.id() + "." + c.id() + ".outlet");
                    double cap = c.designCapacityW() * c.count();
                    int k = link(c.id(), node, next, new PowerLawResistance(c.waterDpPa(), designFlow * m.densityKgM3,
                            2.0, m.densityKgM3), m, 5 * designFlow * m.densityKgM3);
                    // air-cooled: the condenser sees the outdoor dry-bulb; COP as a fraction of Carnot from the rating
                    ChillerParameters base = ChillerParameters.waterCooledCentrifugal(cap);
                    double carnotFraction = Math.min(1.0, c.ratedCop() * (c.ratedAmbientK() - c.ratedLeavingWaterK())
                            / c.ratedLeavingWaterK());
                    Chiller chiller = new Chiller(new ChillerParameters(cap, carnotFraction, base.eirA(), base.eirB(),
                            base.eirC(), base.minimumLiftK(), base.maximumCop(), c.minPartLoadFraction()));
                    chillers.add(new SinkModel(c.id(), m, k, cap, c.ratedLeavingWaterK(), chiller));
                    node = next;
                }
            }
            link(l.id() + ".supply-riser", node, m.supplyNode, new PowerLawResistance(1e3,
                    designFlow * m.densityKgM3, 2.0, m.densityKgM3), m, 2 * designFlow * m.densityKgM3);
        }

        private PumpBank pumpBank(String id, int count, int standby, double shutoffPa, double ratedFlowM3s,
                                  double ratedHeadPa, double efficiency, PumpDrive drive, int from, int to,
                                  LoopModel m) {
            PumpCurve curve = PumpCurve.fromShutoffAndDesign(shutoffPa, ratedFlowM3s, ratedHeadPa, efficiency);
            Pump[] pumps = new Pump[count];
            int[] links = new int[count];
            for (int i = 0; i < count; i++) {
                pumps[i] = new Pump(curve, drive);
                if (i >= count - standby) {
                    pumps[i].stop();
                }
                links[i] = link(id + "-" + (i + 1), from, to, pumps[i], m, 2 * ratedFlowM3s * m.densityKgM3);
            }
            return new PumpBank(id, pumps, links, standby, m);
        }

        private DryCoolerBank dryCooler(io.liquidtwin.sim.plant.DryCooler d, LoopModel m, int from, int to) {
            double perUnitFlowKgS = d.designCapacityW()
                    / (m.cpJKgK * (d.ratedEnteringWaterK() - d.ratedLeavingWaterK()));
            double airKgS = d.airFlowM3s() * RHO_AIR;
            double ua = Calibration.solve(d.designCapacityW(), x -> new DryCooler(new DryCoolerParameters(x, airKgS,
                            perUnitFlowKgS, 0.75, 0.55, d.fanPowerW(), d.padEfficiency(),
                            FlowArrangement.CROSSFLOW_UNMIXED)).rate(perUnitFlowKgS, m.cpJKgK,
                            d.ratedEnteringWaterK(), d.ratedAmbientK(), d.ratedAmbientK() - 8, 1.0, false),
                    10, 1e9, "dry cooler '" + d.id() + "'");
            DryCooler unit = new DryCooler(new DryCoolerParameters(ua, airKgS, perUnitFlowKgS, 0.75, 0.55,
                    d.fanPowerW(), d.padEfficiency(), FlowArrangement.CROSSFLOW_UNMIXED));
            double bankFlowKgS = perUnitFlowKgS * d.count();
            int k = link(d.id(), from, to, new PowerLawResistance(d.waterDpPa(), bankFlowKgS, 2.0, m.densityKgM3), m,
                    20 * bankFlowKgS);
            return new DryCoolerBank(d.id(), m, k, unit, d.count(), d.adiabatic(), d.adiabaticAboveK());
        }

        private TowerBank tower(io.liquidtwin.sim.plant.CoolingTower t, LoopModel m, int from, int to) {
            double perCellKgS = t.designCapacityW() / (m.cpJKgK * (t.ratedEnteringWaterK() - t.ratedLeavingWaterK()));
            double airKgS = t.airFlowM3s() * RHO_AIR;
            CoolingTowerType type = t.type() == io.liquidtwin.sim.plant.TowerType.OPEN
                    ? CoolingTowerType.OPEN : CoolingTowerType.CLOSED_CIRCUIT;
            double pressure = plant.site().map(s -> s.atmosphericPressurePa()).orElse(101_325.0);
            double c = Calibration.solve(t.designCapacityW(), x -> new CoolingTower(new CoolingTowerParameters(type,
                            x, -0.6, airKgS, t.fanPowerW(), t.sprayPumpPowerW(), t.driftFraction(),
                            t.cyclesOfConcentration(), pressure)).rate(perCellKgS, m.cpJKgK, t.ratedEnteringWaterK(),
                            t.ratedWetBulbK(), 1.0),
                    1e-3, 1e3, "cooling tower '" + t.id() + "'");
            CoolingTower unit = new CoolingTower(new CoolingTowerParameters(type, c, -0.6, airKgS, t.fanPowerW(),
                    t.sprayPumpPowerW(), t.driftFraction(), t.cyclesOfConcentration(), pressure));
            double bankKgS = perCellKgS * t.cells();
            int k = link(t.id(), from, to, new PowerLawResistance(t.waterDpPa(), bankKgS, 2.0, m.densityKgM3), m,
                    20 * bankKgS);
            return new TowerBank(t.id(), m, k, unit, t.cells());
        }

        /** A CDU: valve + exchanger primary between the facility headers, pumps + exchanger secondary on its TCS. */
        private void cdu(Cdu c) {
            LoopModel p = loops.get(c.primaryLoopId());
            LoopModel s = loops.get(c.secondaryLoopId());
            double sFlowKgS = c.secondaryDesignFlowKgS();
            double pFlowKgS = c.primaryDesignFlowM3s() * p.densityKgM3;
            // exchanger rating: secondary enters at supply + Q/C_s, primary at supply − approach
            double cs = sFlowKgS * s.cpJKgK;
            double cp = pFlowKgS * p.cpJKgK;
            double cmin = Math.min(cs, cp);
            double eff = c.designHeatW() / (cmin * (c.designHeatW() / cs + c.approachK()));
            double ua = CounterflowHx.ntu(Math.min(eff, 0.999999), cmin / Math.max(cs, cp)) * cmin;
            PlateHeatExchanger hx = new PlateHeatExchanger(UaFlowScaling.fromDesignUa(ua, 0.5, sFlowKgS, pFlowKgS));
            double kv = c.primaryValveCoefficient() * 3600 * Math.sqrt(1e5);
            Valve valve = new Valve(new ValveParameters(kv, ValveCharacteristic.valueOf(
                    c.primaryValveCharacteristic().name()), c.primaryValveRangeability(), c.primaryValveStrokeTimeS(),
                    0.001), 0.7);
            valve.setDensityKgM3(p.densityKgM3);
            int mid = hb.junction(c.id() + ".valve-outlet");
            int[] headers = facilityHeaderNodes(p);
            int valveLink = link(c.id() + ".primary-valve", headers[0], mid, valve, p, 2 * pFlowKgS);
            int primaryLink = link(c.id() + ".hx-primary", mid, headers[1],
                    new PowerLawResistance(c.primaryDpPa() * 0.6, pFlowKgS, 1.8, p.densityKgM3), p, 5 * pFlowKgS);
            // secondary: pumps overcome the exchanger, the filter and the available head
            int running = c.secondaryPumpCount() - c.secondaryPumpStandby();
            double perPump = c.secondaryDesignFlowM3s() / running;
            double hxDp = 50e3;
            double rise = c.availableHeadPa() + hxDp + c.filterCleanDpPa();
            double eta = Math.min(0.8, c.secondaryDesignFlowM3s() * rise / Math.max(c.secondaryPumpPowerW(), 1.0)
                    / (0.95 * 0.97));
            int pumpOut = hb.junction(c.id() + ".pump-discharge");
            PumpBank pumps = pumpBank(c.id() + ".pump", c.secondaryPumpCount(), c.secondaryPumpStandby(), 1.3 * rise,
                    perPump, rise, Math.max(eta, 0.3), new PumpDrive(0.95, 0.97, 0.2, 1.0, 10.0), s.tankNode,
                    pumpOut, s);
            int secondaryLink = link(c.id() + ".hx-secondary", pumpOut, s.supplyNode,
                    new PowerLawResistance(hxDp + c.filterCleanDpPa(), sFlowKgS, 1.8, s.densityKgM3), s, 5 * sFlowKgS);
            var gains = plant.controls().cduSupplyTemp();
            PidController pid = new PidController(gains.proportionalGain(),
                    gains.proportionalGain() / gains.integralTimeS(), 0, 0.02, 1.0,
                    plant.controls().controlIntervalS(), PidController.Action.REVERSE, 0.7);
            pid.setSetpoint(c.secondarySupplySetpointK());
            cdus.add(new CduModel(c, p, s, valve, valveLink, primaryLink, pumps, secondaryLink, hx, pid));
        }

        private final Map<String, int[]> facilityHeaders = new LinkedHashMap<>();

        /** @return {supply header node, return header node} of a facility loop, created on first use */
        private int[] facilityHeaderNodes(LoopModel p) {
            return facilityHeaders.computeIfAbsent(p.id,
                    id -> new int[] {hb.junction(id + ".supply-header"), hb.junction(id + ".return-header")});
        }

        private final Map<String, int[]> technologyHeaders = new LinkedHashMap<>();

        private int[] technologyHeaderNodes(LoopModel s) {
            return technologyHeaders.computeIfAbsent(s.id,
                    id -> new int[] {hb.junction(id + ".supply-header"), hb.junction(id + ".return-header")});
        }

        /** Header pipes: supply node → supply header, return header → tank. */
        private void headers(Loop l) {
            LoopModel m = loops.get(l.id());
            int[] h = l.kind() == LoopKind.FACILITY ? facilityHeaderNodes(m) : technologyHeaderNodes(m);
            var pipe = l.header().orElse(new io.liquidtwin.sim.plant.Pipe(20, 0.15, 4.5e-5, 2.0));
            PipeGeometry g = new PipeGeometry(pipe.lengthM() / 2, pipe.diameterM(), pipe.roughnessM(),
                    pipe.minorLossK());
            double mass = g.volumeM3() * m.densityKgM3;
            m.supplyHeaderLink = link(l.id() + ".supply-header-pipe", m.supplyNode, h[0],
                    new io.liquidtwin.physics.component.Pipe(g, m.densityKgM3, m.viscosityPaS), m, mass);
            m.returnHeaderLink = link(l.id() + ".return-header-pipe", h[1], m.tankNode,
                    new io.liquidtwin.physics.component.Pipe(g, m.densityKgM3, m.viscosityPaS), m, mass);
            m.supplyNode = h[0];
            m.returnNode = h[1];
        }

        /** Consumers between the headers of their loop. */
        private void consumers() {
            for (var r : plant.coldPlateRacks()) {
                LoopModel m = loops.get(r.loopId());
                double flowKgS = r.designFlowM3s() * m.densityKgM3;
                // R = R∞ + b·(V̇ per plate in L/min)^(−c); without a fit: a typical OCP-class plate (assumed)
                double floor = r.caseResistance().map(f -> f.floorKPerW()).orElse(0.02);
                double exp = r.caseResistance().map(f -> f.exponent()).orElse(0.8);
                double coef = r.caseResistance().map(f -> f.coefficientKPerW()).orElse(0.05);
                double minFlow = r.caseResistance().map(f -> f.minimumFitFlowM3s()).orElse(0.05 / 60_000);
                ColdPlateRack rack = new ColdPlateRack(new ColdPlateRackParameters(r.captureFraction(), r.designDpPa(),
                        flowKgS, Math.max(r.coldPlates(), 1), floor, coef, exp, minFlow,
                        r.timeConstantS()), m.densityKgM3, m.supplySetpointK);
                int k = link(r.id(), m.supplyNode, m.returnNode, rack, m, 10 * flowKgS);
                racks.add(new RackModel(r.id(), m, k, rack, r.itPowerW(), r.maxCaseTempK(), Math.max(r.coldPlates(), 1)));
            }
            for (var t : plant.twoPhaseTanks()) {
                LoopModel m = loops.get(t.loopId());
                double flowKgS = t.condenserDesignFlowM3s() * m.densityKgM3;
                int k = link(t.id() + ".condenser", m.supplyNode, m.returnNode,
                        new PowerLawResistance(t.condenserDpPa(), flowKgS, 2.0, m.densityKgM3), m, 5 * flowKgS);
                tanks.add(new TankModel(t.id(), m, k, TankFactory.tank(t), t.itPowerW(), t.captureFraction()));
            }
            for (var t : plant.singlePhaseTanks()) {
                LoopModel m = loops.get(t.loopId());
                double flowKgS = t.waterDesignFlowM3s() * m.densityKgM3;
                int k = link(t.id() + ".hx", m.supplyNode, m.returnNode,
                        new PowerLawResistance(t.waterDpPa(), flowKgS, 2.0, m.densityKgM3), m, 5 * flowKgS);
                singlePhaseTanks.add(new SinglePhaseModel(t.id(), m, k, t.heatToLiquidW(), t.itPowerW()));
            }
            for (var h : plant.heatReuse()) {
                LoopModel m = loops.get(h.loopId());
                double flowKgS = h.designCapacityW() / (m.cpJKgK * 5.0);
                int[] hdr = facilityHeaderNodes(m);
                int k = link(h.id(), hdr[0], hdr[1], new PowerLawResistance(50e3, flowKgS, 2.0, m.densityKgM3), m,
                        5 * flowKgS);
                reuse.add(new SinkModel(h.id(), m, k, Math.min(h.demandW(), h.designCapacityW()),
                        h.districtReturnK() + h.approachK(), null));
            }
        }
    }
}
