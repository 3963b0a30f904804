package io.liquidtwin.sim.workload;

/**
 * Electrical power of one compute node, linear in utilisation between idle and peak per CPU and per GPU, plus
 * constant parts (memory, NICs, NVMe), after the ExaDigiT RAPS system configurations (ORNL; PHYSICS.md §5).
 *
 * <p>Conversion chain, in series: the components draw DC power {@code P_dc}; the node's DC/DC converter
 * (efficiency η_conv) is fed by the chassis rectifier (η_rect) from the AC supply, so the wall (AC) power is
 * {@code P_wall = P_dc / (η_conv · η_rect)}. The fixed per-unit losses of the RAPS files (rectifier +17 W, converter
 * +13 W) and the per-chassis switches are not part of this node model.
 *
 * @param cpus               CPUs per node
 * @param cpuIdleW           power of one CPU at 0 % utilisation, W
 * @param cpuPeakW           power of one CPU at 100 % utilisation, W
 * @param gpus               GPUs per node
 * @param gpuIdleW           power of one GPU at 0 % utilisation, W
 * @param gpuPeakW           power of one GPU at 100 % utilisation, W
 * @param memoryW            memory, constant, W per node
 * @param nics               network interface cards per node
 * @param nicW               one NIC, constant, W
 * @param nvmeW              local NVMe storage, constant, W per node
 * @param rectifierEfficiency AC/DC rectifier efficiency, (0, 1]
 * @param converterEfficiency node DC/DC converter efficiency, (0, 1]
 */
public record NodePowerModel(int cpus, double cpuIdleW, double cpuPeakW, int gpus, double gpuIdleW, double gpuPeakW,
                             double memoryW, int nics, double nicW, double nvmeW, double rectifierEfficiency,
                             double converterEfficiency) {

    public NodePowerModel {
        if (cpus < 0 || gpus < 0 || nics < 0) {
            throw new IllegalArgumentException("counts must be >= 0: cpus " + cpus + ", gpus " + gpus + ", nics " + nics);
        }
        for (double w : new double[] {cpuIdleW, cpuPeakW, gpuIdleW, gpuPeakW, memoryW, nicW, nvmeW}) {
            if (!(w >= 0) || !Double.isFinite(w)) {
                throw new IllegalArgumentException("powers must be finite and >= 0 W, got " + w);
            }
        }
        if (cpuPeakW < cpuIdleW || gpuPeakW < gpuIdleW) {
            throw new IllegalArgumentException("peak power must be >= idle power");
        }
        if (!(rectifierEfficiency > 0 && rectifierEfficiency <= 1 && converterEfficiency > 0
                && converterEfficiency <= 1)) {
            throw new IllegalArgumentException("efficiencies must be in (0, 1], got rectifier " + rectifierEfficiency
                    + ", converter " + converterEfficiency);
        }
    }

    /**
     * Frontier (ORNL) node, the example of PHYSICS.md §5: 1 CPU 90→280 W, 4 GPUs 88→560 W, memory 74 W, 4 NICs at
     * 20 W, NVMe 30 W; rectifier η 0.96, converter η 0.98. (The RAPS file gives memory as 74.26 W; §5's example
     * rounds it to 74 W, used here.)
     *
     * @return the Frontier node
     */
    public static NodePowerModel frontierNode() {
        return new NodePowerModel(1, 90, 280, 4, 88, 560, 74, 4, 20, 30, 0.96, 0.98);
    }

    /**
     * Summit (ORNL) node of PHYSICS.md §5: 2 CPUs 47.25→300 W, 6 GPUs 75→300 W, memory 74.26 W, 2 NICs at 21 W,
     * NVMe 45 W. PHYSICS.md gives no conversion efficiencies for Summit; both are 1 here, so wall power equals the
     * components' DC power — use {@link #withEfficiencies(double, double)} when they are known.
     *
     * @return the Summit node, lossless conversion
     */
    public static NodePowerModel summitNode() {
        return new NodePowerModel(2, 47.25, 300, 6, 75, 300, 74.26, 2, 21, 45, 1.0, 1.0);
    }

    /**
     * @param rectifier AC/DC rectifier efficiency, (0, 1]
     * @param converter DC/DC converter efficiency, (0, 1]
     * @return this node with other conversion efficiencies
     */
    public NodePowerModel withEfficiencies(double rectifier, double converter) {
        return new NodePowerModel(cpus, cpuIdleW, cpuPeakW, gpus, gpuIdleW, gpuPeakW, memoryW, nics, nicW, nvmeW,
                rectifier, converter);
    }

    /**
     * @param cpuUtil utilisation of every CPU, 0–1
     * @param gpuUtil utilisation of every GPU, 0–1
     * @return DC power drawn by the node's components, W
     */
    public double componentPowerW(double cpuUtil, double gpuUtil) {
        check("cpuUtil", cpuUtil);
        check("gpuUtil", gpuUtil);
        return cpus * (cpuIdleW + cpuUtil * (cpuPeakW - cpuIdleW))
                + gpus * (gpuIdleW + gpuUtil * (gpuPeakW - gpuIdleW))
                + memoryW + nics * nicW + nvmeW;
    }

    /**
     * @param cpuUtil utilisation of every CPU, 0–1
     * @param gpuUtil utilisation of every GPU, 0–1
     * @return AC power at the wall, component power divided by converter and rectifier efficiency, W
     */
    public double wallPowerW(double cpuUtil, double gpuUtil) {
        return componentPowerW(cpuUtil, gpuUtil) / (converterEfficiency * rectifierEfficiency);
    }

    /** @return wall power with every CPU and GPU idle, W */
    public double idleWallPowerW() {
        return wallPowerW(0, 0);
    }

    /** @return wall power with every CPU and GPU at full utilisation, W */
    public double peakWallPowerW() {
        return wallPowerW(1, 1);
    }

    private static void check(String name, double u) {
        if (!(u >= 0 && u <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], got " + u);
        }
    }
}
