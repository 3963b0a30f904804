package io.liquidtwin.sim.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The profiles the engine reads, and {@link WorkloadSpec#build}. */
class ItLoadProfilesTest {

    private static final NodePowerModel NODE = NodePowerModel.frontierNode();
    private static final double IDLE = NODE.idleWallPowerW() / NODE.peakWallPowerW();

    @Test
    void constantHoldsForeverForEveryConsumer() {
        ItLoadProfile p = ItLoadProfiles.constant(List.of("a", "b"), 0.6, 900);
        assertThat(p.intervals()).isEqualTo(1);
        assertThat(p.intervalS()).isEqualTo(900);
        assertThat(p.fraction(1, 0)).isEqualTo(0.6);
        assertThat(p.fraction(0, 1_000_000)).isEqualTo(0.6);
        assertThatThrownBy(() -> ItLoadProfiles.constant(List.of("a"), 1.1, 900)).hasMessageContaining("[0, 1]");
        assertThatThrownBy(() -> p.fraction(2, 0)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void utilisationGoesThroughTheNodeModelAndWraps() {
        ItLoadProfile p = ItLoadProfiles.fromUtilisation(List.of("a", "b"), 3600, new double[] {0, 0.5, 1}, NODE);
        assertThat(p.fraction(0, 0)).isCloseTo(IDLE, within(1e-15));
        assertThat(p.fraction(1, 1)).isCloseTo(IDLE + 0.5 * (1 - IDLE), within(1e-15));
        assertThat(p.fraction(0, 2)).isCloseTo(1.0, within(1e-15));
        assertThat(p.fraction(1, 4)).isEqualTo(p.fraction(1, 1));
        assertThatThrownBy(() -> ItLoadProfiles.fromUtilisation(List.of("a"), 3600, new double[] {0.2, 1.5}, NODE))
                .hasMessageContaining("interval 1").hasMessageContaining("1.5");
    }

    @Test
    void syntheticHpcCentreIsSeededAndHasTheDocumentedShape() {
        double[] u = SyntheticWorkload.hourlyUtilisation(5, ItLoadProfiles.HOURS_PER_YEAR);
        assertThat(u).isEqualTo(SyntheticWorkload.hourlyUtilisation(5, ItLoadProfiles.HOURS_PER_YEAR));
        assertThat(u).isNotEqualTo(SyntheticWorkload.hourlyUtilisation(6, ItLoadProfiles.HOURS_PER_YEAR));
        assertThat(Arrays.stream(u).min().orElseThrow()).isGreaterThanOrEqualTo(0.45);
        assertThat(Arrays.stream(u).max().orElseThrow()).isLessThanOrEqualTo(0.92);
        assertThat(Arrays.stream(u, 0, 52 * 168).average().orElseThrow()).isCloseTo(0.70, within(0.01));
        double at15 = 0;
        double at03 = 0;
        double weekday = 0;
        double weekend = 0;
        for (int h = 0; h < 52 * 168; h++) {
            at15 += h % 24 == 15 ? u[h] : 0;
            at03 += h % 24 == 3 ? u[h] : 0;
            weekday += (h / 24) % 7 < 5 ? u[h] / 5 : 0;
            weekend += (h / 24) % 7 >= 5 ? u[h] / 2 : 0;
        }
        assertThat((at15 - at03) / 364).isCloseTo(0.2, within(0.01));      // 2 × the daily amplitude
        assertThat((weekday - weekend) / (52 * 24)).isCloseTo(0.07, within(0.01));
        ItLoadProfile p = ItLoadProfiles.synthetic(List.of("r"), 5, 48, NODE);
        assertThat(p.fraction(0, 15)).isCloseTo(IDLE + u[15] * (1 - IDLE), within(1e-15));
    }

    @Test
    void swingMultipliesByItsExactIntervalMean() {
        AiPowerSwing w = new AiPowerSwing(1000, 0.5, 100);   // 3600 s = 3.6 periods, so hours differ
        ItLoadProfile base = ItLoadProfiles.constant(List.of("a"), 0.8, 3600);
        ItLoadProfile p = ItLoadProfiles.withSwing(base, w);
        for (int i = 0; i < 5; i++) {
            assertThat(p.fraction(0, i)).isCloseTo(0.8 * w.meanOver(i * 3600.0, (i + 1) * 3600.0), within(1e-15));
        }
        assertThat(p.fraction(0, 0)).isNotEqualTo(p.fraction(0, 1));
    }

    @Test
    void specsBuildEveryKind() {
        List<Consumer> racks = List.of(new Consumer("r1", 400_000), new Consumer("r2", 200_000));
        BuiltWorkload k = WorkloadSpec.of(new WorkloadSpec.Constant(0.5)).withSwing(new AiPowerSwing(20, 0.3, 2))
                .build(racks, 3600);
        assertThat(k.profile().consumerIds()).containsExactly("r1", "r2");
        assertThat(k.profile().fraction(0, 0)).isCloseTo(0.5 * 0.85, within(1e-12));   // whole periods
        assertThat(k.description()).contains("constant", "AI swing");

        BuiltWorkload syn = WorkloadSpec.traceOrSynthetic(Path.of("no-such-folder"), 300).build(racks, 3600);
        assertThat(syn.description()).startsWith("synthetic");
        assertThat(syn.profile().intervals()).isEqualTo(ItLoadProfiles.HOURS_PER_YEAR);

        Path csv = SwfFixtures.sharedData("workload", UtilisationCsvReaderTest.ALIBABA);
        BuiltWorkload c = WorkloadSpec.of(new WorkloadSpec.Csv(csv, "cpu_load", ValueScale.DETECT, 3600))
                .build(racks, 900);
        assertThat(c.profile().intervals()).isEqualTo(8904);
        assertThat(c.profile().intervalS()).isEqualTo(3600);
        assertThat(c.profile().fraction(1, 0)).isCloseTo(IDLE + 0.3809444444444444 * (1 - IDLE), within(1e-15));
    }

    @Test
    void theKthTraceScaledOntoALargerPlantKeepsItsLoad() {
        Path traces = SwfFixtures.sharedTrace(SwfFixtures.KTH).getParent();
        List<Consumer> racks = List.of(new Consumer("r1", 3e5), new Consumer("r2", 3e5), new Consumer("r3", 4e5));
        BuiltWorkload b = WorkloadSpec.traceOrSynthetic(traces, 1000).build(racks, 3600);
        assertThat(b.description()).contains("KTH", "EASY on 1000 nodes");
        assertThat(b.notes()).isEmpty();
        ItLoadProfile p = b.profile();
        double mean = 0;
        for (int i = 0; i < p.intervals(); i++) {
            for (int c = 0; c < 3; c++) {
                assertThat(p.fraction(c, i)).isBetween(IDLE - 1e-12, 1.0);
                mean += p.fraction(c, i) * racks.get(c).designItPowerW() / 1e6 / p.intervals();
            }
        }
        // the replay's mean utilisation on the recorded machine, through the node model (widths scale 10×)
        JobTrace t = SwfReader.read(traces.resolve(SwfFixtures.KTH));
        Schedule replay = Scheduler.schedule(NodeJobs.perNode(t, 1), SchedulingPolicy.REPLAY, 100);
        double u = (double) t.processorSeconds() / (100.0 * (replay.lastEndS() - replay.originS()));
        assertThat(mean).isCloseTo(IDLE + u * (1 - IDLE), within(0.03));
        assertThat(WorkloadSpec.of(new WorkloadSpec.Swf(traces.resolve(SwfFixtures.KTH), SchedulingPolicy.REPLAY,
                OptionalInt.empty())).build(racks, 3600).notes()).singleElement().asString().contains("104 nodes");
    }
}
