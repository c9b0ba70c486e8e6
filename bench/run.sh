#!/usr/bin/env bash
# Measures xhslint against the baseline (Python jieba plus a substring checker
# over the same lexicons, bench/baseline.py) and against the process floor
# (`/bin/true`, timed in the same run) on a generated corpus: cold start on a
# one-line Note and on one ~800-character Note, 1,000 Note files and a
# 10,000-Note JSON Lines export — both as composed sale Notes of 120-900
# characters and shaped like a real export (many short, a few long, front
# matter or none, mostly everyday posts with a sale Note now and then) —
# 1,000 sale Notes at a real export's lengths, JSON Lines on one thread and
# on two, and peak memory.
# Prints each figure with its ratios to the floor and to the baseline.
#
#   bench/run.sh            full run (PGO release build; about 20 minutes)
#   bench/run.sh --quick    reduced corpus and runs, dev build, no budgets
#                           checked: keeps the script working (used by CI)
#
# The full run measures the release binary built with profile-guided
# optimisation by build/pgo (trained on another seed's corpus); PGO=0
# measures a plain `cargo build --release` instead.
#
# Environment: SEED (corpus seed, default 7), BENCH_DIR (work directory,
# default target/bench), PGO (0: no PGO), PGO_SEED (build/pgo's seed).
# Installs hyperfine and GNU time with apt-get, and
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

if ((quick)); then
    echo "== building ($profile)"
    # What `cargo test` already built: nothing to compile in CI.
    cargo build --quiet --profile "$profile" --bin xhslint --example gen-corpus --example lint-jsonl
    built="target/$target_dir/xhslint" build_label="dev build"
elif [[ ${PGO:-1} != 0 ]]; then
    # The fastest build: release, with profile-guided optimisation
    # trained on a corpus of another seed (build/pgo).
    echo "== building (release, with PGO: build/pgo)"
    built="$(build/pgo)"
    build_label="release build with PGO (build/pgo, trained on seed ${PGO_SEED:-1})"
    cargo build --quiet --example gen-corpus
else
    # The binary on its own: the examples pull in dev-dependencies (stock
    # jieba's embedded dictionary), which must not end up in the binary
    # measured. The generator writes the same bytes from any build, so it
    # is the dev build `cargo test` makes, not a second fat-LTO build.
    echo "== building ($profile)"
    cargo build --quiet --profile "$profile" --bin xhslint
    cargo build --quiet --example gen-corpus
    built="target/$target_dir/xhslint" build_label="release build without PGO (PGO=0)"
fi
# The binary is timed as installed (`cargo install` and packages copy it):
# a copy, not the linker's output file. Started from the linker's file, the
# same binary took 3.6 ms on the 846-character Note and 434 page faults,
# from a copy 3.0 ms and 412 (hyperfine, 200 runs each; faults by perf
# stat, 50 runs). LLD writes its output through a memory map of the file,
# the likely cause.
bin="$work/xhslint"
cp "$built" "$bin.tmp"
mv -f "$bin.tmp" "$bin"
examples="target/debug/examples"

echo "== generating the corpus (seed $seed: $notes JSONL Notes, $files files, each composed and real-sized; $files real-sized sale files; a one-line and a ~800-character Note)"
rm -rf "$work/files" "$work/real-files" "$work/sale-files"
"$examples/gen-corpus" --seed "$seed" --notes "$notes" --jsonl "$work/notes.jsonl" \
    --files "$work/files" --file-count "$files" --single "$work/note800.md" \
    --real-jsonl "$work/real.jsonl" --real-files "$work/real-files" --one-line "$work/line.md" \
    --real-sale-files "$work/sale-files"
single_chars=$(python3 -c 'import sys; print(len(open(sys.argv[1], encoding="utf-8").read()))' "$work/note800.md")

if "$bin" check --help | grep -q -- '--input'; then
    jsonl_cmd="$bin check --input jsonl --format jsonl $work/notes.jsonl"
    jsonl_label="xhslint check --input jsonl --format jsonl, one thread per core"
    real_cmd="$bin check --input jsonl --format jsonl $work/real.jsonl"
else
    ((quick)) || cargo build --quiet --profile "$profile" --example lint-jsonl
    lint_jsonl="target/$target_dir/examples/lint-jsonl"
    jsonl_cmd="$lint_jsonl $work/notes.jsonl"
    jsonl_label="examples/lint-jsonl, one thread (this xhslint has no --input jsonl yet)"
    real_cmd="$lint_jsonl $work/real.jsonl"
fi
threads_flag=""
"$bin" check --help | grep -q -- '--threads' && threads_flag="--threads"

# --- measurements ------------------------------------------------------------

# hyperfine NAME RUNS WARMUP COMMAND...: times each command RUNS times, in
# rounds that take the commands in turn, so a load that comes and goes on
# the machine weighs on each alike; JSON to NAME.ROUND.json.
timed() {
    local name=$1 runs=$2 warmup=$3
    shift 3
    local rounds=$((runs >= 10 ? 5 : 1))
    local per_round=$(((runs + rounds - 1) / rounds))
    rm -f "$work/$name".*.json
    for ((round = 0; round < rounds; round++)); do
        # xhslint exits 1 when it finds errors, so failures are ignored; a
        # run that cannot start still fails hyperfine, and its messages
        # are shown.
        if ! hyperfine --style none --shell=none --ignore-failure --warmup "$warmup" \
            --runs "$per_round" --export-json "$work/$name.$round.json" "$@" \
            >/dev/null 2>"$work/$name.err"; then
            cat "$work/$name.err" >&2
            exit 1
        fi
        warmup=0
    done
}

# Peak resident set of one run, in KiB (xhslint exits 1 when it finds
# errors, which is no failure here).
peak_kib() {
    { /usr/bin/time -v "$@" 2>&1 >/dev/null || true; } |
        awk -F': ' '/Maximum resident set size/ {print $2}'
}

echo "== cold start: the process floor, a one-line and an 800-character Note, $cold_runs runs each"
timed cold "$cold_runs" 3 /bin/true "$bin check $work/line.md" "$bin check $work/note800.md" \
    "$python bench/baseline.py $work/line.md" "$python bench/baseline.py $work/note800.md"
echo "== $files Note files, composed, real-sized and real-sized sales: $batch_runs runs, baseline $base_runs"
timed files "$batch_runs" 1 "$bin check $work/files" "$bin check $work/real-files" "$bin check $work/sale-files"
timed files-base "$base_runs" 0 "$python bench/baseline.py $work/files" \
    "$python bench/baseline.py $work/real-files" "$python bench/baseline.py $work/sale-files"
echo "== $notes-Note JSONL, composed and real-sized: $batch_runs runs, baseline $base_runs ($jsonl_label)"
timed jsonl "$batch_runs" 1 "$jsonl_cmd" "$real_cmd"
timed jsonl-base "$base_runs" 0 "$python bench/baseline.py --jsonl $work/notes.jsonl" \
    "$python bench/baseline.py --jsonl $work/real.jsonl"
if [[ -n $threads_flag && $jsonl_cmd == "$bin"* ]]; then
    echo "== $notes-Note real-sized JSONL on 1 and 2 threads: $batch_runs runs each"
    # Interleaved, so a load that comes and goes weighs on both alike.
    timed threads "$batch_runs" 1 "$real_cmd --threads 1" "$real_cmd --threads 2"
fi

echo "== peak memory"
# shellcheck disable=SC2086 # the commands are words on purpose
rss=(
    "$(peak_kib "$bin" check "$work/note800.md")"
    "$(peak_kib "$python" bench/baseline.py "$work/note800.md")"
    "$(peak_kib "$bin" check "$work/files")"
    "$(peak_kib "$python" bench/baseline.py "$work/files")"
    "$(peak_kib $jsonl_cmd)"
    "$(peak_kib "$python" bench/baseline.py --jsonl "$work/notes.jsonl")"
    "$(peak_kib "$bin" check "$work/real-files")"
    "$(peak_kib $real_cmd)"
)

# --- report ------------------------------------------------------------------

python3 - "$work" "$quick" "$notes" "$files" "$single_chars" "$jsonl_label" "$build_label" "${rss[@]}" <<'PY' | tee "$work/results.txt"
import glob, json, os, platform, statistics, sys

work, quick, notes, files, chars, jsonl_label, build_label = sys.argv[1:8]
quick, notes, files = quick == "1", int(notes), int(files)
rss = [int(k) / 1024 for k in sys.argv[8:16]]

def load(name):
    # Per command of NAME, in order: (median wall seconds, mean CPU seconds)
    # over every round.
    times, cpu = {}, {}
    for path in sorted(glob.glob(os.path.join(work, name + ".*.json"))):
        with open(path) as f:
            for i, r in enumerate(json.load(f)["results"]):
                times.setdefault(i, []).extend(r["times"])
                cpu.setdefault(i, []).append(r["user"] + r["system"])
    return [(statistics.median(times[i]), statistics.mean(cpu[i])) for i in sorted(times)]

floor, line, single, line_base, single_base = load("cold")
files_ours, real_files_ours, sale_files_ours = load("files")
files_base, real_files_base, sale_files_base = load("files-base")
jsonl_ours, real_jsonl_ours = load("jsonl")
jsonl_base, real_jsonl_base = load("jsonl-base")
threads = load("threads") if glob.glob(os.path.join(work, "threads.*.json")) else None

model = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.machine())
print(f"machine: {os.cpu_count()} CPUs, {model}; load average {os.getloadavg()[0]:.2f} at the end")
print(f"corpus: {notes} JSONL Notes and {files} Note files, each composed (sale Notes of 120-900 characters)")
print(f"        and real-sized (a real export's lengths and mix: many short, a few long, 1.4% selling);")
print(f"        {files} real-sized sale Notes; a one-line Note; a Note of {chars} characters")
print(f"binary: {build_label}")
print(f"JSONL run: {jsonl_label}")
print(f"process floor (/bin/true): {floor[0] * 1e3:.2f} ms")
print()

def time_row(name, ours, theirs, budget, per_second=0):
    # Times in ms, or Notes/s when per_second Notes were linted; x floor is
    # the wall time over the floor's; x base how many times better.
    wall, base = ours[0], theirs[0]
    shown = (per_second / wall, per_second / base) if per_second else (wall * 1e3, base * 1e3)
    unit = "Notes/s" if per_second else "ms"
    cpu = f"{ours[1] * 1e3:.0f} / {theirs[1] * 1e3:.0f}"
    print(f"{name:<34}{shown[0]:>10.1f} {unit:<7}{wall / floor[0]:>8.1f}x{shown[1]:>10.1f} {unit:<7}"
          f"{base / wall:>7.1f}x{cpu:>16}  {'-' if quick else budget}")

print(f"{'measurement':<34}{'xhslint':>18}{'x floor':>9}{'baseline':>18}{'x base':>8}{'CPU ms (x/base)':>16}  budget")
time_row("cold start, one-line Note", line, line_base, "<= 2.5x floor")
time_row(f"cold start, {chars}-character Note", single, single_base, "<= 3x floor, <= 15 ms")
time_row(f"{files} Note files", files_ours, files_base, "<= 150 ms" if files == 1000 else "-")
time_row(f"{files} real-sized Note files", real_files_ours, real_files_base, "<= 40 ms" if files == 1000 else "-")
time_row(f"{files} real-sized sale Note files", sale_files_ours, sale_files_base, "-")
time_row(f"{notes}-Note JSONL", jsonl_ours, jsonl_base, ">= 20,000/s" if notes == 10000 else "-", notes)
time_row(f"{notes}-Note real-sized JSONL", real_jsonl_ours, real_jsonl_base, "-", notes)
print()
names = ["one Note", "the baseline, one Note", f"{files} files", f"the baseline, {files} files",
         f"{notes}-Note JSONL", f"the baseline, {notes}-Note JSONL", f"{files} real-sized files",
         f"{notes}-Note real-sized JSONL"]
ours = [0, 2, 4, 6, 7]
print("peak RSS (MiB): " + "; ".join(
    f"{names[i]} {rss[i]:.1f}" + (f" (baseline {rss[i + 1]:.1f})" if i < 6 else "") for i in ours)
    + ("" if quick else "; budget <= 50 MiB"))
if threads:
    (one, one_cpu), (two, two_cpu) = threads
    print(f"real-sized JSONL, --threads 1: {one * 1e3:.0f} ms ({one_cpu * 1e3:.0f} ms CPU); "
          f"--threads 2: {two * 1e3:.0f} ms ({two_cpu * 1e3:.0f} ms CPU); "
          f"2 threads {one / two:.2f}x faster" + ("" if quick else " (budget >= 1.8x)"))
print()
print("wall times are medians over interleaved rounds; CPU is user+system, mean;")
print("x floor: wall time over /bin/true's; x base > 1: xhslint is better")
PY
echo "== results in $work/results.txt"
