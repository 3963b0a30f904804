#!/usr/bin/env bash
# Design-study wall time, whole process (JVM start, report and CSV writing included), on this machine's cores:
#   1. ./liquidtwin demo: the Qingdao 1 MW plant for a year, KTH-SP2 under EASY, a pump trip; goal < 60 s
#   2. the 12-point facility-setpoint sweep of examples/studies/qingdao-setpoint-sweep.yaml; goal < 30 s
# No peer engine exists on these machines for the same study, so the ratios printed are against the goals.
# Usage: bench/study.sh
set -euo pipefail
ROOT="$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)"
OUT="$(mktemp -d -t liquidtwin-study-bench.XXXXXX)"
trap 'rm -rf "$OUT"' EXIT
cd "$ROOT"
./liquidtwin --version >/dev/null # build once, outside the timings

run() { # name goal_s command...
  local name="$1" goal="$2"
  shift 2
  local t0 t1
  t0=$(date +%s.%N)
  /usr/bin/time -f "%M" -o "$OUT/rss" "$@" >"$OUT/out.txt" 2>"$OUT/err.txt" || { cat "$OUT/err.txt" >&2; exit 1; }
  t1=$(date +%s.%N)
  python3 - "$name" "$goal" "$t0" "$t1" "$(cat "$OUT/rss")" <<'PY'
import sys
name, goal, t0, t1, rss = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5])
wall = t1 - t0
print(f"{name:48s} {wall:8.1f} s   goal {goal:4.0f} s ({wall / goal:4.2f}× the goal)   peak RSS {rss / 1024:5.0f} MB")
PY
}
echo "cores: $(nproc)"
run "demo (1 plant-year, trace, fault, report)" 60 ./liquidtwin demo --out "$OUT/demo"
run "12-point setpoint sweep (12 plant-years)" 30 ./liquidtwin study examples/studies/qingdao-setpoint-sweep.yaml \
  --out "$OUT/sweep"
