package io.liquidtwin.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.liquidtwin.server.http.LiquidTwinServer;
import io.liquidtwin.server.http.ServerContext;
import io.liquidtwin.server.http.SelfSignedKeyStore;
import io.liquidtwin.server.http.TestServer;
import io.liquidtwin.server.redfish.RedfishDirectory;
import io.liquidtwin.server.redfish.RedfishRoutes;
import io.liquidtwin.server.security.redfish.SecurityRoutes;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTPS with a self-signed PKCS12 keystore made by the JDK's keytool; plain HTTP on that port fails. */
class TlsTest {

    private static final String PASSWORD = "keystore-secret-1";

    @TempDir
    static Path keys;
    static Path keyStore;

    @BeforeAll
    static void generateKeyStore() throws Exception {
        keyStore = SelfSignedKeyStore.create(keys, PASSWORD).file();
    }

    /** @return a client that trusts exactly the keystore's certificate */
    private static HttpClient trustingClient() throws Exception {
        return new SelfSignedKeyStore(keyStore, PASSWORD).trustingClient();
    }

    @Test
    void theServerSpeaksHttpsWithTheGivenCertificateAndNotPlainHttp(@TempDir Path data) throws Exception {
        try (TestServer s = TestServer.startTls(data, List.of(new RedfishRoutes(), new SecurityRoutes()),
                new Tls(keyStore, PASSWORD))) {
            HttpClient client = trustingClient();
            int port = s.server.port();
            HttpResponse<String> root = client.send(HttpRequest.newBuilder(
                    URI.create("https://127.0.0.1:" + port + "/redfish/v1")).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(root.statusCode()).isEqualTo(200);
            assertThat(root.body()).contains("\"RedfishVersion\"");
            assertThat(root.sslSession()).isPresent();
            HttpResponse<String> login = client.send(HttpRequest.newBuilder(
                    URI.create("https://127.0.0.1:" + port + "/redfish/v1/SessionService/Sessions"))
                    .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"UserName\":\"viewer\",\"Password\":\""
                            + TestServer.PASSWORD + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(201);

            HttpClient plain = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            assertThatThrownBy(() -> plain.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/redfish/v1")).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString())).isInstanceOf(IOException.class);
            HttpClient untrusting = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            assertThatThrownBy(() -> untrusting.send(HttpRequest.newBuilder(
                    URI.create("https://127.0.0.1:" + port + "/redfish/v1")).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString())).as("a self-signed certificate is not trusted by default")
                    .isInstanceOf(IOException.class);
        }
    }

    @Test
    void aWrongPasswordOrFileIsAClearErrorNamingTheFile() throws Exception {
        assertThatThrownBy(() -> new Tls(keyStore, "not-the-password").load())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(keyStore.toString())
                .hasMessageContaining("wrong password").hasMessageContaining("PKCS12");
        Path missing = keys.resolve("missing.p12");
        assertThatThrownBy(() -> new Tls(missing, PASSWORD).load()).hasMessageContaining(missing.toString())
                .hasMessageContaining("does not exist");
        Path garbage = Files.writeString(keys.resolve("garbage.p12"), "-----BEGIN CERTIFICATE-----\nnope\n");
        assertThatThrownBy(() -> new Tls(garbage, PASSWORD).load()).hasMessageContaining(garbage.toString())
                .hasMessageContaining("expected a PKCS12 keystore");
        assertThat(new Tls(keyStore, PASSWORD).toString()).doesNotContain(PASSWORD);
    }

    @Test
    void theServerRefusesToStartWithABadKeystore(@TempDir Path data) {
        Accounts accounts = Accounts.open(data, 1_000);
        ServerContext ctx = new ServerContext(null, accounts, new Sessions(InstantSource.system(),
                Duration.ofMinutes(30), 10), new RedfishDirectory(), InstantSource.system(), data);
        LiquidTwinServer.Options options = new LiquidTwinServer.Options("127.0.0.1", 0, 1L << 20, null)
                .withTls(new Tls(keyStore, "wrong"));
        assertThatThrownBy(() -> LiquidTwinServer.start(ctx, options, List.of(new RedfishRoutes())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("server.p12")
                .hasMessageContaining("wrong password");
        assertThat(LiquidTwinServer.Options.port(8080).tls()).isNull();
    }
}
