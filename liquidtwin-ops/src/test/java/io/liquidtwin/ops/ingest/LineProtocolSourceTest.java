package io.liquidtwin.ops.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.liquidtwin.ops.store.Sample;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.Test;

class LineProtocolSourceTest {

    @Test
    void readsAtMostTheChunkLimitPerPollStampsUntimedLinesWithTheClockAndKeepsErrors() throws IOException {
        var clock = new FakeClock(2_000);
        Deque<String> chunks = new ArrayDeque<>();
        chunks.add("a v=1\nb v=oops\n");
        chunks.add("a v=2 5\n");
        chunks.add("a v=3 6\n");
        boolean[] closed = {false};
        var src = new LineProtocolSource("lp", () -> new LineProtocolSource.ChunkStream() {
            @Override
            public byte[] next() {
                String c = chunks.poll();
                return c == null ? null : c.getBytes(StandardCharsets.UTF_8);
            }

            @Override
            public void close() {
                closed[0] = true;
            }
        }, Precision.SECONDS, clock, 2);
        src.connect();
        assertThat(src.poll()).extracting(Sample::epochMicros, Sample::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2_000_000L, 1.0),
                org.assertj.core.groups.Tuple.tuple(5_000_000L, 2.0));
        assertThat(src.poll()).extracting(Sample::value).containsExactly(3.0);
        assertThat(src.poll()).isEmpty();
        assertThat(src.parseErrors()).isEqualTo(1);
        assertThat(src.recentErrors()).singleElement().extracting(e -> e.error().line()).isEqualTo(2);
        src.close();
        assertThat(closed[0]).isTrue();
    }

    @Test
    void samplesOfChunksReadBeforeTheStreamFailsAreReturnedAndTheFailureComesOnTheNextPoll() throws IOException {
        Deque<String> chunks = new ArrayDeque<>();
        chunks.add("a v=1 1\n");
        chunks.add("a v=2 2\n");
        chunks.add("FAIL");
        chunks.add("a v=4 4\n");
        var src = new LineProtocolSource("lp", () -> () -> {
            String c = chunks.poll();
            if ("FAIL".equals(c)) {
                throw new IOException("connection reset");
            }
            return c == null ? null : c.getBytes(StandardCharsets.UTF_8);
        }, Precision.SECONDS, new FakeClock(0), 5);
        src.connect();
        assertThat(src.poll()).extracting(Sample::value).containsExactly(1.0, 2.0);
        org.assertj.core.api.Assertions.assertThatThrownBy(src::poll).isInstanceOf(IOException.class)
                .hasMessage("connection reset");
        src.close();
        src.connect();
        assertThat(src.poll()).extracting(Sample::value).containsExactly(4.0);
    }

    @Test
    void errorsNameTheirChunkSoLineNumbersWithinChunksCanBeTraced() throws IOException {
        Deque<String> chunks = new ArrayDeque<>(java.util.List.of("a v=1 1\nbad\n", "bad\n", "a v=2 2\nx v=oops 2\n"));
        var src = new LineProtocolSource("lp", () -> () -> {
            String c = chunks.poll();
            return c == null ? null : c.getBytes(StandardCharsets.UTF_8);
        }, Precision.SECONDS, new FakeClock(0), 2);
        src.connect();
        src.poll();
        src.close();
        src.connect(); // numbering goes on across reconnects
        src.poll();
        assertThat(src.recentErrors()).extracting(LineProtocolSource.ChunkError::chunk, e -> e.error().line())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, 2), org.assertj.core.groups.Tuple.tuple(2L, 1),
                        org.assertj.core.groups.Tuple.tuple(3L, 2));
    }
}
