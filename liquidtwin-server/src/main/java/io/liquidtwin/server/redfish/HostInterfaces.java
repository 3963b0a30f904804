package io.liquidtwin.server.redfish;

import static io.liquidtwin.server.redfish.Json.F;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The host's Ethernet-like network interfaces as Redfish EthernetInterfaces, read from {@link NetworkInterface} each
 * time: every interface with a 6-byte hardware (MAC) address, its Id the interface name. Addresses, MTU and link
 * state are the JDK's; on Linux the IPv4 default gateway comes from {@code /proc/net/route}, IPv6 address states and
 * origins from {@code /proc/net/if_inet6} and the speed from {@code /sys/class/net/<name>/speed}. What the host does
 * not say (an IPv4 address's origin, a gateway elsewhere) is null, not guessed.
 */
final class HostInterfaces {

    private static final Path ROUTES = Path.of("/proc/net/route");
    private static final Path INET6 = Path.of("/proc/net/if_inet6");

    private HostInterfaces() {
    }

    /** @return the names of the interfaces with a MAC address, sorted */
    static List<String> names() {
        List<String> out = new ArrayList<>();
        for (NetworkInterface i : all()) {
            if (mac(i) != null) {
                out.add(i.getName());
            }
        }
        Collections.sort(out);
        return out;
    }

    /** @return the EthernetInterface {@code name} under {@code base}, or empty if the host has no such interface */
    static Optional<ObjectNode> resource(String base, String name) {
        try {
            NetworkInterface i = NetworkInterface.getByName(name);
            if (i == null || mac(i) == null) {
                return Optional.empty();
            }
            return Optional.of(of(base + "/" + name, i));
        } catch (SocketException e) {
            return Optional.empty();
        }
    }

    private static List<NetworkInterface> all() {
        try {
            return NetworkInterface.networkInterfaces().toList();
        } catch (SocketException e) {
            return List.of();
        }
    }

    private static String mac(NetworkInterface i) {
        try {
            byte[] a = i.getHardwareAddress();
            if (a == null || a.length != 6 || i.isLoopback()) {
                return null;
            }
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(a);
        } catch (SocketException e) {
            return null;
        }
    }

    private static ObjectNode of(String uri, NetworkInterface i) throws SocketException {
        ObjectNode n = Json.resource(uri, "#EthernetInterface.v1_12_4.EthernetInterface",
                "Host network interface " + i.getName());
        n.put("Description", "A network interface of the host the LiquidTwin server runs on");
        boolean up = i.isUp();
        n.set("Status", Json.status(up ? "Enabled" : "Disabled", "OK"));
        n.put("InterfaceEnabled", up);
        n.put("LinkStatus", up ? "LinkUp" : "LinkDown");
        n.put("MACAddress", mac(i));
        n.put("MTUSize", i.getMTU());
        n.put("EthernetInterfaceType", i.isVirtual() ? "Virtual" : "Physical");
        speedMbps(i.getName()).ifPresentOrElse(s -> n.put("SpeedMbps", s), () -> n.putNull("SpeedMbps"));
        n.put("HostName", ManagerResources.hostName(false));
        n.put("FQDN", ManagerResources.hostName(true));
        String gateway = gateway(i.getName());
        ArrayNode v4 = n.putArray("IPv4Addresses");
        ArrayNode v6 = n.putArray("IPv6Addresses");
        for (InterfaceAddress a : i.getInterfaceAddresses()) {
            if (a.getAddress() instanceof Inet4Address x) {
                ObjectNode o = v4.addObject();
                o.put("Address", x.getHostAddress());
                o.put("SubnetMask", mask(a.getNetworkPrefixLength()));
                o.put("AddressOrigin", x.isLinkLocalAddress() ? "IPv4LinkLocal" : null);
                o.put("Gateway", gateway);
            } else if (a.getAddress() instanceof Inet6Address x) {
                String text = x.getHostAddress();
                int scope = text.indexOf('%');
                ObjectNode o = v6.addObject();
                o.put("Address", scope < 0 ? text : text.substring(0, scope));
                o.put("PrefixLength", a.getNetworkPrefixLength());
                int flags = inet6Flags(x, i.getName());
                o.put("AddressOrigin", x.isLinkLocalAddress() ? "LinkLocal"
                        : flags >= 0 && (flags & 0x80) != 0 ? "Static" : null);
                o.put("AddressState", flags < 0 ? null : (flags & 0x08) != 0 ? "Failed"
                        : (flags & 0x40) != 0 ? "Tentative" : (flags & 0x20) != 0 ? "Deprecated" : "Preferred");
            }
        }
        n.putArray("NameServers");
        return n;
    }

    /** @return the dotted IPv4 mask of a prefix length */
    static String mask(int prefixLength) {
        long m = prefixLength == 0 ? 0 : (0xFFFF_FFFFL << (32 - prefixLength)) & 0xFFFF_FFFFL;
        return (m >> 24) + "." + ((m >> 16) & 0xFF) + "." + ((m >> 8) & 0xFF) + "." + (m & 0xFF);
    }

    /** @return the IPv4 default gateway through {@code name} from the Linux routing table, or null */
    static String gateway(String name) {
        for (String line : lines(ROUTES)) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 4 && f[0].equals(name) && f[1].equals("00000000") && !f[2].equals("00000000")
                    && (Integer.parseInt(f[3], 16) & 0x2) != 0) {
                long g = Long.parseLong(f[2], 16);   // little-endian
                return (g & 0xFF) + "." + ((g >> 8) & 0xFF) + "." + ((g >> 16) & 0xFF) + "." + ((g >> 24) & 0xFF);
            }
        }
        return null;
    }

    /** @return the kernel's flags of an IPv6 address ({@code /proc/net/if_inet6}), or -1 when unknown */
    private static int inet6Flags(Inet6Address a, String name) {
        String hex = HexFormat.of().formatHex(a.getAddress());
        for (String line : lines(INET6)) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 6 && f[0].equalsIgnoreCase(hex) && f[5].equals(name)) {
                return Integer.parseInt(f[4], 16);
            }
        }
        return -1;
    }

    private static Optional<Integer> speedMbps(String name) {
        List<String> l = lines(Path.of("/sys/class/net", name, "speed"));
        try {
            int s = l.isEmpty() ? -1 : Integer.parseInt(l.get(0).trim());
            return s > 0 ? Optional.of(s) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static List<String> lines(Path p) {
        try {
            return Files.isReadable(p) ? Files.readAllLines(p) : List.of();
        } catch (IOException | RuntimeException e) {   // sysfs answers EINVAL for the speed of a link that is down
            return List.of();
        }
    }
}
