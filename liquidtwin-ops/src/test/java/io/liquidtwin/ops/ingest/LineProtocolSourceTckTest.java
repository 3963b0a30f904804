package io.liquidtwin.ops.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The line protocol source passes the ingest TCK; its peer sends two series and a bad line per body. */
class LineProtocolSourceTckTest extends TelemetrySourceTck {

    @Override
    protected Fixture newFixture(FakeClock clock) {
        return new Fixture() {
            private final LineProtocolSource source = new LineProtocolSource("lp:tck", this::open,
                    Precision.MICROSECONDS, clock, 1);

            private LineProtocolSource.ChunkStream open() throws IOException {
                attemptConnect("connection refused");
                return new LineProtocolSource.ChunkStream() {
                    private int k;

                    @Override
                    public byte[] next() throws IOException {
                        if (!reachable) {
                            throw new IOException("connection reset");
                        }
                        if (silent) {
                            return null;
                        }
                        k++;
                        long t = START_US + k * SECOND_US;
                        return ("rack-1,site=tck inlet_temp=" + (20 + k) + ",flow=" + k + "i " + t + "\n"
                                + "rack-1,site=tck inlet_temp=oops " + t + "\n").getBytes(StandardCharsets.UTF_8);
                    }
                };
            }

            @Override
            public TelemetrySource source() {
                return source;
            }
        };
    }
}
