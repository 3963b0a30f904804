package io.liquidtwin.ops.alarm;

import static io.liquidtwin.ops.alarm.AlarmState.*;
import static io.liquidtwin.ops.alarm.Cause.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every (state, cause) pair of the transition function, for latching and non-latching, condition on and off. */
class AlarmMachineTest {

    /** from, cause, latching, condition → expected (null: no transition). */
    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of(NORMAL, CONDITION_ACTIVE, false, true, UNACK),
                Arguments.of(NORMAL, CONDITION_CLEAR, false, false, null),
                Arguments.of(NORMAL, ACKNOWLEDGE, false, false, null),
                Arguments.of(NORMAL, RESET, true, false, null),
                Arguments.of(UNACK, ACKNOWLEDGE, false, true, ACKED),
                Arguments.of(UNACK, CONDITION_CLEAR, false, false, RTN_UNACK),
                Arguments.of(UNACK, CONDITION_CLEAR, true, false, UNACK),
                Arguments.of(UNACK, CONDITION_ACTIVE, true, true, UNACK),
                Arguments.of(UNACK, CONDITION_ACTIVE, false, true, null),
                Arguments.of(UNACK, ACKNOWLEDGE, true, true, ACKED),
                Arguments.of(UNACK, ACKNOWLEDGE, true, false, LATCHED),
                Arguments.of(UNACK, ACKNOWLEDGE, false, false, ACKED),
                Arguments.of(UNACK, RE_ALARM, false, true, null),
                Arguments.of(ACKED, CONDITION_CLEAR, false, false, NORMAL),
                Arguments.of(ACKED, CONDITION_CLEAR, true, false, LATCHED),
                Arguments.of(ACKED, RE_ALARM, false, true, UNACK),
                Arguments.of(ACKED, ACKNOWLEDGE, false, true, null),
                Arguments.of(RTN_UNACK, ACKNOWLEDGE, false, false, NORMAL),
                Arguments.of(RTN_UNACK, ACKNOWLEDGE, true, false, LATCHED),
                Arguments.of(RTN_UNACK, CONDITION_ACTIVE, false, true, UNACK),
                Arguments.of(RTN_UNACK, RESET, true, false, null),
                Arguments.of(LATCHED, RESET, true, false, NORMAL),
                Arguments.of(LATCHED, CONDITION_ACTIVE, true, true, UNACK),
                Arguments.of(LATCHED, ACKNOWLEDGE, true, false, null),
                Arguments.of(NORMAL, SHELVE, false, false, SHELVED),
                Arguments.of(UNACK, SHELVE, false, true, SHELVED),
                Arguments.of(ACKED, SHELVE, false, true, SHELVED),
                Arguments.of(RTN_UNACK, SHELVE, false, false, SHELVED),
                Arguments.of(LATCHED, SHELVE, true, false, SHELVED),
                Arguments.of(SHELVED, SHELVE, false, false, SHELVED),
                Arguments.of(SHELVED, UNSHELVE, false, true, UNACK),
                Arguments.of(SHELVED, UNSHELVE, false, false, NORMAL),
                Arguments.of(SHELVED, SHELVE_EXPIRED, false, true, UNACK),
                Arguments.of(SHELVED, SHELVE_EXPIRED, false, false, NORMAL),
                Arguments.of(SHELVED, CONDITION_ACTIVE, false, true, null),
                Arguments.of(SHELVED, ACKNOWLEDGE, false, true, null),
                Arguments.of(SHELVED, SUPPRESS, false, false, SUPPRESSED_BY_DESIGN),
                Arguments.of(NORMAL, SUPPRESS, false, false, SUPPRESSED_BY_DESIGN),
                Arguments.of(UNACK, SUPPRESS, false, true, SUPPRESSED_BY_DESIGN),
                Arguments.of(SUPPRESSED_BY_DESIGN, SUPPRESS, false, true, null),
                Arguments.of(SUPPRESSED_BY_DESIGN, SHELVE, false, true, null),
                Arguments.of(SUPPRESSED_BY_DESIGN, UNSUPPRESS, false, true, UNACK),
                Arguments.of(SUPPRESSED_BY_DESIGN, UNSUPPRESS, false, false, NORMAL),
                Arguments.of(SUPPRESSED_BY_DESIGN, CONDITION_ACTIVE, false, true, null),
                Arguments.of(SUPPRESSED_BY_DESIGN, REMOVE_FROM_SERVICE, false, true, OUT_OF_SERVICE),
                Arguments.of(NORMAL, REMOVE_FROM_SERVICE, false, false, OUT_OF_SERVICE),
                Arguments.of(ACKED, REMOVE_FROM_SERVICE, false, true, OUT_OF_SERVICE),
                Arguments.of(SHELVED, REMOVE_FROM_SERVICE, false, true, OUT_OF_SERVICE),
                Arguments.of(OUT_OF_SERVICE, REMOVE_FROM_SERVICE, false, true, null),
                Arguments.of(OUT_OF_SERVICE, SUPPRESS, false, true, null),
                Arguments.of(OUT_OF_SERVICE, SHELVE, false, true, null),
                Arguments.of(OUT_OF_SERVICE, CONDITION_CLEAR, false, false, null),
                Arguments.of(OUT_OF_SERVICE, RETURN_TO_SERVICE, false, true, UNACK),
                Arguments.of(OUT_OF_SERVICE, RETURN_TO_SERVICE, false, false, NORMAL));
    }

    @ParameterizedTest(name = "{0} --{1} (latching {2}, condition {3})--> {4}")
    @MethodSource("table")
    void transitionTable(AlarmState from, Cause cause, boolean latching, boolean condition, AlarmState expected) {
        assertThat(AlarmMachine.next(from, cause, latching, condition)).isEqualTo(Optional.ofNullable(expected));
    }
}
