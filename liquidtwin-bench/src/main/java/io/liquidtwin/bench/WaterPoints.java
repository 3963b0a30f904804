package io.liquidtwin.bench;

/**
 * The benchmark's liquid-water states: n points spread over 0–150 °C and 0.5–2 MPa (always liquid: p_sat(150 °C) is
 * 0.476 MPa) by two golden-ratio sequences, so {@code bench/water_iapws.py} can generate the very same points.
 */
final class WaterPoints {

    private WaterPoints() {
    }

    /** @return {temperaturesK, pressuresPa} for i = 0 … n−1 */
    static double[][] generate(int n) {
        double[] t = new double[n];
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            double a = (i * 0.6180339887498949) % 1.0;
            double b = (i * 0.7548776662466927) % 1.0;
            t[i] = 273.15 + 150.0 * a;
            p[i] = 0.5e6 + 1.5e6 * b;
        }
        return new double[][] {t, p};
    }
}
