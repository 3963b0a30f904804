package io.liquidtwin.physics.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.liquidtwin.physics.OutOfRangeException;
import org.junit.jupiter.api.Test;

class PumpTest {

    /** 250 kPa shut-off, 200 kPa at 30 L/s, best efficiency 0.80 there. */
    static final PumpCurve CURVE = PumpCurve.fromShutoffAndDesign(250e3, 0.030, 200e3, 0.80);
    static final PumpDrive DRIVE = new PumpDrive(0.95, 0.97, 0.3, 1.0, 8.0);

    @Test
    void fitsThroughThreePointsAndFromShutoffAndDesign() {
        PumpCurve c = PumpCurve.throughPoints(0, 300e3, 0.02, 280e3, 0.04, 200e3, 0.03, 0.8);
        assertThat(c.risePa(0, 1)).isCloseTo(300e3, within(1e-6));
        assertThat(c.risePa(0.02, 1)).isCloseTo(280e3, within(1e-6));
        assertThat(c.risePa(0.04, 1)).isCloseTo(200e3, within(1e-6));
        // by hand: slopes −1e6 (0→0.02) and −2.5e6 (0→0.04) give a2 = −7.5e7, a1 = −1e6 + 7.5e7·0.02 = 5e5
        assertThat(c.a0Pa()).isCloseTo(300e3, within(1e-6));
        assertThat(c.a1PaSM3()).isCloseTo(5e5, within(1e-3));
        assertThat(c.a2PaS2M6()).isCloseTo(-7.5e7, within(1e-3));
        assertThat(CURVE.a2PaS2M6()).isCloseTo(-50e3 / 9e-4, within(1e-6));
        assertThat(CURVE.runOutFlowM3s()).isCloseTo(Math.sqrt(250e3 * 9e-4 / 50e3), within(1e-12));
        assertThatThrownBy(() -> PumpCurve.throughPoints(0, 1e5, 0.01, 2e5, 0.02, 4e5, 0.01, 0.8))
                .isInstanceOf(OutOfRangeException.class).hasMessageContaining("a2");
    }

    @Test
    void affinityLawsHold() {
        PumpCurve c = PumpCurve.throughPoints(0, 300e3, 0.02, 290e3, 0.04, 200e3, 0.03, 0.8);
        for (double s : new double[] {0.3, 0.55, 0.8, 1.0, 1.1}) {
            for (double q : new double[] {0, 0.01, 0.025, 0.04}) {
                // Δp(sQ, s) = s²·Δp(Q, 1): similar operating points
                assertThat(c.risePa(s * q, s)).isCloseTo(s * s * c.risePa(q, 1), within(1e-9 * c.a0Pa()));
                // efficiency is constant along the similarity parabola
                assertThat(c.efficiency(s * q, s)).isCloseTo(c.efficiency(q, 1), within(1e-12));
                // hydraulic power scales with s³
                assertThat(s * q * c.risePa(s * q, s)).isCloseTo(s * s * s * q * c.risePa(q, 1), within(1e-6));
            }
        }
    }

    @Test
    void electricPowerAtTheDesignPoint() {
        Pump p = new Pump(CURVE, DRIVE);
        p.setSpeed(1.0);
        double q = 0.030;
        assertThat(p.pumpEfficiency(q)).isCloseTo(0.80, within(1e-12));
        assertThat(p.electricPowerW(q)).isCloseTo(q * 200e3 / (0.80 * 0.95 * 0.97), within(1e-6));
        assertThat(p.pressureDropPa(q)).isCloseTo(-200e3, within(1e-6 * 250e3 + 1e-9));
        // at 80 % speed and the similar flow, power is 0.8³ of it
        p.setSpeed(0.8);
        assertThat(p.electricPowerW(0.8 * q)).isCloseTo(0.512 * q * 200e3 / (0.80 * 0.95 * 0.97), within(1e-6));
    }

    @Test
    void tripSpinsDownExponentiallyAndThenStops() {
        Pump p = new Pump(CURVE, DRIVE);
        p.setSpeed(0.9);
        p.trip();
        double t = 0;
        for (int i = 0; i < 7; i++) {
            p.advance(0.7 + i * 0.3);
            t += 0.7 + i * 0.3;
            assertThat(p.speedFraction()).isCloseTo(0.9 * Math.exp(-t / 8.0), within(1e-15));
        }
        assertThat(p.mode()).isEqualTo(Pump.Mode.SPINNING_DOWN);
        assertThat(p.electricPowerW(0.01)).isZero();
        // s = 0.01 is reached at t = τ·ln(90) = 36.0 s
        p.advance(8.0 * Math.log(90) - t + 1e-6);
        assertThat(p.mode()).isEqualTo(Pump.Mode.STOPPED);
        assertThat(p.speedFraction()).isZero();
    }

    @Test
    void stoppedPumpIsAClosedNonReturnValve() {
        Pump p = new Pump(CURVE, DRIVE);
        // reverse: 100 kPa of back-pressure pushes only 1e-6·Q_bep·(100/250) backwards
        double back = -1e5 / (1e6 * 250e3 / 0.030);
        assertThat(p.pressureDropPa(back)).isCloseTo(-1e5, within(1e-6));
        assertThat(p.pressureDropDerivative(-1e-3)).isCloseTo(1e6 * 250e3 / 0.030, within(1e-3));
        // forward through a stopped pump: freewheeling loss −a2·Q² plus the tiny linear term, slope > 0 at 0
        assertThat(p.pressureDropPa(0.01)).isCloseTo(-CURVE.a2PaS2M6() * 1e-4 + 1e-6 * 250e3 / 0.03 * 0.01,
                within(1e-9));
        assertThat(p.pressureDropDerivative(0)).isPositive();
        assertThat(p.pressureDropPa(0)).isZero();
        // running: continuous at zero flow
        p.setSpeed(0.7);
        assertThat(p.pressureDropPa(-1e-18)).isCloseTo(p.pressureDropPa(0), within(1e-3));
        assertThat(p.pressureDropPa(0)).isCloseTo(-0.49 * 250e3, within(1e-9));
    }

    @Test
    void speedLimitsAndBadInputsAreRefused() {
        Pump p = new Pump(CURVE, DRIVE);
        assertThatThrownBy(() -> p.setSpeed(0.2)).isInstanceOf(OutOfRangeException.class)
                .hasMessageContaining("speed fraction");
        assertThatThrownBy(() -> p.setSpeed(1.01)).isInstanceOf(OutOfRangeException.class);
        assertThatThrownBy(() -> p.pressureDropPa(Double.NaN)).isInstanceOf(OutOfRangeException.class);
        assertThatThrownBy(() -> new PumpDrive(0.95, 0.97, 0.5, 0.4, 8)).isInstanceOf(OutOfRangeException.class);
    }
}
