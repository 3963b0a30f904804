package io.liquidtwin.server.rest;

import io.liquidtwin.ops.alarm.AlarmDefinition;
import io.liquidtwin.ops.alarm.AlarmDefinitions;
import io.liquidtwin.server.http.TestServer;
import io.liquidtwin.server.redfish.RedfishRoutes;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** A test server over the Qingdao plant with the REST API (before the Redfish routes) and a few alarms. */
final class RestFixture {

    /** A leak alarm with a reaction, a HI alarm active from the first sample, and a HI alarm that never fires. */
    static final String ALARMS = """
            alarms:
              - id: cdu-leak
                series: {name: cdu.leak_detector, tags: {plant: test}}
                kind: DISCRETE
                activeValues: [2]
                priority: CRITICAL
              - id: supply-hi
                series: {name: cdu.secondary_supply_temp, tags: {plant: test, unit: °C}}
                kind: HI
                limit: 1
                deadband: 0.5
                priority: HIGH
              - id: supply-hihi
                series: {name: cdu.secondary_supply_temp, tags: {plant: test, unit: °C}}
                kind: HIHI
                limit: 500
                priority: CRITICAL
            """;

    private RestFixture() {
    }

    static List<AlarmDefinition> alarms() {
        return AlarmDefinitions.parse(ALARMS, "test-alarms.yaml");
    }

    static RestApi.Options options(Path studiesDir) {
        return new RestApi.Options(studiesDir, 1, 4, 50, Duration.ofSeconds(1), Duration.ofSeconds(30), 10_000,
                10_000, Duration.ofHours(24));
    }

    static TestServer start(Path dataDir, RestApi api) {
        return TestServer.start(dataDir, "qingdao-two-phase-1mw.yaml", alarms(), List.of(api, new RedfishRoutes()));
    }

    static TestServer start(Path dataDir) {
        return start(dataDir, new RestApi(options(dataDir.resolve("no-studies"))));
    }
}
