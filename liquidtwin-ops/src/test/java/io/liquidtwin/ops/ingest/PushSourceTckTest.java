package io.liquidtwin.ops.ingest;

import io.liquidtwin.ops.store.Quality;
import io.liquidtwin.ops.store.Sample;
import io.liquidtwin.ops.store.SeriesKey;
import java.io.IOException;
import java.util.List;

/** A push source passes the ingest TCK; its peer publishes a retained batch on subscribe, then one per tick. */
class PushSourceTckTest extends TelemetrySourceTck {

    @Override
    protected Fixture newFixture(FakeClock clock) {
        return new Fixture() {
            private boolean subscribed;
            private int k;
            private final PushSource source = new PushSource("push:tck", this::subscribe, 1_000);

            private void subscribe(PushSource target) throws IOException {
                attemptConnect("broker unreachable");
                subscribed = true;
                k = 0;
                publishNext();
            }

            private void publishNext() {
                if (silent) {
                    return;
                }
                k++;
                source.publish(List.of(new Sample(SeriesKey.of("cdu-1.supply_temp"), START_US + k * SECOND_US,
                        40 + k, Quality.GOOD)));
            }

            @Override
            void beforeTick() {
                if (subscribed && !reachable) {
                    subscribed = false;
                    source.lost("broker went away");
                } else if (subscribed) {
                    publishNext();
                }
            }

            @Override
            public TelemetrySource source() {
                return source;
            }
        };
    }
}
