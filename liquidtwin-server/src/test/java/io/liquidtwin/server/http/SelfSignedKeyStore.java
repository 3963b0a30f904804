package io.liquidtwin.server.http;

import io.liquidtwin.server.security.Tls;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** A self-signed PKCS12 keystore for 127.0.0.1/localhost made by the JDK's keytool, and a client that trusts it. */
public record SelfSignedKeyStore(Path file, String password) {

    /** Runs {@code keytool -genkeypair} into {@code dir/server.p12}. */
    public static SelfSignedKeyStore create(Path dir, String password) throws IOException, InterruptedException {
        Path file = dir.resolve("server.p12");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-storetype", "PKCS12", "-keystore", file.toString(), "-storepass", password,
                "-alias", "liquidtwin", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-noprompt")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("keytool failed: " + out);
        }
        return new SelfSignedKeyStore(file, password);
    }

    /** @return the server's TLS setting for this keystore */
    public Tls tls() {
        return new Tls(file, password);
    }

    /** @return a client that trusts exactly this keystore's certificate */
    public HttpClient trustingClient() throws GeneralSecurityException, IOException {
        KeyStore ks = tls().load();
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("server", ks.getCertificate("liquidtwin"));
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, tmf.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(ssl).connectTimeout(Duration.ofSeconds(10)).build();
    }
}
