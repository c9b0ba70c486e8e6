"""Configs, languages and `title`: the command line's results and its
messages, as Python values and exceptions."""

import json

import pytest

import xhslint

NOTE = "# 手慢无！限时秒杀\n全网最低价，最后一天\n"


def cli_error(cli, *args, cwd=None):
    """The command line's error message (its stderr's first line, less
    `error: `), asserting it exits 2."""
    code, _, err = cli(*args, **({"cwd": cwd} if cwd else {}))
    assert code == 2, err
    first = err.splitlines()[0]
    assert first.startswith("error: "), err
    return first[len("error: ") :]


def test_a_config_changes_the_findings_as_on_the_command_line(cli_json, tmp_path):
    config = tmp_path / ".xhslint.yaml"
    config.write_text("rules:\n  pressure-phrase: error\n  absolute-claim: off\n", encoding="utf-8")
    expected = cli_json("check", "-", "--format", "json", "--config", config, stdin=NOTE)
    assert xhslint.check(NOTE, config=config) == expected
    assert xhslint.check(NOTE, config=str(config)) == expected
    engine = xhslint.Engine(config=config)
    assert engine.check(NOTE) == expected
    assert engine.config == str(config)
    rules = {d["rule"]: d["severity"] for d in expected["files"][0]["diagnostics"]}
    assert rules["pressure-phrase"] == "error"
    assert "absolute-claim" not in rules
    assert "absolute-claim" in {d["rule"] for d in xhslint.check(NOTE)["files"][0]["diagnostics"]}


@pytest.mark.parametrize(
    "text, line, column",
    [
        ("rules:\n  pressure-phrse: off\n", 2, 3),
        ("rules:\n  pressure-phrase: loud\n", 2, 20),
        ("rules: [\n", None, None),
    ],
    ids=["unknown-rule", "bad-level", "bad-yaml"],
)
def test_a_bad_config_is_a_config_error_with_the_command_lines_message(
    cli, tmp_path, monkeypatch, text, line, column
):
    monkeypatch.chdir(tmp_path)
    config = tmp_path / "bad.yaml"
    config.write_text(text, encoding="utf-8")
    message = cli_error(cli, "check", "--config", config.name, "-", cwd=tmp_path)
    with pytest.raises(xhslint.ConfigError) as raised:
        xhslint.Engine(config=config.name)
    err = raised.value
    assert str(err) == message
    assert err.path == "bad.yaml"
    if line is not None:
        assert (err.line, err.column) == (line, column)
        assert message == f"bad.yaml:{line}:{column}: {err.message}"
    else:
        assert err.line is not None and message.startswith(f"bad.yaml:{err.line}:{err.column}: ")
    assert isinstance(err, ValueError)
    with pytest.raises(xhslint.ConfigError):
        xhslint.check(NOTE, config=config.name)
    with pytest.raises(xhslint.ConfigError):
        xhslint.title(product="玻尿酸精华", hours=48, config=config.name)


def test_a_missing_config_is_a_config_error_without_a_place(cli, tmp_path):
    missing = tmp_path / "nowhere.yaml"
    message = cli_error(cli, "check", "--config", missing, "-")
    with pytest.raises(xhslint.ConfigError) as raised:
        xhslint.Engine(config=missing)
    assert str(raised.value) == message
    assert (raised.value.line, raised.value.column) == (None, None)
    assert "cannot read the config file" in raised.value.message


def test_only_english_messages_today():
    assert xhslint.check(NOTE, lang="en") == xhslint.check(NOTE)
    xhslint.Engine(lang="en")
    with pytest.raises(ValueError, match="unknown language `fr`"):
        xhslint.check(NOTE, lang="fr")
    with pytest.raises(ValueError, match="unknown language `fr`"):
        xhslint.Engine(lang="fr")


FACTS = [
    dict(product="玻尿酸精华", hours=48, stock=200),
    dict(product="玻尿酸精华", days=2, price=199, original_price=299, benefit="补水保湿", n=3),
    dict(product="玻尿酸精华", hours=48, festival="auto", date="2026-06-16", category="beauty"),
    dict(product="燕麦酸奶", hours=24, price=39.9, n=1),
]


def flags(facts):
    args = []
    for key, value in facts.items():
        args += ["-n" if key == "n" else "--" + key.replace("_", "-"), str(value)]
    return args


@pytest.mark.parametrize("facts", FACTS, ids=lambda f: ",".join(f))
def test_title_gives_the_command_lines_json(cli_json, facts):
    expected = cli_json("title", *flags(facts), "--format", "json", "--no-config")
    got = xhslint.title(**facts)
    assert got == expected
    assert got["titles"] and len(got["titles"]) <= facts.get("n", 5)
    assert got["facts"]["product"] == facts["product"]


BAD_FACTS = [
    dict(product="玻尿酸精华", hours=-3),
    dict(hours=48),
    dict(product="玻尿酸精华", hours=48, price=299, original_price=199),
    dict(product="玻尿酸精华", hours=48, festival="圣诞节"),
    dict(product="玻尿酸精华", hours=48, date="2026-13-40"),
    dict(product="玻尿酸精华", hours=48, days=2),
    dict(product="玻尿酸精华", hours=48, n=0),
]


@pytest.mark.parametrize("facts", BAD_FACTS, ids=lambda f: ",".join(f"{k}={v}" for k, v in f.items()))
def test_bad_facts_are_a_value_error_with_the_command_lines_message(cli, facts):
    message = cli_error(cli, "title", *flags(facts), "--no-config")
    with pytest.raises(ValueError) as raised:
        xhslint.title(**facts)
    assert str(raised.value) == message
    assert not isinstance(raised.value, xhslint.ConfigError)


def test_title_takes_only_the_flags_names():
    with pytest.raises(TypeError):
        xhslint.title(product="玻尿酸精华", hour=48)
    with pytest.raises(TypeError):
        xhslint.title("玻尿酸精华")


def test_the_stubs_name_what_the_module_has():
    import pathlib

    stub = (pathlib.Path(xhslint.__file__).parent / "__init__.pyi").read_text(encoding="utf-8")
    for name in xhslint.__all__:
        assert name in stub, name
    assert json.loads(json.dumps(xhslint.check(NOTE)))["schema_version"] == xhslint.SCHEMA_VERSION == 1
    for documented in (xhslint.check, xhslint.title, xhslint.Engine, xhslint.Engine.check_many, xhslint.ConfigError):
        assert documented.__doc__ and len(documented.__doc__) > 40, documented
