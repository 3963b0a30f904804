package io.liquidtwin.server.web;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One static file in memory.
 *
 * @param bytes the content
 * @param type  its type
 * @param etag  a strong ETag (quoted SHA-256 prefix of the content)
 */
record Asset(byte[] bytes, AssetType type, String etag) {

    static Asset of(byte[] bytes, AssetType type) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return new Asset(bytes, type, '"' + HexFormat.of().formatHex(digest, 0, 12) + '"');
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
