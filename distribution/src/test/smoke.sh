#!/bin/sh
# Smoke test of the unpacked distribution, run by `mvn verify`: the real launcher, real plugin jars, real processes.
set -eu
dist=$1
questions=$2
out=$3
node_lib=${4:-}
node_java=${5:-java}
similarity_zip=${6:-}
fail() { echo "distribution smoke test FAILED: $*" >&2; exit 1; }
# The launcher's class-data-sharing archives go here, not into the user's ~/.cache.
LOGICMINER_CACHE_DIR=$out.cache
export LOGICMINER_CACHE_DIR
rm -rf "$LOGICMINER_CACHE_DIR"

"$dist/bin/logicminer" --version | grep -q '^logicminer ' || fail "--version"

plugins=$("$dist/bin/logicminer" plugins) || fail "plugins exited $?"
for id in category-logic solver-ensemble solver-hybrid solver-math solver-openai launch-vllm; do
  echo "$plugins" | grep -q "^$id .* STARTED" || fail "plugin $id not started: $plugins"
done
echo "$plugins" | grep -q 'solver types: direct, ensemble, hybrid, math, math-tool' || fail "solver types: $plugins"
# The first run of a command leaves its class-data-sharing archive; the next one maps it and says the same.
ls "$LOGICMINER_CACHE_DIR"/plugins-*.jsa >/dev/null 2>&1 || fail "no CDS archive in $LOGICMINER_CACHE_DIR: $(ls -la "$LOGICMINER_CACHE_DIR" 2>&1)"
[ "$("$dist/bin/logicminer" plugins)" = "$plugins" ] || fail "plugins differs with the CDS archive"

set +e
"$dist/bin/logicminer" solve --in "$questions" --out "$out" 2>"$out.err"
code=$?
set -e
[ "$code" = 1 ] || fail "solve exit code $code, expected 1 (one broken line): $(cat "$out.err")"
[ "$(wc -l < "$out")" = "$(wc -l < "$questions")" ] || fail "one output line per input line"
[ "$(grep -c '"solver":"math"' "$out")" = "$(($(wc -l < "$questions") - 1))" ] || fail "math answered: $(cat "$out")"
tail -n 1 "$out" | grep -q '"error"' || fail "the broken line carries an error"

set +e
err=$("$dist/bin/logicminer" solve --solver nope "1+1" 2>&1 >/dev/null)
code=$?
set -e
[ "$code" = 2 ] || fail "unknown solver exit code $code, expected 2"
[ "$(echo "$err" | wc -l)" = 1 ] || fail "config error is one line: $err"
echo "$err" | grep -q "no solver named 'nope'" || fail "config error names the solver: $err"

# The hybrid solver: the engine's answer; with its model down (nothing listens on port 9) the engine's reasoning.
hybrid=$("$dist/bin/logicminer" solve --solver hybrid --models.default.base_url http://127.0.0.1:9/v1 \
  "Is 193 composite?" 2>&1) || fail "solve --solver hybrid exited $?: $hybrid"
echo "$hybrid" | grep -q '^Answer: No$' || fail "hybrid answer: $hybrid"
echo "$hybrid" | grep -q '^solver hybrid, ' || fail "hybrid answered: $hybrid"

# The whole main job on one box: dev wallets, static metagraph, axon on loopback, signed challenges.
local_out=$("$dist/bin/logicminer" mine --local --count 3 --interval 0s --data.dir "$out.local" 2>&1) \
  || fail "mine --local exited $?: $local_out"
echo "$local_out" | grep -q '^summary: 3 sent, 3 answered' || fail "mine --local summary: $local_out"
# Its class-data-sharing archive: on JDK 25 the first run recorded what mine loads, the second start assembles
# the AOT cache and runs on it; on JDK 19-24 the first run's exit wrote a CDS archive. Same output either way.
local_out=$("$dist/bin/logicminer" mine --local --count 1 --interval 0s --data.dir "$out.local" 2>&1) \
  || fail "mine --local with its archive exited $?: $local_out"
echo "$local_out" | grep -q '^summary: 1 sent, 1 answered' || fail "mine --local with its archive: $local_out"
ls "$LOGICMINER_CACHE_DIR"/mine-*.aot "$LOGICMINER_CACHE_DIR"/mine-*.jsa 2>/dev/null | grep -q . \
  || fail "no archive for mine in $LOGICMINER_CACHE_DIR: $(ls -la "$LOGICMINER_CACHE_DIR")"

# The offline validator: three files from a JSONL of challenges with ground truth.
"$dist/bin/logicminer" eval --in "$(dirname "$questions")/questions-eval.jsonl" --out "$out.eval" >/dev/null 2>"$out.eval.err" \
  || fail "eval exited $?: $(cat "$out.eval.err")"
for f in results.jsonl summary.json report.html; do
  [ -s "$out.eval/$f" ] || fail "eval did not write $f"
done

# On a chain: a scripted subtensor node (FakeSubtensorNodeMain from the subtensor test-jar, finney-encoded payloads
# on a real WebSocket) holding a validator and the miner on netuid 35.
if [ -n "$node_lib" ]; then
  chain=$out.chain
  rm -rf "$chain" && mkdir -p "$chain"
  "$dist/bin/logicminer" wallet new-hotkey --wallet.path "$chain/wallets" --wallet.name miner \
    --wallet.hotkey default >"$chain/hotkey.txt" 2>&1 || fail "wallet new-hotkey: $(cat "$chain/hotkey.txt")"
  miner=$(sed -n 's/^ss58 address: //p' "$chain/hotkey.txt")
  "$dist/bin/logicminer" wallet new-hotkey --wallet.path "$chain/wallets" --wallet.name stranger \
    --wallet.hotkey default >/dev/null 2>&1 || fail "wallet new-hotkey (stranger)"
  "$node_java" -cp "$dist/lib/*:$node_lib/*" io.logicminer.subtensor.chain.FakeSubtensorNodeMain "$chain/url" "$miner" \
    >"$chain/node.out" 2>"$chain/node.err" &
  node_pid=$!
  trap 'kill $node_pid 2>/dev/null || true' EXIT
  i=0
  while [ ! -s "$chain/url" ]; do
    i=$((i + 1)); [ $i -le 300 ] || fail "the fake node did not start: $(cat "$chain/node.err")"; sleep 0.1
  done
  url=$(cat "$chain/url")
  flags="--netuid 35 --subtensor.network local --subtensor.chain_endpoint $url --data.dir $chain/data \
    --wallet.path $chain/wallets --wallet.hotkey default --metrics.port -1"

  # shellcheck disable=SC2086
  table=$("$dist/bin/logicminer" metagraph $flags --out "$chain/metagraph.json" 2>&1) || fail "metagraph: $table"
  echo "$table" | grep -q '2 neurons, 1 validators' || fail "metagraph table: $table"
  grep -q "\"$miner\"" "$chain/metagraph.json" || fail "metagraph --out misses the miner"

  set +e
  # shellcheck disable=SC2086
  err=$("$dist/bin/logicminer" mine $flags --wallet.name stranger --axon.port 0 2>&1 >/dev/null)
  code=$?
  set -e
  [ "$code" = 2 ] || fail "unregistered hotkey exit code $code, expected 2: $err"
  echo "$err" | grep -q 'btcli subnets register --netuid 35 --wallet.name stranger' || fail "btcli hint: $err"

  # shellcheck disable=SC2086
  "$dist/bin/logicminer" mine $flags --wallet.name miner --miner.solver math --axon.ip 127.0.0.1 --axon.port 0 \
    --axon.external_ip 198.51.100.23 --axon.external_port 8091 >"$chain/mine.out" 2>&1 &
  mine_pid=$!
  trap 'kill $node_pid $mine_pid 2>/dev/null || true' EXIT
  i=0
  while ! grep -q '^served 198.51.100.23 8091' "$chain/node.out" || ! grep -q 'axon listening on port' "$chain/mine.out"
  do
    i=$((i + 1)); [ $i -le 600 ] || fail "no serve_axon or not listening: $(cat "$chain/mine.out")"; sleep 0.1
  done
  kill -TERM $mine_pid
  set +e
  wait $mine_pid
  code=$?
  set -e
  [ "$code" = 0 ] || fail "mine exit code $code after SIGTERM, expected 0: $(cat "$chain/mine.out")"
  [ -s "$chain/data/metagraph-35.json" ] || fail "no metagraph cache file"
fi

# The slim miner: no similarity model in lib/; eval without the plugin says how to add it and goes on.
ls "$dist/lib" | grep -q -e onnxruntime -e minilm && fail "lib/ ships the similarity model: $(ls "$dist/lib")"
set +e
"$dist/bin/logicminer" eval --count 2 --reference-model ref --models.ref.type openai \
  --models.ref.base_url http://127.0.0.1:9/v1 --out "$out.eval-ref" >"$out.eval-ref.out" 2>"$out.eval-ref.err"
code=$?
set -e
[ "$code" = 0 ] || fail "eval without the similarity plugin exit code $code: $(cat "$out.eval-ref.err")"
[ "$(grep -c . "$out.eval-ref.err")" = 1 ] || fail "one line about the missing plugin: $(cat "$out.eval-ref.err")"
grep -q "similarity-minilm" "$out.eval-ref.err" || fail "names the plugin: $(cat "$out.eval-ref.err")"
grep -q "(similarity n/a)" "$out.eval-ref.out" || fail "similarity n/a: $(cat "$out.eval-ref.out")"

# The similarity plugin, dropped into a plugins directory, loads (its own ONNX Runtime and model in its zip).
[ -s "$similarity_zip" ] || fail "no similarity plugin zip at $similarity_zip"
rm -rf "$out.plugins" && mkdir -p "$out.plugins"
cp "$dist"/plugins/*.jar "$similarity_zip" "$out.plugins/"
plugins=$("$dist/bin/logicminer" plugins --plugins.dir "$out.plugins") || fail "plugins with the zip exited $?: $plugins"
echo "$plugins" | grep -q "^similarity-minilm .* STARTED" || fail "similarity-minilm not started: $plugins"
echo "$plugins" | grep -q "^sentence embedder types: minilm" || fail "embedder type: $plugins"

echo "distribution smoke test passed"
