package io.liquidtwin.physics.fluid;

/**
 * A single-phase dielectric coolant (synthetic hydrocarbon, mineral oil, …) defined by a catalogue record; see
 * {@link DielectricCatalogue}. All inputs and outputs SI; outside the record's declared temperature or pressure
 * range every method throws {@link io.liquidtwin.physics.OutOfRangeException}.
 *
 * @param id     the record's catalogue id
 * @param liquid the record's liquid properties
 */
record DielectricSinglePhaseFluid(String id, DielectricLiquid liquid) implements DielectricLiquidBacked {

    @Override
    public String toString() {
        return name() + " [dielectric catalogue '" + id + "']";
    }
}
