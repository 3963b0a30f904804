package io.liquidtwin.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP basics every module relies on: authentication, error bodies, live readings. */
class ServerBasicsTest {

    @TempDir
    Path dir;
    TestServer s;

    @BeforeEach
    void start() {
        s = TestServer.start(dir);
    }

    @AfterEach
    void stop() {
        s.close();
    }

    @Test
    void serviceRootIsPublicEverythingElseNeedsCredentials() {
        TestServer.Reply root = s.send("GET", "/redfish/v1", null);
        assertThat(root.status()).isEqualTo(200);
        assertThat(root.json().path("@odata.id").asText()).isEqualTo("/redfish/v1");
        assertThat(root.header("OData-Version")).isEqualTo("4.0");
        assertThat(s.send("GET", "/redfish/v1/", null).status()).isEqualTo(200);
        assertThat(s.send("GET", "/redfish", null).json().path("v1").asText()).isEqualTo("/redfish/v1/");

        TestServer.Reply anonymous = s.send("GET", "/redfish/v1/ThermalEquipment/CDUs/cdu", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().at("/error/@Message.ExtendedInfo/0/MessageId").asText())
                .isEqualTo("Base.1.22.NoValidSession");
        TestServer.Reply wrong = s.send("GET", "/redfish/v1", null, "Authorization",
                TestServer.basic(TestServer.VIEWER, "not-the-password"));
        assertThat(wrong.status()).as("wrong credentials are refused even on a public resource").isEqualTo(401);
        assertThat(s.get("/redfish/v1/ThermalEquipment/CDUs/cdu", TestServer.VIEWER).status()).isEqualTo(200);
        assertThat(s.send("GET", "/redfish/v1/ThermalEquipment", null, "Authorization",
                TestServer.basic("admin", s.adminPassword)).status()).isEqualTo(200);
    }

    @Test
    void unknownResourcesAndMethodsAreRedfishErrors() {
        TestServer.Reply missing = s.get("/redfish/v1/ThermalEquipment/CDUs/nope", TestServer.VIEWER);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().at("/error/@Message.ExtendedInfo/0/MessageId").asText())
                .isEqualTo("Base.1.22.InvalidURI");
        assertThat(missing.json().at("/error/@Message.ExtendedInfo/0/MessageArgs/0").asText())
                .isEqualTo("/redfish/v1/ThermalEquipment/CDUs/nope");
        TestServer.Reply elsewhere = s.get("/nothing/here", TestServer.VIEWER);
        assertThat(elsewhere.status()).isEqualTo(404);
        assertThat(elsewhere.json().at("/error/code").asText()).isEqualTo("Base.1.22.InvalidURI");
        TestServer.Reply put = s.send("PUT", "/redfish/v1/ThermalEquipment", "{}", "Authorization",
                TestServer.basic(TestServer.VIEWER, TestServer.PASSWORD));
        assertThat(put.status()).isEqualTo(405);
        assertThat(put.json().at("/error/@Message.ExtendedInfo/0/MessageId").asText())
                .isEqualTo("Base.1.22.OperationNotAllowed");
    }

    @Test
    void readingsAreLiveFromTheTwin() {
        String uri = "/redfish/v1/Chassis/cdu/Sensors";
        TestServer.Reply sensors = s.get(uri, TestServer.VIEWER);
        assertThat(sensors.status()).isEqualTo(200);
        long seq = s.twin.snapshot().sequence();
        s.tick(3);
        assertThat(s.twin.snapshot().sequence()).isEqualTo(seq + 3);
        assertThat(s.twin.snapshot().timeS()).isEqualTo(30.0);
        // the stored series follow the twin: one sample per channel and tick
        assertThat(s.store.series(java.util.Map.of("plant", "test"))).isNotEmpty();
    }

    @Test
    void theGeneratedAdministratorPasswordIsOwnerOnly() throws Exception {
        Path pw = dir.resolve("admin-password.txt");
        assertThat(Files.getPosixFilePermissions(pw)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readString(dir.resolve("accounts.json"))).doesNotContain(s.adminPassword)
                .contains("pbkdf2-sha256$");
    }
}
