"""Shared fixtures: the command line the package is compared with.

XHSLINT_BIN names the `xhslint` binary built from the same sources (CI
builds it); without it, `xhslint` on PATH is used. The tests fail, rather
than skip, when neither is there: every comparison needs it.
"""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def cli_bin():
    found = os.environ.get("XHSLINT_BIN") or shutil.which("xhslint")
    if not found or not Path(found).exists():
        pytest.fail("set XHSLINT_BIN to the xhslint binary built from this repository")
    return found


@pytest.fixture(scope="session")
def cli(cli_bin):
    """Runs the command line; returns (exit code, stdout, stderr)."""

    def run(*args, stdin=None, cwd=REPO):
        done = subprocess.run(
            [cli_bin, *map(str, args)],
            input=stdin.encode("utf-8") if stdin is not None else None,
            capture_output=True,
            cwd=cwd,
            check=False,
        )
        return done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8")

    return run


@pytest.fixture(scope="session")
def cli_json(cli):
    """The parsed JSON the command line writes; fails on trouble (exit 2)
    unless `trouble` says the run has some."""

    def run(*args, stdin=None, cwd=REPO, trouble=False):
        code, out, err = cli(*args, stdin=stdin, cwd=cwd)
        assert code == 2 if trouble else code in (0, 1), err
        return json.loads(out)

    return run
