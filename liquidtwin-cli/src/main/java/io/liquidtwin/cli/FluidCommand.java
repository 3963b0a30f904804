package io.liquidtwin.cli;

import io.liquidtwin.physics.fluid.Fluid;
import io.liquidtwin.physics.fluid.FluidProperties;
import io.liquidtwin.physics.fluid.TwoPhaseFluid;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code liquidtwin fluid NAME -t °C -p kPa}: one coolant's properties at one state, with units. */
@Command(name = "fluid", mixinStandardHelpOptions = true,
        description = "Print a coolant's properties at a temperature and pressure (units: °C, kPa in; SI out).")
final class FluidCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME",
            description = "water, PG25, EG30, or a dielectric catalogue id (see --list)")
    String name;

    @Option(names = {"-t", "--temp-c"}, paramLabel = "°C", defaultValue = "40",
            description = "temperature, °C (default: ${DEFAULT-VALUE})")
    double temperatureC;

    @Option(names = {"-p", "--pressure-kpa"}, paramLabel = "kPa", defaultValue = "200",
            description = "absolute pressure, kPa (default: ${DEFAULT-VALUE})")
    double pressureKpa;

    @Option(names = "--list", description = "list the coolant names")
    boolean list;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        if (list || name == null) {
            out.println("Coolants:");
            Coolants.names().forEach(n -> out.println("  " + n));
            out.flush();
            return;
        }
        Fluid fluid = Coolants.resolve(name);
        double tK = temperatureC + 273.15;
        double pPa = pressureKpa * 1e3;
        FluidProperties fp = fluid.properties(tK, pPa);
        out.printf(Locale.ROOT, "%s at %.2f °C, %.1f kPa%n", fluid.name(), temperatureC, pressureKpa);
        out.printf(Locale.ROOT, "  density               %12.4f kg/m³%n", fp.densityKgM3());
        out.printf(Locale.ROOT, "  specific heat cp      %12.2f J/(kg·K)%n", fp.specificHeatJKgK());
        out.printf(Locale.ROOT, "  dynamic viscosity     %12.5f mPa·s%n", fp.viscosityPaS() * 1e3);
        out.printf(Locale.ROOT, "  thermal conductivity  %12.5f W/(m·K)%n", fp.conductivityWMK());
        out.printf(Locale.ROOT, "  Prandtl number        %12.3f%n", fp.prandtl());
        if (fluid instanceof TwoPhaseFluid tp && tK >= tp.minSaturationTemperatureK()
                && tK <= tp.maxSaturationTemperatureK()) {
            out.printf(Locale.ROOT, "  saturation pressure   %12.3f kPa (at %.2f °C)%n",
                    tp.saturationPressurePa(tK) / 1e3, temperatureC);
            out.printf(Locale.ROOT, "  latent heat           %12.2f kJ/kg%n", tp.latentHeatJKg(tK) / 1e3);
        }
        out.flush();
    }
}
