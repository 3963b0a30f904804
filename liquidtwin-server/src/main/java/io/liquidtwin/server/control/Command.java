package io.liquidtwin.server.control;

import io.liquidtwin.server.security.Privilege;

/** The kinds of command the control service carries out (the audit's {@code command}). */
public enum Command {
    /** A supply-temperature setpoint (CDU secondary supply or facility loop supply), °C. */
    setpoint,
    /** A CDU in service (Enabled) or out of service (Disabled). */
    cduMode,
    /** A pump available (Enabled) or tripped (Disabled). */
    pumpMode,
    /** A CDU primary valve held at an opening (manual) or under its controller (automatic). */
    valve,
    /**
     * The Manager's Reset (GracefulRestart): the control layer restarts from the plant's configuration (needs
     * ConfigureManager).
     */
    managerReset;

    /** @return the privilege the command needs */
    public Privilege privilege() {
        return this == managerReset ? Privilege.ConfigureManager : Privilege.ConfigureComponents;
    }
}
