package io.liquidtwin.server.redfish;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Strong entity tags: a hash of the exact bytes sent (RFC 9110 §8.8.3), and If-None-Match matching. */
final class ETags {

    private ETags() {
    }

    /** @return {@code "<first 128 bits of SHA-256, hex>"} */
    static String of(byte[] bytes) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + HexFormat.of().formatHex(d, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return whether an If-None-Match value ({@code *} or a comma list, weak tags compared weakly) names etag */
    static boolean matches(String ifNoneMatch, String etag) {
        for (String t : ifNoneMatch.split(",")) {
            String s = t.strip();
            if (s.equals("*") || (s.startsWith("W/") ? s.substring(2) : s).equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
