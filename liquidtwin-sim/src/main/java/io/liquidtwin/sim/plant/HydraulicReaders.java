package io.liquidtwin.sim.plant;

import static io.liquidtwin.sim.plant.Common.DP_KPA;
import static io.liquidtwin.sim.plant.Common.FLOW_LPM;
import static io.liquidtwin.sim.plant.Common.POWER_KW;
import static io.liquidtwin.sim.plant.Common.SETPOINT_C;

import java.util.Optional;

/** Readers of facility pump banks and CDUs (model fields may come from the catalogue). */
final class HydraulicReaders {

    private HydraulicReaders() {
    }

    // ---- pumps -------------------------------------------------------------------------------------------------

    record PumpModel(double flowM3s, double headPa, double shutoffPa, double eff, double motorEff, double driveEff,
                     double minSpeed, double maxSpeed, double spinDownS) {
    }

    static PumpModel pumpModel(Fields m) {
        double flow = m.number("ratedFlowLpm", Unit.LPM, FLOW_LPM);
        double head = m.number("ratedHeadKpa", Unit.KPA, Limits.positive(5000));
        double shutoff = m.optionalNumber("shutoffHeadKpa", Unit.KPA, Limits.positive(6000));
        if (Double.isNaN(shutoff) && !m.has("shutoffHeadKpa")) {
            shutoff = 1.25 * head;
        } else if (shutoff <= head) {
            m.problems().error(m.originOf("shutoffHeadKpa"), "shut-off head " + Fmt.kpa(shutoff)
                    + " must be above the rated head " + Fmt.kpa(head));
            m.fail();
        }
        double eff = m.number("efficiency", Unit.NONE, Limits.EFFICIENCY, 0.75);
        double motor = m.number("motorEfficiency", Unit.NONE, Limits.EFFICIENCY, 0.95);
        double drive = m.number("driveEfficiency", Unit.NONE, Limits.EFFICIENCY, 0.97);
        double min = m.number("minSpeedFraction", Unit.NONE, Limits.between(0.05, 1), 0.3);
        double max = m.number("maxSpeedFraction", Unit.NONE, Limits.between(0.5, 1.2), 1.0);
        if (min > max) {
            m.problems().error(m.originOf("minSpeedFraction"), "minSpeedFraction " + Fmt.num(min)
                    + " is above maxSpeedFraction " + Fmt.num(max));
            m.fail();
        }
        double spin = m.number("spinDownTimeConstantS", Unit.SECOND, Limits.positive(600), 5);
        return new PumpModel(flow, head, shutoff, eff, motor, drive, min, max, spin);
    }

    static Template<Pump> pump(Fields place, Fields m, EquipmentReader.Header h) {
        PumpModel v = pumpModel(m);
        Fields.Ref loop = place.ref("loop");
        int count = place.integer("count", 1, 100, 1);
        int standby = place.integer("standby", 0, 99, 0);
        if (count != Integer.MIN_VALUE && standby != Integer.MIN_VALUE && standby >= count) {
            place.problems().error(place.originOf("standby"), "standby " + standby + " leaves no running pump out of "
                    + count + "; standby must be below count (N+1: count 3, standby 1)");
            place.fail();
        }
        return h.template(EquipmentReader.refs(new Template.LoopRef("loop", loop, LoopKind.FACILITY,
                        "facility pumps sit on a facility loop; a technology loop is driven by its CDUs' "
                                + "secondary pumps")),
                (id, r) -> new Pump(id, h.model(), r.name(loop.name()), count, standby, v.flowM3s(), v.headPa(),
                        v.shutoffPa(), v.eff(), v.motorEff(), v.driveEff(), v.minSpeed(), v.maxSpeed(),
                        v.spinDownS()));
    }

    // ---- CDUs --------------------------------------------------------------------------------------------------

    record CduModel(double heatW, double approachK, double flowKgS, double flowM3s, double headPa, int pumps,
                    int standby, double pumpPowerW, double primaryFlowM3s, double primaryDpPa, double valveC,
                    ValveCharacteristic characteristic, double rangeability, double strokeS, double filterPa,
                    double filterGrowth, double reservoirM3) {
    }

    static CduModel cduModel(Fields m) {
        double heat = m.number("designHeatKw", Unit.KW, POWER_KW);
        double approach = m.number("approachK", Unit.KELVIN, new Limits(0, true, 20, false));
        String flowKey = m.pick("secondaryDesignFlowKgS", "secondaryDesignFlowLpm", "rated secondary flow");
        double kgS = Double.NaN;
        double m3s = Double.NaN;
        if ("secondaryDesignFlowKgS".equals(flowKey)) {
            kgS = m.number(flowKey, Unit.KG_PER_S, Limits.positive(10_000));
        } else if (flowKey != null) {
            m3s = m.number(flowKey, Unit.LPM, FLOW_LPM);
        }
        double head = m.number("availableHeadKpa", Unit.KPA, Limits.positive(2000));
        int pumps = m.integer("secondaryPumpCount", 1, 20, 2);
        int standby = m.integer("secondaryPumpStandby", 0, 19, 1);
        if (pumps != Integer.MIN_VALUE && standby != Integer.MIN_VALUE && standby >= pumps) {
            m.problems().error(m.originOf("secondaryPumpStandby"), "secondaryPumpStandby " + standby
                    + " leaves no running pump out of " + pumps);
            m.fail();
        }
        double pumpPower = m.number("secondaryPumpPowerKw", Unit.KW, Limits.between(0, 10_000));
        double primaryFlow = m.number("primaryDesignFlowLpm", Unit.LPM, FLOW_LPM);
        double primaryDp = m.number("primaryDpKpa", Unit.KPA, Limits.positive(2000));
        double kv = m.optionalNumber("primaryValveKv", Unit.KV, Limits.positive(100_000));
        ValveCharacteristic ch = m.choice("primaryValveCharacteristic", ValveCharacteristic.values(),
                ValveCharacteristic.EQUAL_PERCENTAGE);
        double rangeability = m.number("primaryValveRangeability", Unit.NONE, Limits.between(5, 500), 50);
        double stroke = m.number("primaryValveStrokeTimeS", Unit.SECOND, Limits.positive(3600), 60);
        double filter = m.number("filterCleanDpKpa", Unit.KPA, DP_KPA, 15);
        double growth = m.number("filterDpGrowthKpaPer1000h", Unit.KPA_PER_1000H, Limits.between(0, 1000), 2);
        double reservoir = m.number("reservoirVolumeL", Unit.LITRE, Limits.between(0, 100_000), 100);
        return new CduModel(heat, approach, kgS, m3s, head, pumps, standby, pumpPower, primaryFlow, primaryDp, kv, ch,
                rangeability, stroke, filter, growth, reservoir);
    }

    static Template<Cdu> cdu(Fields place, Fields m, EquipmentReader.Header h) {
        CduModel v = cduModel(m);
        Fields.Ref primary = place.ref("primaryLoop");
        Fields.Ref secondary = place.ref("secondaryLoop");
        double setpoint = place.optionalNumber("secondarySupplySetpointC", Unit.CELSIUS, SETPOINT_C);
        double dpSetpoint = place.optionalNumber("secondaryDpSetpointKpa", Unit.KPA, Limits.positive(2000));
        Optional<Pipe> pipe = Common.pipe(place, "primaryPipe");
        return h.template(EquipmentReader.refs(
                new Template.LoopRef("primaryLoop", primary, LoopKind.FACILITY,
                        "a CDU's primary side sits on a facility loop"),
                new Template.LoopRef("secondaryLoop", secondary, LoopKind.TECHNOLOGY,
                        "a CDU's secondary side serves a technology loop")),
                (id, r) -> {
                    LoopInfo sec = r.loop(secondary.name());
                    double kgS = Double.isNaN(v.flowKgS()) ? sec.massFlowKgS(v.flowM3s()) : v.flowKgS();
                    double m3s = Double.isNaN(v.flowM3s()) ? sec.volumeFlowM3s(v.flowKgS()) : v.flowM3s();
                    // Default valve: one third of the primary pressure drop across the open valve (authority 0.33).
                    double valveC = Double.isNaN(v.valveC()) ? v.primaryFlowM3s() / Math.sqrt(v.primaryDpPa() / 3)
                            : v.valveC();
                    double sp = Double.isNaN(setpoint) ? sec.loop().supplyTempSetpointK() : setpoint;
                    double dp = Double.isNaN(dpSetpoint) ? v.headPa() : dpSetpoint;
                    return new Cdu(id, h.model(), r.name(primary.name()), r.name(secondary.name()), v.heatW(),
                            v.approachK(), kgS, m3s, v.headPa(), v.pumps(), v.standby(), v.pumpPowerW(),
                            v.primaryFlowM3s(), v.primaryDpPa(), valveC, v.characteristic(), v.rangeability(),
                            v.strokeS(), v.filterPa(), v.filterGrowth(), v.reservoirM3(), sp, dp, pipe);
                });
    }
}
