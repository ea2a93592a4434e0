"""The `crm_mock` pytest fixture (a `pytest11` plugin of the crm-mocks wheel).

    def test_it(crm_mock):
        mock = crm_mock("pylon", seed=20, faults="503=0.2")
        page = get_issues.sync_detailed(client=mock.client)   # a ready overlay client
        assert mock.records("/issues")                         # what the mock stored

`crm_mock(api, *, seed=0, served=False, token=..., client_options=None, **create_app_options)`
builds a fresh mock per call: its own app and store, so two tests (and two calls) share no
state; `crm_mock_session` is the same factory for mocks shared by a whole session on purpose. In process by default (the clients talk to the app through `httpx.ASGITransport`);
`served=True` serves it over a real socket on a free port instead (`mock.base_url`), for code
that does not take a transport. Rate limits are off unless `rate_limit=True` is passed, as a
user runs the mock for offline work. Everything is closed when the test ends.

When a test that used the fixture fails, its report gets a section with each mock's last
request and answer (no request headers, so no token).
"""

from __future__ import annotations

import contextlib
import functools
import importlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from mocks.app import create_app
from mocks.openapi import SpecDocument
from mocks.serving import serve
from mocks.store import Record

TOKEN = "crm-mock-token"
#: Characters of a request or answer body kept for the failure report.
BODY_SHOWN = 2000


@dataclass
class Exchange:
    """One request the mock received and the answer it gave (headers left out: they hold the
    token)."""

    method: str
    target: str
    request_body: bytes = b""
    status: int | None = None
    answer_body: bytes = b""

    def __str__(self) -> str:
        def shown(body: bytes) -> str:
            text = body[:BODY_SHOWN].decode("utf-8", "replace")
            return text + (" …" if len(body) > BODY_SHOWN else "")

        lines = [f"> {self.method} {self.target}"]
        if self.request_body:
            lines.append(f"> {shown(self.request_body)}")
        lines.append(f"< {self.status if self.status is not None else 'no answer (dropped)'}")
        if self.answer_body:
            lines.append(f"< {shown(self.answer_body)}")
        return "\n".join(lines)


class Recorder:
    """ASGI wrapper keeping each HTTP exchange with the app (bodies truncated)."""

    def __init__(self, app: Any) -> None:
        self.app: ASGIApp = app
        self.state = app.state  # what the mock's HTTP server reads (mocks/server.py)
        self.exchanges: list[Exchange] = []

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        query = scope.get("query_string", b"").decode("latin-1")
        exchange = Exchange(scope["method"], scope["path"] + (f"?{query}" if query else ""))
        self.exchanges.append(exchange)

        async def receive_kept() -> Message:
            message = await receive()
            if message["type"] == "http.request" and len(exchange.request_body) <= BODY_SHOWN:
                exchange.request_body += message.get("body", b"")
            return message

        async def send_kept(message: Message) -> None:
            if message["type"] == "http.response.start":
                exchange.status = message["status"]
            elif message["type"] == "http.response.body" and len(exchange.answer_body) <= BODY_SHOWN:
                exchange.answer_body += message.get("body", b"")
            await send(message)

        await self.app(scope, receive_kept, send_kept)


@dataclass
class CrmMock:
    """One mock of `api`, with ready overlay clients bound to it."""

    api: str
    app: Any
    token: str
    base_url: str
    transport: httpx.AsyncBaseTransport | None
    client_options: dict[str, Any]
    recorder: Recorder
    served: bool = False
    _clients: list[Any] = field(default_factory=list, repr=False)

    @property
    def engine(self) -> Any:
        return self.app.state.engine

    @property
    def exchanges(self) -> list[Exchange]:
        """Every request the mock received, in order, with its answer."""
        return self.recorder.exchanges

    def collections(self) -> list[str]:
        """The collections that hold records, e.g. ["/issues", "/accounts"]."""
        return list(self.engine.store.collections())

    def records(self, collection: str) -> list[Record]:
        """The records stored in `collection` (a path of the spec, e.g. "/contacts"), oldest
        first. They are the mock's own objects: read them, do not change them."""
        return list(self.engine.store.scan(collection)[1])

    def new_client(self, **options: Any) -> Any:
        """Another ready overlay client (`crm_overlays.<api>.client`) bound to this mock."""
        vendor = importlib.import_module(f"crm_overlays.{self.api}")
        merged = {"base_url": self.base_url, "rate_limit": False, **self.client_options}
        if self.transport is not None:
            merged["transport"] = self.transport
        merged.update(options)
        client = vendor.client(self.token, **merged)
        self._clients.append(client)
        return client

    @functools.cached_property
    def client(self) -> Any:
        """The ready overlay client (sync calls: `sync_detailed(client=mock.client)`)."""
        return self.new_client()

    @property
    def async_client(self) -> Any:
        """The same client, for `asyncio_detailed` (the generated client carries both)."""
        return self.client

    def close(self) -> None:
        for client in self._clients:
            client.get_httpx_client().close()
        self.engine.store.close()


MockFactory = Callable[..., CrmMock]


@contextlib.contextmanager
def mocks_for(node: pytest.Item | None = None) -> Iterator[MockFactory]:
    """The factory behind `crm_mock`, usable outside pytest as a context manager."""
    stack = contextlib.ExitStack()
    made: list[CrmMock] = []

    def make(
        api: str,
        *,
        seed: int = 0,
        served: bool = False,
        token: str = TOKEN,
        client_options: dict[str, Any] | None = None,
        **options: Any,
    ) -> CrmMock:
        options.setdefault("rate_limit", False)
        app = create_app(api, token=token, seed=seed, **options)
        recorder = Recorder(app)
        base_path = SpecDocument.load(api).base_path
        if served:
            origin = stack.enter_context(serve(recorder))
            base_url, transport = origin + base_path, None
        else:
            from crm_overlays.clients import spec_base_url

            base_url, transport = spec_base_url(api), httpx.ASGITransport(recorder)
        mock = CrmMock(api, app, token, base_url, transport, dict(client_options or {}),
                       recorder, served)
        made.append(mock)
        if node is not None:
            node.stash.setdefault(MOCKS_KEY, []).append(mock)
        return mock

    try:
        with stack:
            yield make
    finally:
        for mock in made:
            mock.close()


MOCKS_KEY = pytest.StashKey[list[CrmMock]]()


@pytest.fixture
def crm_mock(request: pytest.FixtureRequest) -> Iterator[MockFactory]:
    """`crm_mock(api, seed=0, served=False, **create_app_options)`: a fresh seeded mock of a
    CRM API with a ready overlay client (`.client`, `.async_client`), its stored records
    (`.records(collection)`) and its exchanges; see mocks.pytest_plugin."""
    node = request.node if isinstance(request.node, pytest.Item) else None
    with mocks_for(node) as make:
        yield make


@pytest.fixture(scope="session")
def crm_mock_session() -> Iterator[MockFactory]:
    """`crm_mock`, for mocks shared on purpose by every test of the session (one state)."""
    with mocks_for() as make:
        yield make


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    report = yield
    if report.failed and call.when == "call":
        for mock in item.stash.get(MOCKS_KEY, []):
            last = mock.exchanges[-1] if mock.exchanges else None
            text = str(last) if last is not None else "(no request reached the mock)"
            report.sections.append((f"crm_mock {mock.api}: last request and answer", text))
    return report
