#!/usr/bin/env bash
# HTTP benchmarks of the LiquidTwin server (docs/benchmarks.md, "HTTP server"):
#   (a) Redfish GET throughput and p99 latency over the CDU subtree, wrk at fixed concurrency;
#       goal ≥ 20k GET/s with p99 < 5 ms on 2 cores
#   (b) InfluxDB-line-protocol ingest over HTTP: batches of LINES lines × 4 fields (one series per line and field),
#       every batch stamped with the wall-clock time at which wrk sends it (as Telegraf stamps each gather), into
#       LiquidTwin (/api/v2/write, QuestDB store: 204 = durable) and into VictoriaMetrics (/write), same run, same wrk
#       settings; goal: LiquidTwin ≥ 1.0× VictoriaMetrics samples/s
# The server is what `liquidtwin serve` runs (io.liquidtwin.server.service.BenchService over LiquidTwinService, from
# the test classpath): the Qingdao plant at serve's defaults, speed 1 and 1 s steps, with its alarm file, so the twin
# ticks (stores its samples, evaluates alarms, rebuilds its Redfish resources) every second during the runs.
# Usage: bench/http.sh   (env: DURATION=20s THREADS=2 CONNECTIONS=32 LINES=5000 WRITE_CONNECTIONS=4)
set -euo pipefail
ROOT="$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)"
DURATION="${DURATION:-20s}" THREADS="${THREADS:-2}" CONNECTIONS="${CONNECTIONS:-32}"
LINES="${LINES:-5000}" WRITE_CONNECTIONS="${WRITE_CONNECTIONS:-4}"
OUT="$(mktemp -d -t liquidtwin-http-bench.XXXXXX)"
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$OUT"; }
trap cleanup EXIT
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export MAVEN_OPTS="--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow"
cd "$ROOT"
BUILD=target-bench
mkdir -p liquidtwin-ops/$BUILD liquidtwin-server/$BUILD
mvn -o -q -pl liquidtwin-ops,liquidtwin-server -Dlt.buildDir=$BUILD test-compile dependency:build-classpath \
  -Dmdep.outputFile="$OUT/cp.txt" -Dmdep.includeScope=test
CP="liquidtwin-server/$BUILD/test-classes:liquidtwin-server/$BUILD/classes:liquidtwin-ops/$BUILD/classes:$(cat "$OUT/cp.txt")"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_for() { # url
  for _ in $(seq 1 200); do curl -s -o /dev/null "$1" && return 0; sleep 0.1; done; echo "no answer from $1" >&2; exit 1
}
result() { grep '^RESULT' "$1" | sed 's/^RESULT //'; }
field() { sed -n "s/.*$2=\([0-9.]*\).*/\1/p" <<<"$1"; }

PORT=$(free_port)
"$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -Xmx1g \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$CP" io.liquidtwin.server.service.BenchService \
  "$OUT/lt" examples/qingdao-two-phase-1mw.yaml "$PORT" 1 1 examples/alarms/qingdao-alarms.yaml \
  >"$OUT/lt.log" 2>&1 &
PIDS+=($!)
wait_for "http://127.0.0.1:$PORT/redfish/v1"
BASE="http://127.0.0.1:$PORT/redfish/v1"
login() { # user password → X-Auth-Token of a new Redfish session
  curl -s -D - -o /dev/null -H 'Content-Type: application/json' -d "{\"UserName\":\"$1\",\"Password\":\"$2\"}" \
    "$BASE/SessionService/Sessions" | sed -n 's/^X-Auth-Token: *//Ip' | tr -d '\r'
}
ADMIN=$(login admin "$(cat "$OUT/lt/admin-password.txt")")
for u in viewer:ReadOnly operator:Operator; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "X-Auth-Token: $ADMIN" -H 'Content-Type: application/json' \
    -d "{\"UserName\":\"${u%%:*}\",\"Password\":\"bench-password-1\",\"RoleId\":\"${u##*:}\"}" "$BASE/AccountService/Accounts")
  [[ "$code" == 201 ]] || { echo "creating account ${u%%:*} answered $code" >&2; exit 1; }
done
# Basic costs a password check per request (cached after the first): the GET benchmark uses a viewer session
# (X-Auth-Token), as a Redfish client would; Telegraf sends "Authorization: Token <token>" of an operator session
TOKEN=$(login viewer bench-password-1)
AUTH_OP="Token $(login operator bench-password-1)"
twin_lag() { # wall clock − twin time (the manager's DateTime), s
  curl -s -H "X-Auth-Token: $TOKEN" "$BASE/Managers/TwinManager" | python3 -c 'import json,sys,datetime as d
t = d.datetime.fromisoformat(json.load(sys.stdin)["DateTime"].replace("Z", "+00:00"))
print(f"{(d.datetime.now(d.timezone.utc) - t).total_seconds():.0f}")'
}

echo "cores: $(nproc); $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
# (a) GET: warm-up, then measure
LT_TOKEN="$TOKEN" wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -s bench/http_get.lua "http://127.0.0.1:$PORT" >/dev/null
LT_TOKEN="$TOKEN" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/http_get.lua \
  "http://127.0.0.1:$PORT" >"$OUT/get.txt"
GET=$(result "$OUT/get.txt")
echo "Redfish GET (X-Auth-Token, $THREADS threads, $CONNECTIONS connections, $DURATION): $GET"
echo "twin lag behind the wall clock after the GET run: $(twin_lag) s (DateTime has 1 s resolution)"

# (b) ingest: LINES lines × 4 fields = 4·LINES samples per batch, one series per line and field (LINES·4 series);
# the payload holds no timestamps: http_write.lua stamps each batch with the wall-clock time in ns when it sends it
python3 - "$LINES" >"$OUT/payload.lp" <<'PY'
import sys
n = int(sys.argv[1])
for i in range(n):
    print(f"cdu,site=qd,cdu=cdu-{i % 50},rack=r{i} supply_temp={40 + (i % 97) * 0.01:.2f},"
          f"return_temp={50 + (i % 89) * 0.01:.2f},flow_lpm={1200 + i % 300}i,dp_kpa={80 + (i % 13) * 0.5}")
PY
SAMPLES=$((LINES * 4))
code=$(awk -v t="$(date +%s%N)" '{print $0 " " t}' "$OUT/payload.lp" | curl -s -o /dev/null -w '%{http_code}' \
  -H "Authorization: $AUTH_OP" --data-binary @- "http://127.0.0.1:$PORT/api/v2/write?org=o&bucket=b&precision=ns")
[[ "$code" == 204 ]] || { echo "LiquidTwin write answered $code" >&2; exit 1; }
LT_PAYLOAD="$OUT/payload.lp" LT_PATH="/api/v2/write?org=o&bucket=b&precision=ns" LT_AUTH="$AUTH_OP" \
  wrk -t1 -c"$WRITE_CONNECTIONS" -d"$DURATION" -s bench/http_write.lua "http://127.0.0.1:$PORT" >"$OUT/lt-write.txt"
LTW=$(result "$OUT/lt-write.txt")
echo "twin lag behind the wall clock after the write run: $(twin_lag) s"
kill "${PIDS[0]}"; wait "${PIDS[0]}" 2>/dev/null || true

VMPORT=$(free_port)
victoria-metrics -storageDataPath="$OUT/vm" -httpListenAddr="127.0.0.1:$VMPORT" -loggerLevel=ERROR \
  -retentionPeriod=100y >"$OUT/vm.log" 2>&1 &
PIDS+=($!)
wait_for "http://127.0.0.1:$VMPORT/health"
code=$(awk -v t="$(date +%s%N)" '{print $0 " " t}' "$OUT/payload.lp" | curl -s -o /dev/null -w '%{http_code}' \
  --data-binary @- "http://127.0.0.1:$VMPORT/write")
[[ "$code" == 204 ]] || { echo "VictoriaMetrics write answered $code" >&2; exit 1; }
LT_PAYLOAD="$OUT/payload.lp" LT_PATH="/write" LT_AUTH="" \
  wrk -t1 -c"$WRITE_CONNECTIONS" -d"$DURATION" -s bench/http_write.lua "http://127.0.0.1:$VMPORT" >"$OUT/vm-write.txt"
VMW=$(result "$OUT/vm-write.txt")

python3 - "$GET" "$LTW" "$VMW" "$SAMPLES" <<'PY'
import sys
def parse(s): return {k: float(v) for k, v in (kv.split("=") for kv in s.split())}
get, lt, vm, n = parse(sys.argv[1]), parse(sys.argv[2]), parse(sys.argv[3]), int(sys.argv[4])
print(f"(a) Redfish GET: {get['rps']:,.0f} req/s, p50 {get['p50_ms']:.2f} ms, p99 {get['p99_ms']:.2f} ms, "
      f"non-2xx {get['non2xx']:.0f}, errors {get['errors']:.0f}  (goal ≥ 20,000 req/s and p99 < 5 ms: "
      f"{'met' if get['rps'] >= 20000 and get['p99_ms'] < 5 else 'NOT met'}; {get['rps'] / 20000:.2f}× the rate goal)")
for name, r in (("LiquidTwin /api/v2/write", lt), ("VictoriaMetrics /write", vm)):
    print(f"(b) {name:26s}: {r['rps']:8.1f} batches/s = {r['rps'] * n:12,.0f} samples/s, p99 {r['p99_ms']:.1f} ms,"
          f" non-2xx {r['non2xx']:.0f}, errors {r['errors']:.0f}")
ratio = lt['rps'] / vm['rps'] if vm['rps'] else float('nan')
print(f"    ratio LiquidTwin / VictoriaMetrics = {ratio:.2f}×  (goal ≥ 1.0×: {'met' if ratio >= 1.0 else 'NOT met'})")
PY
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
