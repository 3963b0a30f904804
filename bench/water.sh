#!/usr/bin/env bash
# Liquid-water property sets (rho, cp, mu, k at T, p) per second: LiquidTwin vs com.hummeling:if97 (JMH, same run)
# and vs Debian's python3-iapws (bench/water_iapws.py, same states), printed as ratios.
# Usage: bench/water.sh [extra JMH args, e.g. -wi 3 -i 5]
set -euo pipefail
ROOT="$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)"
OUT="$(mktemp -d -t liquidtwin-bench.XXXXXX)"
trap 'rm -rf "$OUT"' EXIT

"$ROOT/liquidtwin" bench WaterPropertiesBenchmark -rf csv -rff "$OUT/jmh.csv" "$@" >"$OUT/jmh.log" 2>&1 \
  || { cat "$OUT/jmh.log" >&2; exit 1; }
/usr/bin/python3 "$ROOT/bench/water_iapws.py" --repeat 5 >"$OUT/py.txt"

/usr/bin/python3 - "$OUT/jmh.csv" "$OUT/py.txt" <<'PY'
import csv, re, sys
rows = {r["Benchmark"].rsplit(".", 1)[1]: (float(r["Score"]), float(r["Score Error (99.9%)"] or 0))
        for r in csv.DictReader(open(sys.argv[1]))}
py = {}
for line in open(sys.argv[2]):
    m = re.match(r"python3-iapws (.*): ([0-9.]+) property sets/s", line)
    if m:
        py[m.group(1)] = float(m.group(2))
lt, lt_err = rows["liquidTwin"]
hu, hu_err = rows["hummelingIf97"]
print(f"{'implementation':44s} {'property sets/s':>16s} {'LiquidTwin is':>14s}")
print(f"{'LiquidTwin Water.properties (JMH)':44s} {lt:16,.0f} {'':>14s}   (±{lt_err:,.0f})")
print(f"{'com.hummeling:if97 1.0.5 (JMH)':44s} {hu:16,.0f} {lt / hu:13.1f}×   (±{hu_err:,.0f})")
for name, v in py.items():
    print(f"{'python3-iapws ' + name:44s} {v:16,.0f} {lt / v:13.1f}×")
PY
