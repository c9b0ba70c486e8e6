"""Lint an archive of Notes on a Dask cluster, one Engine per worker.

    python dask_archive.py notes.jsonl [--config .xhslint.yaml] [--workers 2]

``notes.jsonl`` holds one Note a line, as ``xhslint check --input jsonl``
reads them: ``{"id", "title", "body", "tags"?}``. The findings table (one
row per finding: note id, rule, severity, message, span) is written to
``findings.parquet`` and its totals per rule and severity printed — the
same totals as ``xhslint check --input jsonl notes.jsonl`` finds.

Here the cluster is a ``LocalCluster``; on a real one, pass the scheduler's
address to ``Client`` instead, with xhslint installed on every worker.
"""

import argparse

import dask
import dask.dataframe as dd
from dask.distributed import Client, LocalCluster

from xhslint.dataframe import empty_findings, lint_partition


def lint_archive(notes, config=None, tags=None):
    """The findings of a Dask DataFrame of Notes (``id``, ``title``,
    ``body`` columns, and ``tags`` when named), as a Dask DataFrame: each
    partition is linted where it lies, by that worker's one Engine."""
    return notes.map_partitions(lint_partition, tags=tags, config=config, meta=empty_findings())


def totals(findings):
    """Findings per rule and severity, as a pandas Series."""
    counts = findings.groupby(["rule", "severity"]).size()
    if hasattr(counts, "compute"):
        counts = counts.compute()
    return counts.sort_index()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notes", help="a JSON Lines file of Notes")
    parser.add_argument("--config", help="an .xhslint.yaml to lint with")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--out", default="findings.parquet")
    args = parser.parse_args()
    with LocalCluster(n_workers=args.workers, threads_per_worker=1) as cluster, Client(cluster):
        # Values as written: ids such as "007" stay strings, and numbers stay
        # numbers (Dask would turn a column of both into strings).
        with dask.config.set({"dataframe.convert-string": False}):
            notes = dd.read_json(args.notes, lines=True, blocksize=16 * 1024 * 1024, dtype=False)
        tags = "tags" if "tags" in notes.columns else None
        findings = lint_archive(notes, config=args.config, tags=tags).persist()
        # Parquet columns hold one type: ids as text, the rest as strings.
        text = dict.fromkeys(["note_id", "rule", "severity", "message", "field"], "string")
        findings.astype(text).to_parquet(args.out, write_index=False)
        print(totals(findings).to_string())


if __name__ == "__main__":
    main()
