"""Linting a pandas DataFrame of Notes, one partition at a time.

``lint_partition`` takes a DataFrame (a whole table, or one partition of a
Dask or Spark DataFrame) and returns its findings as a DataFrame, one row
per finding, with the columns of ``xhslint.FINDING_COLUMNS``. It lints with
one ``Engine`` per process and config, made on first use and kept, so each
worker of a cluster loads the config once::

    findings = notes.map_partitions(lint_partition, meta=empty_findings())

pandas is needed here, not by the rest of the package.
"""

import threading

import pandas as pd

from . import FINDING_COLUMNS, Engine, findings

__all__ = ["empty_findings", "engine", "lint_partition"]

_DTYPES = {
    "note_id": "object",
    "rule": "object",
    "severity": "object",
    "message": "object",
    "start_line": "int64",
    "start_column": "int64",
    "end_line": "int64",
    "end_column": "int64",
    "field": "object",
}

_ENGINES = {}
_LOCK = threading.Lock()


def engine(config=None):
    """This process's ``Engine`` for ``config`` (a path, or None for the
    built-in defaults), made on the first call and reused after."""
    key = None if config is None else str(config)
    with _LOCK:
        found = _ENGINES.get(key)
        if found is None:
            found = _ENGINES[key] = Engine(config=config)
        return found


def empty_findings():
    """A findings table with no rows: the ``meta`` Dask asks for."""
    return pd.DataFrame({name: pd.Series(dtype=_DTYPES[name]) for name in FINDING_COLUMNS})


def lint_partition(
    notes,
    *,
    id="id",
    title="title",
    body="body",
    tags=None,
    text=None,
    config=None,
    threads=None,
):
    """The findings of the Notes in ``notes`` (a pandas DataFrame), one row
    per finding, with the columns of ``xhslint.FINDING_COLUMNS``.

    Each row of ``notes`` is a Note: its ``id``, ``title`` and ``body``
    columns (and ``tags``, a column of lists, when named) make the JSON
    Lines record ``check --input jsonl`` would lint; or, with ``text``, the
    column holding each Note's whole text, linted as ``check`` lints a
    Markdown file. A row that cannot be linted (a missing title, say) gives
    one row with its message and no ``rule``.

    config: path of an ``.xhslint.yaml``; None for the built-in defaults.
    threads: for ``Engine.check_many``; None uses every core, which suits
        a worker with one thread; give 1 to workers with a thread per core.
    """
    ids = notes[id].tolist()
    if text is not None:
        items = notes[text].tolist()
    else:
        columns = [notes[id].tolist(), notes[title].tolist(), notes[body].tolist()]
        if tags is None:
            items = [{"id": i, "title": t, "body": b} for i, t, b in zip(*columns)]
        else:
            items = [
                _record(i, t, b, g) for i, t, b, g in zip(*columns, notes[tags].tolist())
            ]
    reports = engine(config).check_many(items, threads=threads)
    rows = findings(reports, ids)
    for note_id, report in zip(ids, reports):
        error = report["files"][0].get("error")
        if error is not None:
            rows.append(_error_row(note_id, error["message"]))
    table = pd.DataFrame(rows, columns=list(FINDING_COLUMNS))
    return table.astype(_DTYPES) if len(table) else empty_findings()


def _record(note_id, title, body, tags):
    record = {"id": note_id, "title": title, "body": body}
    # A row without tags holds a missing value, not a list.
    if hasattr(tags, "__len__") and not isinstance(tags, str):
        record["tags"] = list(tags)
    return record


def _error_row(note_id, message):
    row = dict.fromkeys(FINDING_COLUMNS)
    row.update(
        note_id=note_id,
        severity="error",
        message=message,
        start_line=0,
        start_column=0,
        end_line=0,
        end_column=0,
    )
    return row
