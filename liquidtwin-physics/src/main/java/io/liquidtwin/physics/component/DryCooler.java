package io.liquidtwin.physics.component;


/**
 * A dry cooler with optional adiabatic pre-cooling, rated by ε-NTU (quasi-steady).
 * <pre>
 * air flow        ṁ_a = s·ṁ_a,design                       (fan speed fraction s, linear)
 * fan power       P = P_full·s³                             (fan affinity law)
 * pre-cooling     T_a,in = T_db − η_pad·(T_db − T_wb)       (pads wetted; else T_a,in = T_db)
 * UA              1/UA = 1/(hA_a,d·(ṁ_a/ṁ_a,d)^n_a) + 1/(hA_l,d·(ṁ_l/ṁ_l,d)^0.8)
 * heat            Q = ε(NTU, Cr)·C_min·(T_l,in − T_a,in),   C_a = ṁ_a·cp_a,   C_l = ṁ_l·cp_l
 * pad water       ṁ_evap = ṁ_a·cp_a·(T_db − T_a,in)/h_fg(T_wb)
 * </pre>
 * The pad's evaporated water is the energy form (the sensible heat the air loses is the latent heat of the water it
 * picks up, an adiabatic-saturation process); pad bleed-off is not included. cp_a = 1006 J/(kg·K) (dry air; the
 * humidity term changes it by ~1 %). The wet-bulb temperature is an input (psychrometrics belongs to the weather
 * model); pads are not wetted below 0 °C wet-bulb (they would freeze). Source: Incropera §11.4 (ε-NTU), ASHRAE
 * Handbook—HVAC Systems and Equipment ch. 41 (evaporative pre-cooling).
 *
 * <p>Results are kept in fields; not thread-safe; allocates nothing.
 */
public final class DryCooler {

    /** Model name used in error messages. */
    public static final String MODEL = DryCoolerParameters.MODEL;

    /** Liquid-side film conductance exponent on flow. */
    public static final double LIQUID_SIDE_EXPONENT = 0.8;

    private final DryCoolerParameters p;
    private final double airHaDesign;
    private final double liquidHaDesign;

    private double heatW;
    private double liquidOutletTempK;
    private double airInletTempK;
    private double airOutletTempK;
    private double fanPowerW;
    private double waterEvaporatedKgS;
    private double uaWK;

    /** A dry cooler with the given rating. */
    public DryCooler(DryCoolerParameters parameters) {
        if (parameters == null) {
            throw new IllegalArgumentException("dry cooler parameters are required");
        }
        this.p = parameters;
        this.airHaDesign = parameters.designUaWK() / parameters.airResistanceFraction();
        this.liquidHaDesign = parameters.designUaWK() / (1 - parameters.airResistanceFraction());
    }

    /**
     * Rates the cooler.
     *
     * @param liquidMassFlowKgS liquid flow, kg/s, ≥ 0
     * @param liquidCpJKgK      liquid specific heat, J/(kg·K), &gt; 0
     * @param liquidInletTempK  liquid inlet temperature, K
     * @param dryBulbK          ambient dry-bulb temperature, K
     * @param wetBulbK          ambient wet-bulb temperature, K, ≤ dry-bulb
     * @param fanSpeedFraction  fan speed, fraction of full, in [0, 1]
     * @param padsWetted        whether the adiabatic pads are in use
     * @return heat rejected from the liquid to the air, W
     */
    public double rate(double liquidMassFlowKgS, double liquidCpJKgK, double liquidInletTempK, double dryBulbK,
                       double wetBulbK, double fanSpeedFraction, boolean padsWetted) {
        Checks.nonNegative("liquid flow", liquidMassFlowKgS, "kg/s", MODEL);
        Checks.positive("liquid specific heat", liquidCpJKgK, "J/(kg·K)", MODEL);
        Checks.temperature("liquid inlet temperature", liquidInletTempK, MODEL);
        MoistAir.TEMPERATURE.check(dryBulbK);
        Checks.between("wet-bulb temperature", wetBulbK, MoistAir.TEMPERATURE.min(), dryBulbK, "K",
                MODEL + " (wet-bulb cannot exceed dry-bulb)");
        double s = Checks.fraction("fan speed fraction", fanSpeedFraction, MODEL);

        double mAir = s * p.designAirMassFlowKgS();
        fanPowerW = p.fanPowerAtFullSpeedW() * s * s * s;
        boolean pads = padsWetted && p.padEfficiency() > 0 && wetBulbK >= 273.15;
        airInletTempK = pads ? dryBulbK - p.padEfficiency() * (dryBulbK - wetBulbK) : dryBulbK;
        waterEvaporatedKgS = pads
                ? mAir * MoistAir.CP_DRY_AIR_J_KGK * (dryBulbK - airInletTempK) / MoistAir.waterLatentHeatJKg(wetBulbK)
                : 0;

        double airHa = airHaDesign * Math.pow(mAir / p.designAirMassFlowKgS(), p.airSideExponent());
        double liquidHa = liquidHaDesign * Math.pow(liquidMassFlowKgS / p.designLiquidMassFlowKgS(),
                LIQUID_SIDE_EXPONENT);
        uaWK = 1.0 / (1.0 / airHa + 1.0 / liquidHa);
        double cAir = mAir * MoistAir.CP_DRY_AIR_J_KGK;
        double cLiquid = liquidMassFlowKgS * liquidCpJKgK;
        double cMin = Math.min(cAir, cLiquid);
        if (!(cMin > 0)) {
            heatW = 0;
            liquidOutletTempK = liquidInletTempK;
            airOutletTempK = airInletTempK;
            return 0;
        }
        double eff = p.arrangement().saturatingEffectiveness(uaWK / cMin, cMin / Math.max(cAir, cLiquid));
        heatW = eff * cMin * (liquidInletTempK - airInletTempK);
        liquidOutletTempK = liquidInletTempK - heatW / cLiquid;
        airOutletTempK = airInletTempK + heatW / cAir;
        return heatW;
    }

    /** @return heat of the last rating, liquid → air, W */
    public double heatW() {
        return heatW;
    }

    /** @return liquid outlet temperature, K */
    public double liquidOutletTempK() {
        return liquidOutletTempK;
    }

    /** @return air temperature entering the coil (after the pads), K */
    public double airInletTempK() {
        return airInletTempK;
    }

    /** @return air outlet temperature, K */
    public double airOutletTempK() {
        return airOutletTempK;
    }

    /** @return fan electric power, W */
    public double fanPowerW() {
        return fanPowerW;
    }

    /** @return pad water evaporated, kg/s */
    public double waterEvaporatedKgS() {
        return waterEvaporatedKgS;
    }

    /** @return UA of the last rating, W/K */
    public double uaWK() {
        return uaWK;
    }

    /** @return the parameters */
    public DryCoolerParameters parameters() {
        return p;
    }
}
