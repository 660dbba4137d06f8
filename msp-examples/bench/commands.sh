#!/usr/bin/env bash
# Whole-command timings of the msp command line against a bare JVM start, in the same run, with hyperfine:
# each command as `java -jar msp-examples/target/msp.jar ...` and as `msp-examples/bin/msp ...` (class-data
# sharing archive and client compiler), and two baselines: `java -cp DIR Hello` (a trivial class) and
# `java -version`. Writes the table (median, spread, median over the bare JVM's median) into docs/performance.md
# between the "commands:begin" and "commands:end" markers, and the raw hyperfine JSON to bench/out/commands.json.
#
#   msp-examples/bench/commands.sh            10 runs of each, after 1 warm-up run (about 4 minutes)
#   RUNS=20 msp-examples/bench/commands.sh
#   BEFORE_JAR=/path/to/older/msp.jar msp-examples/bench/commands.sh   adds a row per command for an earlier
#                                                                        build's jar
#
# Needs hyperfine (Debian: apt-get install hyperfine; the script installs it when run as root) and a built
# msp.jar (it runs `mvn -o -q -DskipTests package` when the jar or its archive is missing). Not part of CI.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
OUT="${MSP_BENCH_OUT:-$HERE/out}"
RUNS="${RUNS:-10}"
cd "$ROOT"

if ! command -v hyperfine >/dev/null; then
  if [[ $(id -u) == 0 ]]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q hyperfine
  else
    echo "commands.sh: hyperfine not found (apt-get install hyperfine)" >&2
    exit 2
  fi
fi
if [[ ! -f msp-examples/target/msp.jar || ! -f msp-examples/target/msp.jsa ]]; then
  mvn -o -q -B -ntp -DskipTests package
fi

mkdir -p "$OUT"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
cat > "$TMP/Hello.java" <<'JAVA'
public class Hello {
    public static void main(String[] args) {
        System.out.println("hello");
    }
}
JAVA
javac -d "$TMP" "$TMP/Hello.java"

COMMANDS=(
  "concentration --stage mining --mineral lithium"
  "reliance --country USA"
  "chokepoints --mineral gallium --consumer USA --top 3"
  "scenario --ban CHN/gallium"
  "report --out $TMP/report"
)
ARGS=(-N --warmup 1 --runs "$RUNS" --export-json "$OUT/commands.json" --style basic)
ARGS+=(-n "java -cp DIR Hello" "java -cp $TMP Hello")
ARGS+=(-n "java -version" "java -version")
# The first command once more without the relaunch (the snapshot alone, the JVM's defaults); and, when
# BEFORE_JAR names the msp.jar of an earlier build, every command with that jar too.
ARGS+=(-n "java -Dmsp.relaunch=false -jar msp.jar ${COMMANDS[0]}" "java -Dmsp.relaunch=false -jar msp-examples/target/msp.jar ${COMMANDS[0]}")
for c in "${COMMANDS[@]}"; do
  if [[ -n "${BEFORE_JAR:-}" ]]; then
    ARGS+=(-n "java -jar before/msp.jar $c" "java -jar $BEFORE_JAR $c")
  fi
  ARGS+=(-n "java -jar msp.jar $c" "java -jar msp-examples/target/msp.jar $c")
  ARGS+=(-n "bin/msp $c" "msp-examples/bin/msp $c")
done

LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
START=$(date +%s)
hyperfine "${ARGS[@]}" | tee "$OUT/commands.txt"
LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg)"
ELAPSED=$(( $(date +%s) - START ))

python3 - "$OUT/commands.json" "$ROOT/docs/performance.md" "$RUNS" "$LOAD_BEFORE" "$LOAD_AFTER" "$ELAPSED" \
  "$(java -version 2>&1 | head -1)" "$(nproc)" \
  "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)" \
  "$(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo)" \
  "$(hyperfine --version)" <<'PY'
import json, statistics, sys, datetime, re
js, doc, runs, before, after, elapsed, jdk, cores, cpu, mem, hf = sys.argv[1:]
results = json.load(open(js))["results"]
def stats(r):
    t = sorted(r["times"])
    return statistics.median(t), t[0], t[-1], statistics.mean(r["user"]) if isinstance(r["user"], list) else r["user"], \
        statistics.mean(r["system"]) if isinstance(r["system"], list) else r["system"]
bare = statistics.median(results[0]["times"])
def fmt(s):
    return f"{s*1000:.0f} ms" if s < 10 else f"{s:.1f} s"
rows = ["| command | median wall | min – max | mean user CPU | ratio to bare JVM |",
        "| --- | ---: | ---: | ---: | ---: |"]
for r in results:
    med, lo, hi, user, system = stats(r)
    name = r["command"].replace(" --out " + r["command"].split(" --out ")[-1], " --out DIR") if " --out " in r["command"] else r["command"]
    rows.append(f"| `{name}` | {fmt(med)} | {fmt(lo)} – {fmt(hi)} | {fmt(user)} | {med / bare:.1f}× |")
now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
section = "\n".join([
    "<!-- commands:begin (written by msp-examples/bench/commands.sh; do not edit by hand) -->",
    "Command: `msp-examples/bench/commands.sh` (RUNS=" + runs + ")  ",
    "Date: " + now + "  ",
    f"Machine: {cores} cores (`nproc`), {cpu}, {mem} RAM  ",
    "JDK: " + jdk + "; " + hf + "  ",
    f"Load (`/proc/loadavg`) before: {before}; after: {after}  ",
    f"Run time: {int(elapsed)//60} min {int(elapsed)%60} s",
    "",
    f"{runs} runs of each after one warm-up run, all in one hyperfine run, interleaved by command (hyperfine runs "
    "each command's runs in a row). Ratio = the command's median wall time / the median of `java -cp DIR Hello`.",
    "",
    *rows,
    "<!-- commands:end -->"])
text = open(doc).read()
m = re.search(r"<!-- commands:begin.*?<!-- commands:end -->", text, re.S)
if m is None:
    sys.exit("docs/performance.md has no commands:begin/commands:end markers")
open(doc, "w").write(text[:m.start()] + section + text[m.end():])
print("\n".join(rows))
PY
