"""Mocks served over a real socket: the harness the peer suites and the hostile-input suite share.

The vendors' own SDKs and public clients are test vectors (tests/peers): each peer suite points a
client's base URL at a mock served over a real socket (the Node SDK cannot take an in-process
transport), drives it through the client's own API, and checks what the mock stored through a
raw HTTP client of our own. tests/mocks/test_hostile.py sends what no client should, through the
same real HTTP server. Every answer the mock gives is also validated against our spec
(`check_responses=True`): a test fails at teardown if one did not match, so a usage that
"works" only because the client is lenient still fails here.

The `served_mock` fixture is made available by tests/peers/conftest.py and
tests/mocks/conftest.py, which import it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette

from mocks import create_app
from mocks.openapi import SpecDocument
from mocks.serving import serve
from tests.mocks.support import auth_headers

TOKEN = "peer-test-token"


@dataclass
class ServedMock:
    """One mock of `api` listening on 127.0.0.1, with the base URL a client is given."""

    api: str
    app: Starlette
    origin: str
    token: str = TOKEN
    _http: list[httpx.Client] = field(default_factory=list, repr=False)

    @property
    def base_url(self) -> str:
        """The spec's server URL, moved to this mock (origin + the spec's base path)."""
        return self.origin + SpecDocument.load(self.api).base_path

    @property
    def engine(self) -> Any:
        return self.app.state.engine

    def http(self) -> httpx.Client:
        """Our own raw client, to read back what a peer client wrote."""
        client = httpx.Client(base_url=self.base_url, headers=auth_headers(self.api, self.token))
        self._http.append(client)
        return client

    def close(self) -> None:
        for client in self._http:
            client.close()


MockFactory = Callable[..., ServedMock]


@contextlib.contextmanager
def serving() -> Iterator[MockFactory]:
    """`make(api, seed=30, **create_app_options)` for as long as the block lasts: each call
    serves a fresh mock on a free local port. Rate limits are off, as a user runs it for
    offline work (`--no-rate-limit`); seeding is reproducible. At the end every answer must
    have matched the spec."""
    stack = contextlib.ExitStack()
    served: list[ServedMock] = []

    def make(api: str, *, seed: int = 30, protocol: Any = None, **options: Any) -> ServedMock:
        """`protocol`: the uvicorn protocol the mock's is built on (h11's; httptools' if None)."""
        options.setdefault("rate_limit", False)
        options.setdefault("seed_random", 30)
        app = create_app(api, token=TOKEN, seed=seed, check_responses=True, **options)
        origin = stack.enter_context(serve(app, protocol))
        mock = ServedMock(api, app, origin)
        served.append(mock)
        return mock

    with stack:
        yield make
    for mock in served:
        mock.close()
    violations = [v for mock in served for v in mock.engine.violations]
    assert not violations, f"mock answers that do not match our spec: {violations}"


@pytest.fixture
def served_mock() -> Iterator[MockFactory]:
    """`served_mock(api, seed=30, **create_app_options)`: a fresh mock on a free local port
    (see `serving`). Each call gets its own app and store, so tests share no state."""
    with serving() as make:
        yield make
