#!/usr/bin/env bash
# Measures xhslint against the baseline (Python jieba plus a substring checker
# over the same lexicons, bench/baseline.py) on a generated corpus, in one run:
# cold start on one ~800-character Note, 1,000 Note files, a 10,000-Note JSON
# Lines export, and peak memory. Prints both sides and their ratios.
#
#   bench/run.sh            full run (release build; several minutes)
#   bench/run.sh --quick    reduced corpus and runs, dev build, no budgets
#                           checked: keeps the script working (used by CI)
#
# Environment: SEED (corpus seed, default 7), BENCH_DIR (work directory,
# default target/bench). Installs hyperfine and GNU time with apt-get, and
# jieba with pip into a virtualenv under BENCH_DIR, when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."

quick=0
case "${1:-}" in
--quick) quick=1 ;;
"") ;;
*)
    echo "usage: bench/run.sh [--quick]" >&2
    exit 2
    ;;
esac

seed="${SEED:-7}"
work="${BENCH_DIR:-target/bench}"
# The baseline is slow on batches: fewer runs of it keep the script short.
if ((quick)); then
    notes=200 files=50 cold_runs=5 batch_runs=2 base_runs=1 profile=dev target_dir=debug
else
    notes=10000 files=1000 cold_runs=30 batch_runs=10 base_runs=3 profile=release target_dir=release
fi
mkdir -p "$work"
work="$(cd "$work" && pwd)"

# --- tools -------------------------------------------------------------------

as_root() {
    if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi
}

missing=()
command -v hyperfine >/dev/null || missing+=(hyperfine)
[[ -x /usr/bin/time ]] || missing+=(time)
if ((${#missing[@]})); then
    echo "== installing ${missing[*]} (apt-get)"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

venv="$work/venv"
if ! "$venv/bin/python" -c "import jieba" 2>/dev/null; then
    echo "== installing jieba (pip, into $venv)"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check jieba==0.42.1
fi
python="$venv/bin/python"

# --- build and corpus --------------------------------------------------------

echo "== building ($profile)"
if ((quick)); then
    # What `cargo test` already built: nothing to compile in CI.
    cargo build --quiet --profile "$profile" --bin xhslint --example gen-corpus --example lint-jsonl
else
    # The binary on its own: the examples pull in dev-dependencies (stock
    # jieba's embedded dictionary), which must not end up in the binary
    # measured.
    cargo build --quiet --profile "$profile" --bin xhslint
    cargo build --quiet --profile "$profile" --example gen-corpus --example lint-jsonl
fi
bin="target/$target_dir/xhslint"
examples="target/$target_dir/examples"

echo "== generating the corpus (seed $seed: $notes JSONL Notes, $files files, one ~800-character Note)"
rm -rf "$work/files"
"$examples/gen-corpus" --seed "$seed" --notes "$notes" --jsonl "$work/notes.jsonl" \
    --files "$work/files" --file-count "$files" --single "$work/note800.md"
single_chars=$(python3 -c 'import sys; print(len(open(sys.argv[1], encoding="utf-8").read()))' "$work/note800.md")

if "$bin" check --help | grep -q -- '--input'; then
    jsonl_cmd="$bin check --input jsonl --format jsonl $work/notes.jsonl"
    jsonl_label="xhslint check --input jsonl --format jsonl, one thread per core"
else
    jsonl_cmd="$examples/lint-jsonl $work/notes.jsonl"
    jsonl_label="examples/lint-jsonl, one thread (this xhslint has no --input jsonl yet)"
fi

# --- measurements ------------------------------------------------------------

# hyperfine NAME RUNS WARMUP COMMAND...: times each command, JSON to NAME.json.
timed() {
    local name=$1 runs=$2 warmup=$3
    shift 3
    # xhslint exits 1 when it finds errors, so failures are ignored; a run
    # that cannot start still fails hyperfine, and its messages are shown.
    if ! hyperfine --style none --shell=none --ignore-failure --warmup "$warmup" --runs "$runs" \
        --export-json "$work/$name.json" "$@" >/dev/null 2>"$work/$name.err"; then
        cat "$work/$name.err" >&2
        exit 1
    fi
}

# Peak resident set of one run, in KiB.
peak_kib() {
    /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F': ' '/Maximum resident set size/ {print $2}'
}

echo "== cold start: one Note, $cold_runs runs each"
timed cold "$cold_runs" 3 "$bin check $work/note800.md" "$python bench/baseline.py $work/note800.md"
echo "== $files Note files: $batch_runs runs, baseline $base_runs"
timed files "$batch_runs" 1 "$bin check $work/files"
timed files-base "$base_runs" 0 "$python bench/baseline.py $work/files"
echo "== $notes-Note JSONL: $batch_runs runs, baseline $base_runs ($jsonl_label)"
timed jsonl "$batch_runs" 1 "$jsonl_cmd"
timed jsonl-base "$base_runs" 0 "$python bench/baseline.py --jsonl $work/notes.jsonl"

echo "== peak memory"
# shellcheck disable=SC2086 # the commands are words on purpose
rss=(
    "$(peak_kib "$bin" check "$work/note800.md")"
    "$(peak_kib "$python" bench/baseline.py "$work/note800.md")"
    "$(peak_kib "$bin" check "$work/files")"
    "$(peak_kib "$python" bench/baseline.py "$work/files")"
    "$(peak_kib $jsonl_cmd)"
    "$(peak_kib "$python" bench/baseline.py --jsonl "$work/notes.jsonl")"
)

# --- report ------------------------------------------------------------------

python3 - "$work" "$quick" "$notes" "$files" "$single_chars" "$jsonl_label" "${rss[@]}" <<'PY' | tee "$work/results.txt"
import json, os, platform, statistics, subprocess, sys

work, quick, notes, files, chars, jsonl_label = sys.argv[1:7]
quick, notes, files = quick == "1", int(notes), int(files)
rss = [int(k) / 1024 for k in sys.argv[7:13]]

def load(*names):
    # (median wall seconds, mean CPU seconds) for xhslint, then the baseline.
    results = []
    for name in names:
        with open(os.path.join(work, name + ".json")) as f:
            results += json.load(f)["results"]
    return [(statistics.median(r["times"]), r["user"] + r["system"]) for r in results]

cold, batch, jsonl = load("cold"), load("files", "files-base"), load("jsonl", "jsonl-base")
model = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.machine())
print(f"machine: {os.cpu_count()} CPUs, {model}; load average {os.getloadavg()[0]:.2f} at the end")
print(f"corpus: {notes} JSONL Notes, {files} Note files, one Note of {chars} characters")
print(f"JSONL run: {jsonl_label}")
print()
rows = [
    ("cold start, one Note", "ms", cold[0][0] * 1e3, cold[1][0] * 1e3, cold[0][1] * 1e3, cold[1][1] * 1e3, "<= 15 ms"),
    (f"{files} Note files", "ms", batch[0][0] * 1e3, batch[1][0] * 1e3, batch[0][1] * 1e3, batch[1][1] * 1e3, "<= 150 ms" if files == 1000 else "-"),
    (f"{notes}-Note JSONL", "Notes/s", notes / jsonl[0][0], notes / jsonl[1][0], jsonl[0][1] * 1e3, jsonl[1][1] * 1e3, ">= 20,000/s" if notes == 10000 else "-"),
    ("peak RSS, one Note", "MiB", rss[0], rss[1], None, None, "<= 50 MiB"),
    (f"peak RSS, {files} files", "MiB", rss[2], rss[3], None, None, "<= 50 MiB"),
    (f"peak RSS, {notes}-Note JSONL", "MiB", rss[4], rss[5], None, None, "<= 50 MiB"),
]
print(f"{'measurement':<30}{'xhslint':>19}{'baseline':>19}{'ratio':>8}{'CPU ms (x / base)':>20}  budget")
for name, unit, ours, theirs, cpu_ours, cpu_theirs, budget in rows:
    # How many times better xhslint is; for time and memory lower is better.
    ratio = ours / theirs if unit == "Notes/s" else theirs / ours
    cpu = f"{cpu_ours:.0f} / {cpu_theirs:.0f}" if cpu_ours is not None else ""
    budget = "-" if quick else budget
    print(f"{name:<30}{ours:>11.1f} {unit:<7}{theirs:>11.1f} {unit:<7}{ratio:>7.1f}x{cpu:>20}  {budget}")
print()
print("wall times are medians; CPU is user+system, mean; ratio > 1: xhslint is better")
PY
echo "== results in $work/results.txt"
