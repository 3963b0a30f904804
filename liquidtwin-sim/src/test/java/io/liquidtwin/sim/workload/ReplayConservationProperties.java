package io.liquidtwin.sim.workload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The replay conserves processor-seconds exactly, over the whole span and in any window. */
class ReplayConservationProperties {

    @Property(tries = 300)
    void fullSpanIntegralEqualsSumOfProcessorsTimesRunTime(@ForAll("someJobs") List<SwfJob> jobs,
                                                          @ForAll @IntRange(min = 1, max = 5000) int intervalS) {
        JobTrace trace = trace(jobs);
        UtilisationSeries s = new ReplaySchedule(trace, 64).series(intervalS);
        long expected = 0;
        for (SwfJob j : jobs) {
            expected += (long) j.processors() * j.runS();
        }
        assertThat(s.totalRecordedBusyProcessorSeconds()).isEqualTo(expected);
        assertThat(s.startS()).isLessThanOrEqualTo(jobs.stream().mapToLong(SwfJob::startS).min().orElseThrow());
        assertThat(s.startS() + s.size() * (long) intervalS)
                .isGreaterThanOrEqualTo(jobs.stream().mapToLong(SwfJob::endS).max().orElseThrow());
    }

    @Property(tries = 300)
    void windowIntegralEqualsSumOverTheClippedJobs(@ForAll("jobs") List<SwfJob> jobs,
                                                   @ForAll @IntRange(min = -2000, max = 20000) int fromS,
                                                   @ForAll @IntRange(min = 1, max = 3000) int intervalS,
                                                   @ForAll @IntRange(min = 0, max = 20) int count,
                                                   @ForAll @IntRange(min = 1, max = 100_000) int plant) {
        UtilisationSeries s = new ReplaySchedule(trace(jobs), 64).series(fromS, intervalS, count);
        long to = fromS + (long) count * intervalS;
        long expected = 0;
        for (SwfJob j : jobs) {
            long inside = Math.max(0, Math.min(j.endS(), to) - Math.max(j.startS(), fromS));
            expected += j.processors() * inside;
        }
        assertThat(s.size()).isEqualTo(count);
        assertThat(s.totalRecordedBusyProcessorSeconds()).isEqualTo(expected);
        UtilisationSeries scaled = s.scaledTo(plant);
        for (int i = 0; i < count; i++) {
            assertThat(scaled.utilisation(i)).isEqualTo(s.utilisation(i));
            assertThat(scaled.busyProcessors(i)).isEqualTo(s.utilisation(i) * plant);
        }
    }

    @Test
    void twoJobsByHand() {
        // job A: submit 0, wait 1800, run 3600, 4 procs → busy [1800, 5400): 1800 s in hour 0, 1800 s in hour 1
        // job B: submit 3600, wait −1 (unknown → 0), run 7200, 2 procs → busy [3600, 10800): hours 1 and 2
        JobTrace trace = trace(List.of(job(1, 0, 1800, 3600, 4), job(2, 3600, -1, 7200, 2)));
        UtilisationSeries h = new ReplaySchedule(trace, 8).hourly();
        assertThat(h.startS()).isZero();
        assertThat(h.size()).isEqualTo(3);
        assertThat(h.recordedBusyProcessorSeconds(0)).isEqualTo(4 * 1800);
        assertThat(h.recordedBusyProcessorSeconds(1)).isEqualTo(4 * 1800 + 2 * 3600);
        assertThat(h.recordedBusyProcessorSeconds(2)).isEqualTo(2 * 3600);
        assertThat(h.utilisation(0)).isEqualTo(7200.0 / (3600 * 8));   // 2 of 8 busy on average = 0.25
        assertThat(h.utilisation(1)).isEqualTo(14400.0 / (3600 * 8));  // 4 of 8 = 0.5
        assertThat(h.scaledTo(1000).busyProcessors(1)).isEqualTo(500.0);
    }

    private static Arbitrary<SwfJob> job() {
        return Combinators.combine(Arbitraries.longs().between(0, 20_000), Arbitraries.longs().between(-1, 3000),
                Arbitraries.longs().between(1, 8000), Arbitraries.integers().between(1, 64))
                .as((submit, wait, run, procs) -> job(0, submit, wait, run, procs));
    }

    @Provide
    Arbitrary<List<SwfJob>> someJobs() {
        return job().list().ofMinSize(1).ofMaxSize(30);
    }

    @Provide
    Arbitrary<List<SwfJob>> jobs() {
        return job().list().ofMaxSize(30);
    }

    static SwfJob job(long number, long submit, long wait, long run, int procs) {
        return new SwfJob(number, submit, wait, run, procs, -1, -1, procs, -1, -1, 1, 1, 1, -1, -1, -1, -1, -1);
    }

    static JobTrace trace(List<SwfJob> jobs) {
        SwfHeader h = new SwfHeader(64, 64, 0, "", "", Map.of());
        return new JobTrace("synthetic", h, new ArrayList<>(jobs), 0, jobs.size(), List.of());
    }
}
