package io.liquidtwin.ops.alarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.liquidtwin.ops.store.SeriesKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading alarm definitions from YAML: every kind and option, and file:line: field errors. */
class AlarmDefinitionsTest {

    private static final String ALL = """
            alarms:
              - id: supply-hi
                series: {name: cdu.secondary_supply_temp, tags: {plant: qingdao, cdu: cdu}}
                kind: HI
                limit: 45
                deadband: 1.5
                priority: HIGH
                onDelaySeconds: 10
                offDelaySeconds: 5
                latching: true
                reAlarmMinutes: 30
              - id: level-lolo
                series: {name: cdu.reservoir_level}
                kind: LOLO
                limit: 0.5
                priority: critical
              - id: temp-rate
                series: {name: cdu.secondary_supply_temp}
                kind: RATE
                unitsPerMinute: 2
                windowSeconds: 60
                priority: MEDIUM
              - id: flow-stale
                series: {name: cdu.flow}
                kind: STALE
                staleSeconds: 30
                priority: LOW
              - id: cdu-leak
                series: {name: cdu.leak_detector, tags: {cdu: cdu}}
                kind: DISCRETE
                activeValues: [2]
                priority: CRITICAL
                leakReaction: {cdu: cdu, reaction: GracefulShutdown, reactionDelaySeconds: 30}
              - id: twin-supply
                series: {name: cdu.secondary_supply_temp}
                kind: RESIDUAL
                hook: supply
                limit: 3
                priority: MEDIUM
            """;

    @Test
    void readsEveryKindAndOption(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("alarms.yaml");
        Files.writeString(f, ALL);
        List<AlarmDefinition> d = AlarmDefinitions.read(f);
        assertThat(d).extracting(AlarmDefinition::id).containsExactly("supply-hi", "level-lolo", "temp-rate",
                "flow-stale", "cdu-leak", "twin-supply");
        AlarmDefinition hi = d.get(0);
        assertThat(hi.series()).isEqualTo(new SeriesKey("cdu.secondary_supply_temp",
                Map.of("plant", "qingdao", "cdu", "cdu")));
        assertThat(hi.condition()).isEqualTo(new Condition.Limit(Condition.LimitType.HI, 45, 1.5));
        assertThat(hi.onDelay()).isEqualTo(Duration.ofSeconds(10));
        assertThat(hi.offDelay()).isEqualTo(Duration.ofSeconds(5));
        assertThat(hi.latching()).isTrue();
        assertThat(hi.reAlarm()).isEqualTo(Duration.ofMinutes(30));
        assertThat(d.get(1).priority()).isEqualTo(Priority.CRITICAL);
        assertThat(d.get(1).latching()).isFalse();
        assertThat(d.get(1).reAlarm()).isZero();
        assertThat(d.get(2).condition()).isEqualTo(new Condition.RateOfChange(2, 60, 0));
        assertThat(d.get(3).condition()).isEqualTo(new Condition.Stale(30));
        assertThat(d.get(4).condition()).isEqualTo(new Condition.Discrete(Set.of(2L)));
        assertThat(d.get(4).leakReaction()).contains(new LeakReactionSpec("cdu", LeakReaction.GRACEFUL_SHUTDOWN, 30));
        assertThat(d.get(5).condition()).isEqualTo(new Condition.Residual("supply", 3, 0));
    }

    @Test
    void errorsNameFileLineAndFieldAllAtOnce() {
        String yaml = """
                alarms:
                  - id: a
                    series: {name: x}
                    kind: HIGH
                    priority: HIGH
                  - id: b
                    series: {name: x}
                    kind: HI
                    limit: hot
                    priority: URGENT
                    latching: yes please
                  - id: c
                    series: {name: x}
                    kind: DISCRETE
                    activeValues: []
                    priority: LOW
                    colour: red
                  - id: d
                    series: {name: x}
                    kind: HI
                    limit: 1
                    priority: LOW
                    leakReaction: {cdu: cdu, reaction: Explode}
                  - id: a
                    series: {name: x}
                    kind: STALE
                    priority: LOW
                    staleSeconds: 10
                    onDelaySeconds: -1
                """;
        AlarmDefinitionException e = catchThrowableOfType(AlarmDefinitionException.class,
                () -> AlarmDefinitions.parse(yaml, "alarms.yaml"));
        assertThat(e.problems()).containsExactly(
                "alarms.yaml:4: kind: 'HIGH' is not one of [HI, HIHI, LO, LOLO, RATE, STALE, DISCRETE, RESIDUAL]",
                "alarms.yaml:9: limit: not a number: 'hot'",
                "alarms.yaml:10: priority: 'URGENT' is not one of [CRITICAL, HIGH, MEDIUM, LOW]",
                "alarms.yaml:11: latching: expected true or false, got 'yes please'",
                "alarms.yaml:17: colour: unknown field (allowed: [activeValues, deadband, hook, id, kind, latching, "
                        + "leakReaction, limit, offDelaySeconds, onDelaySeconds, priority, reAlarmMinutes, series, "
                        + "staleSeconds, unitsPerMinute, windowSeconds])",
                "alarms.yaml:15: activeValues: a non-empty list of integers is required",
                "alarms.yaml:23: reaction: 'Explode' is not None, GracefulShutdown or ForceOff",
                "alarms.yaml:29: onDelaySeconds: must be a finite number ≥ 0, got -1");
    }

    @Test
    void duplicateIdsAndMissingFields() {
        assertThatThrownBy(() -> AlarmDefinitions.parse("""
                alarms:
                  - id: a
                    series: {name: x}
                    kind: STALE
                    staleSeconds: 5
                    priority: LOW
                  - id: a
                    series: {name: x}
                    kind: STALE
                    staleSeconds: 5
                    priority: LOW
                  - series: {name: x}
                    kind: HI
                    priority: LOW
                """, "f.yaml")).isInstanceOf(AlarmDefinitionException.class)
                .hasMessageContaining("f.yaml:7: id: duplicate alarm id 'a'")
                .hasMessageContaining("f.yaml:12: id: required")
                .hasMessageContaining("f.yaml:12: limit: required");
        assertThatThrownBy(() -> AlarmDefinitions.parse("alarm: []", "g.yaml"))
                .hasMessage("g.yaml:1: alarms: a list of alarms is required");
        assertThatThrownBy(() -> AlarmDefinitions.parse("alarms: [", "h.yaml")).hasMessageStartingWith("h.yaml: YAML:");
    }
}
