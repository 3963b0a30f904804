package io.liquidtwin.server.redfish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liquidtwin.server.http.TestServer;
import java.nio.file.Path;
import io.liquidtwin.server.http.ServerModules;
import io.liquidtwin.server.security.Tls;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OCP liquid-cooling profiles (OCP CDU 1.0.0, which requires OCP Liquid Cooling Baseline 1.0.0, which requires
 * OCP Service Baseline 1.0.0) read by {@link InteropProfile} and checked against the running service: every
 * Mandatory resource, property, value and action they require is there. The service runs as the profiles expect a
 * management service to run: HTTPS (so its certificate is a Certificate resource) and crawled through a session (so a
 * Session resource exists), every payload valid against its DMTF schema.
 */
class OcpProfilesTest {

    private static final Path PROFILES = Path.of("..", "..", "shared", "redfish", "ocp-profiles");
    private static final String KEY_PASSWORD = "keystore-secret-1";

    @TempDir
    Path dir;
    @TempDir
    static Path keys;
    static Tls tls;

    @BeforeAll
    static void generateKeyStore() throws Exception {
        Path keyStore = keys.resolve("server.p12");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-storetype", "PKCS12", "-keystore", keyStore.toString(), "-storepass", KEY_PASSWORD,
                "-alias", "liquidtwin", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=localhost, O=LiquidTwin", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-noprompt")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        tls = new Tls(keyStore, KEY_PASSWORD);
    }

    private static Map<String, ObjectNode> crawl(TestServer s) {
        return new RedfishCrawler(s, TestServer.VIEWER).payloads;
    }

    /** A Manager reset by the administrator: a real event of the audit log, so the log has an entry. */
    private static void resetTheManager(TestServer s) {
        assertThat(s.send("POST", RedfishModel.MANAGER + "/Actions/Manager.Reset", "{\"ResetType\":\"GracefulRestart\"}",
                "Authorization", TestServer.basic("admin", s.adminPassword)).status()).isEqualTo(200);
    }

    private static InteropProfile profile() {
        InteropProfile p = new InteropProfile(PROFILES);
        p.load(PROFILES.resolve("LiquidCooling").resolve("OCPCoolantDistributionUnit.v1_0_0.json"));
        return p;
    }

    @Test
    void theServiceMeetsEveryMandatoryRequirementOfTheOcpCduProfile() {
        InteropProfile p = profile();
        assertThat(p.profiles()).containsExactly("OCP Coolant Distribution Unit",
                "OCP Liquid Cooling Baseline", "OCP Service Baseline");
        try (TestServer s = TestServer.startTls(dir, ServerModules.standard(), tls)) {
            s.tick(3);
            resetTheManager(s);
            RedfishCrawler c = RedfishCrawler.withSession(s, TestServer.VIEWER);
            assertThat(c.problems).isEmpty();
            List<String> invalid = new ArrayList<>();
            c.payloads.forEach((uri, x) -> invalid.addAll(RedfishCrawlTest.check(uri, x, c.payloads)));
            assertThat(invalid).isEmpty();
            assertThat(p.unmet(c.payloads)).isEmpty();
            // what the profile asked for is there, with the service's real values
            ObjectNode protocol = c.payloads.get("/redfish/v1/Managers/TwinManager/NetworkProtocol");
            assertThat(protocol.path("HTTPS").path("ProtocolEnabled").asBoolean()).isTrue();
            assertThat(protocol.path("HTTPS").path("Port").asInt()).isEqualTo(s.server.port());
            assertThat(protocol.path("HTTP").path("ProtocolEnabled").asBoolean()).isFalse();
            assertThat(c.payloads.keySet()).anyMatch(u -> u.startsWith("/redfish/v1/SessionService/Sessions/"));
        }
    }

    /** Over plain HTTP the HTTPS certificate is absent, so that requirement (and only it) is unmet. */
    @Test
    void withoutTlsTheOnlyUnmetRequirementIsTheHttpsCertificate() {
        try (TestServer s = TestServer.full(dir)) {
            resetTheManager(s);
            RedfishCrawler c = RedfishCrawler.withSession(s, TestServer.VIEWER);
            assertThat(profile().unmet(c.payloads)).singleElement().asString()
                    .startsWith("OCP Service Baseline: Certificate: no resource");
            ObjectNode protocol = c.payloads.get("/redfish/v1/Managers/TwinManager/NetworkProtocol");
            assertThat(protocol.path("HTTP").path("Port").asInt()).isEqualTo(s.server.port());
            assertThat(protocol.path("HTTPS").path("ProtocolEnabled").asBoolean()).isFalse();
            assertThat(c.payloads.get("/redfish/v1/Managers/TwinManager/NetworkProtocol/HTTPS/Certificates")
                    .path("Members")).isEmpty();
        }
    }

    /** The interpreter finds what is missing or wrong: it is not a check that cannot fail. */
    @Test
    void theInterpreterReportsMissingAndWrongValues() {
        try (TestServer s = TestServer.full(dir)) {
            Map<String, ObjectNode> all = new LinkedHashMap<>(crawl(s));
            String cdu = "/redfish/v1/ThermalEquipment/CDUs/cdu";
            int before = profile().unmet(all).size();
            ObjectNode wrong = all.get(cdu).deepCopy().put("EquipmentType", "RPU");
            all.put(cdu, wrong);
            assertThat(profile().unmet(all)).anyMatch(u -> u.contains("/EquipmentType: \"RPU\" fails Equal"));
            ObjectNode missing = wrong.deepCopy();
            missing.remove("Pumps");
            ((ObjectNode) missing.get("Status")).remove("Health");
            all.put(cdu, missing);
            List<String> now = profile().unmet(all);
            assertThat(now).anyMatch(u -> u.endsWith(cdu + " /Pumps: missing"))
                    .anyMatch(u -> u.endsWith(cdu + " /Status/Health: missing"));
            ObjectNode pump = all.get(cdu + "/Pumps/1").deepCopy();
            pump.with("Location").with("PartLocation").remove("ServiceLabel");
            all.put(cdu + "/Pumps/1", pump);
            assertThat(profile().unmet(all)).anyMatch(u -> u.endsWith("/Location/PartLocation/ServiceLabel: missing"))
                    .hasSizeGreaterThan(before);
            all.remove("/redfish/v1/ThermalEquipment");
            assertThat(profile().unmet(all)).anyMatch(u -> u.contains("ThermalEquipment: no resource"));
        }
    }
}
