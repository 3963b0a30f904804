/**
 * The plant description: immutable records of loops and equipment, the YAML plant-file loader that reports every
 * error at once (file, line, YAML path, what was expected) and the equipment catalogue plant files reference by name.
 * The format is documented field by field in {@code docs/plant-format.md}.
 *
 * <p>Public contract: {@link io.liquidtwin.sim.plant.PlantLoader} loads a file into a
 * {@link io.liquidtwin.sim.plant.Plant} (records with SI values and unit-suffixed names: K, Pa, W, m³/s, kg/s, m) or
 * throws one {@link io.liquidtwin.sim.plant.PlantFileException} listing every
 * {@link io.liquidtwin.sim.plant.PlantError}. Everything else in this package (readers, catalogue, expansion of
 * repeated groups, checks) is package-private.
 */
package io.liquidtwin.sim.plant;
