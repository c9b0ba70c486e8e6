"""Notes per second from Python (`Engine.check_many`) against the command
line (`check --input jsonl`) on the same JSON Lines file.

    python bench/throughput.py NOTES.jsonl --bin path/to/xhslint [--runs 5]

Each figure is the best of `--runs` runs, wall clock and CPU time (all
threads; on a busy machine the CPU time is the steadier comparison). The command line
writes its JSON report to /dev/null; Python's time is the whole call: the
dicts read into the engine and every report back as a dict. Reading the
file into dicts is not timed (a DataFrame holds them already).
"""

import argparse
import json
import resource
import subprocess
import sys
import time

import xhslint


def cpu_seconds():
    """CPU time of this process (every thread) and of its children."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def best(runs, work):
    """The least wall-clock and the least CPU time of `runs` runs."""
    walls, cpus = [], []
    for _ in range(runs):
        start, cpu = time.perf_counter(), cpu_seconds()
        work()
        walls.append(time.perf_counter() - start)
        cpus.append(cpu_seconds() - cpu)
    return min(walls), min(cpus)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notes")
    parser.add_argument("--bin", required=True)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with open(args.notes, encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines if line.strip()]
    count = len(records)

    def cli(fmt):
        def run():
            with open(args.notes, "rb") as stdin:
                subprocess.run(
                    [args.bin, "check", "--input", "jsonl", "-", "--format", fmt, "--no-config"],
                    stdin=stdin,
                    stdout=subprocess.DEVNULL,
                    check=False,
                )

        return run

    engine = xhslint.Engine()
    engine.check_many(records[:100])
    figures = {
        "check --input jsonl --format json": best(args.runs, cli("json")),
        "check --input jsonl --format jsonl": best(args.runs, cli("jsonl")),
        "Engine.check_many (threads=None)": best(args.runs, lambda: engine.check_many(records)),
        "Engine.check_many (threads=1)": best(max(1, args.runs // 2), lambda: engine.check_many(records, threads=1)),
    }
    wall, cpu = figures["check --input jsonl --format json"]
    print(f"{count} Notes, {sum(len(r['title']) + len(r['body']) for r in records) / count:.0f} characters each on average")
    print(f"{'':40} {'wall':>8} {'Notes/s':>10} {'ratio':>6} {'CPU':>8} {'ratio':>6}")
    for name, (seconds, cpu_used) in figures.items():
        print(
            f"{name:40} {seconds * 1e3:6.0f}ms {count / seconds:10.0f} {seconds / wall:5.2f}x"
            f" {cpu_used * 1e3:6.0f}ms {cpu_used / cpu:5.2f}x"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
