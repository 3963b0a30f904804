package io.liquidtwin.server.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liquidtwin.server.error.ApiException;
import io.liquidtwin.server.error.Problem;
import io.liquidtwin.server.live.LiveTwin;
import io.liquidtwin.server.security.Privilege;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The one place every command that changes the running simulation goes through, whichever interface it came from
 * (Redfish, REST API). A command:
 * <ol>
 * <li>needs {@link Command#privilege()} (ConfigureComponents; a Manager reset ConfigureManager); a caller without
 * it is refused (403) and the attempt is audited as
 * {@link Outcome#denied};</li>
 * <li>is parsed and checked against the plant (target known, value within {@link SetpointRules}); a bad one is
 * refused (400) and audited as {@link Outcome#rejected}; the simulation is not touched;</li>
 * <li>is applied under the twin's lock ({@link LiveTwin#control}): the target's state is read before and after, and
 * the {@link Outcome#applied} entry is appended to the {@link AuditLog} (durable) before the lock is released and
 * success returned. If the audit entry cannot be written, the change is reverted and the command fails (500): no
 * change without its audit entry.</li>
 * </ol>
 * Anonymous requests never reach the service (401 at the interface) and are not audited.
 */
public final class ControlService {

    /** The result of an applied command. */
    public record Change(Command command, String target, JsonNode before, JsonNode after) {
    }

    private final LiveTwin twin;
    private final AuditLog audit;
    private final InstantSource wall;

    public ControlService(LiveTwin twin, AuditLog audit, InstantSource wall) {
        this.twin = Objects.requireNonNull(twin, "twin");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.wall = Objects.requireNonNull(wall, "wall");
    }

    /** @return the audit trail */
    public AuditLog audit() {
        return audit;
    }

    /** @return the setpoints {@code target} (a CDU or facility loop id) accepts now */
    public SetpointRange setpointRange(String target) {
        return twin.read(sim -> {
            if (!sim.faults().setpointTargets().contains(target)) {
                throw new ApiException(Problem.RESOURCE_NOT_FOUND, "SetpointTarget", target);
            }
            return SetpointRules.of(sim, target);
        });
    }

    /** @return the setpoint of {@code target} now, °C */
    public double setpointC(String target) {
        return twin.read(sim -> sim.faults().setpointC(target));
    }

    /** Sets a CDU's secondary supply or a facility loop's supply setpoint, °C. */
    public Change setSetpoint(Actor actor, String target, double setpointC) {
        return execute(actor, Command.setpoint, target, null,
                () -> new Request.Setpoint(target, setpointC, "target", "setpointC"));
    }

    /** Puts a CDU in service (Enabled) or takes it out (Disabled). */
    public Change setCduMode(Actor actor, String cduId, Mode mode) {
        return execute(actor, Command.cduMode, cduId, null, () -> new Request.CduMode(cduId, mode, "cdu"));
    }

    /** Makes a pump (engine id, e.g. {@code cdu.pump-1}) available (Enabled) or trips it (Disabled). */
    public Change setPumpMode(Actor actor, String pumpId, Mode mode) {
        return execute(actor, Command.pumpMode, pumpId, null, () -> new Request.PumpMode(pumpId, mode, "pump"));
    }

    /** Holds a CDU's primary valve at {@code percentOpen} (0–100), or returns it to its controller (null). */
    public Change setValve(Actor actor, String cduId, Double percentOpen) {
        return execute(actor, Command.valve, cduId, null,
                () -> new Request.Valve(cduId, percentOpen, "cdu", "percentOpen"));
    }

    /**
     * Runs a command whose parameters are parsed by {@code parse} (which throws {@link ApiException} for a bad body)
     * only after the caller's privilege is established.
     *
     * @param rawRequest the body as sent, audited as the request (null: the parsed parameters are audited)
     */
    Change execute(Actor actor, Command command, String target, JsonNode rawRequest, Supplier<Request> parse) {
        if (!actor.who().has(command.privilege())) {
            ApiException e = new ApiException(Problem.INSUFFICIENT_PRIVILEGE);
            refused(actor, command, target, rawRequest, Outcome.denied, e);
            throw e;
        }
        Request r;
        try {
            r = parse.get();
        } catch (ApiException e) {
            refused(actor, command, target, rawRequest, Outcome.rejected, e);
            throw e;
        }
        JsonNode requested = rawRequest != null ? rawRequest : r.requested();
        return twin.control(sim -> {
            try {
                r.check(sim);
            } catch (ApiException e) {
                refused(actor, command, r.target(), requested, Outcome.rejected, e);
                throw e;
            }
            ObjectNode before = r.read(sim);
            r.apply(sim);
            ObjectNode after = r.read(sim);
            try {
                audit.append(record(actor, command, r.target(), requested, before, after, Outcome.applied, ""));
            } catch (RuntimeException e) {
                r.revert(sim, before);
                throw new IllegalStateException("the audit entry of " + command + " on " + r.target()
                        + " could not be written; the change was reverted", e);
            }
            return new Change(command, r.target(), before, after);
        });
    }

    private void refused(Actor actor, Command command, String target, JsonNode requested, Outcome outcome,
                         ApiException why) {
        audit.append(record(actor, command, target, requested, null, null, outcome,
                why.occurrences().get(0).message()));
    }

    private AuditRecord record(Actor a, Command command, String target, JsonNode requested, JsonNode before,
                               JsonNode after, Outcome outcome, String detail) {
        Instant now = wall.instant();
        long wallMicros = Math.multiplyExact(now.getEpochSecond(), 1_000_000L) + now.getNano() / 1000;
        return new AuditRecord(UUID.randomUUID().toString(), wallMicros, twin.epochMicrosNow(), a.who().userName(),
                a.who().role().name(), a.session(), a.via(), command, target == null ? "" : target, requested, before,
                after, outcome, detail);
    }
}
