#!/bin/sh
# Start-up benchmark: launch to "axon listening" of `logicminer mine` (offline metagraph, ephemeral port, a fresh
# hotkey in a temporary wallet), RSS at that moment, for one or more unpacked distributions, runs interleaved so
# that every distribution sees the same machine load. Prints each run, then the median per distribution.
#   sh distribution/src/test/startup-bench.sh RUNS LABEL=DIST [LABEL=DIST ...]
# A label ending in "-nocds" runs that distribution with LOGICMINER_CDS=off. Each distribution gets its own
# class-data-sharing cache, warmed by two untimed runs first (the first starts after an install build it).
set -eu
runs=$1
shift
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
now_ms() { date +%s%N | cut -c1-13; }

first=${1#*=}
"$first/bin/logicminer" wallet new-hotkey --wallet.path "$work/wallets" --wallet.name bench --wallet.hotkey default \
  >/dev/null 2>&1

start_one() { # label dist -> prints "ms rss_mb"
  label=$1
  dist=$2
  cds=on
  case $label in *-nocds) cds=off ;; esac
  log=$work/$label.log
  : >"$log"
  t0=$(now_ms)
  LOGICMINER_CDS=$cds LOGICMINER_CACHE_DIR=$work/cache-$label "$dist/bin/logicminer" mine \
    --subtensor.network offline --metagraph.file "$dist/conf/metagraph.sample.json" --axon.port 0 --metrics.port -1 \
    --wallet.path "$work/wallets" --wallet.name bench --wallet.hotkey default >"$log" 2>&1 &
  pid=$!
  while ! grep -q 'axon listening' "$log"; do
    kill -0 "$pid" 2>/dev/null || { echo "$label: mine exited: $(cat "$log")" >&2; exit 1; }
    sleep 0.005
  done
  t1=$(now_ms)
  rss=$(awk '/VmRSS/ { print int($2 / 1024) }' "/proc/$pid/status" 2>/dev/null || echo "?")
  # CPU time so far (user + system, with the launcher's finished children such as `java -version`): less
  # sensitive to the machine's load than wall time
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ print int(($14 + $15 + $16 + $17) * 1000 / hz) }' "/proc/$pid/stat")
  kill "$pid"
  wait "$pid" 2>/dev/null || true  # the JVM writes its CDS archive on the way out
  echo "$((t1 - t0)) $rss $cpu"
}

for pair in "$@"; do
  # warm-up, twice: the first run records what mine loads, the second assembles the archive; fills the page cache
  start_one "${pair%%=*}" "${pair#*=}" >/dev/null
  start_one "${pair%%=*}" "${pair#*=}" >/dev/null
done
i=0
while [ "$i" -lt "$runs" ]; do
  i=$((i + 1))
  for pair in "$@"; do
    label=${pair%%=*}
    result=$(start_one "$label" "${pair#*=}")
    echo "$result" >>"$work/$label.times"
    echo "$result" | awk -v r="run $i $label" '{ printf "%s: %d ms, RSS %d MB, CPU %d ms\n", r, $1, $2, $3 }'
  done
done
echo "load average: $(cut -d ' ' -f 1-3 /proc/loadavg)"
for pair in "$@"; do
  label=${pair%%=*}
  sort -n "$work/$label.times" | awk -v l="$label" '{ ms[NR] = $1; rss[NR] = $2 }
    END { m = int((NR + 1) / 2); printf "%s: median %d ms (min %d, max %d), RSS %d MB", l, ms[m], ms[1], ms[NR], rss[m] }'
  sort -n -k 3 "$work/$label.times" | awk '{ cpu[NR] = $3 } END { printf ", CPU median %d ms\n", cpu[int((NR + 1) / 2)] }'
done
