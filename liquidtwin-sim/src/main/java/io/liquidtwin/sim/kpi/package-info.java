/**
 * Data-centre key performance indicators computed <b>from integrated energy, never averaged power</b>: every KPI is a
 * ratio of energies (J, shown as kWh) or of water (kg, shown as L) summed over a period, as the standards require.
 *
 * <ul>
 *   <li>PUE = E_total / E_IT (ISO/IEC 30134-2), always stated with its {@link io.liquidtwin.sim.kpi.PueCategory}
 *       (where the IT energy is metered: 1 UPS output, 2 PDU output, 3 IT equipment input);</li>
 *   <li>pPUE of the cooling subsystem = (E_IT + E_cooling) / E_IT (partial PUE, ISO/IEC 30134-2 annex);</li>
 *   <li>CLF = E_cooling / E_IT (cooling load factor);</li>
 *   <li>WUE = site water (L) / E_IT (kWh) (ISO/IEC 30134-9);</li>
 *   <li>ERF = E_reuse / E_total (ISO/IEC 30134-6), ERE = (E_total − E_reuse) / E_IT = PUE·(1 − ERF);</li>
 *   <li>energy cost (tariff in currency/kWh) and CO₂ (grid factor in kg/kWh) from the facility energy.</li>
 * </ul>
 *
 * {@link io.liquidtwin.sim.kpi.EnergyTotals} holds the integrated quantities (for example from
 * {@link io.liquidtwin.sim.engine.EnergyLedger}), {@link io.liquidtwin.sim.kpi.Kpis} the indicators, and
 * {@link io.liquidtwin.sim.kpi.KpiAccumulator} monthly and annual buckets over a simulated non-leap year.
 */
package io.liquidtwin.sim.kpi;
