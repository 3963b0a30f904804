package io.liquidtwin.server.redfish;

import static io.liquidtwin.server.redfish.Json.collection;
import static io.liquidtwin.server.redfish.Json.link;
import static io.liquidtwin.server.redfish.Json.status;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The service's one Manager, {@code /redfish/v1/Managers/TwinManager}: the LiquidTwin process that manages the
 * simulated equipment. Its ManagerType is {@code Service} ("a software-based service that provides management
 * functions"), not {@code BMC} or {@code ManagementController}, which are controllers built into hardware: here
 * there is no hardware, only the twin. It manages every Chassis ({@code Links.ManagerForChassis}); the Chassis and
 * cooling equipment point back through {@code Links.ManagedBy}. {@code DateTime} is twin time, stamped per request
 * ({@link #withDateTime}), since the tree is built without a clock. It links its NetworkProtocol, EthernetInterfaces
 * ({@link ManagerResources}) and LogServices (the REST module's), and offers {@code Manager.Reset} (the control
 * module's).
 */
final class Managers {

    static final String COLLECTION = RedfishModel.ROOT + "/Managers";
    static final String MANAGER = COLLECTION + "/TwinManager";
    /** The ResetTypes the Manager's Reset action accepts (the control module carries it out). */
    static final List<String> RESET_TYPES = List.of("GracefulRestart");
    private static final String VERSION = readVersion();

    private Managers() {
    }

    /** @return the project version Maven wrote into {@code version.properties} */
    static String version() {
        return VERSION;
    }

    private static String readVersion() {
        Properties p = new Properties();
        try (InputStream in = Managers.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing from the server's resources");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version");
    }

    /** Adds the Managers collection and the Manager. */
    static void addTo(Map<String, ObjectNode> out, String serviceUuid, String managerUuid, List<String> chassis,
                      String health) {
        out.put(COLLECTION, collection(COLLECTION, "ManagerCollection", "Manager Collection", List.of(MANAGER)));
        ObjectNode m = Json.resource(MANAGER, "#Manager.v1_24_0.Manager", "LiquidTwin Twin Manager");
        m.put("Description", "The digital twin service that simulates and manages this plant's cooling equipment");
        m.put("ManagerType", "Service");
        m.put("UUID", managerUuid);
        m.put("ServiceEntryPointUUID", serviceUuid);
        m.put("FirmwareVersion", version());
        m.put("Model", "LiquidTwin");
        m.put("PowerState", "On");
        m.put("DateTimeLocalOffset", "+00:00");
        m.set("Status", status("Enabled", "OK").put("HealthRollup", health));
        m.set("NetworkProtocol", link(MANAGER + "/NetworkProtocol"));
        m.set("EthernetInterfaces", link(MANAGER + "/EthernetInterfaces"));
        m.set("LogServices", link(MANAGER + "/LogServices"));
        ArrayNode types = Json.action(m, "Manager.Reset").putArray("ResetType@Redfish.AllowableValues");
        RESET_TYPES.forEach(types::add);
        ObjectNode links = m.putObject("Links");
        ArrayNode forChassis = links.putArray("ManagerForChassis");
        chassis.forEach(c -> forChassis.add(link(c)));
        links.put("ManagerForChassis@odata.count", chassis.size());
        out.put(MANAGER, m);
    }

    /** @return a copy of the Manager with {@code DateTime} set to the twin time {@code epochMicros} (UTC) */
    static ObjectNode withDateTime(ObjectNode manager, long epochMicros) {
        Instant t = Instant.EPOCH.plus(epochMicros, ChronoUnit.MICROS).truncatedTo(ChronoUnit.SECONDS);
        ObjectNode copy = manager.deepCopy();
        copy.put("DateTime", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.atOffset(ZoneOffset.UTC)));
        return copy;
    }
}
