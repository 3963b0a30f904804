package io.liquidtwin.server.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liquidtwin.server.error.ApiException;
import io.liquidtwin.server.error.Problem;
import io.liquidtwin.sim.engine.FaultControls;
import io.liquidtwin.sim.engine.Simulation;
import java.util.List;

/**
 * One validated command on one target: how to check it against the plant, read the target's state, apply it, and
 * put the state back. Every method runs under the twin's lock. The field names are those the caller's interface uses,
 * so a refusal names the property the client sent ({@code SetPoint} in Redfish, {@code setpointC} in the API).
 */
sealed interface Request {

    JsonNodeFactory F = JsonNodeFactory.instance;

    Command command();

    String target();

    /** @return the parameters as asked, for the audit */
    ObjectNode requested();

    /** @throws ApiException (400) when the target is unknown or the value is not acceptable now */
    void check(Simulation sim);

    /** @return the target's state now */
    ObjectNode read(Simulation sim);

    void apply(Simulation sim);

    /** Puts back the state {@code before} (when the audit entry could not be written). */
    void revert(Simulation sim, JsonNode before);

    private static void known(String id, List<String> valid, String field) {
        if (!valid.contains(id)) {
            throw new ApiException(Problem.PROPERTY_VALUE_NOT_IN_LIST, id, field);
        }
    }

    /** A supply-temperature setpoint of a CDU (secondary supply) or facility loop (loop supply). */
    record Setpoint(String target, double setpointC, String targetField, String valueField) implements Request {
        @Override
        public Command command() {
            return Command.setpoint;
        }

        @Override
        public ObjectNode requested() {
            return F.objectNode().put("setpointC", setpointC);
        }

        @Override
        public void check(Simulation sim) {
            known(target, sim.faults().setpointTargets(), targetField);
            if (!SetpointRules.of(sim, target).contains(setpointC)) {
                throw new ApiException(Problem.PROPERTY_VALUE_OUT_OF_RANGE, number(setpointC), valueField);
            }
        }

        @Override
        public ObjectNode read(Simulation sim) {
            return F.objectNode().put("setpointC", sim.faults().setpointC(target));
        }

        @Override
        public void apply(Simulation sim) {
            sim.faults().setSetpoint(target, setpointC);
        }

        @Override
        public void revert(Simulation sim, JsonNode before) {
            sim.faults().setSetpoint(target, before.path("setpointC").asDouble());
        }
    }

    /** A CDU in service (Enabled: restoreCdu) or out of service (Disabled: loseCdu). */
    record CduMode(String target, Mode mode, String targetField) implements Request {
        @Override
        public Command command() {
            return Command.cduMode;
        }

        @Override
        public ObjectNode requested() {
            return F.objectNode().put("mode", mode.name());
        }

        @Override
        public void check(Simulation sim) {
            known(target, sim.faults().cduIds(), targetField);
        }

        @Override
        public ObjectNode read(Simulation sim) {
            boolean in = sim.faults().cduInService(target);
            return F.objectNode().put("mode", (in ? Mode.Enabled : Mode.Disabled).name()).put("inService", in);
        }

        @Override
        public void apply(Simulation sim) {
            set(sim.faults(), mode);
        }

        @Override
        public void revert(Simulation sim, JsonNode before) {
            set(sim.faults(), Mode.valueOf(before.path("mode").asText()));
        }

        private void set(FaultControls f, Mode m) {
            if (m == Mode.Enabled) {
                f.restoreCdu(target);
            } else if (f.cduInService(target)) {
                f.loseCdu(target);
            }
        }
    }

    /** A pump available (Enabled: restorePump) or tripped (Disabled: tripPump); ids are the engine's. */
    record PumpMode(String target, Mode mode, String targetField) implements Request {
        @Override
        public Command command() {
            return Command.pumpMode;
        }

        @Override
        public ObjectNode requested() {
            return F.objectNode().put("mode", mode.name());
        }

        @Override
        public void check(Simulation sim) {
            known(target, sim.faults().pumpIds(), targetField);
        }

        @Override
        public ObjectNode read(Simulation sim) {
            boolean available = sim.faults().pumpAvailable(target);
            return F.objectNode().put("mode", (available ? Mode.Enabled : Mode.Disabled).name())
                    .put("available", available).put("running", sim.faults().pumpRunning(target));
        }

        @Override
        public void apply(Simulation sim) {
            set(sim.faults(), mode);
        }

        @Override
        public void revert(Simulation sim, JsonNode before) {
            set(sim.faults(), Mode.valueOf(before.path("mode").asText()));
        }

        private void set(FaultControls f, Mode m) {
            if (m == Mode.Enabled) {
                if (!f.pumpAvailable(target)) {
                    f.restorePump(target);
                }
            } else if (f.pumpAvailable(target)) {
                f.tripPump(target);
            }
        }
    }

    /**
     * A CDU's primary valve held at {@code percentOpen} (manual override: stickValve) or, when null, back under its
     * controller (releaseValve).
     */
    record Valve(String target, Double percentOpen, String targetField, String valueField) implements Request {
        @Override
        public Command command() {
            return Command.valve;
        }

        @Override
        public ObjectNode requested() {
            ObjectNode n = F.objectNode();
            if (percentOpen == null) {
                n.putNull("percentOpen");
            } else {
                n.put("percentOpen", percentOpen);
            }
            return n;
        }

        @Override
        public void check(Simulation sim) {
            known(target, sim.faults().cduIds(), targetField);
            if (percentOpen != null && !(percentOpen >= 0 && percentOpen <= 100)) {
                throw new ApiException(Problem.PROPERTY_VALUE_OUT_OF_RANGE, number(percentOpen), valueField);
            }
        }

        @Override
        public ObjectNode read(Simulation sim) {
            boolean stuck = sim.faults().valveStuck(target);
            return F.objectNode().put("control", stuck ? "manual" : "automatic")
                    .put("openingPercent", Math.round(sim.faults().valveOpening(target) * 1e6) / 1e4);
        }

        @Override
        public void apply(Simulation sim) {
            if (percentOpen == null) {
                sim.faults().releaseValve(target);
            } else {
                sim.faults().stickValve(target, percentOpen / 100);
            }
        }

        @Override
        public void revert(Simulation sim, JsonNode before) {
            if (before.path("control").asText().equals("manual")) {
                sim.faults().stickValve(target, before.path("openingPercent").asDouble() / 100);
            } else {
                sim.faults().releaseValve(target);
            }
        }
    }

    /**
     * The Manager's GracefulRestart: the control layer restarts from the plant's configuration. Every tripped pump is
     * available again, every CDU out of service returns to service, every held valve returns to its controller and
     * every supply setpoint to the plant's value. The physics carry on from their state (no jump); faults that are
     * not control commands (leaks, failed sensors or fans) stay, as they would through a controller restart.
     */
    record Reset(String target, String resetType) implements Request {
        @Override
        public Command command() {
            return Command.managerReset;
        }

        @Override
        public ObjectNode requested() {
            return F.objectNode().put("ResetType", resetType);
        }

        @Override
        public void check(Simulation sim) {
        }

        @Override
        public ObjectNode read(Simulation sim) {
            FaultControls f = sim.faults();
            ObjectNode n = F.objectNode();
            var pumps = n.putArray("unavailablePumps");
            f.pumpIds().stream().filter(p -> !f.pumpAvailable(p)).forEach(pumps::add);
            var cdus = n.putArray("cdusOutOfService");
            f.cduIds().stream().filter(c -> !f.cduInService(c)).forEach(cdus::add);
            ObjectNode valves = n.putObject("heldValvesPercent");
            f.cduIds().stream().filter(f::valveStuck)
                    .forEach(c -> valves.put(c, Math.round(f.valveOpening(c) * 1e6) / 1e4));
            ObjectNode setpoints = n.putObject("setpointsC");
            f.setpointTargets().forEach(t -> setpoints.put(t, Math.round(f.setpointC(t) * 1e4) / 1e4));
            return n;
        }

        @Override
        public void apply(Simulation sim) {
            FaultControls f = sim.faults();
            f.pumpIds().stream().filter(p -> !f.pumpAvailable(p)).forEach(f::restorePump);
            f.cduIds().stream().filter(c -> !f.cduInService(c)).forEach(f::restoreCdu);
            f.cduIds().stream().filter(f::valveStuck).forEach(f::releaseValve);
            var plant = sim.model().plant();
            for (String t : f.setpointTargets()) {
                double configuredC = plant.cdus().stream().filter(c -> c.id().equals(t)).findFirst()
                        .map(c -> c.secondarySupplySetpointK()).or(() -> plant.loop(t)
                                .map(l -> l.supplyTempSetpointK())).orElseThrow() - 273.15;
                if (Math.abs(f.setpointC(t) - configuredC) > 1e-9) {
                    f.setSetpoint(t, configuredC);
                }
            }
        }

        @Override
        public void revert(Simulation sim, JsonNode before) {
            FaultControls f = sim.faults();
            before.path("setpointsC").properties().forEach(e -> f.setSetpoint(e.getKey(), e.getValue().asDouble()));
            before.path("heldValvesPercent").properties()
                    .forEach(e -> f.stickValve(e.getKey(), e.getValue().asDouble() / 100));
            before.path("cdusOutOfService").forEach(c -> f.loseCdu(c.asText()));
            before.path("unavailablePumps").forEach(p -> f.tripPump(p.asText()));
        }
    }

    /** @return a number as a client wrote it: {@code 38} rather than {@code 38.0} */
    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
