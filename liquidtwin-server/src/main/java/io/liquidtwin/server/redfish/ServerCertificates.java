package io.liquidtwin.server.redfish;

import static io.liquidtwin.server.redfish.Json.F;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * The certificate the server presents for HTTPS, read from its TLS keystore: the leaf certificate of the keystore's
 * private-key entry, as Redfish Certificate {@code 1} (PEM, with its subject, issuer, validity, key usage and SHA-256
 * fingerprint). Without TLS there is none.
 *
 * @param leaf the server certificate, or null without TLS
 */
record ServerCertificates(X509Certificate leaf) {

    /** The Id of the server certificate in its collection. */
    static final String ID = "1";

    /** @return the certificate of the keystore's key entry (none for a null keystore) */
    static ServerCertificates of(KeyStore keyStore) {
        if (keyStore == null) {
            return new ServerCertificates(null);
        }
        try {
            for (String alias : Collections.list(keyStore.aliases())) {
                if (keyStore.isKeyEntry(alias) && keyStore.getCertificate(alias) instanceof X509Certificate x) {
                    return new ServerCertificates(x);
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the loaded TLS keystore cannot be read: " + e.getMessage(), e);
        }
        return new ServerCertificates(null);
    }

    /** @return the member URIs of the collection at {@code collection} */
    List<String> uris(String collection) {
        return leaf == null ? List.of() : List.of(collection + "/" + ID);
    }

    /** @return the Certificate {@code id} of the collection at {@code collection}, or empty */
    Optional<ObjectNode> resource(String collection, String id) {
        if (leaf == null || !id.equals(ID)) {
            return Optional.empty();
        }
        ObjectNode n = Json.resource(collection + "/" + ID, "#Certificate.v1_11_0.Certificate",
                "HTTPS server certificate");
        n.put("Description", "The certificate the LiquidTwin server presents to HTTPS clients (from its TLS keystore)");
        n.put("CertificateString", pem(leaf));
        n.put("CertificateType", "PEM");
        n.putArray("CertificateUsageTypes").add("Web");
        n.set("Subject", identifier(leaf.getSubjectX500Principal().getName()));
        n.set("Issuer", identifier(leaf.getIssuerX500Principal().getName()));
        DateTimeFormatter f = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        n.put("ValidNotBefore", f.format(leaf.getNotBefore().toInstant().atOffset(ZoneOffset.UTC)));
        n.put("ValidNotAfter", f.format(leaf.getNotAfter().toInstant().atOffset(ZoneOffset.UTC)));
        n.put("SerialNumber", colons(leaf.getSerialNumber().toByteArray()));
        n.put("SignatureAlgorithm", leaf.getSigAlgName());
        n.put("FingerprintHashAlgorithm", "TPM_ALG_SHA256");
        n.put("Fingerprint", colons(sha256(leaf)));
        n.set("KeyUsage", keyUsage(leaf));
        return Optional.of(n);
    }

    /** @return the certificate in PEM form */
    static String pem(Certificate c) {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                    .encodeToString(c.getEncoded()) + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] sha256(X509Certificate c) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(c.getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String colons(byte[] b) {
        return HexFormat.ofDelimiter(":").withUpperCase().formatHex(b);
    }

    /** @return a Certificate.Identifier from an RFC 2253 distinguished name */
    static ObjectNode identifier(String dn) {
        ObjectNode n = F.objectNode();
        n.put("DisplayString", dn);
        try {
            for (Rdn r : new LdapName(dn).getRdns()) {
                String key = switch (r.getType().toUpperCase(java.util.Locale.ROOT)) {
                    case "CN" -> "CommonName";
                    case "O" -> "Organization";
                    case "OU" -> "OrganizationalUnit";
                    case "L" -> "City";
                    case "ST" -> "State";
                    case "C" -> "Country";
                    default -> null;
                };
                if (key != null && !n.has(key)) {
                    n.put(key, String.valueOf(r.getValue()));
                }
            }
        } catch (InvalidNameException e) {
            // the DisplayString alone then
        }
        return n;
    }

    private static ArrayNode keyUsage(X509Certificate c) {
        ArrayNode a = F.arrayNode();
        String[] names = {"DigitalSignature", "NonRepudiation", "KeyEncipherment", "DataEncipherment",
            "KeyAgreement", "KeyCertSign", "CRLSigning", "EncipherOnly", "DecipherOnly"};
        boolean[] ku = c.getKeyUsage();
        for (int i = 0; ku != null && i < Math.min(ku.length, names.length); i++) {
            if (ku[i]) {
                a.add(names[i]);
            }
        }
        try {
            List<String> ext = c.getExtendedKeyUsage();
            if (ext != null) {
                if (ext.contains("1.3.6.1.5.5.7.3.1")) {
                    a.add("ServerAuthentication");
                }
                if (ext.contains("1.3.6.1.5.5.7.3.2")) {
                    a.add("ClientAuthentication");
                }
            }
        } catch (java.security.cert.CertificateParsingException e) {
            // no extended key usage then
        }
        return a;
    }
}
