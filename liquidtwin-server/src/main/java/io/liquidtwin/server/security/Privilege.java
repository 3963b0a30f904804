package io.liquidtwin.server.security;

/** The Redfish standard privileges (DSP0266 "Privilege model"; {@code Privileges.PrivilegeType} in the schema). */
public enum Privilege {
    /** Read resources, establish a session. */
    Login,
    /** Change components: setpoints, modes, valves (CDU and tank controls, alarm acknowledgement). */
    ConfigureComponents,
    /** Change the service itself (session timeout, event subscriptions of others). */
    ConfigureManager,
    /** Create, change and delete accounts. */
    ConfigureUsers,
    /** Change one's own password, end one's own sessions. */
    ConfigureSelf
}
