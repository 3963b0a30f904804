package io.liquidtwin.server.control;

import java.util.Optional;

/** The Redfish {@code CoolingUnitMode} / {@code PumpMode}: a unit enabled (in service) or disabled. */
public enum Mode {
    Enabled, Disabled;

    /** @return the mode spelled exactly as Redfish does, if it is one */
    public static Optional<Mode> parse(String s) {
        for (Mode m : values()) {
            if (m.name().equals(s)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
