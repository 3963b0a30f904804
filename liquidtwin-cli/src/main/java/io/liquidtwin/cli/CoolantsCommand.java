package io.liquidtwin.cli;

import io.liquidtwin.physics.fluid.DielectricCatalogue;
import io.liquidtwin.physics.fluid.Fluid;
import io.liquidtwin.physics.fluid.FluidProperties;
import io.liquidtwin.physics.fluid.GlycolWater;
import io.liquidtwin.physics.fluid.TwoPhaseFluid;
import io.liquidtwin.physics.fluid.Water;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code liquidtwin coolants}: the property table of the demo plant's coolants at their design conditions (facility
 * water, a cold-plate glycol, the two-phase and single-phase dielectric baths).
 */
@Command(name = "coolants", mixinStandardHelpOptions = true,
        description = "Print the demo plant's coolants with their properties at design conditions.")
final class CoolantsCommand implements Runnable {

    /** Design pressure of the sealed two-phase tank, Pa (atmospheric: tanks run near ambient pressure). */
    static final double TANK_PRESSURE_PA = 101_325.0;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** One coolant of the demo plant at its design state (SI). */
    record DesignPoint(String role, Fluid fluid, double temperatureK, double pressurePa) {
    }

    /** @return the demo plant's coolants: facility water, the cold-plate TCS glycol, the two-phase and oil baths */
    static List<DesignPoint> designPoints() {
        DielectricCatalogue catalogue = DielectricCatalogue.standard();
        TwoPhaseFluid boiling = catalogue.twoPhase("fk-5-1-12");
        return List.of(
                new DesignPoint("FWS condenser water, supply", Water.iapws(), 273.15 + 35, 300e3),
                new DesignPoint("TCS cold-plate loop, supply", GlycolWater.propylene(0.25), 273.15 + 40, 250e3),
                new DesignPoint("two-phase bath, at boiling", boiling,
                        boiling.saturationTemperatureK(TANK_PRESSURE_PA), TANK_PRESSURE_PA),
                new DesignPoint("single-phase bath, hot side", catalogue.fluid("pao"), 273.15 + 45, 101.325e3));
    }

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("Coolants of the demo plant at design conditions");
        out.println();
        List<DesignPoint> points = designPoints();
        int roleWidth = points.stream().mapToInt(d -> d.role().length()).max().orElse(4);
        int nameWidth = points.stream().mapToInt(d -> d.fluid().name().length()).max().orElse(7);
        String left = "%-" + roleWidth + "s  %-" + nameWidth + "s";
        String head = left + " %8s %8s %9s %10s %9s %9s %7s%n";
        String row = left + " %8.2f %8.1f %9.2f %10.1f %9.4f %9.4f %7.2f%n";
        out.printf(Locale.ROOT, head, "role", "coolant", "T", "p", "ρ", "cp", "μ", "k", "Pr");
        out.printf(Locale.ROOT, head, "", "", "°C", "kPa", "kg/m³", "J/(kg·K)", "mPa·s", "W/(m·K)", "-");
        for (DesignPoint d : points) {
            FluidProperties fp = d.fluid().properties(d.temperatureK(), d.pressurePa());
            out.printf(Locale.ROOT, row, d.role(), d.fluid().name(), d.temperatureK() - 273.15,
                    d.pressurePa() / 1e3, fp.densityKgM3(), fp.specificHeatJKgK(), fp.viscosityPaS() * 1e3,
                    fp.conductivityWMK(), fp.prandtl());
        }
        out.println();
        out.println("Saturation properties of the two-phase coolants at their design saturation temperature:");
        String sHead = "%-" + nameWidth + "s %8s %9s %9s %9s %8s%n";
        out.printf(Locale.ROOT, sHead, "coolant", "Tsat", "psat", "hfg", "ρ vapour", "σ");
        out.printf(Locale.ROOT, sHead, "", "°C", "kPa", "kJ/kg", "kg/m³", "mN/m");
        for (DesignPoint d : points) {
            if (d.fluid() instanceof TwoPhaseFluid tp && !(tp instanceof Water)) {
                double t = d.temperatureK();
                out.printf(Locale.ROOT, "%-" + nameWidth + "s %8.2f %9.3f %9.2f %9.3f %8.2f%n", tp.name(), t - 273.15,
                        tp.saturationPressurePa(t) / 1e3, tp.latentHeatJKg(t) / 1e3, tp.vapourDensityKgM3(t),
                        tp.surfaceTensionNM(t) * 1e3);
            }
        }
        if (points.get(1).fluid() instanceof GlycolWater g) {
            out.printf(Locale.ROOT, "%nFreezing point of %s: %.1f °C%n", g.name(), g.freezingPointK() - 273.15);
        }
        out.flush();
    }
}
