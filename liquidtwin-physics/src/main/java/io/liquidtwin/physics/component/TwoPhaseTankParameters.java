package io.liquidtwin.physics.component;

import io.liquidtwin.physics.Range;
import io.liquidtwin.physics.fluid.TwoPhaseFluid;
import java.util.List;

/**
 * Parameters of a sealed two-phase immersion tank ({@link TwoPhaseTank}).
 *
 * @param fluid                    the two-phase dielectric (e.g. {@code DielectricCatalogue.standard().twoPhase("fk-5-1-12")})
 * @param vapourSpaceVolumeM3      volume of the vapour space above the pool, m³, &gt; 0 (constant: the level change
 *                                 from evaporating a few kilograms is neglected)
 * @param fluidInventoryKg         initial fluid charge (liquid + vapour), kg, &gt; 0
 * @param poolHeatCapacityJK       heat capacity that follows T_sat (liquid pool, immersed metal), J/K, ≥ 0; 0 gives
 *                                 the pure vapour mass balance of PHYSICS.md §3, see {@link #liquidHeatCapacityJK}
 * @param initialPressurePa        tank pressure at start, Pa (inside the fluid's saturation range)
 * @param condenser                the condenser coil
 * @param relief                   the relief valve
 * @param leakageRateKgS           constant vapour loss through seals, kg/s, ≥ 0
 * @param minimumLiquidInventoryKg liquid mass below which the devices are no longer covered, kg, ≥ 0
 * @param devices                  tracked boiling devices (their heat shares sum to ≤ 1)
 * @param maxSubstepS              longest implicit-Euler substep, s, &gt; 0 (10 s by default)
 */
public record TwoPhaseTankParameters(TwoPhaseFluid fluid, double vapourSpaceVolumeM3, double fluidInventoryKg,
                                     double poolHeatCapacityJK, double initialPressurePa, CondenserCoil condenser,
                                     ReliefValve relief, double leakageRateKgS, double minimumLiquidInventoryKg,
                                     List<BoilingDevice> devices, double maxSubstepS) {

    /** Model name used in error messages. */
    public static final String MODEL = "two-phase immersion tank";

    /** Default longest substep, s. */
    public static final double DEFAULT_MAX_SUBSTEP_S = 10.0;

    /** Checks the parameters and copies the device list. */
    public TwoPhaseTankParameters {
        if (fluid == null || condenser == null || relief == null || devices == null) {
            throw new IllegalArgumentException("tank fluid, condenser, relief valve and device list are required");
        }
        devices = List.copyOf(devices);
        Range.positive("vapour space volume", vapourSpaceVolumeM3, "m³", MODEL);
        Range.positive("fluid inventory", fluidInventoryKg, "kg", MODEL);
        Checks.nonNegative("pool heat capacity", poolHeatCapacityJK, "J/K", MODEL);
        double tMin = fluid.minSaturationTemperatureK();
        double tMax = fluid.maxSaturationTemperatureK();
        new Range("initial pressure", fluid.saturationPressurePa(tMin), fluid.saturationPressurePa(tMax), "Pa",
                MODEL + " (saturation range of " + fluid.name() + ")").check(initialPressurePa);
        Checks.nonNegative("leakage rate", leakageRateKgS, "kg/s", MODEL);
        Checks.nonNegative("minimum liquid inventory", minimumLiquidInventoryKg, "kg", MODEL);
        Range.positive("longest substep", maxSubstepS, "s", MODEL);
        double shares = 0;
        for (BoilingDevice d : devices) {
            shares += d.heatShare();
        }
        new Range("sum of device heat shares", 0, 1 + 1e-12, "", MODEL).check(shares);
    }

    /** The parameters with the default longest substep. */
    public TwoPhaseTankParameters(TwoPhaseFluid fluid, double vapourSpaceVolumeM3, double fluidInventoryKg,
                                  double poolHeatCapacityJK, double initialPressurePa, CondenserCoil condenser,
                                  ReliefValve relief, double leakageRateKgS, double minimumLiquidInventoryKg,
                                  List<BoilingDevice> devices) {
        this(fluid, vapourSpaceVolumeM3, fluidInventoryKg, poolHeatCapacityJK, initialPressurePa, condenser, relief,
                leakageRateKgS, minimumLiquidInventoryKg, devices, DEFAULT_MAX_SUBSTEP_S);
    }

    /**
     * Heat capacity of a liquid charge at a temperature (for {@code poolHeatCapacityJK}; add the immersed metal).
     *
     * @return m·cp(T, p_sat(T)), J/K
     */
    public static double liquidHeatCapacityJK(TwoPhaseFluid fluid, double liquidMassKg, double temperatureK) {
        Checks.nonNegative("liquid mass", liquidMassKg, "kg", MODEL);
        return liquidMassKg * fluid.specificHeatJKgK(temperatureK, fluid.saturationPressurePa(temperatureK));
    }
}
