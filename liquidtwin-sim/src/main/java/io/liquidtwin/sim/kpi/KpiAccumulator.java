package io.liquidtwin.sim.kpi;

import java.time.Month;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Monthly and annual KPI buckets over one simulated non-leap year (365 days, February with 28 days). Each
 * {@link #add} puts the energies of one interval into the month that contains the interval's start; the annual
 * bucket is summed independently of the monthly ones. Not thread-safe.
 */
public final class KpiAccumulator {

    /** Seconds in one day, s. */
    public static final double SECONDS_PER_DAY = 86_400;
    /** Seconds in a non-leap year, s. */
    public static final double SECONDS_PER_YEAR = 365 * SECONDS_PER_DAY;

    private final PueCategory category;
    private final OptionalDouble tariffPerKWh;
    private final OptionalDouble gridKgCo2PerKWh;
    private final EnergyTotals[] months = new EnergyTotals[12];
    private EnergyTotals annual = EnergyTotals.ZERO;

    /**
     * @param category        where the IT energy that will be added is metered (ISO/IEC 30134-2)
     * @param tariffPerKWh    energy price, currency/kWh, or empty
     * @param gridKgCo2PerKWh grid emission factor, kg CO₂/kWh, or empty
     */
    public KpiAccumulator(PueCategory category, OptionalDouble tariffPerKWh, OptionalDouble gridKgCo2PerKWh) {
        this.category = Objects.requireNonNull(category, "category");
        this.tariffPerKWh = Objects.requireNonNull(tariffPerKWh, "tariffPerKWh");
        this.gridKgCo2PerKWh = Objects.requireNonNull(gridKgCo2PerKWh, "gridKgCo2PerKWh");
        tariffPerKWh.ifPresent(v -> EnergyTotals.requireNonNegative("tariffPerKWh", v, "currency/kWh"));
        gridKgCo2PerKWh.ifPresent(v -> EnergyTotals.requireNonNegative("gridKgCo2PerKWh", v, "kg/kWh"));
        Arrays.fill(months, EnergyTotals.ZERO);
    }

    /** @param category where the IT energy that will be added is metered; no cost or CO₂ */
    public KpiAccumulator(PueCategory category) {
        this(category, OptionalDouble.empty(), OptionalDouble.empty());
    }

    /**
     * The month of the year containing a simulated instant.
     *
     * @param simulatedS seconds since 1 January 00:00 of a non-leap year, in [0, {@link #SECONDS_PER_YEAR})
     * @return the month
     * @throws IllegalArgumentException if the time is NaN or outside the year
     */
    public static Month monthOf(double simulatedS) {
        if (!(simulatedS >= 0 && simulatedS < SECONDS_PER_YEAR)) {
            throw new IllegalArgumentException("simulatedS must be in [0, " + SECONDS_PER_YEAR
                    + ") s (one non-leap year), was " + simulatedS + " s");
        }
        int day = (int) Math.floor(simulatedS / SECONDS_PER_DAY);
        for (Month m : Month.values()) {
            int length = m.length(false);
            if (day < length) {
                return m;
            }
            day -= length;
        }
        throw new AssertionError("day of year beyond December: " + simulatedS);
    }

    /**
     * Adds the energies of one interval.
     *
     * @param intervalStartS start of the interval, seconds since 1 January 00:00, in [0, {@link #SECONDS_PER_YEAR})
     * @param interval       energies (J) and water (kg) integrated over the interval
     * @throws IllegalArgumentException if the start is outside the year
     */
    public void add(double intervalStartS, EnergyTotals interval) {
        Objects.requireNonNull(interval, "interval");
        int m = monthOf(intervalStartS).ordinal();
        months[m] = months[m].plus(interval);
        annual = annual.plus(interval);
    }

    /**
     * @param month the month
     * @return the energies and water added for that month (zero if none)
     */
    public EnergyTotals monthTotals(Month month) {
        return months[month.ordinal()];
    }

    /** @return the energies and water added over the whole year */
    public EnergyTotals annualTotals() {
        return annual;
    }

    /**
     * @param month the month
     * @return the month's KPIs, or empty if no IT energy was added for it
     * @throws IllegalArgumentException if the month's totals are inconsistent (see {@link Kpis#of})
     */
    public Optional<Kpis> monthly(Month month) {
        EnergyTotals t = monthTotals(month);
        return t.itEnergyJ() > 0 ? Optional.of(Kpis.of(t, category, tariffPerKWh, gridKgCo2PerKWh)) : Optional.empty();
    }

    /**
     * @return the annual KPIs
     * @throws IllegalArgumentException if no IT energy was added, or the totals are inconsistent (see {@link Kpis#of})
     */
    public Kpis annual() {
        return Kpis.of(annual, category, tariffPerKWh, gridKgCo2PerKWh);
    }
}
