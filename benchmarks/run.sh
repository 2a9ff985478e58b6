#!/usr/bin/env bash
# Runs the JMH benchmarks at 1 and 8 threads, with -prof gc, and prints a Markdown table: each score as a ratio to
# rawApache from the same run. About 25 minutes on 2 cores; SHORT=1 takes about 10, but its scores of the heavier
# paths (Feign, async) are still climbing when it measures them: use it to see that everything runs, not for ratios.
#
#   benchmarks/run.sh                      # everything
#   benchmarks/run.sh 'rawApache|apacheTransport'   # a JMH regex: only these
#   THREADS="8" benchmarks/run.sh          # other thread counts
#   REBUILD=1 benchmarks/run.sh            # rebuild target/benchmarks.jar first
#   SHORT=1 benchmarks/run.sh              # the 10-minute smoke configuration (scores not yet at steady state)
#   JMH_OPTS="-p server=loopback,testkit" benchmarks/run.sh   # extra JMH options (see java -jar ... -h)
#   CPUS=0 benchmarks/run.sh               # pin every run's JVM to these CPUs (taskset -c)
#   SINGLE_CPUS= benchmarks/run.sh         # do not pin the 1-thread run (by default it is pinned to CPU 0, see below)
#   ROUNDS=3 benchmarks/run.sh 'TransportBenchmarks.(rawApache|apacheTransport)$'   # interleaved rounds, see below
#
# The 1-thread run is pinned to one CPU (SINGLE_CPUS, default 0) when taskset is available and there is more than
# one CPU. Unpinned, a 1-thread loopback call waits for the server thread's vCPU to wake up, so its score measures the
# VM's wake-up latency (rawApache: 13,000-30,000 ops/s, +-80 % within a run) and the ratios are mostly noise. Pinned,
# client, server and JIT share one CPU: the score is CPU time per call, which is what a library adds.
#
# ROUNDS=N runs every matching benchmark in a JVM of its own, N times, interleaved: round 1 runs each benchmark at
# each thread count, then round 2, and so on; the table then shows each score per round, its ratio to rawApache of
# the same round, and the median. A plain run measures its benchmarks one after another, minutes apart, and a VM
# whose speed drifts (this project's 2-vCPU one: rawApache 20,000-29,000 calls/s within a day) then compares
# different minutes; rounds compare neighbours, and the median of N rounds shows what holds.
#
# PairedBenchmarks (apacheTransportPaired, feignTransportPaired, rawFeignPaired) time a library call and a rawApache
# call in turn in one JVM, so that the drift cancels out; the table gives their ratio per measured iteration and its
# median, which is stable to about 0.01 where separate runs scatter by 0.3. Their targets use that median.
# PairedAsyncBenchmarks (asyncVsClassicPaired, rawAsyncVsRawClassicPaired) do the same for saturated throughput:
# 1,000 calls through the classic side on 8 threads, then 1,000 through the async side with 8 in flight, in turn.
#
# Results: target/jmh-t<threads>.json (JMH JSON) and target/jmh-t<threads>.log (JMH's own output); with ROUNDS,
# target/jmh-r<round>-t<threads>-<benchmark>.json and .log.
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

# Per benchmark: 1 fork; a single-threaded warm-up in the setup until the JIT compiler is idle (JitWarmup, at most
# 8 s); then JMH's warm-up iterations, and 5 measured iterations of 4 s. The warm-up is long because it has to be:
# pinned, the compiler shares one CPU with the benchmark and the server, and the Feign and async paths kept getting
# faster for 20-30 s (Feign: 1,800 -> 12,000 ops/s over six 4 s iterations); the short configuration measured
# them half-compiled, at a quarter of their speed.
if [[ "${SHORT:-0}" == "1" ]]; then
  warmup=(-wi 2 -w 4s); measure=(-i 3 -r 2s)
else
  warmup=(-wi 6 -w 4s); measure=(-i 5 -r 4s)
fi

# Runs JMH once: $1 threads, $2 the JSON file, $3 the log, the rest the benchmark selection. UNPINNED=1: no taskset.
run_jmh() {
  local t="$1" json="$2" log="$3"
  shift 3
  local pin=()
  if [[ "${UNPINNED:-0}" != "1" ]]; then
    read -r -a pin <<< "$(pin_for "$t")"
  fi
  # shellcheck disable=SC2086
  ${pin[@]+"${pin[@]}"} "$java_cmd" -jar "$jar" -f 1 "${warmup[@]}" "${measure[@]}" -t "$t" -prof gc \
    -rf json -rff "$json" ${JMH_OPTS:-} "$@" > "$log" 2>&1 \
    || { echo "JMH failed; see $log" >&2; tail -n 30 "$log" >&2; exit 1; }
}

results=()
rounds="${ROUNDS:-1}"
# PairedAsyncBenchmarks drive their own threads (8 classic callers, 8 async calls in flight) from one JMH thread, on
# both CPUs: they run once, at -t 1, unpinned, whatever THREADS says.
paired_async="PairedAsyncBenchmarks"
if [[ "$rounds" -le 1 ]]; then
  for t in $threads; do
    json="$here/target/jmh-t$t.json"
    log="$here/target/jmh-t$t.log"
    if [[ -z "$("$java_cmd" -jar "$jar" -l -e "$paired_async" ${filter:+"$filter"} | grep -v '^Benchmarks:' | grep .)" ]]; then
      continue
    fi
    echo "Running JMH with $t thread(s)$( [[ -n "$(pin_for "$t")" ]] && echo ", pinned" ) (log: $log) ..." >&2
    run_jmh "$t" "$json" "$log" -e "$paired_async" ${filter:+"$filter"}
    results+=("$json")
  done
  mapfile -t async_pairs < <("$java_cmd" -jar "$jar" -l ${filter:+"$filter"} | grep "$paired_async" || true)
  for benchmark in "${async_pairs[@]}"; do
    name="${benchmark##*.}"
    json="$here/target/jmh-t1-$name.json"
    echo "Running $name, 1 JMH thread, unpinned (log: ${json%.json}.log) ..." >&2
    UNPINNED=1 run_jmh 1 "$json" "${json%.json}.log" "^${benchmark//./\\.}\$"
    results+=("$json")
  done
else
  mapfile -t benchmarks < <("$java_cmd" -jar "$jar" -l ${filter:+"$filter"} | grep -v '^Benchmarks:' | grep .)
  echo "Interleaving ${#benchmarks[@]} benchmark(s) over $rounds rounds at thread count(s) $threads ..." >&2
  for ((r = 1; r <= rounds; r++)); do
    for t in $threads; do
      for benchmark in "${benchmarks[@]}"; do
        if [[ "$benchmark" == *AsyncBenchmarks* && "$t" != "1" ]]; then
          continue  # one JMH thread keeps the calls in flight; more callers would measure something else
        fi
        name="${benchmark##*.}"
        json="$here/target/jmh-r$r-t$t-$name.json"
        echo "  round $r, $t thread(s): $name" >&2
        # The async rows are never pinned: their work runs on the client's I/O threads, not on the JMH thread, and
        # they are compared with the classic transport at 8 threads, which has both CPUs too.
        UNPINNED="$([[ "$benchmark" == *AsyncBenchmarks* ]] && echo 1 || echo 0)" \
          run_jmh "$t" "$json" "${json%.json}.log" "^${benchmark//./\\.}\$"
        results+=("$json")
      done
    done
  done
fi

echo >&2
"$java_cmd" "$here/JmhTable.java" "${results[@]}"
