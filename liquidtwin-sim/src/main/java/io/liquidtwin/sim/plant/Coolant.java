package io.liquidtwin.sim.plant;

import io.liquidtwin.physics.fluid.Fluid;
import java.util.Objects;

/**
 * The liquid circulating in a loop.
 *
 * @param id    the plant-file spelling: {@code water}, {@code PG25}, {@code EG30}, or a dielectric catalogue id
 * @param fluid the property model (SI): {@code Water.iapws()}, {@code GlycolWater} or a catalogue dielectric
 */
public record Coolant(String id, Fluid fluid) {

    public Coolant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fluid, "fluid");
    }
}
