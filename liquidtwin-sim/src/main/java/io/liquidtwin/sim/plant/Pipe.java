package io.liquidtwin.sim.plant;

/**
 * A straight pipe run with its fittings (header piping of a loop, or the branch piping of one consumer).
 *
 * @param lengthM     developed length, supply plus return, m
 * @param diameterM   inner diameter, m
 * @param roughnessM  absolute wall roughness, m
 * @param minorLossK  sum of the fittings' loss coefficients K (Δp = K·ρV²/2), dimensionless
 */
public record Pipe(double lengthM, double diameterM, double roughnessM, double minorLossK) {

    /** @return the flow area, m² */
    public double areaM2() {
        return Math.PI * diameterM * diameterM / 4;
    }
}
