package io.liquidtwin.sim.plant;

import static io.liquidtwin.sim.plant.Common.DP_KPA;
import static io.liquidtwin.sim.plant.Common.FLOW_LPM;
import static io.liquidtwin.sim.plant.Common.POWER_KW;

import io.liquidtwin.physics.correlation.ZuberChf;
import io.liquidtwin.physics.fluid.DielectricCatalogue;
import io.liquidtwin.physics.fluid.Fluid;
import io.liquidtwin.physics.fluid.TwoPhaseFluid;
import java.util.List;
import java.util.Optional;

/** Readers of the technology-loop consumers: cold-plate racks, two-phase and single-phase immersion tanks. */
final class ConsumerReaders {

    private static final Limits IT_POWER_KW = Limits.positive(10_000);

    private ConsumerReaders() {
    }

    // ---- cold-plate racks --------------------------------------------------------------------------------------

    record RackModel(double flowM3s, double dpPa, double exponent, double capture, int plates,
                     Optional<ThermalResistanceFit> fit, double maxCaseK, double tauS) {
    }

    static RackModel rackModel(Fields m) {
        double flow = m.number("designFlowLpm", Unit.LPM, FLOW_LPM);
        double dp = m.number("designDpKpa", Unit.KPA, Limits.positive(2000));
        double n = m.number("flowExponent", Unit.NONE, Limits.between(1, 2.5), 1.85);
        double capture = m.number("captureFraction", Unit.NONE, Limits.FRACTION, 0.8);
        int plates = m.integer("coldPlates", 1, 100_000, 1);
        Optional<ThermalResistanceFit> fit = Optional.empty();
        Fields r = m.child("caseResistance", "a thermal-resistance fit: floorKPerW, coefficientKPerW, exponent, "
                + "minimumFitFlowLpm");
        if (r != null) {
            double floor = r.number("floorKPerW", Unit.K_PER_W, Limits.between(0, 10));
            double coefficient = r.number("coefficientKPerW", Unit.K_PER_W, Limits.between(0, 10));
            double exp = r.number("exponent", Unit.NONE, Limits.between(0, 2), 0.8);
            double minFlow = r.number("minimumFitFlowLpm", Unit.LPM, Limits.positive(1000), 0.2);
            r.finish();
            fit = Optional.of(new ThermalResistanceFit(floor, coefficient, exp, minFlow));
        }
        double maxCase = m.number("maxCaseTempC", Unit.CELSIUS, Limits.between(30, 125), 85);
        double tau = m.number("timeConstantS", Unit.SECOND, Limits.positive(3600), 2);
        return new RackModel(flow, dp, n, capture, plates, fit, maxCase, tau);
    }

    static Template<ColdPlateRack> rack(Fields place, Fields m, EquipmentReader.Header h) {
        RackModel v = rackModel(m);
        Fields.Ref loop = place.ref("loop");
        double it = place.number("itPowerKw", Unit.KW, IT_POWER_KW);
        int nodes = place.integer("nodes", 1, 100_000, 1);
        Optional<Pipe> pipe = Common.pipe(place, "branchPipe");
        return h.template(EquipmentReader.refs(new Template.LoopRef("loop", loop, LoopKind.TECHNOLOGY,
                        "cold-plate racks sit on a technology loop behind a CDU")),
                (id, r) -> new ColdPlateRack(id, h.model(), r.name(loop.name()), it, nodes, v.capture(), v.flowM3s(),
                        v.dpPa(), v.exponent(), v.plates(), v.fit(), v.maxCaseK(), v.tauS(), pipe));
    }

    // ---- two-phase tanks ---------------------------------------------------------------------------------------

    record TwoPhaseModel(double heatW, String fluidId, TwoPhaseFluid fluid, double inventoryM3, double vapourM3,
                         double uaWK, double flowM3s, double dpPa, double reliefGaugePa, int devices,
                         double deviceAreaM2, double chfK, double csf, double n, double lossKgS, double capture) {
    }

    static TwoPhaseModel twoPhaseModel(Fields m) {
        double heat = m.number("designHeatKw", Unit.KW, POWER_KW);
        Fields.Ref fluidRef = m.ref("fluid");
        TwoPhaseFluid fluid = null;
        if (fluidRef != null) {
            Fluid f = dielectric(m, fluidRef);
            if (f instanceof TwoPhaseFluid tp) {
                fluid = tp;
            } else if (f != null) {
                m.problems().error(fluidRef.origin(), "dielectric '" + fluidRef.name() + "' is single-phase; a "
                        + "two-phase tank needs a two-phase fluid: " + twoPhaseIds());
                m.fail();
            }
        }
        double inventory = m.number("fluidInventoryL", Unit.LITRE, Limits.positive(1e6));
        double vapour = m.number("vapourSpaceVolumeL", Unit.LITRE, Limits.positive(1e6));
        double ua = m.number("condenserUaKwPerK", Unit.KW_PER_K, Limits.positive(1e5));
        double flow = m.number("condenserDesignFlowLpm", Unit.LPM, FLOW_LPM);
        double dp = m.number("condenserDpKpa", Unit.KPA, Limits.positive(2000));
        double relief = m.number("reliefPressureKpaGauge", Unit.KPA, Limits.positive(1000));
        int devices = m.integer("deviceCount", 1, 1_000_000);
        double area = m.number("deviceAreaMm2", Unit.MM2, Limits.positive(1e6));
        double chf = m.number("chfCoefficient", Unit.NONE,
                Limits.between(ZuberChf.ZUBER_K, ZuberChf.LIENHARD_DHIR_K), ZuberChf.ZUBER_K);
        double csf = m.number("rohsenowCsf", Unit.NONE, Limits.between(0.001, 0.1), 0.005);
        double n = m.number("rohsenowN", Unit.NONE, Limits.between(1, 2), 1.7);
        double loss = m.number("vapourLossKgPerYear", Unit.KG_PER_YEAR, Limits.between(0, 1e5), 0);
        double capture = m.number("captureFraction", Unit.NONE, Limits.FRACTION, 1.0);
        return new TwoPhaseModel(heat, fluidRef == null ? null : fluidRef.name(), fluid, inventory, vapour, ua, flow,
                dp, relief, devices, area, chf, csf, n, loss, capture);
    }

    static Template<TwoPhaseTank> twoPhaseTank(Fields place, Fields m, EquipmentReader.Header h) {
        TwoPhaseModel v = twoPhaseModel(m);
        Fields.Ref loop = place.ref("loop");
        double it = place.number("itPowerKw", Unit.KW, IT_POWER_KW);
        Optional<Pipe> pipe = Common.pipe(place, "branchPipe");
        return h.template(EquipmentReader.refs(new Template.LoopRef("loop", loop, LoopKind.TECHNOLOGY,
                        "a two-phase tank's condenser coil sits on a technology loop (the condenser water) behind "
                                + "a CDU")),
                (id, r) -> new TwoPhaseTank(id, h.model(), r.name(loop.name()), it, v.heatW(), v.fluidId(), v.fluid(),
                        v.inventoryM3(), v.vapourM3(), v.uaWK(), v.flowM3s(), v.dpPa(),
                        r.atmosphericPressurePa() + v.reliefGaugePa(), v.devices(), v.deviceAreaM2(), v.chfK(),
                        v.csf(), v.n(), v.lossKgS(), v.capture(), pipe));
    }

    // ---- single-phase tanks ------------------------------------------------------------------------------------

    record SinglePhaseModel(double heatW, String fluidId, Fluid fluid, double volumeM3, double uaWK,
                            double internalM3s, double waterM3s, double waterDpPa, double maxK, double capture) {
    }

    static SinglePhaseModel singlePhaseModel(Fields m) {
        double heat = m.number("designHeatKw", Unit.KW, POWER_KW);
        Fields.Ref fluidRef = m.ref("fluid");
        Fluid fluid = null;
        if (fluidRef != null) {
            Fluid f = dielectric(m, fluidRef);
            if (f instanceof TwoPhaseFluid) {
                m.problems().error(fluidRef.origin(), "dielectric '" + fluidRef.name() + "' is a two-phase fluid; a "
                        + "single-phase tank needs one of: " + singlePhaseIds());
                m.fail();
            } else {
                fluid = f;
            }
        }
        double volume = m.number("coolantVolumeL", Unit.LITRE, Limits.positive(1e6));
        double ua = m.number("hxUaKwPerK", Unit.KW_PER_K, Limits.positive(1e5));
        double internal = m.number("internalFlowLpm", Unit.LPM, FLOW_LPM);
        double water = m.number("waterDesignFlowLpm", Unit.LPM, FLOW_LPM);
        double dp = m.number("waterDpKpa", Unit.KPA, DP_KPA);
        double max = m.number("maxCoolantTempC", Unit.CELSIUS, Limits.between(20, 120), 50);
        double capture = m.number("captureFraction", Unit.NONE, Limits.FRACTION, 1.0);
        return new SinglePhaseModel(heat, fluidRef == null ? null : fluidRef.name(), fluid, volume, ua, internal,
                water, dp, max, capture);
    }

    static Template<SinglePhaseTank> singlePhaseTank(Fields place, Fields m, EquipmentReader.Header h) {
        SinglePhaseModel v = singlePhaseModel(m);
        Fields.Ref loop = place.ref("loop");
        double it = place.number("itPowerKw", Unit.KW, IT_POWER_KW);
        Optional<Pipe> pipe = Common.pipe(place, "branchPipe");
        return h.template(EquipmentReader.refs(new Template.LoopRef("loop", loop, LoopKind.TECHNOLOGY,
                        "a single-phase tank's heat exchanger sits on a technology loop behind a CDU")),
                (id, r) -> new SinglePhaseTank(id, h.model(), r.name(loop.name()), it, v.heatW(), v.fluidId(),
                        v.fluid(), v.volumeM3(), v.uaWK(), v.internalM3s(), v.waterM3s(), v.waterDpPa(), v.maxK(),
                        v.capture(), pipe));
    }

    // ---- dielectric fluids -------------------------------------------------------------------------------------

    private static Fluid dielectric(Fields m, Fields.Ref ref) {
        DielectricCatalogue cat = DielectricCatalogue.standard();
        if (!cat.contains(ref.name())) {
            m.problems().error(ref.origin(), "unknown dielectric fluid '" + ref.name() + "'"
                    + Fmt.didYouMean(ref.name(), cat.ids()) + "; known: " + String.join(", ", cat.ids()));
            m.fail();
            return null;
        }
        return cat.fluid(ref.name());
    }

    private static String twoPhaseIds() {
        DielectricCatalogue cat = DielectricCatalogue.standard();
        List<String> ids = cat.ids().stream().filter(cat::isTwoPhase).toList();
        return String.join(", ", ids);
    }

    private static String singlePhaseIds() {
        DielectricCatalogue cat = DielectricCatalogue.standard();
        List<String> ids = cat.ids().stream().filter(id -> !cat.isTwoPhase(id)).toList();
        return String.join(", ", ids);
    }
}
