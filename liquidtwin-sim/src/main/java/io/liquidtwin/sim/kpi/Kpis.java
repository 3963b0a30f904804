package io.liquidtwin.sim.kpi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Data-centre KPIs of one period, formed from integrated energies and water ({@link EnergyTotals}), never from
 * averaged power.
 *
 * @param totals              the energies and water the KPIs were formed from
 * @param category            where the IT energy was metered (ISO/IEC 30134-2)
 * @param pue                 power usage effectiveness E_total / E_IT (ISO/IEC 30134-2), dimensionless
 * @param coolingPartialPue   partial PUE of the cooling subsystem (E_IT + E_cooling) / E_IT, dimensionless
 * @param clf                 cooling load factor E_cooling / E_IT, dimensionless
 * @param wueLPerKWh          water usage effectiveness: site water / E_IT (ISO/IEC 30134-9), L/kWh
 * @param erf                 energy reuse factor E_reuse / E_total (ISO/IEC 30134-6), dimensionless, in [0, 1]
 * @param ere                 energy reuse effectiveness (E_total − E_reuse) / E_IT, dimensionless
 * @param energyCost          facility energy (kWh) × tariff, in the tariff's currency; empty without a tariff
 * @param co2Kg               facility energy (kWh) × grid emission factor, kg CO₂; empty without a factor
 */
public record Kpis(EnergyTotals totals, PueCategory category, double pue, double coolingPartialPue, double clf,
                   double wueLPerKWh, double erf, double ere, OptionalDouble energyCost, OptionalDouble co2Kg) {

    /** Checks the components are present; use {@link #of} to compute them. */
    public Kpis {
        Objects.requireNonNull(totals, "totals");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(energyCost, "energyCost");
        Objects.requireNonNull(co2Kg, "co2Kg");
    }

    /**
     * KPIs without cost or CO₂.
     *
     * @param totals   integrated energies (J) and water (kg) of the period
     * @param category where {@code totals.itEnergyJ()} was metered
     * @return the KPIs
     * @throws IllegalArgumentException see {@link #of(EnergyTotals, PueCategory, OptionalDouble, OptionalDouble)}
     */
    public static Kpis of(EnergyTotals totals, PueCategory category) {
        return of(totals, category, OptionalDouble.empty(), OptionalDouble.empty());
    }

    /**
     * Computes the KPIs of one period.
     *
     * @param totals               integrated energies (J) and water (kg) of the period
     * @param category             where {@code totals.itEnergyJ()} was metered
     * @param tariffPerKWh         energy price, currency/kWh (finite, ≥ 0), or empty
     * @param gridKgCo2PerKWh      grid emission factor, kg CO₂/kWh (finite, ≥ 0), or empty
     * @return the KPIs
     * @throws IllegalArgumentException if the IT energy is ≤ 0, the facility energy is below the IT energy (PUE &lt; 1
     *                                  is impossible in every category), the reused energy exceeds the facility
     *                                  energy, or the tariff or grid factor is NaN, infinite or negative; the message
     *                                  names the field and its value
     */
    public static Kpis of(EnergyTotals totals, PueCategory category, OptionalDouble tariffPerKWh,
                          OptionalDouble gridKgCo2PerKWh) {
        Objects.requireNonNull(totals, "totals");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(tariffPerKWh, "tariffPerKWh");
        Objects.requireNonNull(gridKgCo2PerKWh, "gridKgCo2PerKWh");
        double it = totals.itEnergyJ();
        double total = totals.facilityEnergyJ();
        double cooling = totals.coolingEnergyJ();
        double reuse = totals.reusedEnergyJ();
        if (!(it > 0)) {
            throw new IllegalArgumentException("itEnergyJ must be > 0 J to form KPIs, was " + it + " J");
        }
        if (total < it) {
            throw new IllegalArgumentException("facilityEnergyJ must be >= itEnergyJ (" + it
                    + " J): a PUE below 1 is impossible, was " + total + " J");
        }
        if (reuse > total) {
            throw new IllegalArgumentException("reusedEnergyJ must be <= facilityEnergyJ (" + total
                    + " J), was " + reuse + " J");
        }
        tariffPerKWh.ifPresent(v -> EnergyTotals.requireNonNegative("tariffPerKWh", v, "currency/kWh"));
        gridKgCo2PerKWh.ifPresent(v -> EnergyTotals.requireNonNegative("gridKgCo2PerKWh", v, "kg/kWh"));
        double totalKWh = totals.facilityEnergyKWh();
        OptionalDouble cost = tariffPerKWh.isPresent()
                ? OptionalDouble.of(totalKWh * tariffPerKWh.getAsDouble()) : OptionalDouble.empty();
        OptionalDouble co2 = gridKgCo2PerKWh.isPresent()
                ? OptionalDouble.of(totalKWh * gridKgCo2PerKWh.getAsDouble()) : OptionalDouble.empty();
        return new Kpis(totals, category, total / it, (it + cooling) / it, cooling / it,
                totals.siteWaterL() / totals.itEnergyKWh(), reuse / total, (total - reuse) / it, cost, co2);
    }

    /** @return one line per KPI with its value, unit and standard; the first line states the PUE category */
    public List<String> summaryLines() {
        List<String> lines = new ArrayList<>();
        lines.add("PUE category: " + category.label());
        lines.add(line("PUE (ISO/IEC 30134-2)", pue, "-"));
        lines.add(line("pPUE cooling", coolingPartialPue, "-"));
        lines.add(line("CLF", clf, "-"));
        lines.add(line("WUE (ISO/IEC 30134-9)", wueLPerKWh, "L/kWh"));
        lines.add(line("ERF (ISO/IEC 30134-6)", erf, "-"));
        lines.add(line("ERE", ere, "-"));
        energyCost.ifPresent(v -> lines.add(line("energy cost", v, "currency")));
        co2Kg.ifPresent(v -> lines.add(line("CO2", v, "kg")));
        lines.add(String.format(Locale.ROOT, "from IT %.6g kWh, facility %.6g kWh, cooling %.6g kWh, reused %.6g kWh,"
                        + " site water %.6g L", totals.itEnergyKWh(), totals.facilityEnergyKWh(),
                totals.coolingEnergyKWh(), totals.reusedEnergyKWh(), totals.siteWaterL()));
        return List.copyOf(lines);
    }

    private static String line(String name, double value, String unit) {
        return String.format(Locale.ROOT, "%s = %.4f %s", name, value, unit);
    }

    /** @return {@link #summaryLines()} joined with newlines */
    @Override
    public String toString() {
        return String.join(System.lineSeparator(), summaryLines());
    }
}
