package io.liquidtwin.sim.plant;

/**
 * Case-to-coolant-inlet thermal resistance of one cold plate versus its coolant flow, in the form of OCP-style
 * cold-plate characterisation curves (and of {@code physics.component.ColdPlateRackParameters}):
 * R(V̇) = floor + coefficient · (V̇ / 1 L/min)^(−exponent), held at R(V̇min) below the lowest fitted flow; so
 * T_case = T_in + q·R(V̇).
 *
 * @param floorKPerW         R∞, the flow-independent part (conduction, thermal interface), K/W
 * @param coefficientKPerW   b, the convective part at 1 L/min, K/W
 * @param exponent           c, flow exponent of the convective part, dimensionless
 * @param minimumFitFlowM3s  V̇min, lowest flow per plate the fit covers, m³/s
 */
public record ThermalResistanceFit(double floorKPerW, double coefficientKPerW, double exponent,
                                   double minimumFitFlowM3s) {

    /** The fit's reference flow, 1 L/min, in m³/s. */
    public static final double REFERENCE_FLOW_M3S = 1e-3 / 60;

    /** @return the resistance at a flow per cold plate, K/W */
    public double resistanceKPerW(double flowPerPlateM3s) {
        double x = Math.max(flowPerPlateM3s, minimumFitFlowM3s) / REFERENCE_FLOW_M3S;
        return floorKPerW + coefficientKPerW * Math.pow(x, -exponent);
    }
}
