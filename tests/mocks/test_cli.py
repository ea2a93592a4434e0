"""`python -m mocks`: its help, its argument errors, and a real server process on a port."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest

from mocks.cli import build_parser
from mocks.serving import free_port
from mocks.store import SqliteStore
from tests.conftest import ROOT

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


def test_a_second_server_on_the_same_db_exits_with_one_line(server: tuple[str, Path]) -> None:
    _, db = server
    result = run_mocks("kanbert", "--port", str(free_port()), "--db", str(db))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        (
            f"python -m mocks: error: --db {db} is in use by another mock server; "
            "stop it or give this one another --db"
        )
    ]


def test_a_db_row_that_is_not_json_stops_start_up_with_one_line(tmp_path: Path) -> None:
    db = tmp_path / "mock.db"
    SqliteStore(str(db)).close()  # the mock's own tables
    with contextlib.closing(sqlite3.connect(db)) as connection, connection:
        connection.execute(
            "INSERT INTO records (collection, key, seq, doc) VALUES ('/contacts', '7', 1, '{oops')"
        )
    result = run_mocks("pylon", "--port", str(free_port()), "--db", str(db))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        (
            f"python -m mocks: error: --db {db}: the row of collection '/contacts', key '7' "
            "does not hold a JSON record"
        )
    ]


def test_a_file_that_is_not_sqlite_stops_start_up_with_one_line(tmp_path: Path) -> None:
    db = tmp_path / "notes.txt"
    db.write_text("shopping: milk, eggs\n" * 100)
    result = run_mocks("repzo", "--port", str(free_port()), "--db", str(db))
    assert result.returncode == 2
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"python -m mocks: error: --db {db}: not a mock database (")
    assert db.read_text() == "shopping: milk, eggs\n" * 100  # left as it was


def test_the_cli_server_answers_malformed_http_in_the_vendor_envelope(
    server: tuple[str, Path],
) -> None:
    """uvicorn alone answers these as text/plain; the CLI serves the mock's own protocol."""
    url, _ = server
    parts = urlsplit(url)
    with socket.create_connection((parts.hostname, parts.port), timeout=10) as sock:
        sock.sendall(b"get /api/v1/contacts HTTP/1.1\r\nhost: mock\r\n\r\n")
        received = b""
        while chunk := sock.recv(65536):
            received += chunk
    head, _, body = received.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400 ")
    assert b"content-type: application/json" in head.lower()
    # Kanbert's envelope for 400, as documented: {"message": ...}
    assert json.loads(body) == {"message": "The request is not valid HTTP/1.1 and cannot be read."}
