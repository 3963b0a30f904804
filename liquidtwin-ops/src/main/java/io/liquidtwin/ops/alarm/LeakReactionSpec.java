package io.liquidtwin.ops.alarm;

import java.util.Objects;

/**
 * The Redfish leak reaction of a leak detector alarm: when the detector's condition becomes active (e.g. Critical),
 * wait {@code reactionDelaySeconds} and, unless the condition cleared (the detector returned to OK) first, apply
 * {@code reaction} to the equipment cooled by CDU {@code cduId} (Redfish {@code ReactionDelaySeconds} semantics).
 *
 * @param cduId                the CDU whose detector this is
 * @param reaction             what to do
 * @param reactionDelaySeconds delay, s (≥ 0)
 */
public record LeakReactionSpec(String cduId, LeakReaction reaction, long reactionDelaySeconds) {
    public LeakReactionSpec {
        Objects.requireNonNull(cduId, "cduId");
        Objects.requireNonNull(reaction, "reaction");
        if (reactionDelaySeconds < 0) {
            throw new IllegalArgumentException("reactionDelaySeconds must be ≥ 0, got " + reactionDelaySeconds);
        }
    }
}
