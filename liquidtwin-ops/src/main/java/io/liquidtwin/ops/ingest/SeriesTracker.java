package io.liquidtwin.ops.ingest;

import io.liquidtwin.ops.store.Quality;
import io.liquidtwin.ops.store.Sample;
import io.liquidtwin.ops.store.SeriesKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Per-series late-window and stale bookkeeping of a {@link SourceSupervisor} (see {@link IngestPolicy}). */
final class SeriesTracker {

    private static final class State {
        Sample newest;
        long lastAcceptedAtMs;
        boolean staleMarked;
    }

    private final IngestPolicy policy;
    private final Map<SeriesKey, State> series = new HashMap<>();

    SeriesTracker(IngestPolicy policy) {
        this.policy = policy;
    }

    /** @return null if the sample is accepted (and recorded), else why it is rejected */
    String offer(Sample s, long nowMs) {
        State st = series.get(s.series());
        if (st != null) {
            long behindMicros = st.newest.epochMicros() - s.epochMicros();
            if (behindMicros > policy.lateWindowMicros()) {
                return "late: " + behindMicros + " µs behind the newest sample of " + s.series().id() + " (window "
                        + policy.lateWindowMicros() + " µs)";
            }
        } else {
            st = new State();
            series.put(s.series(), st);
        }
        if (st.newest == null || s.epochMicros() >= st.newest.epochMicros()) {
            st.newest = s;
        }
        st.lastAcceptedAtMs = nowMs;
        st.staleMarked = false;
        return null;
    }

    /** @return STALE copies of the newest GOOD sample of every series silent for the stale time, marked once */
    List<Sample> staleMarks(long nowMs) {
        List<Sample> marks = new ArrayList<>();
        for (State st : series.values()) {
            if (!st.staleMarked && nowMs - st.lastAcceptedAtMs >= policy.staleAfterMs()) {
                st.staleMarked = true;
                if (st.newest.quality() == Quality.GOOD) {
                    Sample n = st.newest;
                    st.newest = new Sample(n.series(), n.epochMicros(), n.value(), Quality.STALE);
                    marks.add(st.newest);
                }
            }
        }
        marks.sort(java.util.Comparator.comparing((Sample m) -> m.series().id()));
        return marks;
    }

    /** @return series currently marked stale */
    int staleCount() {
        return (int) series.values().stream().filter(st -> st.staleMarked).count();
    }
}
