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

    /** @return a number as a client wrote it: {@code 38} rather than {@code 38.0} */
    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
