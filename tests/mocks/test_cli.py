"""`python -m mocks`: its help, its argument errors, and a real server process on a port."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from mocks.cli import build_parser
from tests.conftest import ROOT
from tests.mocks.support import free_port

PYTHON = sys.executable


def run_mocks(*args: str, timeout: float = 30) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [PYTHON, "-m", "mocks", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def test_help_lists_every_option() -> None:
    result = run_mocks("--help")
    assert result.returncode == 0
    options = (
        "--host --port --token --db --seed --no-rate-limit --time-scale --faults --webhook-url"
    )
    for option in [*options.split(), "--log-level"]:
        assert option in result.stdout
    assert "{kanbert,kinbox,pylon,repzo,wealthbox}" in result.stdout


def test_the_defaults_match_the_make_target() -> None:
    args = build_parser().parse_args(["pylon"])
    assert (args.host, args.port, args.token, args.no_rate_limit, args.time_scale) == (
        "127.0.0.1",
        4010,
        None,
        False,
        1.0,
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["nope"], "invalid choice"),
        (["pylon", "--faults", "teapot=2"], "--faults"),
        (["pylon", "--faults", "seq:503,path=/contacts/7"], "path=/contacts/7 covers no operation"),
        (["pylon", "--time-scale", "0"], "--time-scale"),
        (["pylon", "--db", "/nonexistent/dir/mock.db"], "--db"),
    ],
)
def test_bad_arguments_are_refused_with_a_message(args: list[str], message: str) -> None:
    result = run_mocks(*args)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    port = free_port()
    db = tmp_path / "kanbert.db"
    env = {**os.environ, "MOCK_TOKEN": "from-the-environment"}
    arguments = [
        "kanbert",
        "--port",
        str(port),
        "--db",
        str(db),
        "--seed",
        "2",
        "--log-level",
        "warning",
    ]
    process = subprocess.Popen(
        [PYTHON, "-m", "mocks", *arguments],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    url = f"http://127.0.0.1:{port}/api/v1"
    deadline = time.monotonic() + 20
    while True:
        try:
            httpx.get(f"{url}/contacts", timeout=1)
            break
        except httpx.TransportError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise RuntimeError(
                    f"python -m mocks did not start: {process.communicate()}"
                ) from None
            time.sleep(0.05)
    try:
        yield url, db
    finally:
        process.terminate()
        output = process.communicate(timeout=10)
        assert "from-the-environment" not in output[0] + output[1]


def test_a_real_process_serves_the_api_on_its_port(server: tuple[str, Path]) -> None:
    url, db = server
    headers = {"Authorization": "Bearer from-the-environment"}
    assert (
        httpx.get(f"{url}/contacts", headers={"Authorization": "Bearer test-token"}).status_code
        == 401
    )
    listed = httpx.get(f"{url}/contacts", headers=headers)
    assert listed.status_code == 200 and len(listed.json()["data"]) == 2  # --seed 2
    created = httpx.post(f"{url}/contacts", headers=headers, json={"first_name": "Ada"})
    assert created.status_code == 201
    assert db.exists()
