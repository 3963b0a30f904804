package io.liquidtwin.ops.alarm;

/**
 * What happens to the equipment a leak detector monitors when it detects a leak: the values of the DMTF Redfish
 * {@code LeakDetector.LeakReaction} property (LeakDetector v1.4.0+).
 */
public enum LeakReaction {
    /** No reaction: only the alarm. */
    NONE("None"),
    /** Gracefully shut down: the affected consumers' IT load is ramped to 0. */
    GRACEFUL_SHUTDOWN("GracefulShutdown"),
    /** Forcefully shut down: the affected consumers' IT load goes to 0 at once. */
    FORCE_OFF("ForceOff");

    private final String redfishName;

    LeakReaction(String redfishName) {
        this.redfishName = redfishName;
    }

    /** @return the Redfish enum value, e.g. {@code GracefulShutdown} */
    public String redfishName() {
        return redfishName;
    }

    /** @return the reaction with this Redfish name, or empty */
    public static java.util.Optional<LeakReaction> ofRedfish(String name) {
        for (LeakReaction r : values()) {
            if (r.redfishName.equals(name)) {
                return java.util.Optional.of(r);
            }
        }
        return java.util.Optional.empty();
    }
}
