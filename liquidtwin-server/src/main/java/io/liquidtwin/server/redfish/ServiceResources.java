package io.liquidtwin.server.redfish;

import static io.liquidtwin.server.redfish.Json.collection;
import static io.liquidtwin.server.redfish.Json.link;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liquidtwin.server.error.ApiException;
import io.liquidtwin.server.error.Problem;
import io.liquidtwin.server.security.Principal;
import io.liquidtwin.server.security.Privilege;
import java.util.List;
import java.util.Optional;

/**
 * The CertificateService and the UpdateService.
 *
 * <p>{@code /redfish/v1/CertificateService} lists, under {@code CertificateLocations}, the one certificate the
 * service installs: its HTTPS certificate (when it serves HTTPS). The certificate comes from the TLS keystore the
 * server was started with, so the service's {@code GenerateCSR} and {@code ReplaceCertificate} actions are refused
 * with a message that says how the certificate is changed (a new keystore, then a restart); they need
 * ConfigureManager first, like any certificate change.
 *
 * <p>{@code /redfish/v1/UpdateService} describes the software this service runs without offering updates
 * ({@code ServiceEnabled} false: a LiquidTwin release is installed by its package, not through Redfish):
 * {@code FirmwareInventory/LiquidTwin} (the server, its version from the build) and
 * {@code SoftwareInventory/JavaRuntime} (the Java runtime it runs on).
 */
final class ServiceResources {

    static final String CERTIFICATES = RedfishModel.CERTIFICATE_SERVICE;
    static final String LOCATIONS = CERTIFICATES + "/CertificateLocations";
    static final String UPDATE = RedfishModel.UPDATE_SERVICE;
    static final String FIRMWARE = UPDATE + "/FirmwareInventory";
    static final String SOFTWARE = UPDATE + "/SoftwareInventory";
    static final String SERVER = FIRMWARE + "/LiquidTwin";
    static final String JAVA = SOFTWARE + "/JavaRuntime";
    static final String GENERATE_CSR = CERTIFICATES + "/Actions/CertificateService.GenerateCSR";
    static final String REPLACE = CERTIFICATES + "/Actions/CertificateService.ReplaceCertificate";

    private final ManagerResources manager;

    ServiceResources(ManagerResources manager) {
        this.manager = manager;
    }

    /** @return the resource at {@code uri} if it is one of these */
    Optional<ObjectNode> get(String uri) {
        return Optional.ofNullable(switch (uri) {
            case CERTIFICATES -> certificateService();
            case LOCATIONS -> locations();
            case UPDATE -> updateService();
            case FIRMWARE -> collection(FIRMWARE, "SoftwareInventoryCollection", "Firmware Inventory",
                    List.of(SERVER));
            case SOFTWARE -> collection(SOFTWARE, "SoftwareInventoryCollection", "Software Inventory", List.of(JAVA));
            case SERVER -> server();
            case JAVA -> javaRuntime();
            default -> null;
        });
    }

    /** Refuses a certificate action: the certificate is the TLS keystore's (after the privilege check). */
    static RedfishDirectory.Response refuseCertificateAction(String uri, Principal who) {
        if (!who.has(Privilege.ConfigureManager)) {
            throw new ApiException(Problem.INSUFFICIENT_PRIVILEGE);
        }
        throw new ApiException(Problem.GENERAL_ERROR, "the HTTPS certificate is the one in the TLS keystore the"
                + " server was started with: " + uri.substring(uri.lastIndexOf('.') + 1) + " is not done through"
                + " Redfish; generate the key and certificate with your tools, give the server the new PKCS12"
                + " keystore and restart it");
    }

    private ObjectNode certificateService() {
        ObjectNode n = Json.resource(CERTIFICATES, "#CertificateService.v1_2_1.CertificateService",
                "Certificate Service");
        n.put("Description", "The certificates the service installs: its HTTPS certificate, from its TLS keystore");
        n.set("CertificateLocations", link(LOCATIONS));
        Json.action(n, "CertificateService.GenerateCSR");
        Json.action(n, "CertificateService.ReplaceCertificate").putArray("CertificateType@Redfish.AllowableValues")
                .add("PEM");
        return n;
    }

    private ObjectNode locations() {
        ObjectNode n = Json.resource(LOCATIONS, "#CertificateLocations.v1_0_4.CertificateLocations",
                "Certificate Locations");
        ArrayNode certs = n.putObject("Links").putArray("Certificates");
        manager.certificates().uris(ManagerResources.HTTPS_CERTIFICATES).forEach(u -> certs.add(link(u)));
        ((ObjectNode) n.get("Links")).put("Certificates@odata.count", certs.size());
        return n;
    }

    private static ObjectNode updateService() {
        ObjectNode n = Json.resource(UPDATE, "#UpdateService.v1_17_0.UpdateService", "Update Service");
        n.put("Description", "The software this service runs; updates are installed with LiquidTwin's release"
                + " package, not through Redfish");
        n.put("ServiceEnabled", false);
        n.set("Status", Json.status("Disabled", "OK"));
        n.set("FirmwareInventory", link(FIRMWARE));
        n.set("SoftwareInventory", link(SOFTWARE));
        return n;
    }

    private static ObjectNode server() {
        ObjectNode n = inventory(SERVER, "LiquidTwin server", "LiquidTwin", RedfishModel.softwareVersion());
        n.put("Description", "The LiquidTwin digital twin server that implements this Redfish service");
        n.put("SoftwareId", "io.liquidtwin:liquidtwin-server");
        n.put("VersionScheme", "SemVer");
        n.put("ReleaseType", RedfishModel.softwareVersion().endsWith("-SNAPSHOT") ? "Other" : "Production");
        n.putArray("RelatedItem").add(link(RedfishModel.MANAGER));
        n.put("RelatedItem@odata.count", 1);
        return n;
    }

    private static ObjectNode javaRuntime() {
        ObjectNode n = inventory(JAVA, "Java runtime", System.getProperty("java.vendor"),
                Runtime.version().toString());
        n.put("Description", "The Java runtime the LiquidTwin server runs on");
        n.put("SoftwareId", System.getProperty("java.vm.name"));
        n.put("VersionScheme", "OEM");
        String date = System.getProperty("java.version.date");
        n.put("ReleaseDate", date == null ? null : date + "T00:00:00Z");
        return n;
    }

    private static ObjectNode inventory(String uri, String name, String manufacturer, String version) {
        ObjectNode n = Json.resource(uri, "#SoftwareInventory.v1_13_0.SoftwareInventory", name);
        n.put("Manufacturer", manufacturer);
        n.put("Version", version);
        n.put("Updateable", false);
        n.put("WriteProtected", true);
        n.set("Status", Json.status("Enabled", "OK"));
        return n;
    }
}
