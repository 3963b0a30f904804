package io.liquidtwin.sim.kpi;

import io.liquidtwin.sim.engine.EnergyLedger;

/**
 * Energy and water integrated over one period, SI units. All values must be finite and ≥ 0; the relations between
 * them (IT energy &gt; 0, reuse ≤ total, …) are checked where KPIs are formed, in {@link Kpis#of}, so that empty
 * intervals can still be accumulated.
 *
 * @param itEnergyJ       IT electrical energy at the chosen metering point ({@link PueCategory}), J
 * @param facilityEnergyJ total facility input energy (everything behind the utility meter), J
 * @param coolingEnergyJ  cooling energy: pumps + fans + chiller compressors + tower spray pumps, J
 * @param reusedEnergyJ   heat handed to heat reuse outside the data centre, J
 * @param siteWaterKg     site water consumed (evaporation, drift, blow-down, adiabatic pads), kg; converted to litres
 *                        with 1 kg = 1 L ({@link #LITRES_PER_KG})
 */
public record EnergyTotals(double itEnergyJ, double facilityEnergyJ, double coolingEnergyJ, double reusedEnergyJ,
                           double siteWaterKg) {

    /** Joules in one kilowatt-hour, J/kWh. */
    public static final double J_PER_KWH = 3.6e6;
    /** Litres of water per kilogram, L/kg: the ISO/IEC 30134-9 reporting convention of 1 kg = 1 L (1000 kg/m³). */
    public static final double LITRES_PER_KG = 1.0;
    /** All zero: the neutral element of {@link #plus}. */
    public static final EnergyTotals ZERO = new EnergyTotals(0, 0, 0, 0, 0);

    /** @throws IllegalArgumentException if any value is NaN, infinite or negative, naming the field and value */
    public EnergyTotals {
        requireNonNegative("itEnergyJ", itEnergyJ, "J");
        requireNonNegative("facilityEnergyJ", facilityEnergyJ, "J");
        requireNonNegative("coolingEnergyJ", coolingEnergyJ, "J");
        requireNonNegative("reusedEnergyJ", reusedEnergyJ, "J");
        requireNonNegative("siteWaterKg", siteWaterKg, "kg");
    }

    /**
     * Totals from kWh and litres, the units KPIs are usually quoted in.
     *
     * @param itKWh       IT energy, kWh
     * @param facilityKWh total facility energy, kWh
     * @param coolingKWh  cooling energy, kWh
     * @param reusedKWh   reused energy, kWh
     * @param siteWaterL  site water, L
     * @return the totals in J and kg
     */
    public static EnergyTotals ofKWh(double itKWh, double facilityKWh, double coolingKWh, double reusedKWh,
                                     double siteWaterL) {
        return new EnergyTotals(itKWh * J_PER_KWH, facilityKWh * J_PER_KWH, coolingKWh * J_PER_KWH,
                reusedKWh * J_PER_KWH, siteWaterL / LITRES_PER_KG);
    }

    /**
     * Totals of a simulation run. The ledger integrates IT power at the IT equipment input, so KPIs formed from these
     * totals are {@link PueCategory#CATEGORY_3}; cooling is pumps + fans + chiller work (tower spray pumps, where
     * modelled, are among the ledger's pumps); reused heat is clamped at 0 (a negative value is round-off).
     *
     * @param ledger the engine's energy ledger
     * @return IT, facility, cooling and reused energy in J and site water in kg
     */
    public static EnergyTotals fromLedger(EnergyLedger ledger) {
        return new EnergyTotals(ledger.itJ(), ledger.facilityJ(), ledger.pumpJ() + ledger.fanJ() + ledger.chillerJ(),
                Math.max(0, ledger.reusedJ()), ledger.waterKg());
    }

    /**
     * @param other totals of another (disjoint) period
     * @return the sum of both
     */
    public EnergyTotals plus(EnergyTotals other) {
        return new EnergyTotals(itEnergyJ + other.itEnergyJ, facilityEnergyJ + other.facilityEnergyJ,
                coolingEnergyJ + other.coolingEnergyJ, reusedEnergyJ + other.reusedEnergyJ,
                siteWaterKg + other.siteWaterKg);
    }

    /** @return IT energy, kWh */
    public double itEnergyKWh() {
        return itEnergyJ / J_PER_KWH;
    }

    /** @return total facility energy, kWh */
    public double facilityEnergyKWh() {
        return facilityEnergyJ / J_PER_KWH;
    }

    /** @return cooling energy, kWh */
    public double coolingEnergyKWh() {
        return coolingEnergyJ / J_PER_KWH;
    }

    /** @return reused energy, kWh */
    public double reusedEnergyKWh() {
        return reusedEnergyJ / J_PER_KWH;
    }

    /** @return site water, L */
    public double siteWaterL() {
        return siteWaterKg * LITRES_PER_KG;
    }

    static void requireNonNegative(String field, double value, String unit) {
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException(
                    field + " must be a finite number >= 0 " + unit + ", was " + value + " " + unit);
        }
    }
}
