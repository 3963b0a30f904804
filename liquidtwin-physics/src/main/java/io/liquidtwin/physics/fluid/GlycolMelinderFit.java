package io.liquidtwin.physics.fluid;

/**
 * Coefficients of the polynomial fits of Melinder (2010) for one aqueous glycol solution, and their evaluation.
 *
 * <p>Source: Å. Melinder, <i>Properties of Secondary Working Fluids (Secondary Refrigerants or Coolants, Heat
 * Transfer Fluids) for Indirect Systems</i>, IIR/IIF, Paris 2010, as implemented by CoolProp for its incompressible
 * fluids {@code MPG} and {@code MEG} ({@code dev/incompressible_liquids/CPIncomp/MelinderFluids.py}, classes
 * {@code PGSolution} and {@code EGSolution}, converted by {@code CoefficientData.setMelinderMatrix}). The same numbers
 * appear in NREL's SecondaryCoolantProps ({@code scp/propylene_glycol.py}, {@code scp/ethylene_glycol.py}).
 * IBPSA's Modelica library ({@code IBPSA.Media.Antifreeze}) agrees for propylene glycol; for ethylene glycol it
 * differs in three viscosity coefficients (c21, c22, c30) and one density coefficient (c41, 10⁻³ kg/m³ effect). We
 * follow CoolProp and SecondaryCoolantProps, whose viscosities match Melinder's tabulated values (CoolProp's SecCool
 * tables) far better (e.g. EG 1 % at 0 °C: −0.02 % against +4.2 % for IBPSA's set).
 *
 * <p>Every property has the form
 * <pre>
 *   f(x, t) = Σ_i Σ_j c[i][j] · (x − x_m)^i · (t − t_m)^j,   i = 0..5, j = 0..3, i + j ≤ 5
 * </pre>
 * with x the glycol <b>mass percent</b> (0–100, not the fraction) and t the temperature in <b>°C</b>; x_m and t_m
 * are the means of Melinder's data set. f is: density in kg/m³, specific heat in J/(kg·K), thermal conductivity
 * in W/(m·K), and ln(μ / mPa·s) for the dynamic viscosity (an exponential polynomial). The freezing point is a
 * polynomial in x alone, t_F(x) = Σ_i c_i0 · (x − x_m)^i in °C: Melinder's table also lists t-terms for t_F, which
 * CoolProp drops; evaluated at t = t_F they move t_F by less than 0.005 K over 10–60 %, so we drop them too.
 *
 * <p>Validity: 0–60 % by mass, from the freezing point up to +40 °C (the range of Melinder's tabulated data).
 * {@link GlycolWater} extends the temperature range to 100 °C; see there for the checked extrapolation.
 */
final class GlycolMelinderFit {

    /** Property indices into {@link #temperaturePolynomial}. */
    static final int DENSITY = 0;
    static final int SPECIFIC_HEAT = 1;
    static final int CONDUCTIVITY = 2;
    static final int LN_VISCOSITY_MPAS = 3;

    /** Propylene glycol (1,2-propanediol) – water, CoolProp {@code MPG}. */
    static final GlycolMelinderFit PROPYLENE = new GlycolMelinderFit(30.7031, 32.7083,
            new double[] {-13.25, -0.6631, -0.01094, -0.0002283, -3.409e-6, 1.465e-8},
            new double[][][] {
                // density, kg/m³
                {{1018, -0.5406, -0.002666, 1.347e-5}, {0.7604, -0.00945, 5.541e-5, -1.343e-7},
                 {-0.002498, 2.7e-5, -4.018e-7, 3.376e-9}, {-0.000155, 2.829e-6, -7.175e-9},
                 {-1.131e-6, -2.221e-8}, {2.342e-8}},
                // specific heat, J/(kg·K)
                {{3882, 2.699, -0.001659, -1.032e-5}, {-13.04, 0.0507, -4.752e-5, 1.522e-6},
                 {-0.1598, 9.534e-5, 1.167e-5, -4.87e-8}, {0.0003539, 3.102e-5, -2.95e-7},
                 {5e-5, -7.135e-7}, {-4.959e-7}},
                // thermal conductivity, W/(m·K)
                {{0.4513, 0.0007955, 3.482e-8, -5.966e-9}, {-0.004795, -1.678e-5, 8.941e-8, 1.493e-10},
                 {2.076e-5, 1.563e-7, -4.615e-9, 9.897e-12}, {-9.083e-8, -2.518e-9, 6.543e-11},
                 {-5.952e-10, -3.605e-11}, {2.104e-11}},
                // ln(dynamic viscosity / mPa·s)
                {{0.6837, -0.03045, 0.0002525, -1.399e-6}, {0.03328, -0.0003984, 4.332e-6, -1.86e-8},
                 {5.453e-5, -8.6e-8, -1.593e-8, -4.465e-11}, {-3.9e-6, 1.054e-7, -1.589e-9},
                 {-1.587e-8, 4.475e-10}, {3.564e-9}},
            });

    /** Ethylene glycol (1,2-ethanediol) – water, CoolProp {@code MEG}. */
    static final GlycolMelinderFit ETHYLENE = new GlycolMelinderFit(30.8462, 31.728,
            new double[] {-15.25, -0.808, -0.01334, -7.293e-5, 1.006e-6, 1.14e-9},
            new double[][][] {
                // density, kg/m³
                {{1034, -0.4781, -0.002692, 4.725e-6}, {1.311, -0.006876, 4.805e-5, 1.69e-8},
                 {7.49e-5, 7.855e-5, -3.995e-7, 4.982e-9}, {-0.0001062, 1.229e-6, -1.153e-8},
                 {-9.623e-7, -7.211e-8}, {4.891e-8}},
                // specific heat, J/(kg·K)
                {{3737, 2.93, -0.004675, -1.389e-5}, {-17.99, 0.1046, -0.0004147, 1.847e-7},
                 {-0.09933, 0.0003516, 5.109e-6, -7.138e-8}, {0.00261, -1.189e-6, -1.643e-7},
                 {1.537e-5, -4.272e-7}, {-1.618e-6}},
                // thermal conductivity, W/(m·K)
                {{0.472, 0.0008903, -1.058e-6, -2.789e-9}, {-0.004286, -1.473e-5, 1.059e-7, -1.142e-10},
                 {1.747e-5, 6.814e-8, -3.612e-9, 2.365e-12}, {3.017e-8, -2.412e-9, 4.004e-11},
                 {-1.322e-9, 2.555e-11}, {2.678e-11}},
                // ln(dynamic viscosity / mPa·s)
                {{0.4705, -0.0255, 0.0001782, -7.669e-7}, {0.02471, -0.0001171, 1.052e-6, -1.634e-8},
                 {3.328e-6, 1.086e-6, 1.051e-8, -6.475e-10}, {1.659e-6, 3.157e-9, 4.063e-10},
                 {3.089e-8, 1.831e-10}, {-1.865e-9}},
            });

    /** Mean concentration of the data set, mass percent. */
    final double massPercentMean;
    /** Mean temperature of the data set, °C. */
    final double temperatureMeanC;
    private final double[] freezing;
    private final double[][][] coefficients;

    private GlycolMelinderFit(double massPercentMean, double temperatureMeanC, double[] freezing,
                              double[][][] coefficients) {
        this.massPercentMean = massPercentMean;
        this.temperatureMeanC = temperatureMeanC;
        this.freezing = freezing;
        this.coefficients = coefficients;
    }

    /** @return the freezing point t_F(x), °C, for glycol mass percent x */
    double freezingPointC(double massPercent) {
        double dx = massPercent - massPercentMean;
        double sum = 0;
        for (int i = freezing.length - 1; i >= 0; i--) {
            sum = sum * dx + freezing[i];
        }
        return sum;
    }

    /**
     * Collapses the fit of one property at a fixed concentration into a cubic in (t − t_m).
     *
     * @return a[0..3] with f(x, t) = a0 + a1·dt + a2·dt² + a3·dt³, dt = t − t_m in K
     */
    double[] temperaturePolynomial(int property, double massPercent) {
        double dx = massPercent - massPercentMean;
        double[][] c = coefficients[property];
        double[] a = new double[4];
        double dxPowI = 1;
        for (double[] row : c) {
            for (int j = 0; j < row.length; j++) {
                a[j] += row[j] * dxPowI;
            }
            dxPowI *= dx;
        }
        return a;
    }
}
