#!/bin/sh
# Smoke test of the unpacked distribution, run by `mvn verify`: the real launcher, real plugin jars, real processes.
set -eu
dist=$1
questions=$2
out=$3
fail() { echo "distribution smoke test FAILED: $*" >&2; exit 1; }

"$dist/bin/logicminer" --version | grep -q '^logicminer ' || fail "--version"

plugins=$("$dist/bin/logicminer" plugins) || fail "plugins exited $?"
for id in category-logic solver-math solver-openai; do
  echo "$plugins" | grep -q "^$id .* STARTED" || fail "plugin $id not started: $plugins"
done
echo "$plugins" | grep -q 'solver types: direct, math, math-tool' || fail "solver types: $plugins"

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

# The whole main job on one box: dev wallets, static metagraph, axon on loopback, signed challenges.
local_out=$("$dist/bin/logicminer" mine --local --count 3 --interval 0s --data.dir "$out.local" 2>&1) \
  || fail "mine --local exited $?: $local_out"
echo "$local_out" | grep -q '^summary: 3 sent, 3 answered' || fail "mine --local summary: $local_out"

# The offline validator: three files from a JSONL of challenges with ground truth.
"$dist/bin/logicminer" eval --in "$(dirname "$questions")/questions-eval.jsonl" --out "$out.eval" >/dev/null 2>"$out.eval.err" \
  || fail "eval exited $?: $(cat "$out.eval.err")"
for f in results.jsonl summary.json report.html; do
  [ -s "$out.eval/$f" ] || fail "eval did not write $f"
done

echo "distribution smoke test passed"
