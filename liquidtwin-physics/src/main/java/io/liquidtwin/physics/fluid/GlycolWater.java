package io.liquidtwin.physics.fluid;

import io.liquidtwin.physics.Range;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An aqueous solution of propylene or ethylene glycol, 10–60 % glycol by mass, as a single-phase liquid (SI units).
 *
 * <p><b>Model.</b> The polynomial fits of Melinder (2010, IIR, <i>Properties of Secondary Working Fluids for Indirect
 * Systems</i>) in the form and with the coefficients CoolProp uses for its fluids {@code MPG} and {@code MEG}:
 * density, specific heat and conductivity are polynomials Σ c_ij (x − x_m)^i (t − t_m)^j in mass percent x and
 * temperature t; viscosity is exp of such a polynomial; the freezing point is a polynomial in x ({@link
 * GlycolMelinderFit} has the coefficients and their sources). Pressure does not enter (incompressible liquid) but is
 * still checked to be finite and positive.
 *
 * <p><b>Range.</b> Mass fraction 0.10–0.60; temperature from −30 °C, and never below the solution's freezing point, up
 * to 100 °C. Outside it every method throws {@link io.liquidtwin.physics.OutOfRangeException} naming the quantity,
 * the value and the range.
 *
 * <p><b>Accuracy.</b> Melinder's data, and so the fit's range of validity, end at +40 °C; between 40 and 100 °C the
 * polynomials are extrapolated. Against the ASHRAE Handbook tables for 20–50 %, 0–100 °C, the fit stays within
 * 1 % (PG) / 1.5 % (EG) on density, 0.5 % / 3 % on specific heat, 8 % / 10 % on viscosity and 6 % / 7 % on
 * conductivity; the conductivity deviations grow towards 100 °C, where the fit keeps rising and the tables level off.
 * Inside 0–40 °C the two sources already differ by comparable amounts (EG 40 % viscosity −7.6 % at 40 °C), and
 * near the freezing point and at 10 % or 60 % their viscosities differ by up to 10–16 %. At the ASHRAE check point
 * PG 25 %, 40 °C the fit is within 0.5 % on density, 0.2 % on specific heat, 1.1 % on viscosity and 0.3 % on
 * conductivity. GlycolWaterAshraeTableTest and GlycolWaterTest hold the 20–50 % and check-point bands.
 *
 * <p>Instances are immutable and thread-safe; each call allocates nothing except a returned {@link FluidProperties}.
 */
public final class GlycolWater implements Fluid {

    /** Lowest accepted glycol mass fraction. */
    public static final double MIN_MASS_FRACTION = 0.10;
    /** Highest accepted glycol mass fraction (the end of Melinder's data). */
    public static final double MAX_MASS_FRACTION = 0.60;
    /** Lowest accepted temperature, −30 °C, in K (the freezing point may raise it). */
    public static final double MIN_TEMPERATURE_K = 243.15;
    /** Highest accepted temperature, 100 °C, in K. */
    public static final double MAX_TEMPERATURE_K = 373.15;

    private static final double CELSIUS_ZERO_K = 273.15;
    private static final double LN_MILLI = Math.log(1e-3);

    private final Glycol glycol;
    private final double massFraction;
    private final String name;
    private final String model;
    private final double freezingPointK;
    private final Range temperatureRange;
    private final double temperatureMeanK;
    private final double[] density;
    private final double[] specificHeat;
    private final double[] conductivity;
    private final double[] lnViscosityPaS;

    private GlycolWater(Glycol glycol, double massFraction) {
        this.glycol = Objects.requireNonNull(glycol, "glycol");
        this.massFraction = massFractionRange(glycol).check(massFraction);
        GlycolMelinderFit fit = glycol.fit();
        double massPercent = 100 * massFraction;
        this.name = glycol.abbreviation() + plain(BigDecimal.valueOf(massPercent).setScale(2, RoundingMode.HALF_UP));
        this.freezingPointK = CELSIUS_ZERO_K + fit.freezingPointC(massPercent);
        this.model = name + " (Melinder 2010; freezing point "
                + plain(new BigDecimal(freezingPointK).round(new MathContext(6))) + " K)";
        this.temperatureRange = new Range("temperature", Math.max(MIN_TEMPERATURE_K, freezingPointK),
                MAX_TEMPERATURE_K, "K", model);
        this.temperatureMeanK = CELSIUS_ZERO_K + fit.temperatureMeanC;
        this.density = fit.temperaturePolynomial(GlycolMelinderFit.DENSITY, massPercent);
        this.specificHeat = fit.temperaturePolynomial(GlycolMelinderFit.SPECIFIC_HEAT, massPercent);
        this.conductivity = fit.temperaturePolynomial(GlycolMelinderFit.CONDUCTIVITY, massPercent);
        this.lnViscosityPaS = fit.temperaturePolynomial(GlycolMelinderFit.LN_VISCOSITY_MPAS, massPercent);
        this.lnViscosityPaS[0] += LN_MILLI; // mPa·s → Pa·s
    }

    /**
     * A propylene glycol–water solution.
     *
     * @param massFraction glycol mass fraction, 0.10–0.60 (0.25 for "PG25"; not percent)
     * @throws io.liquidtwin.physics.OutOfRangeException if massFraction is NaN or outside [0.10, 0.60]
     */
    public static GlycolWater propylene(double massFraction) {
        return new GlycolWater(Glycol.PROPYLENE, massFraction);
    }

    /**
     * An ethylene glycol–water solution.
     *
     * @param massFraction glycol mass fraction, 0.10–0.60 (0.30 for "EG30"; not percent)
     * @throws io.liquidtwin.physics.OutOfRangeException if massFraction is NaN or outside [0.10, 0.60]
     */
    public static GlycolWater ethylene(double massFraction) {
        return new GlycolWater(Glycol.ETHYLENE, massFraction);
    }

    /**
     * A solution of the given glycol.
     *
     * @param massFraction glycol mass fraction, 0.10–0.60
     * @throws io.liquidtwin.physics.OutOfRangeException if massFraction is NaN or outside [0.10, 0.60]
     */
    public static GlycolWater of(Glycol glycol, double massFraction) {
        return new GlycolWater(glycol, massFraction);
    }

    /** @return the accepted mass-fraction range of the given glycol's solutions (dimensionless) */
    public static Range massFractionRange(Glycol glycol) {
        return new Range("mass fraction", MIN_MASS_FRACTION, MAX_MASS_FRACTION, "",
                glycol.description() + "–water (Melinder 2010)");
    }

    /** @return which glycol */
    public Glycol glycol() {
        return glycol;
    }

    /** @return glycol mass fraction, kg glycol per kg solution */
    public double massFraction() {
        return massFraction;
    }

    /** @return the temperature at which ice starts to form in the solution (Melinder 2010 fit), K */
    public double freezingPointK() {
        return freezingPointK;
    }

    /** @return the accepted temperature range, K: [max(243.15, freezing point), 373.15] */
    public Range temperatureRange() {
        return temperatureRange;
    }

    /** @return e.g. {@code "PG25"} or {@code "EG30"}: the abbreviation and the mass percent */
    @Override
    public String name() {
        return name;
    }

    @Override
    public double minTemperatureK() {
        return temperatureRange.min();
    }

    @Override
    public double maxTemperatureK() {
        return temperatureRange.max();
    }

    /** @return density, kg/m³ (pressure is checked but does not enter) */
    @Override
    public double densityKgM3(double temperatureK, double pressurePa) {
        return cubic(density, dt(temperatureK, pressurePa));
    }

    /** @return isobaric specific heat capacity, J/(kg·K) (pressure is checked but does not enter) */
    @Override
    public double specificHeatJKgK(double temperatureK, double pressurePa) {
        return cubic(specificHeat, dt(temperatureK, pressurePa));
    }

    /** @return dynamic viscosity, Pa·s (pressure is checked but does not enter) */
    @Override
    public double viscosityPaS(double temperatureK, double pressurePa) {
        return Math.exp(cubic(lnViscosityPaS, dt(temperatureK, pressurePa)));
    }

    /** @return thermal conductivity, W/(m·K) (pressure is checked but does not enter) */
    @Override
    public double conductivityWMK(double temperatureK, double pressurePa) {
        return cubic(conductivity, dt(temperatureK, pressurePa));
    }

    /** All four properties with one range check. */
    @Override
    public FluidProperties properties(double temperatureK, double pressurePa) {
        double dt = dt(temperatureK, pressurePa);
        return new FluidProperties(cubic(density, dt), cubic(specificHeat, dt), Math.exp(cubic(lnViscosityPaS, dt)),
                cubic(conductivity, dt));
    }

    private double dt(double temperatureK, double pressurePa) {
        temperatureRange.check(temperatureK);
        Range.positive("pressure", pressurePa, "Pa", model);
        return temperatureK - temperatureMeanK;
    }

    private static double cubic(double[] a, double x) {
        return a[0] + x * (a[1] + x * (a[2] + x * a[3]));
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GlycolWater other && glycol == other.glycol
                && Double.compare(massFraction, other.massFraction) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * glycol.ordinal() + Double.hashCode(massFraction);
    }

    @Override
    public String toString() {
        return model;
    }
}
