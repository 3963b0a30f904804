package io.liquidtwin.server.web.schematic;

import java.util.List;
import java.util.Objects;

/**
 * One live value on the schematic.
 *
 * @param label     short caption, e.g. {@code "supply"}
 * @param channel   the sensor channel shown ({@code data-channel}); for an aggregate, the first of {@code channels}
 * @param unit      the channel's unit, "" when dimensionless ({@code data-unit})
 * @param aggregate how {@code channels} combine; {@link Aggregate#NONE} for one channel
 * @param channels  every channel the value stands for (just {@code channel} unless aggregated)
 */
public record Slot(String label, String channel, String unit, Aggregate aggregate, List<String> channels) {

    public Slot {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(aggregate, "aggregate");
        channels = List.copyOf(channels);
        if (channels.isEmpty() || !channels.get(0).equals(channel)) {
            throw new IllegalArgumentException("channels must start with " + channel);
        }
    }
}
