package io.liquidtwin.sim.workload;

import java.util.Objects;

/**
 * One IT consumer of the plant (a cold-plate rack or an immersion tank), as the workload sees it.
 *
 * @param id             the plant's equipment id
 * @param designItPowerW IT power at design (all nodes busy at peak), W, &gt; 0
 */
public record Consumer(String id, double designItPowerW) {

    public Consumer {
        Objects.requireNonNull(id, "id");
        if (!(designItPowerW > 0) || !Double.isFinite(designItPowerW)) {
            throw new IllegalArgumentException("consumer " + id + ": design IT power must be finite and > 0 W, got "
                    + designItPowerW);
        }
    }
}
