"""xhslint: a Chinese-aware linter and title generator for Xiaohongshu
(RedNote) flash-sale Notes, from Python.

The engine is the command line's own, compiled in: every result is the JSON
the command line writes, parsed.

- ``check(text)`` returns ``xhslint check --format json``'s report for one
  Note (schema version 1);
- ``Engine(config)`` loads a config once; ``engine.check_many(notes)`` lints
  a batch on every core, with the GIL released, results in input order;
- ``title(product=..., hours=...)`` returns ``xhslint title --format json``'s
  output;
- ``findings(reports, ids)`` flattens reports into rows, one per finding,
  for a DataFrame.
"""

from ._xhslint import SCHEMA_VERSION, ConfigError, Engine, __version__, check, title

__all__ = [
    "SCHEMA_VERSION",
    "ConfigError",
    "Engine",
    "__version__",
    "check",
    "findings",
    "title",
    "FINDING_COLUMNS",
]

#: The columns of ``findings``' rows, in order.
FINDING_COLUMNS = (
    "note_id",
    "rule",
    "severity",
    "message",
    "start_line",
    "start_column",
    "end_line",
    "end_column",
    "field",
)


def findings(reports, ids=None):
    """One row (a dict) per finding of ``reports``, as ``check`` and
    ``Engine.check_many`` return them, with the keys of ``FINDING_COLUMNS``.

    ``ids`` gives each report's ``note_id``, in the same order; without it,
    a record's own ``id`` is used, else the report's path. The span is the
    finding's start and end, 1-based lines and columns (columns counted in
    characters); ``field`` is the record field the span lies in (``/title``,
    ``/body``, ``/tags/0``), or None for a Note given as text. A report
    whose input could not be linted has no rows: see its ``error``.
    """
    if isinstance(reports, dict):
        reports = [reports]
    ids = iter(ids) if ids is not None else None
    rows = []
    for report in reports:
        entry = report["files"][0]
        if ids is not None:
            note_id = next(ids)
        else:
            record = entry.get("record")
            note_id = record.get("id") if record and "id" in record else entry["path"]
        for d in entry["diagnostics"]:
            start, end = d["span"]["start"], d["span"]["end"]
            rows.append(
                {
                    "note_id": note_id,
                    "rule": d["rule"],
                    "severity": d["severity"],
                    "message": d["message"],
                    "start_line": start["line"],
                    "start_column": start["column"],
                    "end_line": end["line"],
                    "end_column": end["column"],
                    "field": d["span"].get("field"),
                }
            )
    return rows
