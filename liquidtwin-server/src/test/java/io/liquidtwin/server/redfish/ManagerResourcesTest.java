package io.liquidtwin.server.redfish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.liquidtwin.server.http.TestServer;
import java.net.Inet4Address;
import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Manager's network view, the CertificateService without TLS, the UpdateService and a tank's LeakDetection. */
class ManagerResourcesTest {

    private static final String MANAGER = "/redfish/v1/Managers/TwinManager";

    @TempDir
    Path dir;

    @Test
    void ethernetInterfacesAreTheHostsInterfaces() throws Exception {
        try (TestServer s = TestServer.start(dir)) {
            List<String> expected = new ArrayList<>();
            for (NetworkInterface i : NetworkInterface.networkInterfaces().toList()) {
                byte[] mac = i.getHardwareAddress();
                if (mac != null && mac.length == 6 && !i.isLoopback()) {
                    expected.add(MANAGER + "/EthernetInterfaces/" + i.getName());
                }
            }
            JsonNode c = s.get(MANAGER + "/EthernetInterfaces", TestServer.VIEWER).json();
            assertThat(c.path("Members")).extracting(m -> m.path("@odata.id").asText())
                    .containsExactlyInAnyOrderElementsOf(expected);
            for (JsonNode m : c.path("Members")) {
                String uri = m.path("@odata.id").asText();
                JsonNode e = s.get(uri, TestServer.VIEWER).json();
                NetworkInterface i = NetworkInterface.getByName(e.path("Id").asText());
                assertThat(e.path("MACAddress").asText())
                        .isEqualTo(HexFormat.ofDelimiter(":").withUpperCase().formatHex(i.getHardwareAddress()));
                assertThat(e.path("MTUSize").asInt()).isEqualTo(i.getMTU());
                assertThat(e.path("LinkStatus").asText()).isEqualTo(i.isUp() ? "LinkUp" : "LinkDown");
                List<String> v4 = new ArrayList<>();
                for (InterfaceAddress a : i.getInterfaceAddresses()) {
                    if (a.getAddress() instanceof Inet4Address x) {
                        v4.add(x.getHostAddress() + "/" + HostInterfaces.mask(a.getNetworkPrefixLength()));
                    }
                }
                assertThat(e.path("IPv4Addresses")).extracting(a -> a.path("Address").asText() + "/"
                        + a.path("SubnetMask").asText()).containsExactlyInAnyOrderElementsOf(v4);
            }
            assertThat(s.get(MANAGER + "/EthernetInterfaces/no-such-nic", TestServer.VIEWER).status())
                    .isEqualTo(404);
        }
    }

    @Test
    void masksAndGatewaysAreDecodedAsTheKernelWritesThem() {
        assertThat(HostInterfaces.mask(24)).isEqualTo("255.255.255.0");
        assertThat(HostInterfaces.mask(0)).isEqualTo("0.0.0.0");
        assertThat(HostInterfaces.mask(32)).isEqualTo("255.255.255.255");
        assertThat(HostInterfaces.mask(20)).isEqualTo("255.255.240.0");
    }

    @Test
    void theNetworkProtocolIsThePortTheServerListensOn() {
        try (TestServer s = TestServer.start(dir)) {
            JsonNode p = s.get(MANAGER + "/NetworkProtocol", TestServer.VIEWER).json();
            assertThat(p.path("HTTP").path("ProtocolEnabled").asBoolean()).isTrue();
            assertThat(p.path("HTTP").path("Port").asInt()).isEqualTo(s.server.port());
            assertThat(p.path("HTTPS").path("ProtocolEnabled").asBoolean()).isFalse();
            assertThat(p.path("HTTPS").path("Port").isNull()).isTrue();
            JsonNode locations = s.get("/redfish/v1/CertificateService/CertificateLocations", TestServer.VIEWER)
                    .json();
            assertThat(locations.path("Links").path("Certificates")).isEmpty();
        }
    }

    @Test
    void certificateActionsNeedConfigureManagerAndSayHowTheCertificateIsChanged() {
        try (TestServer s = TestServer.start(dir)) {
            String csr = "/redfish/v1/CertificateService/Actions/CertificateService.GenerateCSR";
            String body = "{\"CommonName\":\"twin\",\"CertificateCollection\":{\"@odata.id\":\""
                    + MANAGER + "/NetworkProtocol/HTTPS/Certificates\"}}";
            assertThat(s.send("POST", csr, body, "Authorization", TestServer.basic(TestServer.OPERATOR,
                    TestServer.PASSWORD)).status()).isEqualTo(403);
            TestServer.Reply admin = s.send("POST", csr, body, "Authorization",
                    TestServer.basic("admin", s.adminPassword));
            assertThat(admin.status()).isEqualTo(400);
            assertThat(admin.text()).contains("TLS keystore");
        }
    }

    @Test
    void theUpdateServiceListsTheRunningSoftwareAndTanksReportNoLeakDetector() {
        try (TestServer s = TestServer.start(dir)) {
            JsonNode fw = s.get("/redfish/v1/UpdateService/FirmwareInventory/LiquidTwin", TestServer.VIEWER).json();
            assertThat(fw.path("Version").asText()).isEqualTo(RedfishModel.softwareVersion()).isNotBlank();
            assertThat(fw.path("Updateable").asBoolean()).isFalse();
            assertThat(s.get(MANAGER, TestServer.VIEWER).json().path("FirmwareVersion").asText())
                    .isEqualTo(fw.path("Version").asText());
            JsonNode java = s.get("/redfish/v1/UpdateService/SoftwareInventory/JavaRuntime", TestServer.VIEWER)
                    .json();
            assertThat(java.path("Version").asText()).isEqualTo(Runtime.version().toString());

            String tanks = "/redfish/v1/ThermalEquipment/ImmersionUnits";
            String tank = s.get(tanks, TestServer.VIEWER).json().path("Members").get(0).path("@odata.id").asText();
            JsonNode leak = s.get(tank + "/LeakDetection", TestServer.VIEWER).json();
            assertThat(leak.path("Status").path("State").asText()).isEqualTo("Absent");
            assertThat(s.get(tank + "/LeakDetection/LeakDetectors", TestServer.VIEWER).json().path("Members"))
                    .isEmpty();
        }
    }
}
