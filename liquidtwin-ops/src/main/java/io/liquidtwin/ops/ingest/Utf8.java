package io.liquidtwin.ops.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 checking of byte ranges. */
final class Utf8 {

    private Utf8() {
    }

    /** @return the offset (from {@code from}) of the first byte that is not valid UTF-8, or -1 */
    static int firstMalformed(byte[] body, int from, int to) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body, from, to - from);
        CharBuffer out = CharBuffer.allocate(to - from + 1);
        CoderResult r = d.decode(in, out, true);
        if (r.isError()) {
            return in.position() - from;
        }
        r = d.flush(out);
        return r.isError() ? to - from : -1;
    }
}
