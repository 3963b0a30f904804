package io.liquidtwin.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.liquidtwin.server.http.TestServer;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Manager's alarm LogService: the alarm journal's condition changes as LogEntries, read each time. */
class RedfishLogsTest {

    private static final String LOGS = "/redfish/v1/Managers/TwinManager/LogServices";
    private static final String ENTRIES = LOGS + "/Alarms/Entries";

    @TempDir
    Path dir;

    @Test
    void anAlarmThatBecomesActiveIsAnEventEntryWithItsRegistryMessage() {
        try (TestServer s = RestFixture.start(dir)) {
            assertThat(s.get(LOGS, TestServer.VIEWER).json().path("Members")).extracting(m -> m.path("@odata.id")
                    .asText()).containsExactly(LOGS + "/Alarms", LOGS + "/Audit");
            JsonNode service = s.get(LOGS + "/Alarms", TestServer.VIEWER).json();
            assertThat(service.path("LogEntryType").asText()).isEqualTo("Event");
            assertThat(service.path("Entries").path("@odata.id").asText()).isEqualTo(ENTRIES);
            assertThat(service.has("Actions")).as("no ClearLog: the journal is the durable record").isFalse();
            assertThat(s.get(ENTRIES, TestServer.VIEWER).json().path("Members")).isEmpty();

            s.tick(1);   // supply-hi (limit 1 °C) activates on the first sample
            JsonNode members = s.get(ENTRIES, TestServer.VIEWER).json().path("Members");
            assertThat(members).hasSize(1);
            String uri = members.get(0).path("@odata.id").asText();
            JsonNode e = s.get(uri, TestServer.VIEWER).json();
            assertThat(e.path("Id").asText()).isEqualTo(uri.substring(uri.lastIndexOf('/') + 1));
            assertThat(e.path("EntryType").asText()).isEqualTo("Event");
            assertThat(e.path("MessageId").asText()).isEqualTo("SensorEvent.1.1.ReadingAboveUpperCautionThreshold");
            assertThat(e.path("Severity").asText()).isEqualTo("Warning");
            assertThat(e.path("Message").asText()).startsWith("Sensor 'SecondarySupplyTemp' reading of ");
            assertThat(e.path("MessageArgs").get(2).asText()).isEqualTo("°C");
            assertThat(e.path("Links").path("OriginOfCondition").path("@odata.id").asText())
                    .isEqualTo("/redfish/v1/Chassis/cdu/Sensors/SecondarySupplyTemp");
            long journalMicros = s.store.journal(AlarmCursor.STREAM, 0).stream()
                    .filter(j -> j.payload().contains("CONDITION_ACTIVE")).findFirst().orElseThrow().epochMicros();
            assertThat(Instant.parse(e.path("Created").asText()))
                    .isEqualTo(Instant.EPOCH.plusNanos(journalMicros * 1000));

            assertThat(s.get(ENTRIES + "/1-1", TestServer.VIEWER).status()).isEqualTo(404);
            assertThat(s.get(ENTRIES + "/not-an-entry", TestServer.VIEWER).status()).isEqualTo(404);
            assertThat(s.send("GET", uri, null).status()).isEqualTo(401);
            assertThat(s.send("DELETE", uri, null, "Authorization", TestServer.basic("admin", s.adminPassword))
                    .status()).isEqualTo(405);
        }
    }
}
