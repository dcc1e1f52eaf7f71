#!/usr/bin/env bash
# ReplyQuality side by side with the peers a user would pick instead, in ONE run on one corpus (machines are noisy:
# only ratios from the same run count). Generates N synthetic replies (default 10 000; Spanish and English, half each)
# with samples/ScaleOut/make-replies.py and lints all of them, single thread, with:
#   - ReplyQuality in-process (InProcess/: full engine, and rules only with UseModel = false), after a warm-up pass;
#   - reply-lint as a process (published once, then `dotnet reply-lint.dll check corpus.jsonl --format jsonl
#     --fail-on none`, timed from process start to exit: start-up, model load and phrase tries included);
#     reply-lint analyses records on the thread pool, so this row uses every core, not one;
#   - alex and obscenity from npm (versions pinned in package.json/package-lock.json, installed with `npm ci`), after a
#     warm-up pass (peers.mjs).
# alex and obscenity are English-only tools; they are run on the same full corpus as ReplyQuality (they simply find
# little in the Spanish half), so every tool lints the same replies.
# Prints a Markdown table: replies/s per tool and the ratio of ReplyQuality's full engine (library) to each.
# Needs: .NET SDK, Node.js ≥ 18 with npm, python3. Usage: benchmarks/compare/compare.sh [N]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
count="${1:-10000}"
work="${WORK:-$(mktemp -d)}"
mkdir -p "$work"
corpus="$work/corpus.jsonl"
results="$work/results.jsonl"
: > "$results"

for tool in dotnet node npm python3; do
  command -v "$tool" >/dev/null 2>&1 || { echo "compare.sh needs $tool on PATH" >&2; exit 1; }
done

echo "writing $count replies to $corpus…" >&2
python3 "$root/samples/ScaleOut/make-replies.py" "$count" > "$corpus"

echo "installing the peers (npm ci)…" >&2
(cd "$here" && npm ci --no-audit --no-fund --loglevel=error >&2)

echo "building the in-process runner and publishing reply-lint (Release)…" >&2
dotnet build "$here/InProcess/ReplyQuality.Compare.csproj" -c Release -o "$work/inprocess" --nologo -v quiet >&2
dotnet publish "$root/src/ReplyQuality.Cli/ReplyQuality.Cli.csproj" -c Release -o "$work/tool" --nologo -v quiet >&2

echo "ReplyQuality in-process (warm-up pass, then timed)…" >&2
dotnet "$work/inprocess/ReplyQuality.Compare.dll" "$corpus" | tee -a "$results" >&2

echo "reply-lint as a process (process start included)…" >&2
start=$(date +%s.%N)
dotnet "$work/tool/reply-lint.dll" check "$corpus" --format jsonl --fail-on none > /dev/null
end=$(date +%s.%N)
python3 - "$count" "$start" "$end" <<'PY' | tee -a "$results" >&2
import json, sys
n, start, end = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3])
seconds = end - start
print(json.dumps({"tool": "reply-lint (process)", "replies": n, "seconds": round(seconds, 3), "perSecond": round(n / seconds)}))
PY

echo "alex and obscenity (warm-up pass, then timed)…" >&2
node "$here/peers.mjs" "$corpus" | tee -a "$results" >&2

machine="$(lscpu | sed -n 's/^Model name: *//p' | head -n 1)"
python3 - "$results" "$corpus" "$(nproc)" "$machine" "$(dotnet --version)" "$(node --version)" <<'PY'
import datetime, json, sys
results, corpus, cores, machine, sdk, node = sys.argv[1:7]
rows = [json.loads(line) for line in open(results, encoding="utf-8") if line.strip()]
texts = [json.loads(line)["text"] for line in open(corpus, encoding="utf-8") if line.strip()]
english = sum(1 for line in open(corpus, encoding="utf-8") if '"language": "en"' in line)
full = next(r for r in rows if r["tool"] == "ReplyQuality (library)")["perSecond"]
def ratio(row):
    value = row["perSecond"]
    if row["tool"] == "ReplyQuality (library)":
        return "1×"
    times = full / value
    return f"{times:.2f}×" if times < 1 else f"{times:,.1f}×" if times < 100 else f"{times:,.0f}×"
print(f"{datetime.date.today().isoformat()}, {cores} cores ({machine}), .NET SDK {sdk}, Node.js {node}; "
      f"{len(texts)} replies (mean {sum(map(len, texts)) / len(texts):.0f} chars, {english} English, "
      f"{len(texts) - english} Spanish), single thread, every tool on the same full corpus.")
print()
print("| tool | replies/s | seconds | ReplyQuality library (full engine) ÷ tool |")
print("|---|---:|---:|---:|")
for r in rows:
    print(f"| {r['tool']} | {r['perSecond']:,} | {r['seconds']:.2f} | {ratio(r)} |".replace(",", " "))
PY
