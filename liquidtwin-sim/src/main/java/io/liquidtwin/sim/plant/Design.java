package io.liquidtwin.sim.plant;

import io.liquidtwin.physics.correlation.Churchill1977;
import java.util.Optional;

/** Design-point arithmetic shared by the capacity checks (SI). */
final class Design {

    private Design() {
    }

    /** @return pressure drop of a pipe at a volume flow (Darcy–Weisbach, Churchill 1977, plus K·ρV²/2), Pa */
    static double pipeDpPa(Optional<Pipe> pipe, double flowM3s, LoopInfo fluid) {
        if (pipe.isEmpty() || !(flowM3s > 0)) {
            return 0;
        }
        Pipe p = pipe.get();
        double v = flowM3s / p.areaM2();
        double rho = fluid.densityKgM3();
        double re = rho * v * p.diameterM() / fluid.viscosityPaS();
        double f = Churchill1977.darcyFrictionFactor(Math.min(re, 1e8), p.roughnessM() / p.diameterM());
        return (f * p.lengthM() / p.diameterM() + p.minorLossK()) * rho * v * v / 2;
    }

    /** @return a rated pressure drop scaled quadratically from its rated flow to another flow, Pa */
    static double scaledDpPa(double ratedDpPa, double ratedFlowM3s, double flowM3s) {
        double r = flowM3s / ratedFlowM3s;
        return ratedDpPa * r * r;
    }

    /** @return the consumer's design volume flow, m³/s */
    static double consumerFlowM3s(Object consumer) {
        return switch (consumer) {
            case ColdPlateRack r -> r.designFlowM3s();
            case TwoPhaseTank t -> t.condenserDesignFlowM3s();
            case SinglePhaseTank t -> t.waterDesignFlowM3s();
            default -> 0;
        };
    }

    /** @return the consumer's pressure drop at design flow, its branch piping included, Pa */
    static double consumerDpPa(Object consumer, LoopInfo fluid) {
        return switch (consumer) {
            case ColdPlateRack r -> r.designDpPa() + pipeDpPa(r.branchPipe(), r.designFlowM3s(), fluid);
            case TwoPhaseTank t -> t.condenserDpPa() + pipeDpPa(t.branchPipe(), t.condenserDesignFlowM3s(), fluid);
            case SinglePhaseTank t -> t.waterDpPa() + pipeDpPa(t.branchPipe(), t.waterDesignFlowM3s(), fluid);
            default -> 0;
        };
    }

    /** @return the consumer's IT heat to liquid at design, W */
    static double consumerHeatW(Object consumer) {
        return switch (consumer) {
            case ColdPlateRack r -> r.heatToLiquidW();
            case TwoPhaseTank t -> t.heatToLiquidW();
            case SinglePhaseTank t -> t.heatToLiquidW();
            default -> 0;
        };
    }
}
