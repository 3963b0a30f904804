package io.liquidtwin.sim.plant;

/**
 * A loaded loop with its coolant's properties at the design point (supply setpoint, static pressure), which the
 * checks and unit conversions use.
 *
 * @param loop             the loop
 * @param densityKgM3      coolant density at the supply setpoint, kg/m³
 * @param specificHeatJKgK coolant specific heat at the supply setpoint, J/(kg·K)
 * @param viscosityPaS     coolant viscosity at the supply setpoint, Pa·s
 */
record LoopInfo(Loop loop, double densityKgM3, double specificHeatJKgK, double viscosityPaS) {

    /** @return mass flow of a volume flow, kg/s */
    double massFlowKgS(double volumeFlowM3s) {
        return volumeFlowM3s * densityKgM3;
    }

    /** @return volume flow of a mass flow, m³/s */
    double volumeFlowM3s(double massFlowKgS) {
        return massFlowKgS / densityKgM3;
    }
}
