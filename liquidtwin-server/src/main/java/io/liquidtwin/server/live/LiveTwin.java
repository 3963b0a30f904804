package io.liquidtwin.server.live;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liquidtwin.ops.alarm.AlarmDefinition;
import io.liquidtwin.ops.alarm.AlarmEngine;
import io.liquidtwin.ops.alarm.SimulationLeakActuator;
import io.liquidtwin.ops.ingest.IngestPolicy;
import io.liquidtwin.ops.ingest.SimulationSource;
import io.liquidtwin.ops.ingest.SourceSupervisor;
import io.liquidtwin.ops.store.ForwardingTelemetryStore;
import io.liquidtwin.ops.store.Sample;
import io.liquidtwin.ops.store.SeriesKey;
import io.liquidtwin.ops.store.TelemetryStore;
import io.liquidtwin.server.redfish.RedfishModel;
import io.liquidtwin.sim.engine.Channel;
import io.liquidtwin.sim.engine.Sensors;
import io.liquidtwin.sim.engine.Simulation;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One simulation run live: each {@link #tick()} steps it by {@code stepS} simulated seconds, appends every sensor
 * reading to the store (stamped in twin time: start instant + simulated time), lets the alarm engine see each stored
 * sample and evaluate, then publishes a new {@link TwinSnapshot} to {@link #snapshot()} and the listeners.
 *
 * <p>Twin time is also the alarm engine's clock, so alarm delays and shelving count simulated seconds (at speed 60 a
 * 60 s delay passes in one wall second).
 *
 * <p>Thread-safety: {@link #tick()} and {@link #control} serialise on one lock; {@link #snapshot()} is lock-free.
 * Samples written by others (HTTP ingest) go to {@link #store()} so the alarm engine sees them too.
 */
public final class LiveTwin implements AutoCloseable {

    private final Simulation sim;
    private final TelemetryStore store;
    private final AlarmEngine alarms;
    private final List<AlarmDefinition> definitions;
    private final SourceSupervisor ingest;
    private final RedfishModel redfish;
    private final List<Channel> channels;
    private final long startMicros;
    private final double stepS;
    private final ReentrantLock lock = new ReentrantLock();
    private final List<Consumer<TwinSnapshot>> listeners = new CopyOnWriteArrayList<>();
    private volatile TwinSnapshot snapshot;
    private long sequence;

    /**
     * @param sim         an initialised simulation
     * @param rawStore    where readings are kept (the twin does not close it)
     * @param definitions alarm definitions over the twin's series (and any ingested ones)
     * @param start       the instant simulated time 0 stands for
     * @param stepS       simulated seconds per tick (> 0)
     * @param tags        tags of every twin series (e.g. {@code plant=qingdao})
     */
    public LiveTwin(Simulation sim, TelemetryStore rawStore, List<AlarmDefinition> definitions, Instant start,
                    double stepS, Map<String, String> tags) {
        if (!(stepS > 0) || !Double.isFinite(stepS)) {
            throw new IllegalArgumentException("stepS must be finite and > 0, got " + stepS);
        }
        this.sim = Objects.requireNonNull(sim, "sim");
        this.definitions = List.copyOf(definitions);
        this.stepS = stepS;
        this.startMicros = Math.multiplyExact(start.getEpochSecond(), 1_000_000L) + start.getNano() / 1000;
        InstantSource twinClock = () -> Instant.EPOCH.plusNanos(Math.multiplyExact(epochMicrosNow(), 1000L));
        AlarmEngine[] engine = new AlarmEngine[1];
        // the engine looks at a sample only if a definition watches its series: telling it about the others would
        // cost a synchronized scan of every definition per sample (an ingest batch holds many thousands)
        Set<SeriesKey> watched = this.definitions.stream().map(AlarmDefinition::series)
                .collect(Collectors.toUnmodifiableSet());
        this.store = new ForwardingTelemetryStore(rawStore) {
            @Override
            public void append(List<Sample> batch) {
                super.append(batch);
                if (watched.isEmpty()) {
                    return;
                }
                for (Sample s : batch) {
                    if (watched.contains(s.series())) {
                        engine[0].onSample(s);
                    }
                }
            }
        };
        engine[0] = AlarmEngine.restore(rawStore, definitions, twinClock, Map.of(),
                new SimulationLeakActuator(sim, Duration.ofSeconds(60)));
        this.alarms = engine[0];
        SimulationSource source = new SimulationSource("twin", () -> sim, stepS,
                new SimulationSource.TimeBase.Simulated(startMicros), tags);
        this.ingest = new SourceSupervisor(store, twinClock, IngestPolicy.DEFAULT, List.of(source));
        this.redfish = new RedfishModel(sim);
        this.channels = Sensors.of(sim);
        publish();
    }

    /** @return twin time now: start + simulated time, epoch µs */
    public long epochMicrosNow() {
        return startMicros + Math.round(sim.timeS() * 1e6);
    }

    /** @return simulated seconds per tick */
    public double stepS() {
        return stepS;
    }

    /** Steps the simulation once, stores its readings, evaluates alarms and publishes the new snapshot. */
    public void tick() {
        lock.lock();
        try {
            ingest.tick();
            alarms.tick();
            publish();
        } finally {
            lock.unlock();
        }
    }

    /** Ticks {@code n} times. */
    public void advance(int n) {
        for (int i = 0; i < n; i++) {
            tick();
        }
    }

    /**
     * Runs {@code action} on the simulation between steps (under the twin's lock), then publishes a new snapshot so
     * readers see the change at once.
     */
    public <T> T control(Function<Simulation, T> action) {
        lock.lock();
        try {
            T out = action.apply(sim);
            publish();
            return out;
        } finally {
            lock.unlock();
        }
    }

    /** Reads the simulation between steps (under the lock) without publishing. */
    public <T> T read(Function<Simulation, T> query) {
        lock.lock();
        try {
            return query.apply(sim);
        } finally {
            lock.unlock();
        }
    }

    /** @return the latest snapshot (never null) */
    public TwinSnapshot snapshot() {
        return snapshot;
    }

    /** @return the store the twin writes to; appends through it are seen by the alarm engine */
    public TelemetryStore store() {
        return store;
    }

    /** @return the alarm engine (thread-safe on its own) */
    public AlarmEngine alarms() {
        return alarms;
    }

    /** @return the alarm definitions the engine evaluates, in file order */
    public List<AlarmDefinition> alarmDefinitions() {
        return definitions;
    }

    /** @return the ingest supervisor that polls the twin (its stats and source status) */
    public SourceSupervisor ingest() {
        return ingest;
    }

    /** @return the plant's name */
    public String plantName() {
        return sim.model().plant().name();
    }

    /** Calls {@code l} with every new snapshot, on the thread that made it; it must return quickly. */
    public void addListener(Consumer<TwinSnapshot> l) {
        listeners.add(l);
    }

    public void removeListener(Consumer<TwinSnapshot> l) {
        listeners.remove(l);
    }

    private void publish() {
        Map<String, ObjectNode> resources = redfish.resources();
        Map<String, Double> readings = new LinkedHashMap<>();
        Map<String, String> units = new LinkedHashMap<>();
        for (Channel c : channels) {
            readings.put(c.name(), c.source().getAsDouble());
            units.put(c.name(), c.unit());
        }
        double it = sim.itPowerW();
        double facility = sim.facilityPowerW();
        Simulation.Ambient a = sim.ambient();
        TwinSnapshot.Kpis k = new TwinSnapshot.Kpis(it, facility, sim.coolingPowerW(), sim.heatRejectedW(),
                it > 0 ? facility / it : Double.NaN, sim.facilitySupplyTempK(), sim.hottestCduSupplyTempK(),
                a.dryBulbK(), a.wetBulbK(), sim.chillerRunning());
        TwinSnapshot s = new TwinSnapshot(sequence++, sim.timeS(), epochMicrosNow(), resources,
                Collections.unmodifiableMap(readings), Collections.unmodifiableMap(units), k);
        snapshot = s;
        for (Consumer<TwinSnapshot> l : listeners) {
            try {
                l.accept(s);
            } catch (RuntimeException e) {
                listeners.remove(l); // a failing listener (a closed stream) is dropped, the twin goes on
            }
        }
    }

    /** Closes the ingest supervisor; the store stays open (it belongs to the caller). */
    @Override
    public void close() {
        lock.lock();
        try {
            ingest.close();
        } finally {
            lock.unlock();
        }
    }
}
