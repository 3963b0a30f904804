/**
 * The plant description: immutable records of loops and equipment, the YAML plant-file loader that reports every
 * error at once (file, line, YAML path, what was expected) and the equipment catalogue plant files reference by name.
 * The format is documented field by field in {@code docs/plant-format.md}.
 */
package io.liquidtwin.sim.plant;
