package io.liquidtwin.server.ingest;

import io.javalin.http.Context;
import io.liquidtwin.server.error.ApiException;
import io.liquidtwin.server.error.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** Reads a write request's body: as sent, or inflated when {@code Content-Encoding: gzip}, never beyond a cap. */
final class WriteBody {

    private WriteBody() {
    }

    /**
     * @param maxInflatedBytes most bytes a gzip body may inflate to (a bomb is refused with 413)
     * @throws ApiException 400 for an unsupported encoding or a corrupt gzip stream, 413 for too much data
     */
    static byte[] read(Context ctx, long maxInflatedBytes) {
        byte[] raw = ctx.bodyAsBytes();
        String encoding = ctx.header("Content-Encoding");
        if (encoding == null || encoding.isBlank() || encoding.trim().equalsIgnoreCase("identity")) {
            return raw;
        }
        if (!encoding.trim().equalsIgnoreCase("gzip")) {
            throw new ApiException(Problem.HEADER_INVALID, "Content-Encoding");
        }
        return gunzip(raw, maxInflatedBytes);
    }

    static byte[] gunzip(byte[] raw, long maxInflatedBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, raw.length * 4));
        byte[] buf = new byte[16 * 1024];
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(raw), buf.length)) {
            long total = 0;
            for (int n; (n = in.read(buf)) > 0; ) {
                total += n;
                if (total > maxInflatedBytes) {
                    throw new ApiException(Problem.PAYLOAD_TOO_LARGE);
                }
                out.write(buf, 0, n);
            }
        } catch (IOException e) {
            throw new ApiException(Problem.GENERAL_ERROR, "The body is declared gzip (Content-Encoding: gzip) but"
                    + " cannot be inflated: " + e.getMessage() + ". Send valid gzip or drop the header.");
        }
        return out.toByteArray();
    }
}
