#!/usr/bin/env bash
# Runs the JMH benchmarks in a short configuration (about 4 minutes on 2 cores) at 1 and 8 threads, with -prof gc,
# and prints a Markdown table: each score as a ratio to rawApache from the same run.
#
#   benchmarks/run.sh                      # everything
#   benchmarks/run.sh 'rawApache|apacheTransport'   # a JMH regex: only these
#   THREADS="8" benchmarks/run.sh          # other thread counts
#   REBUILD=1 benchmarks/run.sh            # rebuild target/benchmarks.jar first
#   JMH_OPTS="-p server=loopback,testkit" benchmarks/run.sh   # extra JMH options (see java -jar ... -h)
#   CPUS=0 benchmarks/run.sh               # pin every run's JVM to these CPUs (taskset -c)
#   SINGLE_CPUS= benchmarks/run.sh         # do not pin the 1-thread run (by default it is pinned to CPU 0, see below)
#
# The 1-thread run is pinned to one CPU (SINGLE_CPUS, default 0) when taskset is available and there is more than
# one CPU. Unpinned, a 1-thread loopback call waits for the server thread's vCPU to wake up, so its score measures the
# VM's wake-up latency (rawApache: 13,000-30,000 ops/s, +-80 % within a run) and the ratios are mostly noise. Pinned,
# client, server and JIT share one CPU: the score is CPU time per call, which is what a library adds.
#
# Results: target/jmh-t<threads>.json (JMH JSON) and target/jmh-t<threads>.log (JMH's own output).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
jar="$here/target/benchmarks.jar"
threads="${THREADS:-1 8}"
filter="${1:-}"
java_cmd="${JAVA_HOME:+$JAVA_HOME/bin/}java"
single_cpus="${SINGLE_CPUS-0}"
if ! command -v taskset > /dev/null || [[ "$(nproc)" -lt 2 ]]; then
  single_cpus=""
fi

# The taskset prefix for a run with $1 threads, or nothing.
pin_for() {
  if [[ -n "${CPUS:-}" ]]; then
    echo "taskset -c $CPUS"
  elif [[ "$1" == "1" && -n "$single_cpus" ]]; then
    echo "taskset -c $single_cpus"
  fi
}

if [[ ! -f "$jar" || "${REBUILD:-0}" == "1" ]]; then
  echo "Building $jar ..." >&2
  (cd "$root" && ./mvnw -q -B -pl benchmarks -am package -DskipTests)
fi

echo "Machine: $(nproc) CPU(s), $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ *//' || uname -m)," \
  "$(free -g 2>/dev/null | awk '/Mem:/ {print $2 " GB RAM"}'), $(uname -sr)" >&2
echo "Java: $("$java_cmd" -version 2>&1 | head -n 2 | tr '\n' ' ')" >&2

results=()
for t in $threads; do
  json="$here/target/jmh-t$t.json"
  log="$here/target/jmh-t$t.log"
  read -r -a pin <<< "$(pin_for "$t")"
  echo "Running JMH with $t thread(s)${pin[2]:+, pinned to CPU(s) ${pin[2]}} (log: $log) ..." >&2
  # Short configuration, per benchmark: 1 fork; a single-threaded warm-up in the setup until the JIT compiler is
  # idle (JitWarmup, at most 8 s); JMH warm-up iterations; 3 measured iterations of 2 s. Pinned, the compiler shares
  # the CPU with the benchmark and the server, and the Feign path took 10-12 s to reach its compiled speed: the pinned
  # run gets 2 warm-up iterations of 4 s, an unpinned one (the compiler has a core of its own) 1 of 2 s.
  if [[ ${#pin[@]} -gt 0 ]]; then warmup=(-wi 2 -w 4s); else warmup=(-wi 1 -w 2s); fi
  # shellcheck disable=SC2086
  ${pin[@]+"${pin[@]}"} "$java_cmd" -jar "$jar" -f 1 "${warmup[@]}" -i 3 -r 2s -t "$t" -prof gc \
    -rf json -rff "$json" ${JMH_OPTS:-} ${filter:+"$filter"} > "$log" 2>&1 \
    || { echo "JMH failed; see $log" >&2; tail -n 30 "$log" >&2; exit 1; }
  results+=("$json")
done

echo >&2
"$java_cmd" "$here/JmhTable.java" "${results[@]}"
