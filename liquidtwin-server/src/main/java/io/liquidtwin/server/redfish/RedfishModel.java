package io.liquidtwin.server.redfish;

import static io.liquidtwin.server.redfish.Json.collection;
import static io.liquidtwin.server.redfish.Json.link;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liquidtwin.sim.engine.Channel;
import io.liquidtwin.sim.engine.Sensors;
import io.liquidtwin.sim.engine.Simulation;
import io.liquidtwin.sim.plant.Cdu;
import io.liquidtwin.sim.plant.Plant;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The Redfish resource tree of a running simulation's CDUs, keyed by URI.
 *
 * <p>Layout (DMTF CDU mockup, DSP2043 public-cooling-unit): {@code /redfish/v1} (ServiceRoot),
 * {@code /redfish/v1/ThermalEquipment}, {@code .../CDUs} and one CoolingUnit per plant CDU at
 * {@code .../CDUs/{cdu id}} with PrimaryCoolantConnectors, SecondaryCoolantConnectors, Pumps, Filters, Reservoirs,
 * EnvironmentMetrics and LeakDetection (with the deprecated LeakDetection/LeakDetectors collection);
 * {@code /redfish/v1/Chassis/{cdu id}} with Sensors and LeakDetectors. Every SensorExcerpt's {@code DataSourceUri}
 * names a Sensor of its Chassis. Also: {@code /redfish/v1/Managers/TwinManager} ({@link Managers}), the plant's
 * immersion tanks under {@code ThermalEquipment/ImmersionUnits} ({@link ImmersionUnits}) and its loops under
 * {@code ThermalEquipment/CoolingLoops} ({@link CoolingLoops}). The ServiceRoot links the SessionService,
 * AccountService and EventService, and each CDU links its Chassis Controls and its actions, which other server
 * modules provide: this tree does not contain them.
 *
 * <p>Readings are read from {@link Sensors#of(Simulation)} each time a resource is built, so they show what the
 * simulated instruments report at that moment (sensor faults included); states (leak detector, health) come from the
 * engine's observables. Not thread-safe against a concurrently stepping simulation: the caller serialises access.
 */
public final class RedfishModel {

    /** The service root URI (without the trailing slash, which the HTTP layer will redirect). */
    public static final String ROOT = "/redfish/v1";
    /** Redfish Specification version the service claims (DSP0266). */
    public static final String REDFISH_VERSION = "1.22.0";

    /** Services other modules provide; the service root links them. */
    static final String SESSION_SERVICE = ROOT + "/SessionService";
    static final String SESSIONS = SESSION_SERVICE + "/Sessions";
    static final String ACCOUNT_SERVICE = ROOT + "/AccountService";
    static final String EVENT_SERVICE = ROOT + "/EventService";
    /** The service's one Manager (the twin). */
    public static final String MANAGER = Managers.MANAGER;
    static final String CERTIFICATE_SERVICE = ROOT + "/CertificateService";
    static final String UPDATE_SERVICE = ROOT + "/UpdateService";

    private final Simulation sim;
    private final List<CduResources> cdus;
    private final ImmersionUnits tanks;
    private final CoolingLoops loops;
    private final String uuid;

    /**
     * @param sim a simulation built from a plant; it may be initialised or stepped before or after this call
     * @throws IllegalStateException if a CDU lacks one of the sensor channels the model reads
     */
    public RedfishModel(Simulation sim) {
        this.sim = Objects.requireNonNull(sim, "sim");
        Map<String, Channel> channels = new LinkedHashMap<>();
        Sensors.of(sim).forEach(c -> channels.put(c.name(), c));
        List<String> simPumps = sim.faults().pumpIds();
        List<CduResources> list = new ArrayList<>();
        for (Cdu cdu : plant().cdus()) {
            Map<String, String> pumps = pumpIds(cdu.id(), simPumps);
            list.add(new CduResources(sim, cdu, pumps, CduSensors.of(cdu.id(), pumps, channels)));
        }
        this.cdus = List.copyOf(list);
        this.tanks = new ImmersionUnits(sim, channels);
        this.loops = new CoolingLoops(plant(), channels);
        this.uuid = uuid(plant().name());
    }

    /** @return a stable name-based UUID for {@code name} (the same plant gives the same UUIDs on every start) */
    static String uuid(String name) {
        return UUID.nameUUIDFromBytes(("liquidtwin:" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** @return the CDU's secondary pumps: Redfish Id ({@code 1}, {@code 2}, ...) → engine pump id */
    private static Map<String, String> pumpIds(String cduId, List<String> simPumps) {
        Map<String, String> out = new LinkedHashMap<>();
        String prefix = cduId + ".pump-";
        for (String p : simPumps) {
            if (p.startsWith(prefix)) {
                out.put(p.substring(prefix.length()), p);
            }
        }
        return out;
    }

    /** @return the LiquidTwin software version (from {@code version.properties}) */
    public static String softwareVersion() {
        return Managers.version();
    }

    /** @return the simulation this model reads */
    public Simulation simulation() {
        return sim;
    }

    /** @return every resource, built now, in a stable (tree) order; the map is unmodifiable */
    public Map<String, ObjectNode> resources() {
        Map<String, ObjectNode> out = new LinkedHashMap<>();
        out.put(ROOT, serviceRoot());
        String health = Health.worse(worstHealth(), tanks.worstHealth());
        ObjectNode te = Json.resource(ROOT + "/ThermalEquipment", "#ThermalEquipment.v1_2_0.ThermalEquipment",
                "Thermal Equipment");
        te.putObject("Status").put("State", "Enabled").put("HealthRollup", health);
        te.set("CDUs", link(CduResources.CDUS));
        te.set("ImmersionUnits", link(ImmersionUnits.COLLECTION));
        te.set("CoolingLoops", link(CoolingLoops.COLLECTION));
        out.put(ROOT + "/ThermalEquipment", te);
        out.put(CduResources.CDUS, collection(CduResources.CDUS, "CoolingUnitCollection", "CDU Collection",
                cdus.stream().map(CduResources::unitUri).toList()));
        List<String> chassis = new ArrayList<>(cdus.stream().map(CduResources::chassisUri).toList());
        chassis.addAll(tanks.chassisUris());
        out.put(CduResources.CHASSIS, collection(CduResources.CHASSIS, "ChassisCollection", "Chassis Collection",
                chassis));
        Managers.addTo(out, uuid, uuid(plant().name() + "/manager"), chassis, health);
        cdus.forEach(c -> c.addTo(out));
        tanks.addTo(out);
        loops.addTo(out);
        return Collections.unmodifiableMap(out);
    }

    /** @return the resource at {@code uri} built now (a trailing slash is ignored), or empty if there is none */
    public Optional<ObjectNode> resource(String uri) {
        String u = uri.length() > 1 && uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
        return Optional.ofNullable(resources().get(u));
    }

    private ObjectNode serviceRoot() {
        ObjectNode n = Json.resource(ROOT, "#ServiceRoot.v1_20_0.ServiceRoot", "LiquidTwin Redfish Service");
        n.put("Id", "RootService");
        n.put("RedfishVersion", REDFISH_VERSION);
        n.put("UUID", uuid);
        n.put("Product", "LiquidTwin digital twin: " + plant().name());
        n.put("Vendor", "LiquidTwin");
        n.set("ProtocolFeaturesSupported", RedfishQuery.protocolFeatures());
        n.set("ThermalEquipment", link(ROOT + "/ThermalEquipment"));
        n.set("Chassis", link(CduResources.CHASSIS));
        n.set("Managers", link(Managers.COLLECTION));
        n.set("SessionService", link(SESSION_SERVICE));
        n.set("AccountService", link(ACCOUNT_SERVICE));
        n.set("EventService", link(EVENT_SERVICE));
        n.set("CertificateService", link(CERTIFICATE_SERVICE));
        n.set("UpdateService", link(UPDATE_SERVICE));
        n.putObject("Links").set("Sessions", link(SESSIONS));
        return n;
    }

    private String worstHealth() {
        String worst = "OK";
        for (Cdu c : plant().cdus()) {
            String h = CduResources.health(sim.leakDetectorState(c.id()));
            if (h.equals("Critical") || (h.equals("Warning") && worst.equals("OK"))) {
                worst = h;
            }
        }
        return worst;
    }

    private Plant plant() {
        return sim.model().plant();
    }
}
