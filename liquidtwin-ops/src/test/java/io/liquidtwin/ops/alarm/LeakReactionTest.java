package io.liquidtwin.ops.alarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.liquidtwin.ops.store.InMemoryTelemetryStore;
import io.liquidtwin.ops.store.Quality;
import io.liquidtwin.ops.store.Sample;
import io.liquidtwin.ops.store.SeriesKey;
import io.liquidtwin.sim.engine.LeakDetectorState;
import io.liquidtwin.sim.engine.PlantModel;
import io.liquidtwin.sim.engine.Simulation;
import io.liquidtwin.sim.plant.PlantLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Redfish leak reactions on a real simulation of the Qingdao 1 MW two-phase plant: a 20 L/min leak on its CDU drains
 * the reservoir; the detector reads Critical at half the volume, i.e. at t_c = 0.5 V / rate (V measured from the
 * level after the first minute), then the reaction waits ReactionDelaySeconds.
 */
class LeakReactionTest {

    private static final SeriesKey DETECTOR = new SeriesKey("cdu.leak_detector", Map.of("cdu", "cdu"));
    private static final double RATE_LPM = 20;

    private Simulation sim;
    private FakeClock clock;
    private InMemoryTelemetryStore store;
    private AlarmEngine engine;
    private SimulationLeakActuator actuator;
    private List<AlarmDefinition> defs;
    private long t;

    private void start(String reaction, long delayS) {
        sim = new Simulation(PlantModel.build(PlantLoader.load(Path.of("..", "examples", "qingdao-two-phase-1mw.yaml"))),
                new Simulation.Ambient(298.15, 291.15));
        sim.initialise();
        clock = new FakeClock();
        store = new InMemoryTelemetryStore();
        defs = AlarmDefinitions.parse("""
                alarms:
                  - id: cdu-leak
                    series: {name: cdu.leak_detector, tags: {cdu: cdu}}
                    kind: DISCRETE
                    activeValues: [2]
                    priority: CRITICAL
                    leakReaction: {cdu: cdu, reaction: %s, reactionDelaySeconds: %d}
                """.formatted(reaction, delayS), "leak.yaml");
        actuator = new SimulationLeakActuator(sim, Duration.ofSeconds(60));
        engine = new AlarmEngine(store, defs, clock, Map.of(), actuator);
        sim.faults().startLeak("cdu", RATE_LPM);
    }

    /** Steps plant and engine 1 s at a time to simulated second {@code until}, feeding the detector each second. */
    private void runTo(long until) {
        while (t < until) {
            sim.step(1);
            clock.advanceSeconds(1);
            t++;
            engine.onSample(new Sample(DETECTOR, clock.micros(), sim.leakDetectorState("cdu").ordinal(),
                    Quality.GOOD));
        }
    }

    /** @return t_c, the first whole second the detector reads Critical, from the level after 60 s */
    private long criticalTime() {
        runTo(60);
        double volumeL = RATE_LPM / (1 - sim.reservoirLevelFraction("cdu"));
        return (long) Math.ceil(0.5 * volumeL / RATE_LPM * 60 - 1e-6);
    }

    @BeforeEach
    void reset() {
        t = 0;
    }

    @Test
    void forceOffAfterTheDelayAndAnArmedReactionSurvivesARestart() {
        start("ForceOff", 30);
        long tc = criticalTime();
        runTo(tc - 1);
        assertThat(sim.leakDetectorState("cdu")).isEqualTo(LeakDetectorState.WARNING);
        assertThat(engine.state("cdu-leak")).isEqualTo(AlarmState.NORMAL);
        runTo(tc);
        assertThat(sim.leakDetectorState("cdu")).isEqualTo(LeakDetectorState.CRITICAL);
        assertThat(engine.state("cdu-leak")).isEqualTo(AlarmState.UNACK);
        assertThat(engine.reactionArmed("cdu-leak")).isTrue();
        runTo(tc + 15);
        engine = AlarmEngine.restore(store, defs, clock, Map.of(), actuator);
        assertThat(engine.reactionArmed("cdu-leak")).as("armed reaction kept across the restart").isTrue();
        double designW = sim.itPowerW();
        runTo(tc + 29);
        assertThat(actuator.fractions()).containsOnly(1.0);
        runTo(tc + 30);
        assertThat(actuator.fractions()).containsOnly(0.0);
        runTo(tc + 31);
        assertThat(sim.itPowerW()).isZero();
        assertThat(designW).isGreaterThan(900e3);
        assertThat(reactionPhases()).containsExactly("armed", "applying", "applied");
    }

    @Test
    void gracefulShutdownRampsTheLoadToZeroAfterTheDelay() {
        start("GracefulShutdown", 20);
        long tc = criticalTime();
        runTo(tc + 19);
        assertThat(actuator.fractions()).containsOnly(1.0);
        runTo(tc + 20 + 30);
        assertThat(Arrays.stream(actuator.fractions()).boxed().toList())
                .allSatisfy(f -> assertThat(f).isCloseTo(0.5, within(1e-9)));
        runTo(tc + 20 + 60);
        assertThat(actuator.fractions()).containsOnly(0.0);
        runTo(tc + 20 + 61);
        assertThat(sim.itPowerW()).isZero();
        assertThat(reactionPhases()).containsExactly("armed", "applying", "applied");
    }

    @Test
    void noneRaisesOnlyTheAlarm() {
        start("None", 0);
        long tc = criticalTime();
        runTo(tc + 60);
        assertThat(engine.state("cdu-leak")).isEqualTo(AlarmState.UNACK);
        assertThat(actuator.fractions()).containsOnly(1.0);
        assertThat(sim.itPowerW()).isGreaterThan(900e3);
        assertThat(reactionPhases()).isEmpty();
    }

    /**
     * The simulated reservoir is never refilled, so the detector's return to OK is fed by hand (as a detector reset
     * after a refill would report it); the reaction must then not happen.
     */
    @Test
    void reactionIsCancelledWhenTheDetectorReturnsToOkBeforeTheDelay() {
        start("ForceOff", 30);
        long tc = criticalTime();
        runTo(tc + 10);
        sim.faults().repairLeak("cdu");
        engine.onSample(new Sample(DETECTOR, clock.micros(), LeakDetectorState.OK.ordinal(), Quality.GOOD));
        assertThat(engine.state("cdu-leak")).isEqualTo(AlarmState.RTN_UNACK);
        clock.advanceSeconds(60);
        engine.tick();
        assertThat(actuator.fractions()).containsOnly(1.0);
        assertThat(reactionPhases()).containsExactly("armed", "cancelled");
    }

    @Test
    void aCdusDetectorAffectsTheConsumersOnItsSecondaryLoop() {
        start("None", 0);
        assertThat(actuator.affectedConsumers("cdu")).as("the six tanks on the condenser loop")
                .containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(sim.consumerIds()).hasSize(6);
        Simulation frontier = new Simulation(PlantModel.build(PlantLoader.load(Path.of("..", "examples",
                "frontier-like.yaml"))), new Simulation.Ambient(298.15, 291.15));
        SimulationLeakActuator a = new SimulationLeakActuator(frontier, Duration.ofSeconds(60));
        List<String> ids = frontier.consumerIds();
        String cdu = frontier.model().plant().cdus().get(1).id();
        assertThat(Arrays.stream(a.affectedConsumers(cdu)).mapToObj(ids::get).toList())
                .as("racks on " + cdu + "'s loop").hasSize(3).allSatisfy(id -> assertThat(id).startsWith("rack-02-"));
    }

    private List<String> reactionPhases() {
        return store.journal(AlarmJournal.STREAM, Long.MIN_VALUE).stream()
                .map(e -> JournalJson.read(e.payload())).filter(m -> m.get("type").equals("reaction"))
                .map(m -> m.get("phase")).toList();
    }
}
