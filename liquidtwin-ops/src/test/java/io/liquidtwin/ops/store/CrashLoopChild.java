package io.liquidtwin.ops.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The producer {@link CrashLoopTest} kills: appends batch after batch from {@code args[1]} on and prints
 * {@code ACK n} once {@code append} of batch n has returned. Batch n holds {@link #SERIES} samples of each of
 * {@link #SERIES} series at seconds {@code n·ROWS … n·ROWS+ROWS−1} after {@link TelemetryStoreTck#T0}.
 */
final class CrashLoopChild {

    static final int SERIES = 4;
    static final int ROWS = 25;

    private CrashLoopChild() {
    }

    static SeriesKey series(int i) {
        return new SeriesKey("crash.s" + i, Map.of("test", "crash"));
    }

    static double value(int series, long batch, int row) {
        return series * 1e9 + batch * ROWS + row;
    }

    static List<Sample> batch(long n) {
        List<Sample> out = new ArrayList<>(SERIES * ROWS);
        for (int row = 0; row < ROWS; row++) {
            long t = TelemetryStoreTck.T0 + (n * ROWS + row) * TelemetryStoreTck.SECOND;
            for (int s = 0; s < SERIES; s++) {
                out.add(new Sample(series(s), t, value(s, n, row), Quality.GOOD));
            }
        }
        return out;
    }

    public static void main(String[] args) {
        long n = Long.parseLong(args[1]);
        try (QuestDbTelemetryStore store = QuestDbTelemetryStore.open(Path.of(args[0]))) {
            System.out.println("OPEN " + store.recoveryReport().size());
            System.out.flush();
            while (true) {
                store.append(batch(n));
                System.out.println("ACK " + n);
                System.out.flush();
                n++;
            }
        }
    }
}
