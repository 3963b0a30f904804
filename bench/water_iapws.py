#!/usr/bin/env python3
"""Times Debian's python3-iapws on the liquid-water property sets of WaterPropertiesBenchmark.

Same 1024 states (0-150 degC, 0.5-2 MPa, golden-ratio sequences as in io.liquidtwin.bench.WaterPoints) and the
same four properties (rho, cp, mu, k) per state. Prints property sets per second, best of --repeat runs.
Run with Debian's interpreter: /usr/bin/python3 bench/water_iapws.py
"""
import argparse
import time

from iapws import IAPWS97
from iapws._iapws import _ThCond, _Viscosity
from iapws.iapws97 import _Region1


def points(n):
    out = []
    for i in range(n):
        a = (i * 0.6180339887498949) % 1.0
        b = (i * 0.7548776662466927) % 1.0
        out.append((273.15 + 150.0 * a, 0.5e6 + 1.5e6 * b))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--points", type=int, default=1024)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    pts = points(args.points)

    def public_api():
        s = 0.0
        for t, p in pts:
            w = IAPWS97(T=t, P=p / 1e6)
            s += w.rho + w.cp + w.mu + w.k
        return s

    def cheapest_route():
        # region-1 Gibbs function once, then viscosity and conductivity from (rho, T): the least work iapws allows
        s = 0.0
        for t, p in pts:
            r1 = _Region1(t, p / 1e6)
            rho = 1.0 / r1["v"]
            s += rho + r1["cp"] + _Viscosity(rho, t) + _ThCond(rho, t)
        return s

    for name, fn in (("IAPWS97 class", public_api), ("_Region1+_Viscosity+_ThCond", cheapest_route)):
        best = float("inf")
        sink = 0.0
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            sink = fn()
            best = min(best, time.perf_counter() - t0)
        print(f"python3-iapws {name}: {len(pts) / best:.1f} property sets/s "
              f"(best of {args.repeat}, {len(pts)} states, checksum {sink:.6g})")


if __name__ == "__main__":
    main()
