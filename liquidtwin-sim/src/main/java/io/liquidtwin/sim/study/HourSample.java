package io.liquidtwin.sim.study;

/**
 * One hour of a study: powers are means over the hour (energy / 3600 s), temperatures are at the end of the hour
 * unless marked peak, water is the hour's total. Units are in the names.
 *
 * @param startS             start of the hour, s of simulated time from the start of the run
 * @param dryBulbC           outdoor dry-bulb, °C
 * @param wetBulbC           outdoor (true, psychrometric) wet-bulb, °C
 * @param itKw               IT power, kW (ISO/IEC 30134-2 category 3: IT equipment input)
 * @param facilityKw         total facility power, kW
 * @param pumpsKw            pump power, kW
 * @param fansKw             heat-rejection fan power, kW
 * @param chillersKw         chiller compressor power, kW
 * @param rejectedKw         heat rejected to ambient, kW
 * @param reusedKw           heat handed to heat reuse, kW
 * @param waterL             site water used in the hour, L
 * @param facilitySupplyC    facility (heat-rejection) loop supply temperature, °C
 * @param facilityReturnC    facility loop return temperature, °C
 * @param peakDeviceC        hottest device surface (two-phase) or case (cold plate) temperature in the hour, °C
 * @param peakChfRatio       highest q″/q″_CHF of any boiling device in the hour (0 when the plant has none)
 * @param chillerRunning     whether any chiller ran during the hour
 */
public record HourSample(double startS, double dryBulbC, double wetBulbC, double itKw, double facilityKw,
                         double pumpsKw, double fansKw, double chillersKw, double rejectedKw, double reusedKw,
                         double waterL, double facilitySupplyC, double facilityReturnC, double peakDeviceC,
                         double peakChfRatio, boolean chillerRunning) {

    /** @return hourly PUE (facility / IT); NaN-free: 0 when the IT power is 0 */
    public double pue() {
        return itKw > 0 ? facilityKw / itKw : 0;
    }
}
