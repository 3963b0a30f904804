package io.liquidtwin.bench;

import io.liquidtwin.physics.component.FlowLaw;
import io.liquidtwin.physics.network.HydraulicNetwork;
import io.liquidtwin.physics.network.ThermalNetwork;

/**
 * A Summit-sized network without a plant file, to measure the solvers alone: one facility loop whose supply and
 * return headers feed {@code cdus} CDU primary branches, and per CDU a technology loop (pump, rack, exchanger
 * secondary side) coupled to its primary branch. Quadratic laws stand in for the component models.
 */
final class SyntheticPlant {

    final HydraulicNetwork hydraulics;
    final ThermalNetwork thermal;
    final int[] racks;
    final int[] valves;
    final int[] couplings;
    final Quadratic[] valveLaws;

    /** Δp = k·Q·|Q| with a mutable k (a valve). */
    static final class Quadratic implements FlowLaw {
        double k;

        Quadratic(double k) {
            this.k = k;
        }

        @Override
        public double pressureDropPa(double q) {
            return k * q * Math.abs(q) + 1e3 * q;
        }

        @Override
        public double pressureDropDerivative(double q) {
            return 2 * k * Math.abs(q) + 1e3;
        }
    }

    /** Rise a0 + a2·Q². */
    record Pump(double a0, double a2) implements FlowLaw {
        @Override
        public double pressureDropPa(double q) {
            return -(a0 + a2 * q * Math.abs(q));
        }

        @Override
        public double pressureDropDerivative(double q) {
            return -2 * a2 * Math.abs(q);
        }
    }

    SyntheticPlant(int cdus) {
        HydraulicNetwork.Builder b = HydraulicNetwork.builder();
        int fwsTank = b.reference("fws tank", 3e5);
        int supply0 = b.junction("fws supply 0");
        int fwsPump = b.link("fws pumps", fwsTank, supply0, new Pump(4e5, -4e9 / ((double) cdus * cdus)));
        int dryCooler = b.link("dry coolers", fwsTank, fwsTank, new Quadratic(0)); // placeholder replaced below
        racks = new int[cdus];
        valves = new int[cdus];
        valveLaws = new Quadratic[cdus];
        int[] hxPrimary = new int[cdus];
        int[] hxSecondary = new int[cdus];
        int[] tcsPumps = new int[cdus];
        int prevS = supply0;
        int prevR = -1;
        int returnEnd = -1;
        for (int i = 0; i < cdus; i++) {
            int s = i == 0 ? supply0 : b.junction("fws supply " + i);
            if (i > 0) {
                b.link("fws supply header " + i, prevS, s, new Quadratic(1e5));
            }
            int mid = b.junction("cdu " + i + " valve outlet");
            int r = b.junction("fws return " + i);
            valveLaws[i] = new Quadratic(2e9);
            valves[i] = b.link("cdu " + i + " valve", s, mid, valveLaws[i]);
            hxPrimary[i] = b.link("cdu " + i + " hx primary", mid, r, new Quadratic(2e9));
            if (prevR >= 0) {
                b.link("fws return header " + i, r, prevR, new Quadratic(1e5));
            } else {
                returnEnd = r;
            }
            prevS = s;
            prevR = r;
            int tank = b.reference("tcs " + i + " tank", 2e5);
            int ts = b.junction("tcs " + i + " supply");
            int tr = b.junction("tcs " + i + " return");
            tcsPumps[i] = b.link("tcs " + i + " pump", tank, ts, new Pump(2e5, -2e9));
            racks[i] = b.link("rack " + i, ts, tr, new Quadratic(3e9));
            hxSecondary[i] = b.link("cdu " + i + " hx secondary", tr, tank, new Quadratic(3e9));
        }
        int coolerLink = b.link("fws cooler", returnEnd, fwsTank, new Quadratic(1e6));
        hydraulics = b.build();
        hydraulics.solve();
        ThermalNetwork.Builder tb = ThermalNetwork.on(hydraulics).initialTemperatureK(305);
        for (int k = 0; k < hydraulics.linkCount(); k++) {
            boolean fws = hydraulics.linkName(k).startsWith("fws") || hydraulics.linkName(k).contains("valve")
                    || hydraulics.linkName(k).contains("primary") || hydraulics.linkName(k).startsWith("dry");
            tb.fluid(k, fws ? 995 : 1010, fws ? 4180 : 3960, 20);
        }
        couplings = new int[cdus];
        for (int i = 0; i < cdus; i++) {
            couplings[i] = tb.coupling(hxSecondary[i], hxPrimary[i]);
        }
        thermal = tb.build();
        for (int i = 0; i < cdus; i++) {
            thermal.setHeat(racks[i], 80e3, 0);
            thermal.setCouplingConductanceWK(couplings[i], 5000);
        }
        double g = 5000.0 * cdus;
        thermal.setHeat(coolerLink, g * 298.15, -g);
        thermal.setHeat(dryCooler, 0, 0);
    }
}
