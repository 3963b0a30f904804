package io.liquidtwin.physics.component;

/**
 * The facility power chain that turns IT and cooling power into the utility input (PUE's numerator):
 * <pre>
 * utility ─ transformer ─┬─ UPS ─ PDU ─ IT
 *                        ├─ cooling (mechanical board; on the UPS output instead when coolingOnUps)
 *                        └─ lighting + other constant loads
 * PDU:         in = IT + L_pdu(IT)
 * UPS:         out = PDU in (+ cooling if on UPS),  in = out + L_ups(out)
 * transformer: out = UPS in + cooling (if not on UPS) + lighting + other,  in = out + L_tr(out) = facility input
 * </pre>
 * with each stage's {@link ElectricalStage} loss model. Facility input = IT + cooling + lighting + other + ΣL exactly
 * (the losses are added, never inferred). The ISO/IEC 30134-2 IT-energy measurement points are exposed: UPS output
 * (category 1), PDU output (category 2; = IT input for category 3 here, server-internal losses being inside IT).
 * Results are kept in fields; not thread-safe; allocates nothing.
 */
public final class ElectricalChain {

    /** Model name used in error messages. */
    public static final String MODEL = "electrical chain";

    private final ElectricalStage transformer;
    private final ElectricalStage ups;
    private final ElectricalStage pdu;
    private final double lightingW;
    private final double otherW;
    private final boolean coolingOnUps;

    private double facilityInputW;
    private double transformerLossW;
    private double upsLossW;
    private double pduLossW;
    private double upsOutputW;
    private double pduOutputW;

    /**
     * @param transformer  the transformer ({@link ElectricalStage#lossless} if none)
     * @param ups          the UPS
     * @param pdu          the PDUs (lumped)
     * @param lightingW    lighting, W, ≥ 0
     * @param otherW       other constant loads (security, offices, BMS), W, ≥ 0
     * @param coolingOnUps whether the cooling is fed from the UPS output (e.g. CDU pumps on UPS)
     */
    public ElectricalChain(ElectricalStage transformer, ElectricalStage ups, ElectricalStage pdu, double lightingW,
                           double otherW, boolean coolingOnUps) {
        if (transformer == null || ups == null || pdu == null) {
            throw new IllegalArgumentException("transformer, UPS and PDU stages are required");
        }
        this.transformer = transformer;
        this.ups = ups;
        this.pdu = pdu;
        this.lightingW = Checks.nonNegative("lighting", lightingW, "W", MODEL);
        this.otherW = Checks.nonNegative("other loads", otherW, "W", MODEL);
        this.coolingOnUps = coolingOnUps;
    }

    /**
     * @param itPowerW      IT input power, W, ≥ 0
     * @param coolingPowerW cooling electrical power (pumps, fans, chillers), W, ≥ 0
     * @return facility (utility) input power, W
     */
    public double solve(double itPowerW, double coolingPowerW) {
        Checks.nonNegative("IT power", itPowerW, "W", MODEL);
        Checks.nonNegative("cooling power", coolingPowerW, "W", MODEL);
        pduOutputW = itPowerW;
        pduLossW = pdu.lossesW(itPowerW);
        upsOutputW = itPowerW + pduLossW + (coolingOnUps ? coolingPowerW : 0);
        upsLossW = ups.lossesW(upsOutputW);
        double transformerOut = upsOutputW + upsLossW + (coolingOnUps ? 0 : coolingPowerW) + lightingW + otherW;
        transformerLossW = transformer.lossesW(transformerOut);
        facilityInputW = transformerOut + transformerLossW;
        return facilityInputW;
    }

    /** @return facility input of the last solve, W */
    public double facilityInputW() {
        return facilityInputW;
    }

    /** @return total losses (transformer + UPS + PDU), W */
    public double lossesW() {
        return transformerLossW + upsLossW + pduLossW;
    }

    /** @return transformer losses, W */
    public double transformerLossW() {
        return transformerLossW;
    }

    /** @return UPS losses, W */
    public double upsLossW() {
        return upsLossW;
    }

    /** @return PDU losses, W */
    public double pduLossW() {
        return pduLossW;
    }

    /**
     * @return UPS output, W (ISO/IEC 30134-2 category 1 measures IT here; it includes the cooling when that is fed
     *         from the UPS, so subtract it for the category-1 IT energy)
     */
    public double upsOutputW() {
        return upsOutputW;
    }

    /** @return PDU output (category 2 IT measurement), W */
    public double pduOutputW() {
        return pduOutputW;
    }

    /** @return lighting + other constant loads, W */
    public double constantLoadsW() {
        return lightingW + otherW;
    }
}
