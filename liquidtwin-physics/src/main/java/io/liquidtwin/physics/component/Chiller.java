package io.liquidtwin.physics.component;

/**
 * A vapour-compression chiller, quasi-steady.
 * <pre>
 * COP_full = η_C·T_evap,out/max(T_cond,in − T_evap,out, lift_min)      (fraction of Carnot, capped at COP_max)
 * Q_evap   = min(load, capacity),   PLR = Q_evap/capacity
 * W        = (capacity/COP_full)·EIR(PLR)           (DOE-2 form: EIR(PLR) = a + b·PLR + c·PLR², EIR(1) = 1)
 * Q_cond   = Q_evap + W                              (first law, exact)
 * </pre>
 * so COP(PLR) = PLR·COP_full/EIR(PLR). The temperatures are the evaporator leaving (chilled-water supply) and the
 * condenser entering water — the pair that bounds the refrigerant cycle. Below the minimum part load the compressor
 * cycles: the power keeps the EIR of the minimum part load times PLR/PLR_min (cycling losses neglected). Sources:
 * Gordon &amp; Ng, <i>Cool Thermodynamics</i> (2000) for the Carnot-fraction form; DOE-2.1E Reference Manual
 * (LBL, 1982) for the part-load curve. Validity: within the chiller's rated lift range; capacity taken constant.
 *
 * <p>Results are kept in fields; not thread-safe; allocates nothing.
 */
public final class Chiller {

    /** Model name used in error messages. */
    public static final String MODEL = ChillerParameters.MODEL;

    private final ChillerParameters p;
    private double evaporatorHeatW;
    private double workW;
    private double condenserHeatW;
    private double unmetLoadW;
    private double fullLoadCop;
    private double partLoadRatio;

    /** A chiller with the given parameters. */
    public Chiller(ChillerParameters parameters) {
        if (parameters == null) {
            throw new IllegalArgumentException("chiller parameters are required");
        }
        this.p = parameters;
    }

    /**
     * @param loadW                  heat to remove from the chilled water, W, ≥ 0
     * @param evaporatorLeavingTempK chilled-water supply temperature, K
     * @param condenserEnteringTempK condenser-water entering temperature, K
     * @return evaporator heat actually removed, W
     */
    public double run(double loadW, double evaporatorLeavingTempK, double condenserEnteringTempK) {
        Checks.nonNegative("load", loadW, "W", MODEL);
        Checks.temperature("evaporator leaving temperature", evaporatorLeavingTempK, MODEL);
        Checks.temperature("condenser entering temperature", condenserEnteringTempK, MODEL);
        double lift = Math.max(condenserEnteringTempK - evaporatorLeavingTempK, p.minimumLiftK());
        fullLoadCop = Math.min(p.carnotFraction() * evaporatorLeavingTempK / lift, p.maximumCop());
        evaporatorHeatW = Math.min(loadW, p.capacityW());
        unmetLoadW = loadW - evaporatorHeatW;
        partLoadRatio = evaporatorHeatW / p.capacityW();
        double eir = p.electricInputRatio(partLoadRatio);
        double cycling = partLoadRatio < p.minimumPartLoad() ? partLoadRatio / p.minimumPartLoad() : 1.0;
        workW = p.capacityW() / fullLoadCop * eir * cycling;
        condenserHeatW = evaporatorHeatW + workW;
        return evaporatorHeatW;
    }

    /** @return evaporator heat, W */
    public double evaporatorHeatW() {
        return evaporatorHeatW;
    }

    /** @return compressor electric power, W */
    public double workW() {
        return workW;
    }

    /** @return condenser heat = evaporator heat + work, W */
    public double condenserHeatW() {
        return condenserHeatW;
    }

    /** @return load above capacity, W */
    public double unmetLoadW() {
        return unmetLoadW;
    }

    /** @return COP at the last operating point (0 when idle) */
    public double cop() {
        return workW > 0 ? evaporatorHeatW / workW : 0;
    }

    /** @return full-load COP at the last temperatures */
    public double fullLoadCop() {
        return fullLoadCop;
    }

    /** @return part-load ratio of the last operating point */
    public double partLoadRatio() {
        return partLoadRatio;
    }

    /** @return the parameters */
    public ChillerParameters parameters() {
        return p;
    }
}
