package io.liquidtwin.ops.alarm;

import static io.liquidtwin.ops.alarm.AlarmState.ACKED;
import static io.liquidtwin.ops.alarm.AlarmState.LATCHED;
import static io.liquidtwin.ops.alarm.AlarmState.NORMAL;
import static io.liquidtwin.ops.alarm.AlarmState.OUT_OF_SERVICE;
import static io.liquidtwin.ops.alarm.AlarmState.RTN_UNACK;
import static io.liquidtwin.ops.alarm.AlarmState.SHELVED;
import static io.liquidtwin.ops.alarm.AlarmState.SUPPRESSED_BY_DESIGN;
import static io.liquidtwin.ops.alarm.AlarmState.UNACK;

import java.util.Optional;

/**
 * The ISA-18.2 alarm state transition function, pure (no clock, no journal). Transitions:
 *
 * <pre>
 * NORMAL     --active--> UNACK
 * UNACK      --ack-->    ACKED          UNACK     --clear--> RTN_UNACK
 * ACKED      --clear-->  NORMAL (LATCHED if latching)     ACKED --re-alarm--> UNACK
 * RTN_UNACK  --ack-->    NORMAL (LATCHED if latching)     RTN_UNACK --active--> UNACK
 * latching:  UNACK --clear | active--> UNACK (stays unacknowledged, latched; journaled with the new condition)
 *            UNACK --ack--> ACKED if the condition is active, else LATCHED
 * LATCHED    --reset-->  NORMAL         LATCHED   --active--> UNACK
 * NORMAL/UNACK/ACKED/RTN_UNACK/LATCHED/SHELVED --shelve--> SHELVED (re-shelving sets a new expiry)
 * SHELVED    --unshelve | expiry-->        UNACK if the condition is active, else NORMAL
 * any but SUPPRESSED_BY_DESIGN/OUT_OF_SERVICE --suppress--> SUPPRESSED_BY_DESIGN --unsuppress--> UNACK | NORMAL
 * any but OUT_OF_SERVICE --remove--> OUT_OF_SERVICE --return--> UNACK | NORMAL
 * </pre>
 *
 * A latching alarm (ANSI/ISA-18.2) does not return to normal by itself: if its condition clears while it is
 * unacknowledged it stays UNACK (never RTN_UNACK) and acknowledging it then latches it; if it clears while ACKED it
 * goes to LATCHED; only an operator reset brings it back to NORMAL. (RTN_UNACK --ack--> LATCHED stays for a
 * latching alarm found in RTN_UNACK in a journal written before this rule.) Leaving a hidden state goes through ISA's normal state and re-evaluates the condition at once, so an alarm whose
 * condition is active annunciates again (UNACK); acknowledgement and latching from before are not carried over.
 * Condition changes while hidden change no state.
 */
public final class AlarmMachine {

    private AlarmMachine() {
    }

    /**
     * @param from            current state
     * @param cause           what happened
     * @param latching        whether the alarm latches
     * @param conditionActive the (debounced) condition now, after {@code cause}
     * @return the next state, or empty if {@code cause} does not apply in {@code from} (no transition)
     */
    public static Optional<AlarmState> next(AlarmState from, Cause cause, boolean latching, boolean conditionActive) {
        AlarmState byCondition = conditionActive ? UNACK : NORMAL;
        AlarmState settled = latching ? LATCHED : NORMAL;
        AlarmState to = switch (cause) {
            case CONDITION_ACTIVE -> from == NORMAL || from == RTN_UNACK || from == LATCHED
                    || (latching && from == UNACK) ? UNACK : null;
            case CONDITION_CLEAR -> from == UNACK ? (latching ? UNACK : RTN_UNACK) : from == ACKED ? settled : null;
            case ACKNOWLEDGE -> from == UNACK ? (latching && !conditionActive ? LATCHED : ACKED)
                    : from == RTN_UNACK ? settled : null;
            case RE_ALARM -> from == ACKED ? UNACK : null;
            case RESET -> from == LATCHED ? NORMAL : null;
            case SHELVE -> from == SUPPRESSED_BY_DESIGN || from == OUT_OF_SERVICE ? null : SHELVED;
            case UNSHELVE, SHELVE_EXPIRED -> from == SHELVED ? byCondition : null;
            case SUPPRESS -> from == SUPPRESSED_BY_DESIGN || from == OUT_OF_SERVICE ? null : SUPPRESSED_BY_DESIGN;
            case UNSUPPRESS -> from == SUPPRESSED_BY_DESIGN ? byCondition : null;
            case REMOVE_FROM_SERVICE -> from == OUT_OF_SERVICE ? null : OUT_OF_SERVICE;
            case RETURN_TO_SERVICE -> from == OUT_OF_SERVICE ? byCondition : null;
        };
        return Optional.ofNullable(to);
    }
}
