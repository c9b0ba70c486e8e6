"""`check` and `Engine` give the command line's JSON, byte for byte once
parsed, on the examples and on generated Notes."""

import json
import threading
import time

import pytest

import xhslint
from conftest import REPO
from notes import markdown, records, write_jsonl

EXAMPLES = sorted(p for p in (REPO / "examples").iterdir() if p.suffix in (".md", ".txt"))


def test_the_examples_are_there():
    assert len(EXAMPLES) >= 10


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_each_example_reports_as_the_command_line_does(cli_json, path):
    name = f"examples/{path.name}"
    expected = cli_json("check", name, "--format", "json", "--no-config")
    text = path.read_text(encoding="utf-8")
    assert xhslint.check(text, filename=name) == expected
    assert xhslint.Engine().check(text, filename=name) == expected


def test_the_examples_have_findings_to_compare():
    rules = {
        d["rule"]
        for path in EXAMPLES
        for d in xhslint.check(path.read_text(encoding="utf-8"), filename=path.name)["files"][0]["diagnostics"]
    }
    assert {"pressure-phrase", "absolute-claim", "off-platform", "title-length"} <= rules


def test_a_note_without_a_name_is_reported_as_stdin_is(cli_json):
    text = "# 限时秒杀\n手慢无！最后一天，错过再等一年\n"
    assert xhslint.check(text) == cli_json("check", "-", "--format", "json", "--no-config", stdin=text)


def test_a_txt_name_lints_plain_text(cli_json):
    text = "婴儿推车真实测评\n一只手就能收车，手慢无\n"
    report = xhslint.check(text, filename="note.txt")
    assert report == cli_json(
        "check", "-", "--stdin-filename", "note.txt", "--format", "json", "--no-config", stdin=text
    )
    assert report["files"][0]["path"] == "note.txt"


def test_records_report_as_a_json_lines_run_does(cli_json, tmp_path):
    notes = records(300)
    batch = tmp_path / "notes.jsonl"
    write_jsonl(batch, notes)
    expected = cli_json("check", "--input", "jsonl", "-", "--format", "json", "--no-config", stdin=batch.read_text("utf-8"))
    reports = xhslint.Engine().check_many(notes)
    assert len(reports) == 300
    assert [r["files"][0] for r in reports] == expected["files"]
    for report in reports:
        assert report["schema_version"] == 1
        assert report["summary"]["files"] == 1
    total = sum(len(r["files"][0]["diagnostics"]) for r in reports)
    assert total == sum(expected["summary"][k] for k in ("errors", "warnings", "infos"))
    assert total > 300


def test_markdown_notes_report_as_stdin_does(cli_json):
    engine = xhslint.Engine()
    texts = markdown(40)
    reports = engine.check_many(texts)
    for text, report in zip(texts, reports):
        assert report == cli_json("check", "-", "--format", "json", "--no-config", stdin=text)
    assert sum(len(r["files"][0]["diagnostics"]) for r in reports) > 40


def test_a_record_that_is_not_one_reports_the_command_line_error(cli_json):
    bad = [
        {"id": 1, "title": "限时秒杀"},
        {"id": None, "title": "a", "body": "b"},
        {"id": True, "title": "a", "body": "b"},
        {"id": 2, "title": 5, "body": "b"},
        {"id": 3, "title": "手慢无", "body": "b", "tags": ["好物", 7]},
        # Fine as JSON: a tuple is a list, a float id a number.
        {"id": 4.5, "title": "手慢无", "body": "b", "tags": ("好物", "分享")},
    ]
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in bad)
    expected = cli_json(
        "check", "--input", "jsonl", "-", "--format", "json", "--no-config", stdin=lines, trouble=True
    )
    reports = xhslint.Engine().check_many(bad)
    assert [r["files"][0] for r in reports] == expected["files"]
    assert reports[0]["files"][0]["error"]["message"].startswith("-:1:")
    assert "missing field `body`" in reports[0]["files"][0]["error"]["message"]
    assert reports[1]["summary"]["file_errors"] == 1
    assert "`id` is a boolean" in reports[2]["files"][0]["error"]["message"]
    assert "error" not in reports[5]["files"][0]
    assert reports[5]["files"][0]["record"] == {"line": 6, "id": 4.5}


def test_text_with_a_nul_byte_is_an_input_error(cli_json):
    text = "# 标题\n正文\x00更多"
    assert xhslint.check(text, filename="a.md") == cli_json(
        "check", "-", "--stdin-filename", "a.md", "--format", "json", "--no-config", stdin=text, trouble=True
    )
    assert "error" in xhslint.check(text)["files"][0]


def test_findings_flatten_the_reports():
    reports = xhslint.Engine().check_many(
        [{"id": "a1", "title": "手慢无！限时秒杀", "body": "全网最低价，加微信详聊"}, "# 标题\n正文"]
    )
    rows = xhslint.findings(reports)
    assert {r["note_id"] for r in rows} <= {"a1", "-"}
    pressure = next(r for r in rows if r["rule"] == "pressure-phrase")
    assert pressure == {
        "note_id": "a1",
        "rule": "pressure-phrase",
        "severity": "warning",
        "message": pressure["message"],
        "start_line": 1,
        "start_column": 1,
        "end_line": 1,
        "end_column": 4,
        "field": "/title",
    }
    assert "手慢无" in pressure["message"]
    assert len(rows) == sum(len(r["files"][0]["diagnostics"]) for r in reports)
    assert [r["note_id"] for r in xhslint.findings(reports, ids=[7, 8])] == [7] * len(
        reports[0]["files"][0]["diagnostics"]
    ) + [8] * len(reports[1]["files"][0]["diagnostics"])


def test_numpy_scalars_in_records_are_their_values():
    numpy = pytest.importorskip("numpy")
    [report] = xhslint.Engine().check_many([{"id": numpy.int64(42), "title": "标题", "body": "手慢无"}])
    assert report["files"][0]["record"] == {"line": 1, "id": 42}


def test_other_items_are_a_type_error():
    with pytest.raises(TypeError, match=r"notes\[1\] is int, not a str or a dict"):
        xhslint.Engine().check_many(["# 标题\n正文", 3])


def test_results_keep_input_order_on_any_number_of_threads():
    notes = records(400, seed=5)
    engine = xhslint.Engine()
    one = engine.check_many(notes, threads=1)
    assert [r["files"][0]["record"]["id"] for r in one] == [n["id"] for n in notes]
    assert engine.check_many(notes, threads=2) == one
    assert engine.check_many(notes, threads=3) == one
    assert engine.check_many(iter(notes)) == one
    with pytest.raises(ValueError, match="threads must be at least 1"):
        engine.check_many(notes, threads=0)


def test_one_engine_serves_several_python_threads():
    notes = records(200, seed=9)
    engine = xhslint.Engine()
    expected = engine.check_many(notes, threads=1)
    results = [None] * 4

    def work(i):
        results[i] = engine.check_many(notes, threads=2)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [expected] * 4


def test_the_gil_is_released_while_linting():
    texts = [n["title"] + "\n" + n["body"] for n in records(3000, seed=11, paragraphs=(4, 6))]
    engine = xhslint.Engine()
    engine.check_many(texts[:10], threads=1)
    ticks = [0]
    stop = threading.Event()

    def count():
        while not stop.is_set():
            ticks[0] += 1

    # How fast the counter runs with the GIL free half the time (sleeping).
    counter = threading.Thread(target=count)
    counter.start()
    start = time.perf_counter()
    while time.perf_counter() - start < 0.3:
        time.sleep(0.001)
    free_rate = ticks[0] / (time.perf_counter() - start)
    ticks[0] = 0
    start = time.perf_counter()
    engine.check_many(texts, threads=1)
    elapsed = time.perf_counter() - start
    during = ticks[0]
    stop.set()
    counter.join()
    # Held throughout, the counter would move only between the calls the
    # interpreter makes (well under 1% of its free rate); released while
    # linting, it runs for much of the call, however busy the machine.
    assert elapsed > 0.05
    assert during > 0.05 * free_rate * elapsed, (during, free_rate, elapsed)
