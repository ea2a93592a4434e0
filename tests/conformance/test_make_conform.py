"""`make conform` against our own mock, over HTTP, as a user's CI job runs it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from benchmarks.servers import mock_command, prism_command, serve
from mocks.serving import free_port
from tests.conftest import ROOT

TOKEN = "conform-secret-4b1d"


@pytest.fixture(scope="module")
def kanbert_url() -> Iterator[str]:
    port = free_port()
    with serve(mock_command("kanbert", port, "--token", TOKEN, "--seed", "5"), port) as url:
        yield f"{url}/api/v1"


def conform(url: str, token: str, junit: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tools.conform", "kanbert", "--url", url, "--max-examples", "3",
         "--junit", str(junit), *extra],
        cwd=ROOT, env={**os.environ, "CONFORM_TOKEN": token}, capture_output=True, text=True,
        timeout=300, check=False,
    )


def test_a_conforming_server_passes_read_only_with_a_summary_and_a_junit_report(
    kanbert_url: str, tmp_path: Path
) -> None:
    junit = tmp_path / "conform.xml"
    run = conform(kanbert_url, TOKEN, junit)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert re.search(r"^GET /contacts/\{id\} +ok$", run.stdout, re.MULTILINE)
    assert "read-only (GET)" in run.stdout
    cases = [case.get("name") for case in ET.parse(junit).getroot().iter("testcase")]
    assert "GET /contacts" in cases and not any(name.startswith(("POST", "PUT", "PATCH",
                                                                  "DELETE")) for name in cases)
    assert TOKEN not in run.stdout + run.stderr + junit.read_text()


def test_a_server_that_rejects_the_token_fails_the_run(kanbert_url: str, tmp_path: Path) -> None:
    junit = tmp_path / "conform.xml"
    run = conform(kanbert_url, "not-the-token", junit)
    # Schemathesis accepts 401 as an answer to anything, so the tool checks the token first.
    assert run.returncode == 1
    assert "GET /contacts answered 401: the server rejects the token" in run.stderr
    assert "not-the-token" not in run.stdout + run.stderr


def test_no_token_is_a_usage_error(tmp_path: Path) -> None:
    run = conform("http://127.0.0.1:9", "", tmp_path / "x.xml")
    assert run.returncode == 2 and "CONFORM_TOKEN" in run.stderr


def test_a_server_that_breaks_the_spec_fails_the_run(tmp_path: Path) -> None:
    """Prism serves Repzo's examples to any token: Schemathesis' auth check catches it."""
    port = free_port()
    junit = tmp_path / "conform.xml"
    with serve(prism_command("repzo", port), port) as url:
        run = subprocess.run(
            [sys.executable, "-m", "tools.conform", "repzo", "--url", url, "--max-examples", "3",
             "--junit", str(junit)],
            cwd=ROOT, env={**os.environ, "CONFORM_TOKEN": TOKEN}, capture_output=True,
            text=True, timeout=300, check=False,
        )
    assert run.returncode == 1, run.stdout[-3000:]
    assert re.search(r"^GET /client-contact/\{id\} +FAIL +.*ST401", run.stdout, re.MULTILINE)
    assert TOKEN not in run.stdout + run.stderr + junit.read_text()
