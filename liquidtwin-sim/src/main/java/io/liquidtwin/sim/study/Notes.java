package io.liquidtwin.sim.study;

import io.liquidtwin.sim.engine.EnergyLedger;
import io.liquidtwin.sim.kpi.Kpis;
import io.liquidtwin.sim.plant.Plant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Remarks a study's report shows with its figures, written from the run's own numbers. */
final class Notes {

    private Notes() {
    }

    static List<String> of(Plant plant, Kpis annual, EnergyLedger ledger) {
        List<String> out = new ArrayList<>();
        double pue = annual.pue();
        boolean twoPhase = !plant.twoPhaseTanks().isEmpty();
        if (twoPhase && (pue < StudyRunner.PUBLISHED_PUE_LOW || pue > StudyRunner.PUBLISHED_PUE_HIGH)) {
            double it = ledger.itJ();
            double pumps = ledger.pumpJ() / it;
            double fans = ledger.fanJ() / it;
            double chillers = ledger.chillerJ() / it;
            double rest = (ledger.facilityJ() - ledger.itJ() - ledger.pumpJ() - ledger.fanJ() - ledger.chillerJ())
                    / it;
            out.add(String.format(Locale.ROOT, "The annual PUE %.3f lies %s the %.2f–%.2f published for two-phase "
                    + "immersion plants (LiquidStack 1.02, Sugon 1.04; PHYSICS.md §6). Per unit of IT energy the "
                    + "overhead is: pumps %.3f, heat-rejection fans %.3f, chillers %.3f, electrical losses, lighting "
                    + "and other loads %.3f. %s", pue, pue > StudyRunner.PUBLISHED_PUE_HIGH ? "above" : "below",
                    StudyRunner.PUBLISHED_PUE_LOW, StudyRunner.PUBLISHED_PUE_HIGH, pumps, fans, chillers, rest,
                    largest(pumps, fans, chillers, rest)));
        }
        return out;
    }

    private static String largest(double pumps, double fans, double chillers, double rest) {
        double max = Math.max(Math.max(pumps, fans), Math.max(chillers, rest));
        if (max == pumps) {
            return "Pumping dominates: published figures usually come from plants whose condenser-water and facility "
                    + "pumps run at low head and part speed; check the pump sizing and the loops' design pressure "
                    + "drops in the plant file.";
        }
        if (max == fans) {
            return "Heat-rejection fans dominate: the dry coolers run fast to hold the facility supply setpoint; a "
                    + "warmer setpoint or more coil area lowers it.";
        }
        if (max == chillers) {
            return "Chillers dominate: the facility supply setpoint is below what the site's wet-bulb allows "
                    + "without mechanical cooling for part of the year.";
        }
        return "Electrical losses and constant loads dominate: they do not scale down with the IT load, so a lightly "
                + "loaded plant shows a higher PUE; published figures are measured near full load.";
    }
}
