package io.liquidtwin.physics.component;

/**
 * A wet cooling tower by the effectiveness-NTU model of Braun, Klein &amp; Mitchell (1989), driven by the ambient
 * <b>wet-bulb</b> temperature (the inlet-air enthalpy is that of saturated air at the wet bulb; dry-bulb never
 * enters):
 * <pre>
 * ṁ_a = s·ṁ_a,design,                 NTU = c·(ṁ_w/ṁ_a)^(1+n)
 * c_s = (h_s(T_w,in) − h_s(T_w,out))/(T_w,in − T_w,out)     saturated-air specific heat
 * m*  = ṁ_a·c_s/(ṁ_w·cp_w),          ε_a = (1 − e^(−NTU(1−m*)))/(1 − m*·e^(−NTU(1−m*)))   (NTU/(1+NTU) at m* = 1)
 * Q   = ε_a·ṁ_a·(h_s(T_w,in) − h_s(T_wb)),   T_w,out = T_w,in − Q/(ṁ_w·cp_w)
 * </pre>
 * h_s is the enthalpy of saturated moist air (ASHRAE Fundamentals ch. 1, over ice below 0 °C). c_s depends on
 * T_w,out, which is solved by {@link BracketedNewton}. Source: J. E. Braun, S. A. Klein, J. W. Mitchell,
 * "Effectiveness models for cooling towers and cooling coils", ASHRAE Trans. 95(2) (1989) 164–174 (also the basis of
 * EnergyPlus/TRNSYS tower models). Validity: counterflow or crossflow towers in their rating range; Lewis number 1.
 *
 * <p><b>Water use</b> (kg/s):
 * <pre>
 * evaporation E = Q/h_fg(T_w,mean)    (all heat taken as latent: an upper bound, 10–20 % above the true value in warm
 *                                      weather, when some heat leaves as sensible heat)
 * drift       D = drift fraction·ṁ_w
 * blow-down   B = max(0, E/(COC − 1) − D)
 * make-up     M = E + D + B
 * </pre>
 * B follows from the dissolved-solids balance M·c_make-up = (B + D)·c_basin with COC = c_basin/c_make-up, i.e.
 * B + D = E/(COC − 1) (drift removes basin water too); PHYSICS.md's E/(COC − 1) is the same with drift neglected.
 * Fan power = P_full·s³ (+ spray pump power for a closed circuit while running).
 *
 * <p>Results are kept in fields; not thread-safe; allocates nothing.
 */
public final class CoolingTower {

    /** Model name used in error messages. */
    public static final String MODEL = CoolingTowerParameters.MODEL;

    private final CoolingTowerParameters p;
    private final BracketedNewton.Function residual = this::residual;

    // inputs of the current solve
    private double waterInletTempK;
    private double waterCapacityRateWK;
    private double airMassFlowKgS;
    private double ntu;
    private double inletAirEnthalpyJKg;
    private double inletSaturatedEnthalpyJKg;

    private double heatW;
    private double waterOutletTempK;
    private double fanPowerW;
    private double evaporationKgS;
    private double driftKgS;
    private double blowdownKgS;

    /** A tower with the given parameters. */
    public CoolingTower(CoolingTowerParameters parameters) {
        if (parameters == null) {
            throw new IllegalArgumentException("cooling tower parameters are required");
        }
        this.p = parameters;
    }

    /**
     * Rates the tower.
     *
     * @param waterMassFlowKgS  circulating (process) water flow, kg/s, ≥ 0
     * @param waterCpJKgK       its specific heat, J/(kg·K), &gt; 0
     * @param waterInletTempK   hot water entering, K
     * @param wetBulbK          ambient wet-bulb temperature, K
     * @param fanSpeedFraction  fan speed, fraction of full, in [0, 1]
     * @return heat rejected, W
     */
    public double rate(double waterMassFlowKgS, double waterCpJKgK, double waterInletTempK, double wetBulbK,
                       double fanSpeedFraction) {
        Checks.nonNegative("water flow", waterMassFlowKgS, "kg/s", MODEL);
        Checks.positive("water specific heat", waterCpJKgK, "J/(kg·K)", MODEL);
        Checks.between("water inlet temperature", waterInletTempK, 273.15, 343.15, "K", MODEL);
        MoistAir.TEMPERATURE.check(wetBulbK);
        double s = Checks.fraction("fan speed fraction", fanSpeedFraction, MODEL);
        double pressure = p.atmosphericPressurePa();
        this.waterInletTempK = waterInletTempK;
        this.waterCapacityRateWK = waterMassFlowKgS * waterCpJKgK;
        this.airMassFlowKgS = s * p.designAirMassFlowKgS();
        this.inletAirEnthalpyJKg = MoistAir.saturatedEnthalpyJKg(wetBulbK, pressure);
        this.inletSaturatedEnthalpyJKg = MoistAir.saturatedEnthalpyJKg(waterInletTempK, pressure);
        boolean running = s > 0;
        fanPowerW = p.fanPowerAtFullSpeedW() * s * s * s
                + (running && p.type() == CoolingTowerType.CLOSED_CIRCUIT ? p.sprayPumpPowerW() : 0);
        driftKgS = p.driftFraction() * waterMassFlowKgS;
        if (!(waterCapacityRateWK > 0) || !running || waterInletTempK == wetBulbK) {
            heatW = 0;
            waterOutletTempK = waterInletTempK;
        } else {
            ntu = p.ntuCoefficient() * Math.pow(waterMassFlowKgS / airMassFlowKgS, 1 + p.ntuExponent());
            double lo = Math.min(waterInletTempK, wetBulbK);
            double hi = Math.max(waterInletTempK, wetBulbK);
            waterOutletTempK = BracketedNewton.solve(residual, 0.5 * (lo + hi), lo, hi, 1e-10,
                    "water outlet temperature", "K", MODEL);
            heatW = waterCapacityRateWK * (waterInletTempK - waterOutletTempK);
        }
        double meanTemp = 0.5 * (waterInletTempK + waterOutletTempK);
        evaporationKgS = Math.max(0, heatW) / MoistAir.waterLatentHeatJKg(meanTemp);
        blowdownKgS = Math.max(0, evaporationKgS / (p.cyclesOfConcentration() - 1) - driftKgS);
        return heatW;
    }

    /**
     * T_out − (T_in − Q(T_out)/C_w). Q falls slowly as the outlet guess rises (c_s and m* grow), so the residual
     * increases; in any case it is ≤ 0 at the wet bulb and ≥ 0 at the inlet, so the bracket holds a root.
     */
    private double residual(double outletK) {
        double pressure = p.atmosphericPressurePa();
        double cs;
        double dt = waterInletTempK - outletK;
        if (Math.abs(dt) > 1e-6) {
            cs = (inletSaturatedEnthalpyJKg - MoistAir.saturatedEnthalpyJKg(outletK, pressure)) / dt;
        } else {
            double h = 1e-3;
            cs = (MoistAir.saturatedEnthalpyJKg(waterInletTempK + h, pressure)
                    - MoistAir.saturatedEnthalpyJKg(waterInletTempK - h, pressure)) / (2 * h);
        }
        double mStar = airMassFlowKgS * cs / waterCapacityRateWK;
        double x = ntu * (1 - mStar);
        double eff;
        if (Math.abs(x) < 1e-12) {
            eff = ntu / (1 + ntu);
        } else if (-x > 700) {
            eff = 1 / mStar; // water-side limit, m* > 1 and NTU large (avoids ∞/∞)
        } else {
            eff = -Math.expm1(-x) / (1 - mStar * Math.exp(-x));
        }
        double q = eff * airMassFlowKgS * (inletSaturatedEnthalpyJKg - inletAirEnthalpyJKg);
        return outletK - (waterInletTempK - q / waterCapacityRateWK);
    }

    /** @return heat rejected, W */
    public double heatW() {
        return heatW;
    }

    /** @return leaving (cold) water temperature, K */
    public double waterOutletTempK() {
        return waterOutletTempK;
    }

    /** @return fan (+ spray pump) electric power, W */
    public double fanPowerW() {
        return fanPowerW;
    }

    /** @return evaporation, kg/s */
    public double evaporationKgS() {
        return evaporationKgS;
    }

    /** @return drift, kg/s */
    public double driftKgS() {
        return driftKgS;
    }

    /** @return blow-down, kg/s */
    public double blowdownKgS() {
        return blowdownKgS;
    }

    /** @return make-up water = evaporation + drift + blow-down, kg/s */
    public double makeupKgS() {
        return evaporationKgS + driftKgS + blowdownKgS;
    }

    /** @return the parameters */
    public CoolingTowerParameters parameters() {
        return p;
    }
}
