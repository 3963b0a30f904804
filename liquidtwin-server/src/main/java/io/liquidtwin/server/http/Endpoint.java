package io.liquidtwin.server.http;

import io.liquidtwin.server.security.Tls;
import java.security.KeyStore;
import java.util.Optional;

/**
 * Where the server listens, as it really runs: filled in by {@link LiquidTwinServer#start} (first with the configured
 * port, then with the bound one), read by the modules that describe the service (ManagerNetworkProtocol, the HTTPS
 * certificate). Before the server starts it is {@link #unbound()}.
 */
public final class Endpoint {

    /**
     * The listener.
     *
     * @param host     the listening address ({@code 0.0.0.0}: every interface)
     * @param port     the TCP port (0 before the server is bound to a chosen port)
     * @param tls      HTTPS settings, or null when the port serves plain HTTP
     * @param keyStore the loaded TLS keystore (null without TLS)
     */
    public record Listener(String host, int port, Tls tls, KeyStore keyStore) {
        /** @return whether the port serves HTTPS (and nothing else) */
        public boolean https() {
            return tls != null;
        }
    }

    private volatile Listener listener;

    /** @return an endpoint not yet bound */
    public static Endpoint unbound() {
        return new Endpoint();
    }

    /** Records the listener (the server calls this). */
    void bind(Listener l) {
        listener = l;
    }

    /** @return the listener, or empty before the server starts */
    public Optional<Listener> listener() {
        return Optional.ofNullable(listener);
    }
}
