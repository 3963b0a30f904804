package io.liquidtwin.server.redfish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.liquidtwin.server.http.TestServer;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Query parameters, ETags, $metadata and the OData service document over HTTP. */
class RedfishQueryTest {

    private static final String CDU = "/redfish/v1/ThermalEquipment/CDUs/cdu";

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

    private JsonNode get(String path) {
        TestServer.Reply r = s.get(path, TestServer.VIEWER);
        assertThat(r.status()).as(path + ": " + r.text()).isEqualTo(200);
        return r.json();
    }

    @Test
    void selectKeepsTheNamedPropertiesAndTheODataAnnotations() {
        JsonNode r = get(CDU + "?$select=Name,Status/Health");
        List<String> names = new ArrayList<>();
        r.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactlyInAnyOrder("@odata.id", "@odata.type", "Name", "Status");
        assertThat(r.path("Status").size()).isEqualTo(1);
        assertThat(r.path("Status").path("Health").asText()).isEqualTo("OK");
        assertThat(get(CDU).has("EquipmentType")).as("the stored resource is not modified").isTrue();
    }

    @Test
    void onlyAnswersWithTheOneMember() {
        assertThat(get("/redfish/v1/ThermalEquipment/CDUs?only").path("@odata.id").asText()).isEqualTo(CDU);
        JsonNode chassis = get("/redfish/v1/Chassis?only");
        assertThat(chassis.path("Members").size()).as("several members: the collection").isGreaterThan(1);
        assertThat(chassis.path("@odata.id").asText()).isEqualTo("/redfish/v1/Chassis");
        assertProblem("/redfish/v1/ThermalEquipment?only", "QueryNotSupportedOnResource");
    }

    @Test
    void expandFollowsLinksOrSubordinatesOneLevel() {
        JsonNode links = get(CDU + "?$expand=~");
        assertThat(links.at("/Links/Chassis/0/ChassisType").asText()).isEqualTo("StandAlone");
        assertThat(links.path("Pumps").size()).as("subordinate stays a link").isEqualTo(1);
        JsonNode sub = get(CDU + "?$expand=.($levels=1)");
        assertThat(sub.path("Pumps").path("Members").size()).isPositive();
        assertThat(sub.path("Pumps").path("Members").path(0).size()).as("one level").isEqualTo(1);
        assertThat(sub.at("/Links/Chassis/0").size()).isEqualTo(1);
        JsonNode all = get(CDU + "?$expand=*");
        assertThat(all.at("/Links/Chassis/0/ChassisType").asText()).isEqualTo("StandAlone");
        assertThat(all.path("Pumps").has("Members")).isTrue();
        assertThat(all.at("/Links/ManagedBy/0/ManagerType").asText()).isEqualTo("Service");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "$filter=Name eq 'x'|QueryParameterUnsupported",
        "$top=1|QueryParameterUnsupported",
        "foo=1|QueryParameterUnsupported",
        "$select=Name&$select=Id|QueryParameterUnsupported",
        "$expand=.($levels=2)|QueryParameterValueFormatError",
        "$expand=banana|QueryParameterValueFormatError",
        "$expand=|QueryParameterValueFormatError",
        "$select=Na-me|QueryParameterValueFormatError",
        "$select=|QueryParameterValueFormatError",
        "only=yes|QueryParameterValueFormatError"})
    void badQueriesAre400s(String query, String messageKey) {
        assertProblem("/redfish/v1/Chassis?" + query.replace(" ", "%20").replace("'", "%27"), messageKey);
    }

    private void assertProblem(String path, String key) {
        TestServer.Reply r = s.get(path, TestServer.VIEWER);
        assertThat(r.status()).as(path).isEqualTo(400);
        assertThat(r.json().at("/error/@Message.ExtendedInfo/0/MessageId").asText()).isEqualTo("Base.1.22." + key);
    }

    @Test
    void etagsFollowThePayloadAndIfNoneMatchAnswers304() {
        String uri = "/redfish/v1/Chassis/cdu/Sensors/SecondarySupplyTemp";
        TestServer.Reply first = s.get(uri, TestServer.VIEWER);
        String etag = first.header("ETag");
        assertThat(etag).matches("\"[0-9a-f]{32}\"");
        assertThat(s.get(uri, TestServer.VIEWER).header("ETag")).isEqualTo(etag);
        String auth = TestServer.basic(TestServer.VIEWER, TestServer.PASSWORD);
        TestServer.Reply same = s.send("GET", uri, null, "Authorization", auth, "If-None-Match", etag);
        assertThat(same.status()).isEqualTo(304);
        assertThat(same.text()).isEmpty();
        assertThat(same.header("ETag")).isEqualTo(etag);
        assertThat(s.send("GET", uri, null, "Authorization", auth, "If-None-Match", "\"other\", W/" + etag).status())
                .isEqualTo(304);
        assertThat(s.send("GET", uri, null, "Authorization", auth, "If-None-Match", "\"other\"").status())
                .isEqualTo(200);
        s.tick(30);
        TestServer.Reply later = s.send("GET", uri, null, "Authorization", auth, "If-None-Match", etag);
        assertThat(later.status()).as("a new reading, a new ETag").isEqualTo(200);
        assertThat(later.header("ETag")).isNotEqualTo(etag);
        assertThat(s.get(CDU + "?$select=Name", TestServer.VIEWER).header("ETag")).isNotEqualTo(etag).isNotNull();
    }

    @Test
    void managerDateTimeIsTwinTime() {
        s.tick(3);
        assertThat(get(Managers.MANAGER).path("DateTime").asText()).isEqualTo("2026-07-15T00:00:30Z");
        assertThat(get(Managers.MANAGER).path("FirmwareVersion").asText()).isNotBlank().doesNotContain("${");
    }

    @Test
    void metadataIsPublicCsdlReferencingEverySchemaTheServiceUses() throws Exception {
        TestServer.Reply r = s.send("GET", "/redfish/v1/$metadata", null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/xml");
        assertThat(r.header("ETag")).isNotNull();
        Document xml = DocumentBuilderFactory.newNSInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(r.text().getBytes(StandardCharsets.UTF_8)));
        NodeList includes = xml.getElementsByTagNameNS("http://docs.oasis-open.org/odata/ns/edmx", "Include");
        List<String> namespaces = new ArrayList<>();
        for (int i = 0; i < includes.getLength(); i++) {
            namespaces.add(includes.item(i).getAttributes().getNamedItem("Namespace").getNodeValue());
        }
        RedfishCrawler c = new RedfishCrawler(s, TestServer.VIEWER);
        for (var p : c.payloads.values()) {
            String type = p.path("@odata.type").asText();
            assertThat(namespaces).contains(type.substring(1, type.lastIndexOf('.')));
        }
        assertThat(namespaces).contains("CoolingUnit.v1_5_0", "CoolingUnit", "SessionService", "EventService",
                "RedfishExtensions.v1_0_0");
    }

    @Test
    void odataServiceDocumentListsTheTopLevelServices() {
        TestServer.Reply r = s.send("GET", "/redfish/v1/odata", null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("@odata.context").asText()).isEqualTo("/redfish/v1/$metadata");
        List<String> names = new ArrayList<>();
        r.json().path("value").forEach(v -> names.add(v.path("name").asText() + "=" + v.path("url").asText()));
        assertThat(names).contains("Service=/redfish/v1/", "ThermalEquipment=/redfish/v1/ThermalEquipment",
                "Chassis=/redfish/v1/Chassis", "Managers=/redfish/v1/Managers",
                "SessionService=/redfish/v1/SessionService", "Sessions=/redfish/v1/SessionService/Sessions");
    }
}
