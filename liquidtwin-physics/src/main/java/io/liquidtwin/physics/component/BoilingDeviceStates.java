package io.liquidtwin.physics.component;

import io.liquidtwin.physics.correlation.ZuberChf;
import io.liquidtwin.physics.fluid.TwoPhaseFluid;
import java.util.List;

/**
 * Heat flux, surface temperature and CHF margin of a two-phase tank's devices at one tank state (package-private,
 * arrays laid out once).
 */
final class BoilingDeviceStates {

    private final List<BoilingDevice> devices;
    final double[] heatFluxWM2;
    final double[] surfaceTemperatureK;
    final double[] chfMargin;

    BoilingDeviceStates(List<BoilingDevice> devices) {
        this.devices = devices;
        int n = devices.size();
        this.heatFluxWM2 = new double[n];
        this.surfaceTemperatureK = new double[n];
        this.chfMargin = new double[n];
    }

    /** q″ = share·Q_IT/A, T_s = T_sat + ΔTe(q″), margin = q″/q″_CHF (Zuber–Kutateladze at T_sat). */
    void update(TwoPhaseFluid fluid, double saturationTemperatureK, double pressurePa, double itHeatW) {
        double t = saturationTemperatureK;
        for (int i = 0; i < heatFluxWM2.length; i++) {
            BoilingDevice d = devices.get(i);
            double q = d.heatShare() * itHeatW / d.areaM2();
            heatFluxWM2[i] = q;
            surfaceTemperatureK[i] = t + d.correlation().excessTemperatureK(fluid, t, pressurePa, q);
            chfMargin[i] = q / ZuberChf.criticalHeatFluxWM2(fluid.surfaceTensionNM(t), fluid.latentHeatJKg(t),
                    fluid.saturatedLiquidDensityKgM3(t), fluid.vapourDensityKgM3(t), d.chfCoefficient());
        }
    }
}
