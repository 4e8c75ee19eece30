#!/bin/sh
# The similarity term of `math` against `hybrid`, measured by `logicminer eval --reference-model` with all-MiniLM-L6-v2
# (the similarity-minilm plugin) and, as the chat model, ScriptedReasoningServer: a stand-in on loopback that answers
# every chat completion with reasoning-like prose (vLLM's wire format). The stand-in writes both the validator's
# reference and the hybrid's reasoning, a new sample each time. Its figures show the mechanism; the real figure needs
# a real model (run eval the same way with --models.ref/--models.default pointing at one).
#
# usage: sh plugins/solver-hybrid/src/test/sh/similarity-eval.sh [FIXTURE] [OUT]
# needs: the distribution built (./mvnw -B -o -pl distribution -am -DskipTests package), which also builds the
#        similarity plugin's zip beside the tarball; JAVA_HOME (or java on the PATH) a JDK 21 or newer.
set -eu
root=$(cd "$(dirname "$0")/../../../../.." && pwd)
fixture=${1:-$root/../shared/fixtures/logic-dev.jsonl}
out=${2:-$root/plugins/solver-hybrid/target/similarity-eval}
dist=$root/distribution/target/logicminer
zip=$(ls "$root"/distribution/target/logicminer-similarity-minilm-*.zip 2>/dev/null | head -n 1)
fail() { echo "similarity-eval: $*" >&2; exit 1; }
[ -x "$dist/bin/logicminer" ] || fail "no distribution at $dist; build it first"
[ -n "$zip" ] || fail "no similarity plugin zip in $root/distribution/target; build the distribution first"
[ -s "$fixture" ] || fail "no fixture $fixture"

rm -rf "$out" && mkdir -p "$out/plugins"
cp "$dist"/plugins/*.jar "$zip" "$out/plugins/"

# The stand-in model's class path: solver-hybrid's test classes and their libraries.
(cd "$root" && ./mvnw -q -B -o -pl plugins/solver-hybrid -am -Dnpm.skip=true test-compile dependency:build-classpath \
  -Dmdep.outputFile="$out/cp.txt" -Dmdep.includeScope=test >"$out/maven.log" 2>&1) || fail "maven: $(tail "$out/maven.log")"
# A JDK 21 or newer: $JAVA_HOME's, else java on the PATH.
"${JAVA_HOME:+$JAVA_HOME/bin/}java" -cp "$root/plugins/solver-hybrid/target/test-classes:$(cat "$out/cp.txt")" \
  io.logicminer.solver.hybrid.ScriptedReasoningServer "$out/url" >"$out/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
i=0
while [ ! -s "$out/url" ]; do
  i=$((i + 1)); [ $i -le 300 ] || fail "the stand-in model did not start: $(cat "$out/server.log")"; sleep 0.1
done
url=$(cat "$out/url")

for solver in math hybrid; do
  "$dist/bin/logicminer" eval --in "$fixture" --solver "$solver" --miner.fallback_solver "" \
    --plugins.dir "$out/plugins" --data.dir "$out/data" --concurrency 4 --out "$out/$solver" \
    --models.ref.type openai --models.ref.base_url "$url" --models.ref.model scripted-reference \
    --models.default.base_url "$url" --models.default.model scripted --reference-model ref \
    >"$out/$solver.out" 2>"$out/$solver.err" || fail "eval --solver $solver: $(cat "$out/$solver.err")"
  similarity=$(sed -n 's/^ *"meanSimilarity" : \([0-9.]*\).*/\1/p' "$out/$solver/summary.json")
  echo "$solver: mean similarity $similarity; $(head -n 1 "$out/$solver.out")"
done
