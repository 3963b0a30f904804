package io.liquidtwin.server.security.redfish;

import static org.assertj.core.api.Assertions.assertThat;

import io.liquidtwin.server.http.TestServer;
import io.liquidtwin.server.redfish.RedfishRoutes;
import java.nio.file.Path;
import java.util.List;

/** A real server carrying the Redfish routes and {@link SecurityRoutes}, and login helpers. */
final class Fixture {

    static final String ADMIN = "admin";

    private Fixture() {
    }

    static TestServer start(Path dir) {
        return TestServer.start(dir, "qingdao-two-phase-1mw.yaml", List.of(),
                List.of(new RedfishRoutes(), new SecurityRoutes()));
    }

    /** @return the login's reply (201 expected by callers that go on) */
    static TestServer.Reply login(TestServer s, String user, String password) {
        return s.send("POST", "/redfish/v1/SessionService/Sessions",
                "{\"UserName\":\"" + user + "\",\"Password\":\"" + password + "\"}");
    }

    /** @return the X-Auth-Token of a new session of {@code user} */
    static String token(TestServer s, String user, String password) {
        TestServer.Reply r = login(s, user, password);
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.header("X-Auth-Token");
    }

    /** @return the password of {@code user} in the test server */
    static String passwordOf(TestServer s, String user) {
        return user.equals(ADMIN) ? s.adminPassword : TestServer.PASSWORD;
    }

    /** Sends as {@code user} with Basic credentials. */
    static TestServer.Reply as(TestServer s, String user, String method, String path, String body) {
        return s.send(method, path, body, "Authorization", TestServer.basic(user, passwordOf(s, user)));
    }

    /** @return the first MessageId of an error reply */
    static String messageId(TestServer.Reply r) {
        return r.json().at("/error/@Message.ExtendedInfo/0/MessageId").asText();
    }
}
