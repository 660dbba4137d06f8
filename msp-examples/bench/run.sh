#!/usr/bin/env bash
# Benchmarks of the graph algorithms, with peers measured in the same run on the same graphs; writes bench/results.md.
#
#   msp-examples/bench/run.sh            10^4, 10^5 and 10^6 edges (about 16 minutes on a quiet 2-core machine)
#   msp-examples/bench/run.sh --quick    10^4 and 10^5 edges only (about 8 minutes)
#
# Installs the Python peers from Debian when missing (python3-networkx, python3-scipy; needs root), builds the
# JMH jar (mvn -P bench), then for each size: exports the graph (edges.tsv, nodes.tsv, maxflow.tsv, facts.json),
# measures the heap a network holds under -Xmx1g, runs the JMH benchmarks (msp and JGraphT) and the NetworkX and
# SciPy peers, and finally writes the table. Raw results stay in msp-examples/bench/out/. Not part of CI.
set -euo pipefail

QUICK=0
if [[ "${1:-}" == "--quick" ]]; then
  QUICK=1
elif [[ $# -gt 0 ]]; then
  echo "usage: $0 [--quick]" >&2
  exit 2
fi
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
OUT="${MSP_BENCH_OUT:-$HERE/out}"
PY=/usr/bin/python3
START=$(date +%s)
if [[ $QUICK == 1 ]]; then SIZES=(10000 100000); else SIZES=(10000 100000 1000000); fi

log() { echo "[$(date -u +%H:%M:%S)] $*"; }

# 1. Peers, from Debian's packages.
if ! "$PY" -c 'import networkx, scipy' 2>/dev/null; then
  log "installing python3-networkx and python3-scipy with apt-get"
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q python3-networkx python3-scipy
fi

# 2. Build: the JMH jar with the library inside; a private copy, so a rebuild elsewhere cannot change it mid-run.
log "building (mvn -P bench package)"
(cd "$ROOT" && { mvn -q -B -ntp -o -P bench package -DskipTests -pl msp-examples/bench -am \
  || mvn -q -B -ntp -P bench package -DskipTests -pl msp-examples/bench -am; })
rm -rf "$OUT"
mkdir -p "$OUT"
cp "$ROOT/msp-examples/bench/target/benchmarks.jar" "$OUT/benchmarks.jar"
JAR="$OUT/benchmarks.jar"

# 3. The machine.
LOAD_BEFORE="$(uptime | sed 's/.*load average: //')"
"$PY" - "$OUT/machine.json" "$LOAD_BEFORE" "$0 $*" <<'PYEOF'
import json, os, subprocess, sys, datetime
import networkx, scipy
cpu = "?"
with open("/proc/cpuinfo") as f:
    for line in f:
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
mem = "?"
with open("/proc/meminfo") as f:
    for line in f:
        if line.startswith("MemTotal"):
            mem = "%.0f" % (int(line.split()[1]) / 1048576)
jdk = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
json.dump({"nproc": os.cpu_count(), "cpu": cpu, "mem_gb": mem, "jdk": jdk, "networkx": networkx.__version__,
           "scipy": scipy.__version__, "date": datetime.datetime.utcnow().strftime("%Y-%m-%d %H:%M UTC"),
           "load_before": sys.argv[2], "command": sys.argv[3].strip()}, open(sys.argv[1], "w"))
PYEOF

peer() { # peer SIZE_DIR TIMEOUT OP [K]
  local dir="$1" t="$2" op="$3" k="${4:-}"
  log "  peer $op ${k:+(k=$k)}"
  if ! timeout "$t" "$PY" "$HERE/peers.py" "$op" "$dir" $k >> "$dir/peers.jsonl" 2>> "$dir/peers.err"; then
    echo "{\"op\": \"$op\", \"timeout\": $t}" >> "$dir/peers.jsonl"
  fi
}

for S in "${SIZES[@]}"; do
  D="$OUT/$S"
  mkdir -p "$D"
  log "size $S: export"
  java -Xmx3g -cp "$JAR" org.msp.examples.bench.Export "$S" "$D" > "$D/export.log"
  log "size $S: memory under -Xmx1g"
  java -Xmx1g -cp "$JAR" org.msp.examples.bench.MemoryFootprint "$S" > "$D/memory.json"
  cat "$D/memory.json"
  # JMH: the annotations give forks, warm-up and measurement; fewer iterations at 10^6 keep the run in time.
  ITER=()
  if [[ $S -ge 1000000 ]]; then ITER=(-wi 2 -i 3); fi
  log "size $S: JMH (msp, JGraphT max-flow)"
  java -jar "$JAR" -p edges="$S" "${ITER[@]}" -rf json -rff "$D/jmh.json" -o "$D/jmh.log" \
    'BuildBenchmarks|AnalysisBenchmarks|MaxFlowBenchmarks|MonteCarloBenchmarks'
  # JGraphT's Brandes betweenness is O(n m): run at 10^4 only (a 10^5 run would take minutes); the table
  # extrapolates larger sizes by n m and says so.
  if [[ $S -le 10000 ]]; then
    log "size $S: JMH JGraphT betweenness"
    java -jar "$JAR" -p edges="$S" -rf json -rff "$D/jmh-bc.json" -o "$D/jmh-bc.log" BetweennessPeerBenchmarks
  fi
  if [[ $S -ge 1000000 ]]; then TO=900; K=10; elif [[ $S -ge 100000 ]]; then TO=300; K=100; else TO=120; K=0; fi
  peer "$D" "$TO" build
  peer "$D" "$TO" idom
  peer "$D" "$TO" scipy
  peer "$D" "$TO" preflow
  peer "$D" "$TO" betweenness "$K"
done

LOAD_AFTER="$(uptime | sed 's/.*load average: //')"
ELAPSED=$(( $(date +%s) - START ))
"$PY" - "$OUT/machine.json" "$LOAD_AFTER" "$ELAPSED" <<'PYEOF'
import json, sys
m = json.load(open(sys.argv[1]))
m["load_after"] = sys.argv[2]
m["elapsed"] = "%d min %02d s" % (int(sys.argv[3]) // 60, int(sys.argv[3]) % 60)
json.dump(m, open(sys.argv[1], "w"))
PYEOF
"$PY" "$HERE/report.py" "$OUT" "$HERE/results.md"
log "wrote $HERE/results.md (raw results in $OUT)"
