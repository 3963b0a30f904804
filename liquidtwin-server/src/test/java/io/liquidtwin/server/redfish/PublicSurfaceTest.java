package io.liquidtwin.server.redfish;

import static org.assertj.core.api.Assertions.assertThat;

import io.liquidtwin.server.http.LiquidTwinServer;
import io.liquidtwin.server.http.TestServer;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a caller without credentials can reach: the public resources, nothing behind them, and no large bodies. */
class PublicSurfaceTest {

    @TempDir
    Path dir;
    TestServer s;

    @BeforeEach
    void start() {
        s = TestServer.full(dir);
    }

    @AfterEach
    void stop() {
        s.close();
    }

    @Test
    void anAnonymousExpandOfTheServiceRootShowsOnlyLinks() {
        TestServer.Reply anonymous = s.send("GET", "/redfish/v1?$expand=*", null);
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.json().path("ThermalEquipment").has("CDUs")).as("not expanded for anonymous").isFalse();
        assertThat(anonymous.json().path("AccountService").has("AccountLockoutThreshold")).isFalse();
        TestServer.Reply viewer = s.get("/redfish/v1?$expand=*", TestServer.VIEWER);
        assertThat(viewer.json().path("ThermalEquipment").has("CDUs")).as("expanded for a viewer").isTrue();
    }

    @Test
    void anAnonymousLoginBodyIsBoundedBeforeItIsParsed() {
        String huge = "{\"UserName\": \"" + "x".repeat(LiquidTwinServer.MAX_JSON_BYTES) + "\", \"Password\": \"p\"}";
        TestServer.Reply r = s.send("POST", "/redfish/v1/SessionService/Sessions", huge);
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.json().at("/error/@Message.ExtendedInfo/0/MessageId").asText())
                .isEqualTo("Base.1.22.PayloadTooLarge");
        assertThat(s.send("GET", "/redfish/v1", null).status()).isEqualTo(200);
    }
}
