package io.liquidtwin.server.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.liquidtwin.ops.store.ForwardingTelemetryStore;
import io.liquidtwin.ops.store.InMemoryTelemetryStore;
import io.liquidtwin.ops.store.JournalEntry;
import io.liquidtwin.ops.store.QuestDbTelemetryStore;
import io.liquidtwin.ops.store.TelemetryStore;
import io.liquidtwin.server.live.LiveTwin;
import io.liquidtwin.server.security.Principal;
import io.liquidtwin.server.security.Role;
import io.liquidtwin.sim.engine.PlantModel;
import io.liquidtwin.sim.engine.Simulation;
import io.liquidtwin.sim.plant.PlantLoader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit trail lives in the store's journal: it survives reopening, and no change is kept without its entry. */
class AuditDurabilityTest {

    static final Instant START = Instant.parse("2026-07-15T00:00:00Z");
    static final Actor OPERATOR = new Actor(new Principal("op", Role.Operator, "session-1"), Via.api);

    @TempDir
    Path dir;

    static Simulation sim() {
        Simulation sim = new Simulation(PlantModel.build(PlantLoader.load(Path.of("..", "examples",
                "qingdao-two-phase-1mw.yaml"))), new Simulation.Ambient(298.15, 291.15));
        sim.initialise();
        return sim;
    }

    @Test
    void theAuditSurvivesReopeningTheStore() {
        try (QuestDbTelemetryStore store = QuestDbTelemetryStore.open(dir);
             LiveTwin twin = new LiveTwin(sim(), store, List.of(), START, 10, Map.of())) {
            ControlService service = new ControlService(twin, new AuditLog(twin.store()), () -> START);
            service.setSetpoint(OPERATOR, "cdu", 36);
            twin.tick();
            service.setPumpMode(OPERATOR, "cdu.pump-1", Mode.Disabled);
            service.setValve(OPERATOR, "cdu", 30.0);
        }
        try (QuestDbTelemetryStore store = QuestDbTelemetryStore.open(dir)) {
            List<AuditRecord> audit = new AuditLog(store).since(0, 100);
            assertThat(audit).extracting(AuditRecord::command).containsExactly(Command.setpoint, Command.pumpMode,
                    Command.valve);
            assertThat(audit.get(0).session()).isEqualTo("session-1");
            assertThat(audit.get(0).after().path("setpointC").asDouble()).isEqualTo(36.0);
            assertThat(audit.get(1).twinMicros() - audit.get(0).twinMicros()).isEqualTo(10_000_000L);
            assertThat(audit.get(2).after().path("openingPercent").asDouble()).isEqualTo(30.0);
        }
    }

    @Test
    void aChangeWhoseAuditCannotBeWrittenIsUndone() {
        TelemetryStore failing = new ForwardingTelemetryStore(new InMemoryTelemetryStore()) {
            @Override
            public void appendJournal(JournalEntry entry) {
                throw new IllegalStateException("disk full");
            }
        };
        try (LiveTwin twin = new LiveTwin(sim(), failing, List.of(), START, 10, Map.of())) {
            ControlService service = new ControlService(twin, new AuditLog(failing), () -> START);
            assertThatThrownBy(() -> service.setSetpoint(OPERATOR, "cdu", 36)).hasMessageContaining("reverted");
            assertThat(service.setpointC("cdu")).isEqualTo(35.0);
            assertThatThrownBy(() -> service.setCduMode(OPERATOR, "cdu", Mode.Disabled))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(twin.<Boolean>read(sim -> sim.faults().cduInService("cdu"))).isTrue();
        }
    }
}
