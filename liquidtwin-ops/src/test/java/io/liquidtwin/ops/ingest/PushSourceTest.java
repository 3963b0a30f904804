package io.liquidtwin.ops.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.liquidtwin.ops.store.Quality;
import io.liquidtwin.ops.store.Sample;
import io.liquidtwin.ops.store.SeriesKey;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PushSourceTest {

    private static Sample s(long t) {
        return new Sample(SeriesKey.of("x"), t, t, Quality.GOOD);
    }

    @Test
    void overflowDropsTheOldestAndDisconnectedPublishesAreDropped() throws IOException {
        var src = new PushSource("p", target -> { }, 2);
        src.publish(List.of(s(0)));
        src.connect();
        src.publish(List.of(s(1), s(2), s(3)));
        assertThat(src.poll()).extracting(Sample::epochMicros).containsExactly(2L, 3L);
        assertThat(src.dropped()).isEqualTo(2);
        src.lost("socket closed");
        assertThatThrownBy(src::poll).isInstanceOf(IOException.class).hasMessage("push connection lost: socket closed");
        assertThatThrownBy(src::poll).isInstanceOf(IOException.class).hasMessage("push connection lost: socket closed");
        src.connect();
        assertThat(src.poll()).isEmpty();
    }

    @Test
    void samplesBufferedBeforeALossAreDeliveredThenThePollFailsAndWhatCloseClearsIsCounted() throws IOException {
        var src = new PushSource("p", target -> { }, 10);
        src.connect();
        src.publish(List.of(s(1), s(2)));
        src.lost("socket closed");
        src.publish(List.of(s(3))); // after the loss: dropped, as while disconnected
        assertThat(src.poll()).extracting(Sample::epochMicros).containsExactly(1L, 2L);
        assertThatThrownBy(src::poll).isInstanceOf(IOException.class).hasMessage("push connection lost: socket closed");
        assertThat(src.dropped()).isEqualTo(1);
        src.connect();
        src.publish(List.of(s(4), s(5)));
        src.close();
        assertThat(src.dropped()).isEqualTo(3);
        src.connect();
        assertThat(src.poll()).isEmpty();
    }
}
