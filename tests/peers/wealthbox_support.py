"""Shared helpers for the Wealthbox peer suites (`wealthbox-cli==2.5.0`: library and `wbox` CLI).

How the client is pointed at a mock:
- the library: `WealthboxClient(token=..., base_url=...)` (`wealthbox_tools/client/base.py`,
  `_WealthboxBase.__init__`); its base URL includes `/v1`;
- the CLI has no base-URL setting: `cli/_client.py:get_client` builds `WealthboxClient(token=)`
  with the library's default `BASE_URL`. In process, `cli_env` swaps that default for the
  mock's URL; a real `wbox` subprocess gets the same swap from a `sitecustomize.py` put on
  `PYTHONPATH` (`wbox_subprocess`). The token comes from `WEALTHBOX_TOKEN` (the CLI's own
  env var), config from `XDG_CONFIG_HOME` and the rate-limit state from
  `WBOX_RATE_LIMIT_STATE_FILE`, all in a temp directory, so no user file is read or written.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime
import json
import os
import subprocess
import sys
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest

from tests.peers.conftest import ServedMock

WBOX = Path(sys.executable).parent / "wbox"
T = TypeVar("T")

# The version prefix the client's BASE_URL carries (`https://api.crmworkspace.com/v1`) and our
# spec puts in each path instead.
VERSION = "/v1"


def api_url(mock: ServedMock) -> str:
    """The URL the client takes as `base_url`: the mock's origin plus the API version."""
    return mock.base_url.rstrip("/") + VERSION


def with_client(mock: ServedMock, use: Callable[[Any], Awaitable[T]]) -> T:
    """Run `use(client)` with a fresh `WealthboxClient` pointed at `mock` (its own rate limiter
    off); the client is async, so each use gets its own event loop."""
    from wealthbox_tools.client import WealthboxClient

    async def go() -> T:
        async with WealthboxClient(token=mock.token, base_url=api_url(mock),
                                   rate_limit=False) as client:
            return await use(client)

    return asyncio.run(go())


def call(mock: ServedMock, method: str, *args: Any, **kwargs: Any) -> Any:
    """One library method on a fresh client."""
    return with_client(mock, lambda client: getattr(client, method)(*args, **kwargs))


def raw(mock: ServedMock, path: str, **params: Any) -> Any:
    """What the mock serves at `path` (below /v1), read through our own raw HTTP client."""
    response = mock.http().get(f"{VERSION}/{path.lstrip('/')}", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def raw_all(mock: ServedMock, path: str, key: str, **params: Any) -> list[dict[str, Any]]:
    """Every record of a page-style list, read through our own raw client."""
    items: list[dict[str, Any]] = []
    page = 1
    while True:
        body = raw(mock, path, page=page, per_page=100, **params)
        items += body[key]
        if len(body[key]) < 100:
            return items
        page += 1


def raw_ids(mock: ServedMock, path: str, key: str, **params: Any) -> list[int]:
    """The ids of every record a page-style list holds."""
    return [item["id"] for item in raw_all(mock, path, key, **params)]


def moment(text: str) -> datetime.datetime:
    """A Wealthbox (`2026-04-01 10:00 AM -0700`) or ISO 8601 timestamp as an aware datetime."""
    try:
        return datetime.datetime.strptime(text, "%Y-%m-%d %I:%M %p %z")
    except ValueError:
        return datetime.datetime.fromisoformat(text)


def same_moment(read_back: str, sent: str) -> bool:
    return moment(read_back) == moment(sent)


def subset(sent: dict[str, Any], stored: dict[str, Any]) -> dict[str, Any]:
    """The stored values of the keys that were sent (to compare with what was sent)."""
    return {key: stored.get(key) for key in sent}


# ---------------------------------------------------------------------- the CLI


@contextlib.contextmanager
def cli_env(mock: ServedMock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Point the in-process `wbox` app at `mock`, with a private HOME and config dir."""
    from wealthbox_tools.client import base

    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("WBOX_RATE_LIMIT_STATE_FILE", str(home / "rate.json"))
    monkeypatch.setenv("WEALTHBOX_TOKEN", mock.token)
    monkeypatch.delenv("WBOX_BRIEF", raising=False)
    monkeypatch.delenv("WBOX_DEBUG", raising=False)
    defaults = base._WealthboxBase.__init__.__defaults__
    assert defaults is not None and defaults[1] == base.BASE_URL
    monkeypatch.setattr(
        base._WealthboxBase.__init__, "__defaults__", (defaults[0], api_url(mock), *defaults[2:])
    )
    yield


class Wbox:
    """`wbox ...` in process (typer's CliRunner on the real app object)."""

    def __init__(self) -> None:
        from typer.testing import CliRunner
        from wealthbox_tools.cli.main import app

        self.app = app
        self.runner = CliRunner()

    def __call__(self, *args: Any, ok: bool = True) -> Any:
        result = self.runner.invoke(self.app, [str(a) for a in args])
        if ok:
            assert result.exit_code == 0, (args, result.output, result.exception)
        return result

    def json(self, *args: Any) -> Any:
        """Run a command in its JSON output mode (the default `--format json`) and parse it."""
        result = self(*args)
        return json.loads(result.stdout)


_SITECUSTOMIZE = """
import os
from wealthbox_tools.client import base
_d = base._WealthboxBase.__init__.__defaults__
base._WealthboxBase.__init__.__defaults__ = (_d[0], os.environ["WBOX_PEER_BASE_URL"], *_d[2:])
"""


def wbox_subprocess(mock: ServedMock, tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    """The real `.venv/bin/wbox` console script, against `mock`."""
    site = tmp_path / "site"
    site.mkdir(exist_ok=True)
    (site / "sitecustomize.py").write_text(_SITECUSTOMIZE)
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "WBOX_RATE_LIMIT_STATE_FILE": str(home / "rate.json"),
        "WEALTHBOX_TOKEN": mock.token,
        "WBOX_PEER_BASE_URL": api_url(mock),
        "PYTHONPATH": str(site),
    }
    return subprocess.run(
        [str(WBOX), *args], env=env, capture_output=True, text=True, timeout=60, check=False
    )
