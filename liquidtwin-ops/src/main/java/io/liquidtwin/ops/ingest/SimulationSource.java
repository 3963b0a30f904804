package io.liquidtwin.ops.ingest;

import io.liquidtwin.ops.store.Quality;
import io.liquidtwin.ops.store.Sample;
import io.liquidtwin.ops.store.SeriesKey;
import io.liquidtwin.sim.engine.Channel;
import io.liquidtwin.sim.engine.Sensors;
import io.liquidtwin.sim.engine.Simulation;
import java.io.IOException;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Publishes a running {@link Simulation} as telemetry: every poll steps it by {@code stepS} and returns one batch,
 * one GOOD sample per channel (from {@link Sensors#of} unless another channel list is given), series named as the
 * channel with the fixed tags plus {@code unit} (when the channel has one). A channel whose name is not a valid
 * series name is skipped (listed in {@link #skippedChannels()}); a non-finite reading is skipped and counted. An
 * exception from the engine (a step, a reading) is a lost connection: the poll throws {@link IOException}.
 *
 * <p>Timestamps: {@link TimeBase.Simulated} gives {@code startEpochMicros + timeS·10⁶} (rounded), so a replayed or
 * restarted simulation repeats its timestamps; {@link TimeBase.Wall} gives the clock's time at the poll. The
 * connector decides what a reconnect means: {@code () -> sim} resumes the same simulation, a connector that loads a
 * plant starts a new one (whose restarted simulation time the supervisor's late window then judges).
 */
public final class SimulationSource implements TelemetrySource {

    /** Opens the simulation to publish. */
    @FunctionalInterface
    public interface Connector {
        Simulation open() throws IOException;
    }

    /** Where sample timestamps come from. */
    public sealed interface TimeBase {
        /** Simulation time: {@code startEpochMicros + timeS·10⁶}. */
        record Simulated(long startEpochMicros) implements TimeBase {
        }

        /** Wall time of the poll. */
        record Wall(InstantSource clock) implements TimeBase {
        }
    }

    private final String name;
    private final Connector connector;
    private final double stepS;
    private final TimeBase timeBase;
    private final Map<String, String> tags;
    private final Function<Simulation, List<Channel>> channelsOf;
    private final List<String> skipped = new ArrayList<>();
    private Simulation sim;
    private List<Channel> channels = List.of();
    private List<SeriesKey> keys = List.of();
    private long nonFinite;
    private volatile boolean paused;

    /** Publishes all of {@link Sensors#of}. */
    public SimulationSource(String name, Connector connector, double stepS, TimeBase timeBase,
                            Map<String, String> tags) {
        this(name, connector, stepS, timeBase, tags, Sensors::of);
    }

    /**
     * @param stepS      simulated seconds per poll (> 0)
     * @param tags       tags of every series (e.g. {@code site=qingdao})
     * @param channelsOf the channels to publish of a simulation (e.g. a subset of {@link Sensors#of})
     */
    public SimulationSource(String name, Connector connector, double stepS, TimeBase timeBase,
                            Map<String, String> tags, Function<Simulation, List<Channel>> channelsOf) {
        if (!(stepS > 0) || !Double.isFinite(stepS)) {
            throw new IllegalArgumentException("stepS must be finite and > 0, got " + stepS);
        }
        this.name = name;
        this.connector = connector;
        this.stepS = stepS;
        this.timeBase = timeBase;
        this.tags = Map.copyOf(tags);
        this.channelsOf = channelsOf;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void connect() throws IOException {
        close();
        Simulation s = connector.open();
        List<Channel> chosen = new ArrayList<>();
        List<SeriesKey> k = new ArrayList<>();
        skipped.clear();
        for (Channel c : channelsOf.apply(s)) {
            Map<String, String> t = new TreeMap<>(tags);
            if (!c.unit().isEmpty()) {
                t.put("unit", c.unit());
            }
            try {
                k.add(new SeriesKey(c.name(), t));
                chosen.add(c);
            } catch (IllegalArgumentException e) {
                skipped.add(c.name() + ": " + e.getMessage());
            }
        }
        sim = s;
        channels = List.copyOf(chosen);
        keys = List.copyOf(k);
    }

    @Override
    public List<Sample> poll() throws IOException {
        if (sim == null) {
            throw new IOException(name + ": not connected");
        }
        if (paused) {
            return List.of();
        }
        try {
            sim.step(stepS);
            long t = switch (timeBase) {
                case TimeBase.Simulated s -> s.startEpochMicros() + Math.round(sim.timeS() * 1e6);
                case TimeBase.Wall w -> Math.multiplyExact(w.clock().millis(), 1000L);
            };
            List<Sample> out = new ArrayList<>(channels.size());
            for (int i = 0; i < channels.size(); i++) {
                double v = channels.get(i).source().getAsDouble();
                if (Double.isFinite(v)) {
                    out.add(new Sample(keys.get(i), t, v, Quality.GOOD));
                } else {
                    nonFinite++;
                }
            }
            return out;
        } catch (RuntimeException e) {
            throw new IOException(name + ": simulation failed at t=" + sim.timeS() + " s: " + e, e);
        }
    }

    /** While paused, polls neither step the simulation nor publish (its series go stale). */
    public void setPaused(boolean paused) {
        this.paused = paused;
    }

    /** @return channels left out because their names are not series names, with the reason */
    public List<String> skippedChannels() {
        return List.copyOf(skipped);
    }

    /** @return readings skipped because they were NaN or infinite */
    public long nonFiniteReadings() {
        return nonFinite;
    }

    @Override
    public void close() {
        sim = null;
        channels = List.of();
        keys = List.of();
    }
}
