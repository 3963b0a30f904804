package io.liquidtwin.sim.plant;

/**
 * The user units of plant-file numbers (the field name carries the unit as a suffix) and their conversion to SI.
 * Ranges in error messages are printed in these user units.
 */
enum Unit {
    /** °C → K. */
    CELSIUS("°C", 1, 273.15),
    /** A temperature difference, K → K. */
    KELVIN("K", 1, 0),
    /** kPa → Pa (gauge or absolute as the field says). */
    KPA("kPa", 1e3, 0),
    /** kW → W. */
    KW("kW", 1e3, 0),
    /** kW/K → W/K. */
    KW_PER_K("kW/K", 1e3, 0),
    /** K/W → K/W. */
    K_PER_W("K/W", 1, 0),
    /** L/min → m³/s. */
    LPM("L/min", 1.0 / 60_000, 0),
    /** kg/s → kg/s. */
    KG_PER_S("kg/s", 1, 0),
    /** m³/s → m³/s. */
    M3_PER_S("m³/s", 1, 0),
    /** m → m. */
    METRE("m", 1, 0),
    /** mm → m. */
    MM("mm", 1e-3, 0),
    /** mm² → m². */
    MM2("mm²", 1e-6, 0),
    /** L → m³. */
    LITRE("L", 1e-3, 0),
    /** s → s. */
    SECOND("s", 1, 0),
    /** kg/year → kg/s (Julian year of 365.25 days). */
    KG_PER_YEAR("kg/year", 1.0 / (365.25 * 86_400), 0),
    /** kPa per 1000 h of service → Pa/s. */
    KPA_PER_1000H("kPa per 1000 h", 1e3 / (1000 * 3600.0), 0),
    /** Valve flow coefficient Kv, m³/h at 1 bar → m³/(s·√Pa): Q = C·√Δp. */
    KV("m³/h at 1 bar (Kv)", 1.0 / 3600 / Math.sqrt(1e5), 0),
    /** Controller gain per kelvin of error → per K. */
    PER_K("1/K", 1, 0),
    /** Controller gain per kPa of error → per Pa. */
    PER_KPA("1/kPa", 1e-3, 0),
    /** A dimensionless number or fraction. */
    NONE("", 1, 0);

    private final String label;
    private final double factor;
    private final double offset;

    Unit(String label, double factor, double offset) {
        this.label = label;
        this.factor = factor;
        this.offset = offset;
    }

    /** @return the unit as printed after a value, empty for dimensionless */
    String label() {
        return label;
    }

    /** @return value (in this user unit) in SI */
    double toSi(double value) {
        return value * factor + offset;
    }

    /** @return value and unit for messages, e.g. {@code "35 °C"} */
    String format(double value) {
        return label.isEmpty() ? Fmt.num(value) : Fmt.num(value) + " " + label;
    }
}
