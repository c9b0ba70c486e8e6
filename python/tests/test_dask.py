"""The cluster recipe (examples/dask_archive.py) on a Dask LocalCluster:
each partition linted by its worker's one Engine, and the findings table
the same, finding for finding, as the command line's on the same Notes."""

import importlib.util
from collections import Counter

import dask
import dask.dataframe as dd
import pandas as pd
from dask.distributed import Client, LocalCluster

import xhslint
import xhslint.dataframe
from conftest import REPO
from notes import records, write_jsonl


def load_example():
    path = REPO / "python" / "examples" / "dask_archive.py"
    spec = importlib.util.spec_from_file_location("dask_archive", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def engines_here():
    return len(xhslint.dataframe._ENGINES)


def cli_rows(report):
    """The command line's findings as the table's rows."""
    rows = []
    for entry in report["files"]:
        for d in entry["diagnostics"]:
            start, end = d["span"]["start"], d["span"]["end"]
            rows.append(
                (
                    entry["record"]["id"],
                    d["rule"],
                    d["severity"],
                    d["message"],
                    start["line"],
                    start["column"],
                    end["line"],
                    end["column"],
                    d["span"].get("field"),
                )
            )
    return rows


def test_a_dask_cluster_finds_what_the_command_line_finds(cli_json, tmp_path):
    batch = tmp_path / "notes.jsonl"
    write_jsonl(batch, records(600, seed=77))
    expected = cli_json("check", "--input", "jsonl", batch, "--format", "json", "--no-config")
    example = load_example()
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster, Client(cluster) as client:
        with dask.config.set({"dataframe.convert-string": False}):
            notes = dd.read_json(str(batch), lines=True, blocksize=64 * 1024, dtype=False)
        assert notes.npartitions >= 4
        findings = example.lint_archive(notes, tags="tags").compute()
        engines = client.run(engines_here)
    assert list(findings.columns) == list(xhslint.FINDING_COLUMNS)
    table = Counter(findings.itertuples(index=False, name=None))
    assert table == Counter(cli_rows(expected))

    totals = example.totals(findings)
    cli_totals = Counter((row[1], row[2]) for row in cli_rows(expected))
    assert totals.to_dict() == dict(cli_totals)
    assert sum(cli_totals.values()) == sum(expected["summary"][k] for k in ("errors", "warnings", "infos")) > 600
    assert len({rule for rule, _ in cli_totals}) >= 6
    # Every worker linted with one Engine, made once.
    assert sorted(engines.values()) == [1, 1]


def test_a_partition_of_whole_texts_and_a_bad_row():
    notes = pd.DataFrame(
        {
            "note": ["a", "b"],
            "text": ["# 手慢无！限时秒杀\n最后一天\n", "# 婴儿推车真实测评\n用了一年，说说感受。\n"],
        }
    )
    table = xhslint.dataframe.lint_partition(notes, id="note", text="text")
    assert set(table["note_id"]) <= {"a", "b"}
    assert "pressure-phrase" in set(table[table["note_id"] == "a"]["rule"])
    expected = xhslint.findings([xhslint.check(t) for t in notes["text"]], ids=["a", "b"])
    assert table.to_dict("records") == expected

    missing = pd.DataFrame({"id": [1, 2], "title": ["限时秒杀", None], "body": ["手慢无", "正文"]})
    table = xhslint.dataframe.lint_partition(missing)
    [error] = table[table["rule"].isna()].to_dict("records")
    assert error["note_id"] == 2
    assert error["message"].startswith("-:2:") and "title" in error["message"]
    empty = xhslint.dataframe.lint_partition(missing.iloc[:0])
    assert list(empty.columns) == list(xhslint.FINDING_COLUMNS) and len(empty) == 0


def test_the_example_script_writes_the_table(cli_json, tmp_path):
    import subprocess
    import sys

    batch = tmp_path / "notes.jsonl"
    write_jsonl(batch, records(120, seed=3))
    expected = cli_json("check", "--input", "jsonl", batch, "--format", "json", "--no-config")
    out = tmp_path / "findings.parquet"
    done = subprocess.run(
        [sys.executable, REPO / "python" / "examples" / "dask_archive.py", batch, "--workers", "1", "--out", out],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    table = pd.read_parquet(out)
    assert sorted(zip(table["note_id"], table["rule"], table["start_line"], table["start_column"])) == sorted(
        (str(row[0]), row[1], row[4], row[5]) for row in cli_rows(expected)
    )
    printed = dict(
        ((line.split()[0], line.split()[1]), int(line.split()[2]))
        for line in done.stdout.splitlines()[1:]
    )
    assert printed == dict(Counter((row[1], row[2]) for row in cli_rows(expected)))
