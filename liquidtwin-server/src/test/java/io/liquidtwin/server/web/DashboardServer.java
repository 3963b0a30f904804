package io.liquidtwin.server.web;

import io.liquidtwin.ops.alarm.AlarmDefinition;
import io.liquidtwin.ops.alarm.AlarmDefinitions;
import io.liquidtwin.server.http.ServerModules;
import io.liquidtwin.server.http.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A {@link TestServer} of the Qingdao plant with every standard module and the example alarms
 * ({@code examples/alarms/qingdao-alarms.yaml}, retagged for the test twin's {@code plant=test}).
 */
final class DashboardServer {

    private DashboardServer() {
    }

    static List<AlarmDefinition> alarms() {
        try {
            String yaml = Files.readString(Path.of("..", "examples", "alarms", "qingdao-alarms.yaml"))
                    .replace("plant: qingdao-two-phase-1mw", "plant: test");
            return AlarmDefinitions.parse(yaml, "qingdao-alarms.yaml (plant=test)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TestServer start(Path dir) {
        return TestServer.start(dir, "qingdao-two-phase-1mw.yaml", alarms(), ServerModules.standard());
    }
}
