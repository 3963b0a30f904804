package io.liquidtwin.server.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.UnrecoverableKeyException;
import java.util.Collections;
import java.util.Objects;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * HTTPS with the user's certificate: a PKCS12 keystore holding one private key and its certificate chain (for
 * example {@code keytool -genkeypair -storetype PKCS12} or {@code openssl pkcs12 -export}); the key's password is the
 * keystore's, as PKCS12 tools make it. The server then listens with TLS only (TLS 1.2 and 1.3, the JDK's default
 * ciphers); plain HTTP on that port fails.
 *
 * @param keyStore the PKCS12 file
 * @param password its password (never shown by {@link #toString()})
 */
public record Tls(Path keyStore, String password) {

    public Tls {
        Objects.requireNonNull(keyStore, "keyStore");
        Objects.requireNonNull(password, "password");
    }

    /**
     * Reads the keystore.
     *
     * @return the keystore
     * @throws IllegalArgumentException naming the file and what was expected when it is missing, unreadable, not
     *                                  PKCS12, the password is wrong, or it holds no private key
     */
    public KeyStore load() {
        String expected = " (expected a PKCS12 keystore with the server's private key and certificate chain, its"
                + " password given with it)";
        if (!Files.isRegularFile(keyStore) || !Files.isReadable(keyStore)) {
            throw new IllegalArgumentException("TLS keystore " + keyStore + " does not exist or cannot be read"
                    + expected);
        }
        KeyStore ks;
        try {
            ks = KeyStore.getInstance("PKCS12");
            try (var in = Files.newInputStream(keyStore)) {
                ks.load(in, password.toCharArray());
            }
        } catch (IOException e) {
            boolean wrongPassword = e.getCause() instanceof UnrecoverableKeyException
                    || String.valueOf(e.getMessage()).contains("password");
            throw new IllegalArgumentException("TLS keystore " + keyStore + ": " + (wrongPassword
                    ? "wrong password" : "not a readable PKCS12 keystore (" + e.getMessage() + ")") + expected, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("TLS keystore " + keyStore + ": " + e.getMessage() + expected, e);
        }
        try {
            for (String alias : Collections.list(ks.aliases())) {
                if (ks.isKeyEntry(alias)) {
                    ks.getKey(alias, password.toCharArray()); // the key must open with the same password
                    return ks;
                }
            }
        } catch (UnrecoverableKeyException e) {
            throw new IllegalArgumentException("TLS keystore " + keyStore + ": its private key does not open with"
                    + " the keystore's password" + expected, e);
        } catch (KeyStoreException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalArgumentException("TLS keystore " + keyStore + ": " + e.getMessage() + expected, e);
        }
        throw new IllegalArgumentException("TLS keystore " + keyStore + " holds no private key, only certificates"
                + expected);
    }

    /**
     * @return an HTTPS connector on {@code host:port} serving with {@code loaded} (from {@link #load()}); the
     *         {@code Host} need not match the certificate's names (checking them is the client's part)
     */
    public Connector connector(Server server, HttpConfiguration http, String host, int port, KeyStore loaded) {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStore(loaded);
        ssl.setKeyStorePassword(password);
        ssl.setKeyManagerPassword(password);
        ssl.setIncludeProtocols("TLSv1.3", "TLSv1.2");
        HttpConfiguration https = new HttpConfiguration(http);
        SecureRequestCustomizer secure = new SecureRequestCustomizer();
        secure.setSniHostCheck(false);
        https.addCustomizer(secure);
        ServerConnector c = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"),
                new HttpConnectionFactory(https));
        c.setHost(host);
        c.setPort(port);
        return c;
    }

    @Override
    public String toString() {
        return "Tls[keyStore=" + keyStore + ", password=(hidden)]";
    }
}
