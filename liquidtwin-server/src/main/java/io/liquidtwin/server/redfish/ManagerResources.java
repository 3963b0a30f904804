package io.liquidtwin.server.redfish;

import static io.liquidtwin.server.redfish.Json.collection;
import static io.liquidtwin.server.redfish.Json.link;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liquidtwin.server.http.Endpoint;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * The Manager's view of the service as it runs: {@code /redfish/v1/Managers/TwinManager/NetworkProtocol}
 * (ManagerNetworkProtocol: the host's names and the one HTTP or HTTPS port the server listens on, from the
 * {@link Endpoint}), its HTTPS certificates ({@code NetworkProtocol/HTTPS/Certificates}, the TLS certificate when the
 * server serves HTTPS, none otherwise; built by {@link ServerCertificates}) and the host's network interfaces
 * ({@code EthernetInterfaces}, {@link HostInterfaces}).
 */
final class ManagerResources {

    static final String PROTOCOL = Managers.MANAGER + "/NetworkProtocol";
    static final String HTTPS_CERTIFICATES = PROTOCOL + "/HTTPS/Certificates";
    static final String ETHERNET = Managers.MANAGER + "/EthernetInterfaces";

    private final Endpoint endpoint;

    ManagerResources(Endpoint endpoint) {
        this.endpoint = endpoint;
    }

    /** @return the resource at {@code uri} if it is one of these */
    Optional<ObjectNode> get(String uri) {
        if (uri.equals(PROTOCOL)) {
            return Optional.of(networkProtocol());
        }
        if (uri.equals(HTTPS_CERTIFICATES)) {
            return Optional.of(collection(HTTPS_CERTIFICATES, "CertificateCollection", "HTTPS Certificates",
                    certificates().uris(HTTPS_CERTIFICATES)));
        }
        if (uri.startsWith(HTTPS_CERTIFICATES + "/")) {
            return certificates().resource(HTTPS_CERTIFICATES, uri.substring(HTTPS_CERTIFICATES.length() + 1));
        }
        if (uri.equals(ETHERNET)) {
            return Optional.of(collection(ETHERNET, "EthernetInterfaceCollection", "Ethernet Interfaces",
                    HostInterfaces.names().stream().map(n -> ETHERNET + "/" + n).toList()));
        }
        if (uri.startsWith(ETHERNET + "/")) {
            return HostInterfaces.resource(ETHERNET, uri.substring(ETHERNET.length() + 1));
        }
        return Optional.empty();
    }

    /** @return the TLS certificates the server presents now (none without TLS) */
    ServerCertificates certificates() {
        return ServerCertificates.of(endpoint.listener().map(Endpoint.Listener::keyStore).orElse(null));
    }

    private ObjectNode networkProtocol() {
        ObjectNode n = Json.resource(PROTOCOL, "#ManagerNetworkProtocol.v1_12_0.ManagerNetworkProtocol",
                "Twin Manager Network Protocol");
        n.put("Description", "The protocols the LiquidTwin server listens with: one port, HTTPS when a TLS keystore"
                + " is configured, else plain HTTP");
        n.put("HostName", hostName(false));
        n.put("FQDN", hostName(true));
        n.set("Status", Json.status("Enabled", "OK"));
        Optional<Endpoint.Listener> l = endpoint.listener();
        boolean https = l.map(Endpoint.Listener::https).orElse(false);
        Integer port = l.map(Endpoint.Listener::port).filter(p -> p > 0).orElse(null);
        ObjectNode http = n.putObject("HTTP").put("ProtocolEnabled", l.isPresent() && !https);
        http.put("Port", https ? null : port);
        ObjectNode tls = n.putObject("HTTPS").put("ProtocolEnabled", https);
        tls.put("Port", https ? port : null);
        tls.set("Certificates", link(HTTPS_CERTIFICATES));
        return n;
    }

    /** @return the host's name, or its fully qualified name (null when the host cannot name itself) */
    static String hostName(boolean qualified) {
        try {
            InetAddress local = InetAddress.getLocalHost();
            return qualified ? local.getCanonicalHostName() : local.getHostName();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
