package io.liquidtwin.sim.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * IT energy of a schedule profile equals Σ node power × time, computed independently job by job: each job adds
 * nodes × (P_busy − P_idle) × run time on top of every node idling over the profile's span. Consumers are given design
 * powers of exactly their node count × P_peak, so the profile's Σ fraction × design power × interval is that energy.
 */
class ItEnergyConservationTest {

    private static final NodePowerModel NODE = NodePowerModel.frontierNode();

    @ParameterizedTest
    @CsvSource({
        SwfFixtures.KTH + ", REPLAY, 3600", SwfFixtures.KTH + ", FCFS, 3600", SwfFixtures.KTH + ", EASY, 900",
        SwfFixtures.NASA + ", REPLAY, 3600", SwfFixtures.NASA + ", EASY, 3600",
    })
    void itEnergyOfTheRealTracesEqualsNodePowerTimesTime(String name, SchedulingPolicy policy, long intervalS) {
        JobTrace trace = SwfReader.read(SwfFixtures.sharedTrace(name));
        Schedule s = Scheduler.schedule(NodeJobs.perNode(trace, 1), policy, (int) trace.header().maxNodes());
        assertEnergyConserved(s, intervalS);
    }

    @Test
    void itEnergyOfRandomSchedulesOnUnevenConsumersEqualsNodePowerTimesTime() {
        Random r = new Random(11);
        for (int trial = 0; trial < 60; trial++) {
            List<MachineJob> jobs = new ArrayList<>();
            for (int k = 0; k < 50; k++) {
                long submit = 1000 + r.nextInt(50_000);
                long run = 1 + r.nextInt(9000);
                jobs.add(new MachineJob(k, k, submit, submit + r.nextInt(500), run, run + r.nextInt(3000),
                        1 + r.nextInt(24)));
            }
            Schedule s = Scheduler.schedule(jobs, SchedulingPolicy.values()[trial % 3], 24 + r.nextInt(40));
            assertEnergyConserved(s, 1 + r.nextInt(4000));
        }
    }

    private static void assertEnergyConserved(Schedule s, long intervalS) {
        double idle = NODE.idleWallPowerW();
        double busy = NODE.peakWallPowerW();
        // three consumers of unequal size whose design power is exactly their nodes at peak
        int n = s.nodes();
        int[] k = {n / 2, n / 3, n - n / 2 - n / 3};
        List<Consumer> consumers = List.of(new Consumer("a", k[0] * busy), new Consumer("b", k[1] * busy),
                new Consumer("c", k[2] * busy));
        ItLoadProfile p = ItLoadProfiles.fromSchedule(s, consumers, NODE, intervalS);

        double profileJ = 0;
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < p.intervals(); i++) {
                double f = p.fraction(c, i);
                assertThat(f).isBetween(idle / busy - 1e-12, 1.0);
                profileJ += f * consumers.get(c).designItPowerW() * p.intervalS();
            }
        }
        double spanS = (double) p.intervals() * intervalS;
        assertThat(spanS).isGreaterThanOrEqualTo(s.lastEndS() - s.originS()).isLessThan(s.lastEndS() - s.originS()
                + intervalS + 1);
        double expectedJ = n * idle * spanS;
        for (ScheduledJob j : s.jobs()) {
            expectedJ += j.nodes() * (busy - idle) * j.job().runS();
        }
        assertThat(profileJ).isCloseTo(expectedJ, within(1e-9 * expectedJ));
    }
}
