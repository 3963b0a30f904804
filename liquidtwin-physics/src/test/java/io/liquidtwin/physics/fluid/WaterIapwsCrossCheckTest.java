package io.liquidtwin.physics.fluid;

import static org.assertj.core.api.Assertions.assertThat;

import io.liquidtwin.physics.testkit.PythonOracle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Cross-check against an independent implementation, Debian's {@code python3-iapws} (IAPWS97 class: IF97 for ρ,
 * h, cp; IAPWS 2008 viscosity and IAPWS 2011 conductivity including its critical-enhancement term), at random liquid
 * states 0–150 °C, 0.1–2 MPa. The expected values come from Python; our code only produces the actual ones.
 */
class WaterIapwsCrossCheckTest {

    private static final int POINTS = 300;
    private static final double TOLERANCE = 1e-6;

    private static final String SCRIPT = """
            import sys
            from iapws import IAPWS97
            for line in sys.stdin:
                t, p = (float(x) for x in line.split())
                w = IAPWS97(T=t, P=p / 1e6)
                assert w.region == 1, (t, p, w.region)
                print(repr(w.rho), repr(w.h * 1e3), repr(w.cp * 1e3), repr(w.mu), repr(w.k))
            """;

    @Test
    void liquidPropertiesAgreeWithPythonIapwsTo1e6() {
        PythonOracle.require("iapws", "python3-iapws");
        Water water = Water.iapws();
        SplittableRandom rnd = new SplittableRandom(20261129L);
        List<double[]> states = new ArrayList<>();
        StringBuilder input = new StringBuilder();
        while (states.size() < POINTS) {
            double t = 273.15 + 150.0 * rnd.nextDouble();
            double p = 0.1e6 + 1.9e6 * rnd.nextDouble();
            if (p <= 1.0001 * water.saturationPressurePa(t)) {
                continue; // vapour or on the saturation line: not a liquid point
            }
            states.add(new double[] {t, p});
            input.append(String.format(Locale.ROOT, "%.17g %.17g%n", t, p));
        }
        List<String> lines = PythonOracle.run(SCRIPT, input.toString());
        assertThat(lines).hasSize(POINTS);

        String[] names = {"density", "enthalpy", "cp", "viscosity", "conductivity"};
        double[] worst = new double[names.length];
        for (int i = 0; i < POINTS; i++) {
            double t = states.get(i)[0];
            double p = states.get(i)[1];
            String[] cols = lines.get(i).trim().split("\\s+");
            FluidProperties ours = water.properties(t, p);
            double[] actual = {ours.densityKgM3(), water.enthalpyJKg(t, p), ours.specificHeatJKgK(),
                    ours.viscosityPaS(), ours.conductivityWMK()};
            for (int k = 0; k < names.length; k++) {
                double expected = Double.parseDouble(cols[k]);
                double rel = Math.abs(actual[k] - expected) / Math.abs(expected);
                worst[k] = Math.max(worst[k], rel);
                assertThat(rel)
                        .as("%s at T=%.6f K, p=%.1f Pa: ours %.12g, iapws %.12g", names[k], t, p, actual[k], expected)
                        .isLessThanOrEqualTo(TOLERANCE);
            }
        }
        System.out.printf(Locale.ROOT, "python3-iapws cross-check, worst relative deviation: "
                + "rho %.2e, h %.2e, cp %.2e, mu %.2e, k %.2e%n", worst[0], worst[1], worst[2], worst[3], worst[4]);
    }
}
