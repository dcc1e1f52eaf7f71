#!/usr/bin/env bash
# Lints N replies (default 1 000 000) by sharding one JSONL file and running 'reply-lint check -' on each shard under
# GNU parallel, one process per core: the map step a cluster would run (see README for Spark's rdd.pipe).
# Installs GNU parallel with apt if it is missing (needs root or sudo), publishes reply-lint from this repository.
set -euo pipefail
cd "$(dirname "$0")"
count="${1:-1000000}"
jobs="${JOBS:-$(nproc)}"
work="${WORK:-$(mktemp -d)}"

if ! command -v parallel >/dev/null 2>&1; then
  echo "installing GNU parallel…" >&2
  if [ "$(id -u)" -eq 0 ]; then apt-get update -qq && apt-get install -y -qq parallel >/dev/null
  else sudo apt-get update -qq && sudo apt-get install -y -qq parallel >/dev/null; fi
fi

dotnet publish ../../src/ReplyQuality.Cli -c Release -o "$work/tool" >/dev/null
python3 make-replies.py "$count" > "$work/replies.jsonl"
mkdir -p "$work/shards" "$work/results"
split -n "l/$jobs" -d "$work/replies.jsonl" "$work/shards/part-"
echo "$count replies in $jobs shards; linting with $jobs parallel reply-lint processes…" >&2

start=$(date +%s.%N)
# Each shard streams through one process; results keep their shard's order. Exit code 1 (findings) is expected.
ls "$work/shards" | parallel -j "$jobs" \
  "dotnet '$work/tool/reply-lint.dll' check - --fail-on none < '$work/shards/{}' > '$work/results/{}.jsonl'"
end=$(date +%s.%N)

results=$(cat "$work/results/"*.jsonl | wc -l)
seconds=$(echo "$end - $start" | bc)
echo "records in: $count, results out: $results"
printf 'elapsed: %.1f s, throughput: %.0f replies/s on %s processes\n' "$seconds" "$(echo "$count / $seconds" | bc -l)" "$jobs"
if [ "$results" -ne "$count" ]; then echo "records in != results out" >&2; exit 1; fi
echo "results in $work/results"
