package io.liquidtwin.sim.workload;

import java.util.List;
import java.util.Objects;

/**
 * What {@link WorkloadSpec#build} returns.
 *
 * @param profile     the engine's load profile
 * @param description one line for reports, e.g. {@code KTH-SP2-1996-2.1-cln.swf.gz, EASY on 1000 nodes}
 * @param notes       decisions the reader should know (machine enlarged for a replay, jobs rejected)
 */
public record BuiltWorkload(ItLoadProfile profile, String description, List<String> notes) {

    public BuiltWorkload {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(description, "description");
        notes = List.copyOf(notes);
    }
}
