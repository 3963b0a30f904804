package io.liquidtwin.sim.plant;

import static io.liquidtwin.sim.plant.Common.AMBIENT_C;
import static io.liquidtwin.sim.plant.Common.DELTA_K;
import static io.liquidtwin.sim.plant.Common.DP_KPA;
import static io.liquidtwin.sim.plant.Common.LIQUID_C;
import static io.liquidtwin.sim.plant.Common.POWER_KW;

import java.util.Optional;

/** Readers of the facility-side equipment: dry coolers, cooling towers, chillers, heat-reuse exchangers. */
final class HeatRejectionReaders {

    private static final String ON_FACILITY = "heat rejection sits on a facility loop (technology loops reject "
            + "their heat through CDUs)";

    private HeatRejectionReaders() {
    }

    /** Checks entering > leaving > air temperature of a rating; records an error otherwise. */
    private static void ratingOrder(Fields m, double entering, double leaving, double air, String airKey) {
        if (entering <= leaving) {
            m.problems().error(m.originOf("ratedLeavingWaterC"), "rated leaving water " + Fmt.celsius(leaving)
                    + " must be below the rated entering water " + Fmt.celsius(entering));
            m.fail();
        } else if (leaving <= air) {
            m.problems().error(m.originOf(airKey), "rated air temperature " + Fmt.celsius(air)
                    + " must be below the rated leaving water " + Fmt.celsius(leaving));
            m.fail();
        }
    }

    // ---- dry coolers -------------------------------------------------------------------------------------------

    record DryCoolerModel(double capW, double enterK, double leaveK, double ambientK, double airM3s, double fanW,
                          double dpPa, double pad) {
    }

    static DryCoolerModel dryCoolerModel(Fields m) {
        double cap = m.number("designCapacityKw", Unit.KW, POWER_KW);
        double enter = m.number("ratedEnteringWaterC", Unit.CELSIUS, LIQUID_C);
        double leave = m.number("ratedLeavingWaterC", Unit.CELSIUS, LIQUID_C);
        double ambient = m.number("ratedAmbientC", Unit.CELSIUS, AMBIENT_C);
        ratingOrder(m, enter, leave, ambient, "ratedAmbientC");
        double air = m.number("airFlowM3s", Unit.M3_PER_S, Limits.positive(1000));
        double fan = m.number("fanPowerKw", Unit.KW, Limits.between(0, 1000));
        double dp = m.number("waterDpKpa", Unit.KPA, DP_KPA);
        double pad = m.number("padEfficiency", Unit.NONE, Limits.FRACTION, 0.8);
        return new DryCoolerModel(cap, enter, leave, ambient, air, fan, dp, pad);
    }

    static Template<DryCooler> dryCooler(Fields place, Fields m, EquipmentReader.Header h) {
        DryCoolerModel v = dryCoolerModel(m);
        Fields.Ref loop = place.ref("loop");
        int count = place.integer("count", 1, 1000, 1);
        boolean adiabatic = place.flag("adiabatic", false);
        double above = place.number("adiabaticAboveC", Unit.CELSIUS, AMBIENT_C, 25);
        return h.template(EquipmentReader.refs(new Template.LoopRef("loop", loop, LoopKind.FACILITY, ON_FACILITY)),
                (id, r) -> new DryCooler(id, h.model(), r.name(loop.name()), count, v.capW(), v.enterK(), v.leaveK(),
                        v.ambientK(), v.airM3s(), v.fanW(), v.dpPa(), adiabatic, v.pad(), above));
    }

    // ---- cooling towers ----------------------------------------------------------------------------------------

    record TowerModel(TowerType type, double capW, double enterK, double leaveK, double wetBulbK, double airM3s,
                      double fanW, double sprayW, double dpPa, double drift, double cycles) {
    }

    static TowerModel towerModel(Fields m) {
        TowerType type = m.choice("type", TowerType.values(), null);
        double cap = m.number("designCapacityKw", Unit.KW, POWER_KW);
        double enter = m.number("ratedEnteringWaterC", Unit.CELSIUS, LIQUID_C);
        double leave = m.number("ratedLeavingWaterC", Unit.CELSIUS, LIQUID_C);
        double wb = m.number("ratedWetBulbC", Unit.CELSIUS, Limits.between(-10, 40));
        ratingOrder(m, enter, leave, wb, "ratedWetBulbC");
        double air = m.number("airFlowM3s", Unit.M3_PER_S, Limits.positive(5000));
        double fan = m.number("fanPowerKw", Unit.KW, Limits.between(0, 5000));
        double spray = m.number("sprayPumpPowerKw", Unit.KW, Limits.between(0, 1000), 0);
        double dp = m.number("waterDpKpa", Unit.KPA, DP_KPA);
        double drift = m.number("driftFraction", Unit.NONE, Limits.between(0, 0.01), 0.00002);
        double cycles = m.number("cyclesOfConcentration", Unit.NONE, Limits.between(1.5, 50), 4);
        return new TowerModel(type, cap, enter, leave, wb, air, fan, spray, dp, drift, cycles);
    }

    static Template<CoolingTower> tower(Fields place, Fields m, EquipmentReader.Header h) {
        TowerModel v = towerModel(m);
        Fields.Ref loop = place.ref("loop");
        int cells = place.integer("cells", 1, 1000, 1);
        return h.template(EquipmentReader.refs(new Template.LoopRef("loop", loop, LoopKind.FACILITY, ON_FACILITY)),
                (id, r) -> new CoolingTower(id, h.model(), r.name(loop.name()), v.type(), cells, v.capW(), v.enterK(),
                        v.leaveK(), v.wetBulbK(), v.airM3s(), v.fanW(), v.sprayW(), v.dpPa(), v.drift(),
                        v.cycles()));
    }

    // ---- chillers ----------------------------------------------------------------------------------------------

    record ChillerModel(double capW, double cop, double leaveK, double ambientK, double minPart, boolean economiser,
                        double ecoApproachK, double dpPa) {
    }

    static ChillerModel chillerModel(Fields m) {
        double cap = m.number("designCapacityKw", Unit.KW, POWER_KW);
        double cop = m.number("ratedCop", Unit.NONE, Limits.between(1, 20));
        double leave = m.number("ratedLeavingWaterC", Unit.CELSIUS, Limits.between(0, 40));
        double ambient = m.number("ratedAmbientC", Unit.CELSIUS, AMBIENT_C);
        double minPart = m.number("minPartLoadFraction", Unit.NONE, Limits.between(0, 1), 0.15);
        boolean eco = m.flag("economiser", false);
        double ecoApproach = m.number("economiserApproachK", Unit.KELVIN, DELTA_K, 4);
        double dp = m.number("waterDpKpa", Unit.KPA, DP_KPA, 50);
        return new ChillerModel(cap, cop, leave, ambient, minPart, eco, ecoApproach, dp);
    }

    static Template<Chiller> chiller(Fields place, Fields m, EquipmentReader.Header h) {
        ChillerModel v = chillerModel(m);
        Fields.Ref loop = place.ref("loop");
        int count = place.integer("count", 1, 100, 1);
        return h.template(EquipmentReader.refs(new Template.LoopRef("loop", loop, LoopKind.FACILITY, ON_FACILITY)),
                (id, r) -> new Chiller(id, h.model(), r.name(loop.name()), count, v.capW(), v.cop(), v.leaveK(),
                        v.ambientK(), v.minPart(), v.economiser(), v.ecoApproachK(), v.dpPa()));
    }

    // ---- heat reuse --------------------------------------------------------------------------------------------

    static Template<HeatReuse> heatReuse(Fields place, EquipmentReader.Header h) {
        Fields.Ref loop = place.ref("loop");
        double cap = place.number("designCapacityKw", Unit.KW, POWER_KW);
        double demand = place.optionalNumber("demandKw", Unit.KW, Limits.between(0, 1e6));
        if (demand > cap) {
            place.problems().error(place.originOf("demandKw"), "demand " + Fmt.power(demand)
                    + " exceeds the exchanger's design capacity " + Fmt.power(cap));
            place.fail();
        }
        double approach = place.number("approachK", Unit.KELVIN, DELTA_K, 3);
        double district = place.number("districtReturnC", Unit.CELSIUS, Limits.between(5, 90));
        Optional<Pipe> pipe = Common.pipe(place, "branchPipe");
        return h.template(EquipmentReader.refs(new Template.LoopRef("loop", loop, LoopKind.FACILITY,
                        "a heat-reuse exchanger sits on a facility loop")),
                (id, r) -> new HeatReuse(id, r.name(loop.name()), cap, Double.isNaN(demand) ? cap : demand, approach,
                        district, pipe));
    }
}
