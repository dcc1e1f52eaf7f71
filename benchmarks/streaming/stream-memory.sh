#!/usr/bin/env bash
# Streaming memory of reply-lint: does its peak working set stay flat when far more JSONL streams through
# `reply-lint check -` than it could hold? (It analyses a bounded window of records in flight and keeps nothing else.)
#
# Publishes reply-lint (Release) into a temporary folder, generates RECORDS replies (default 780 000, ≈ 210 MB; at
# ≈ 270 bytes per record, es and en mixed) with samples/ScaleOut/make-replies.py, and pipes them through
#   reply-lint check - --format jsonl --fail-on none > /dev/null
# under /usr/bin/time -f '%e s %M KB' (GNU time: wall seconds, peak resident set). A 10 000-record run (the first
# 10 000 of the same replies) is measured the same way for comparison. Prints a Markdown table:
# records, MB in, wall seconds, peak working set MB.
#
# Usage: benchmarks/streaming/stream-memory.sh [RECORDS]
# Needs: the .NET 10 SDK, python3, GNU time (/usr/bin/time; Debian: apt-get install time).
# Takes a few minutes on 2 cores, most of it the big run. WORK=DIR keeps the tool, inputs and timings in DIR.
# A measurement, not a test: it is not part of .ci/run.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
records="${1:-780000}"
small=10000
if [ -n "${WORK:-}" ]; then
  work="$WORK"
  mkdir -p "$work"
else
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
fi

if [ ! -x /usr/bin/time ]; then
  echo "stream-memory: needs GNU time at /usr/bin/time (Debian: apt-get install time)" >&2
  exit 2
fi

echo "publishing reply-lint (Release) to $work/tool…" >&2
dotnet publish "$root/src/ReplyQuality.Cli" -c Release -o "$work/tool" -nologo -v quiet >/dev/null

echo "generating $records replies…" >&2
python3 "$root/samples/ScaleOut/make-replies.py" "$records" > "$work/big.jsonl"
head -n "$small" "$work/big.jsonl" > "$work/small.jsonl"

# measure NAME FILE: pipes FILE through reply-lint under GNU time; leaves "<seconds> s <KB> KB" in $work/NAME.time.
measure() {
  echo "streaming $(wc -l < "$2") records ($(du -h "$2" | cut -f1)) through reply-lint check -…" >&2
  cat "$2" | /usr/bin/time -f '%e s %M KB' -o "$work/$1.time" \
    dotnet "$work/tool/reply-lint.dll" check - --format jsonl --fail-on none > /dev/null
}

measure small "$work/small.jsonl"
measure big "$work/big.jsonl"

echo
echo "| records | MB in | wall time | peak working set |"
echo "|---:|---:|---:|---:|"
for name in small big; do
  lines=$(wc -l < "$work/$name.jsonl")
  bytes=$(stat -c %s "$work/$name.jsonl")
  read -r seconds _ kilobytes _ < "$work/$name.time"
  awk -v n="$lines" -v b="$bytes" -v s="$seconds" -v k="$kilobytes" '
    function grouped(x,   t, out) { t = sprintf("%d", x); out = ""
      while (length(t) > 3) { out = " " substr(t, length(t) - 2) out; t = substr(t, 1, length(t) - 3) }
      return t out }
    BEGIN { printf "| %s | %.1f | %.1f s | %.0f MB |\n", grouped(n), b / 1e6, s, k / 1024 }'
done
