package io.liquidtwin.physics.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.liquidtwin.physics.OutOfRangeException;
import io.liquidtwin.physics.correlation.Colebrook;
import org.junit.jupiter.api.Test;

/** Power-law resistances, filters and pipes against closed forms. */
class ResistanceTest {

    @Test
    void powerLawFollowsItsRatingPoint() {
        // cold plate: 30 kPa at 0.5 kg/s, n = 1.85, PG25 at 1014.5 kg/m³
        PowerLawResistance r = new PowerLawResistance(30e3, 0.5, PowerLawResistance.COLD_PLATE_EXPONENT, 1014.5);
        double q0 = 0.5 / 1014.5;
        assertThat(r.pressureDropPa(q0)).isCloseTo(30e3, within(30e3 * 1e-8));
        assertThat(r.pressureDropPa(2 * q0)).isCloseTo(30e3 * Math.pow(2, 1.85), within(1e-3));
        assertThat(r.pressureDropPa(-0.5 * q0)).isCloseTo(-30e3 * Math.pow(0.5, 1.85), within(1e-3));
        assertThat(r.pressureDropAtMassFlowPa(0.25)).isCloseTo(30e3 * Math.pow(0.5, 1.85), within(1e-3));
        assertThat(r.pressureDropDerivative(q0)).isCloseTo(1.85 * 30e3 / q0, within(1.85 * 30e3 / q0 * 1e-7));
        assertThat(r.pressureDropDerivative(0)).isPositive();
        assertThat(r.pressureDropPa(0)).isZero();
        // mass-flow law: a lighter fluid at the same volumetric flow carries less mass, less drop
        r.setDensityKgM3(1000);
        assertThat(r.pressureDropPa(q0)).isCloseTo(30e3 * Math.pow(1000 / 1014.5, 1.85), within(1e-3));
        assertThatThrownBy(() -> new PowerLawResistance(1, 1, 2.5, 1000)).isInstanceOf(OutOfRangeException.class);
    }

    @Test
    void filterDropGrowsLinearlyWithServiceHours() {
        PowerLawResistance clean = new PowerLawResistance(20e3, 10, 2, 1000);
        Filter f = new Filter(clean, 1.0 / 2000);
        double q = 0.01;
        assertThat(f.pressureDropPa(q)).isCloseTo(20e3, within(1e-3));
        f.addServiceHours(500);
        f.addServiceHours(500);
        assertThat(f.foulingFactor()).isCloseTo(1.5, within(1e-15));
        assertThat(f.pressureDropPa(q)).isCloseTo(30e3, within(1e-3));
        assertThat(f.needsReplacement()).isFalse();
        f.setServiceHours(2000);
        assertThat(f.needsReplacement()).isTrue();
        f.replaceElement();
        assertThat(f.pressureDropPa(q)).isCloseTo(20e3, within(1e-3));
        assertThatThrownBy(() -> f.addServiceHours(-1)).isInstanceOf(OutOfRangeException.class);
    }

    @Test
    void laminarPipeIsHagenPoiseuille() {
        PipeGeometry g = new PipeGeometry(10, 0.01, 0, 0);
        Pipe p = new Pipe(g, 1000, 1e-3);
        double q = 1e-6; // V = 0.0127 m/s, Re = 127
        double expected = 128 * 1e-3 * 10 * q / (Math.PI * 1e-8);
        assertThat(p.pressureDropPa(q)).isCloseTo(expected, within(expected * 1e-9));
        assertThat(p.pressureDropDerivative(0)).isCloseTo(expected / q, within(expected / q * 1e-6));
        assertThat(p.pressureDropPa(0)).isZero();
        Pipe col = new Pipe(g, Pipe.FrictionModel.COLEBROOK, 1000, 1e-3);
        assertThat(col.pressureDropPa(-q)).isCloseTo(-expected, within(expected * 1e-12));
    }

    @Test
    void turbulentPipeIsDarcyWeisbachWithColebrookPlusMinorLosses() {
        PipeGeometry g = new PipeGeometry(50, 0.1, 4.5e-5, 3.5);
        Pipe p = new Pipe(g, Pipe.FrictionModel.COLEBROOK, 998, 1.0e-3);
        double q = 0.02;
        double v = q / g.areaM2();
        double re = 998 * v * 0.1 / 1e-3;
        double f = Colebrook.darcyFrictionFactor(re, 4.5e-4);
        double expected = (f * 50 / 0.1 + 3.5) * 998 * v * v / 2;
        assertThat(p.pressureDropPa(q)).isCloseTo(expected, within(expected * 1e-8));
        assertThat(p.pressureDropPa(-q)).isCloseTo(-expected, within(expected * 1e-8));
        // Churchill agrees with Colebrook within 2 % at this Re (2.5e5)
        Pipe ch = new Pipe(g, 998, 1.0e-3);
        assertThat(ch.pressureDropPa(q)).isCloseTo(expected, within(expected * 0.02));
        // transition region: continuous at both ends, increasing in between
        double q2300 = 2300 * 1e-3 / (998 * 0.1) * g.areaM2();
        double q4000 = 4000 * 1e-3 / (998 * 0.1) * g.areaM2();
        assertThat(p.pressureDropPa(q2300 * (1 + 1e-12))).isCloseTo(p.pressureDropPa(q2300 * (1 - 1e-12)),
                within(1e-6));
        assertThat(p.pressureDropPa(q4000 * (1 + 1e-12))).isCloseTo(p.pressureDropPa(q4000 * (1 - 1e-12)),
                within(1e-6));
        assertThat(p.pressureDropDerivative(0.5 * (q2300 + q4000))).isPositive();
    }

    @Test
    void heatLossMatchesTheLogMeanTemperatureDifference() {
        PipeGeometry g = new PipeGeometry(200, 0.15, 4.5e-5, 0, 2.0);
        Pipe p = new Pipe(g, 998, 1e-3);
        double tIn = 318.15;
        double tAmb = 288.15;
        double m = 5;
        double cp = 4180;
        double tOut = p.outletTemperatureK(tIn, m, cp, tAmb);
        double loss = p.heatLossW(tIn, m, cp, tAmb);
        double lmtd = ((tIn - tAmb) - (tOut - tAmb)) / Math.log((tIn - tAmb) / (tOut - tAmb));
        assertThat(loss).isCloseTo(400 * lmtd, within(1e-6 * loss));
        assertThat(loss).isPositive();
        assertThat(p.outletTemperatureK(tIn, 0, cp, tAmb)).isEqualTo(tAmb);
        assertThat(p.heatLossW(tIn, 0, cp, tAmb)).isZero();
        assertThat(p.transitTimeS(0.01)).isCloseTo(g.volumeM3() / 0.01, within(1e-9));
    }
}
