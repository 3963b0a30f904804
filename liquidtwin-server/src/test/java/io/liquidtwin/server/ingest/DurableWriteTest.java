package io.liquidtwin.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.liquidtwin.ops.store.QuestDbTelemetryStore;
import io.liquidtwin.ops.store.Sample;
import io.liquidtwin.ops.store.SeriesKey;
import io.liquidtwin.server.http.BenchServer;
import io.liquidtwin.server.http.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An acknowledged HTTP write to a QuestDB-backed twin survives closing everything and reopening the store. */
class DurableWriteTest {

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedSampleIsThereAfterReopeningTheStore() throws Exception {
        Path storeDir = dir.resolve("store");
        HttpClient http = HttpClient.newHttpClient();
        List<String> acknowledged = new ArrayList<>();
        try (BenchServer s = new BenchServer(dir, Path.of("..", "examples", "qingdao-two-phase-1mw.yaml"),
                QuestDbTelemetryStore.open(storeDir), 0, 0)) {
            for (int batch = 0; batch < 5; batch++) {
                StringBuilder body = new StringBuilder();
                for (int i = 0; i < 200; i++) {
                    long t = InfluxWriteTest.T0_S * 1000 + batch * 200 + i;
                    body.append("sensor,rack=r").append(i % 7).append(" temp=").append(20 + i * 0.01)
                            .append(",load=").append(i).append("i ").append(t).append('\n');
                }
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                                + s.server.port() + "/api/v2/write?org=o&bucket=b&precision=ms"))
                        .header("Authorization", TestServer.basic(TestServer.OPERATOR, TestServer.PASSWORD))
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as(r.body()).isEqualTo(204);
                acknowledged.add(body.toString());
            }
        }
        try (QuestDbTelemetryStore reopened = QuestDbTelemetryStore.open(storeDir)) {
            int found = 0;
            for (String body : acknowledged) {
                for (String line : body.split("\n")) {
                    String[] parts = line.split(" ");
                    String rack = parts[0].substring("sensor,rack=".length());
                    long micros = Long.parseLong(parts[2]) * 1000;
                    String[] fields = parts[1].split(",");
                    double temp = Double.parseDouble(fields[0].substring("temp=".length()));
                    double load = Double.parseDouble(fields[1].substring("load=".length(), fields[1].length() - 1));
                    assertThat(value(reopened, "sensor.temp", rack, micros)).isEqualTo(temp);
                    assertThat(value(reopened, "sensor.load", rack, micros)).isEqualTo(load);
                    found += 2;
                }
            }
            assertThat(found).isEqualTo(5 * 200 * 2);
            assertThat(reopened.series(Map.of("rack", "r0"))).hasSize(2);
        }
    }

    private static double value(QuestDbTelemetryStore store, String name, String rack, long micros) {
        List<Sample> got = store.range(new SeriesKey(name, Map.of("rack", rack)), micros, micros + 1);
        assertThat(got).as(name + " " + rack + " @" + micros).hasSize(1);
        return got.get(0).value();
    }
}
