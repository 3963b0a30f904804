package io.liquidtwin.physics.fluid;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Dielectric immersion coolants as data records read from a YAML catalogue, not as classes.
 *
 * <p>{@link #standard()} is the built-in catalogue, the resource {@code dielectric-fluids.yaml} beside this class
 * (loaded once, on first use): a PAO-class synthetic oil and a mineral oil (single-phase), and HFE-7100,
 * FK-5-1-12 (Novec 649 class), FC-72 class and FC-3284 class fluids (two-phase), each value with its source in a
 * comment. {@link #load(Path)} and {@link #load(InputStream, String)} read user catalogues in the same schema,
 * documented at the top of that resource: units in the field names (°C, kPa, kg/m³, J/(kg·K), mPa·s, W/(m·K),
 * kJ/kg, mN/m, g/mol), converted to SI on loading.
 *
 * <p>The fluids returned work in SI (K, Pa, kg/m³, J/(kg·K), Pa·s, W/(m·K), J/kg, N/m, kg/mol):
 * <ul>
 *   <li>density, specific heat, conductivity: linear in T between the record's points; viscosity: Andrade
 *       (ln μ linear in 1/T) between them; the liquid is incompressible within the record's pressure range;</li>
 *   <li>saturation (two-phase): ln p = A − B/(T + C) by least squares on the record's points (C = 0, i.e.
 *       Clausius–Clapeyron, when there are only two), saturation temperature its exact inverse; latent heat from the
 *       record's value with Watson's relation (exponent 0.38); vapour density from the ideal gas law
 *       p_sat·M/(R·T); surface tension Guggenheim–Katayama σ₀(1 − T/T_c)^(11/9) fitted to the record's points.</li>
 * </ul>
 * Every method checks its temperature or pressure against the record's declared ranges and throws
 * {@link io.liquidtwin.physics.OutOfRangeException} outside them (NaN included).
 *
 * <p>Loading validates every record (required and unknown fields, types, positive values, at least two points per
 * table, strictly increasing temperatures and saturation pressures, min &lt; max for ranges, a saturation curve that
 * increases over its range) and reports the first problem as a {@link DielectricCatalogueException} naming the
 * source, line, fluid id and field. Instances are immutable and thread-safe.
 */
public final class DielectricCatalogue {

    /** Name of the built-in catalogue resource, relative to this class. */
    public static final String STANDARD_RESOURCE = "dielectric-fluids.yaml";

    private final String source;
    private final Map<String, Fluid> fluids;

    private DielectricCatalogue(String source, Map<String, Fluid> fluids) {
        this.source = source;
        this.fluids = fluids;
    }

    /** Holder idiom: the built-in resource is parsed once, on first use. */
    private static final class Standard {
        static final DielectricCatalogue INSTANCE = loadStandard();

        private static DielectricCatalogue loadStandard() {
            String name = DielectricCatalogue.class.getPackageName().replace('.', '/') + "/" + STANDARD_RESOURCE;
            try (InputStream in = DielectricCatalogue.class.getResourceAsStream(STANDARD_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("built-in dielectric catalogue resource missing: " + name);
                }
                return load(in, name);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read built-in dielectric catalogue " + name, e);
            }
        }
    }

    /** @return the built-in catalogue (resource {@value #STANDARD_RESOURCE}), loaded once */
    public static DielectricCatalogue standard() {
        return Standard.INSTANCE;
    }

    /**
     * Reads a catalogue file.
     *
     * @throws DielectricCatalogueException if it is malformed or a record is incomplete or invalid
     * @throws UncheckedIOException         if it cannot be read
     */
    public static DielectricCatalogue load(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            return parse(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dielectric catalogue " + file, e);
        }
    }

    /**
     * Reads a catalogue from a stream (not closed here).
     *
     * @param sourceName how error messages name the source, e.g. a file or resource name
     * @throws DielectricCatalogueException if it is malformed or a record is incomplete or invalid
     * @throws UncheckedIOException         if it cannot be read
     */
    public static DielectricCatalogue load(InputStream in, String sourceName) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        try {
            return parse(in.readAllBytes(), sourceName);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dielectric catalogue " + sourceName, e);
        }
    }

    private static DielectricCatalogue parse(byte[] yaml, String sourceName) {
        return new DielectricCatalogue(sourceName, DielectricCatalogueReader.read(yaml, sourceName));
    }

    /** @return the source this catalogue was read from */
    public String source() {
        return source;
    }

    /** @return the fluid ids, in catalogue order */
    public List<String> ids() {
        return List.copyOf(fluids.keySet());
    }

    /** @return whether the catalogue has a fluid with this id */
    public boolean contains(String id) {
        return fluids.containsKey(id);
    }

    /** @return whether the fluid with this id is two-phase (a {@link TwoPhaseFluid}) */
    public boolean isTwoPhase(String id) {
        return fluid(id) instanceof TwoPhaseFluid;
    }

    /**
     * @return the fluid with this id (single- or two-phase)
     * @throws IllegalArgumentException for an unknown id, listing the known ids
     */
    public Fluid fluid(String id) {
        Fluid f = fluids.get(id);
        if (f == null) {
            throw new IllegalArgumentException("no dielectric fluid '" + id + "' in " + source + "; known ids: "
                    + ids());
        }
        return f;
    }

    /**
     * @return the two-phase fluid with this id
     * @throws IllegalArgumentException for an unknown id or a single-phase fluid, listing the two-phase ids
     */
    public TwoPhaseFluid twoPhase(String id) {
        if (fluid(id) instanceof TwoPhaseFluid tp) {
            return tp;
        }
        List<String> twoPhaseIds = fluids.entrySet().stream().filter(e -> e.getValue() instanceof TwoPhaseFluid)
                .map(Map.Entry::getKey).toList();
        throw new IllegalArgumentException("dielectric fluid '" + id + "' in " + source
                + " is single-phase; two-phase ids: " + twoPhaseIds);
    }

    @Override
    public String toString() {
        return "DielectricCatalogue[" + source + ": " + ids() + "]";
    }
}
