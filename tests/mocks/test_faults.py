"""Fault injection: the plan language, its determinism, and each fault on the wire.

Most tests run in-process through httpx.ASGITransport; ``drop`` and the abandoned ``slow``
request also run over a real uvicorn server in a background thread, because closing a socket
without a byte is only observable on a socket. The middleware decides on the router's match of
a request: here Wealthbox's router (``/v1/contacts``, ``/v1/contacts/{id}``, ``/v1/tasks``...)
in front of a recording app; every spelling of a path is in tests/mocks/test_request_identity.py.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import socket
import threading
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
import uvicorn
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route
from starlette.types import Message

from mocks.api import compile_api
from mocks.faults import Fault, FaultMiddleware, FaultPlan, InjectedDisconnect

HOST = "https://api.example.test"
ROUTER = compile_api("wealthbox").router


def error_body(status: int, message: str) -> dict[str, Any]:
    return {"errors": [message], "status": status}


class RecordStore:
    """The inner app: a POST stores its body as a record (201), anything else answers 200."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str]] = []
        self.records: list[bytes] = []

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        self.calls.append((scope["method"], scope["path"]))
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body", False):
                break
        status = 200
        if scope["method"] == "POST":
            self.records.append(body)
            status = 201
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"application/json")]})
        await send({"type": "http.response.body", "body": b'{"ok": true}'})


class FakeSleep:
    """Records the delays asked for and returns at once."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)


def middleware(plan: FaultPlan | str, **options: Any) -> tuple[FaultMiddleware, RecordStore]:
    inner = RecordStore()
    plan = FaultPlan.parse(plan) if isinstance(plan, str) else plan
    return FaultMiddleware(inner, plan, router=ROUTER, error_body=error_body, **options), inner


Send = Callable[..., httpx.Response]


@pytest.fixture
def send() -> Iterator[Send]:
    """``send(app, method, path, body=None)``: one request through httpx.ASGITransport."""
    with asyncio.Runner() as runner:
        def request(app: Any, method: str, path: str, body: bytes | None = None) -> httpx.Response:
            async def go() -> httpx.Response:
                transport = httpx.ASGITransport(app=app)
                async with httpx.AsyncClient(transport=transport, base_url=HOST) as client:
                    return await client.request(method, path, content=body)

            return runner.run(go())

        yield request


# --- the plan language ----------------------------------------------------------------------


def test_parse_probabilities_with_seed_and_options() -> None:
    plan = FaultPlan.parse(
        "seed=7, 429=0.1,503=0.1,drop=0.1,slow=0.05,retry_after=2.5,slow_ms=300,"
        "methods=get+POST,path=/v1/contacts"
    )
    assert plan.probabilities == {Fault.TOO_MANY_REQUESTS: 0.1, Fault.UNAVAILABLE: 0.1,
                                  Fault.DROP: 0.1, Fault.SLOW: 0.05}
    assert (plan.seed, plan.retry_after, plan.slow_ms) == (7, 2.5, 300.0)
    assert plan.methods == frozenset({"GET", "POST"})
    assert plan.path_prefix == "/v1/contacts"
    assert plan.sequence == ()


def test_parse_sequences() -> None:
    once = FaultPlan.parse("seq:429,ok,503,drop,ok")
    assert once.sequence == (Fault.TOO_MANY_REQUESTS, Fault.OK, Fault.UNAVAILABLE, Fault.DROP,
                             Fault.OK)
    assert not once.repeat
    repeated = FaultPlan.parse("SEQ*: Drop, slow, retry_after=0")
    assert (repeated.sequence, repeated.repeat) == ((Fault.DROP, Fault.SLOW), True)
    assert repeated.retry_after == 0


def test_an_empty_plan_injects_nothing() -> None:
    plan = FaultPlan.parse("  ")
    assert [plan.next_fault("POST", "/x") for _ in range(50)] == [Fault.OK] * 50
    assert plan.injected == 0


@pytest.mark.parametrize("text", [
    "seed=7,429=0.1,drop=0.25,retry_after=0.5,slow_ms=10,methods=GET+POST,path=/v1",
    "seq*:429,ok,drop,slow_ms=50",
    "seq:500",
])
def test_a_plan_prints_as_the_text_that_rebuilds_it(text: str) -> None:
    plan = FaultPlan.parse(text)
    again = FaultPlan.parse(str(plan))
    assert str(again) == str(plan)
    assert vars(again).keys() == vars(plan).keys()
    for name in ("probabilities", "sequence", "repeat", "seed", "retry_after", "slow_ms",
                 "methods", "path_prefix"):
        assert getattr(again, name) == getattr(plan, name)


@pytest.mark.parametrize(("text", "message"), [
    ("429=1.5", r"bad fault plan token '429=1\.5': the value must be between 0 and 1"),
    ("404=0.1", r"bad fault plan token '404=0\.1': unknown key"),
    ("ok=0.5", r"bad fault plan token 'ok=0\.5': unknown key"),
    ("seq:429,boom", r"bad fault plan token 'boom': unknown step"),
    ("429", r"bad fault plan token '429': give it a probability, e\.g\. 429=0\.1"),
    ("seed=x,429=0.1", r"bad fault plan token 'seed=x': 'x' is not an integer"),
    ("slow=lots", r"bad fault plan token 'slow=lots': 'lots' is not a number"),
    ("slow_ms=-1", r"bad fault plan token 'slow_ms=-1': the value must be >= 0"),
    ("methods=GET+FETCH", r"bad fault plan token 'methods=GET\+FETCH': not an HTTP method"),
    ("methods=HEAD", r"bad fault plan token 'methods=HEAD': HEAD is answered as GET; use GET"),
    ("path=v1", r"bad fault plan token 'path=v1': a path prefix starts with '/'"),
    ("429=0.1,429=0.2", r"bad fault plan token '429=0\.2': 429 is given twice"),
    ("seq:429=0.1", r"'429=0\.1': unknown option \(a sequence takes steps without '='"),
    ("429=0.1,,503=0.1", r"empty entry"),
    ("seq:", r"a sequence needs at least one step"),
    ("seq*:seq:429", r"bad fault plan token 'seq:429': unknown step"),
    ("seq:retry_after=2", r"a sequence needs at least one step"),
    ("seq:ok,seed=3", r"seed has no effect on a sequence"),
    ("429=0.6,503=0.6", r"fault probabilities add up to more than 1"),
])
def test_bad_plans_are_rejected_naming_the_problem(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        FaultPlan.parse(text)


def test_the_programmatic_constructor_validates_too() -> None:
    with pytest.raises(ValueError, match="either by probability or a sequence"):
        FaultPlan(probabilities={"429": 0.5}, sequence=["ok"])
    with pytest.raises(ValueError, match="unknown fault 'teapot'"):
        FaultPlan(sequence=["teapot"])
    with pytest.raises(ValueError, match="must be in"):
        FaultPlan(probabilities={Fault.DROP: -0.1})


# --- which request gets which fault -------------------------------------------------------


def draws(plan: FaultPlan, n: int) -> list[Fault]:
    return [plan.next_fault("GET", "/v1/contacts") for _ in range(n)]


def test_a_seed_makes_the_draws_reproducible() -> None:
    text = "seed=7,429=0.1,503=0.1,drop=0.1"
    first = draws(FaultPlan.parse(text), 1000)
    assert draws(FaultPlan.parse(text), 1000) == first
    assert draws(FaultPlan.parse("seed=8,429=0.1,503=0.1,drop=0.1"), 1000) != first


@pytest.mark.parametrize("seed", range(5))
def test_fault_frequencies_match_the_probabilities(seed: int) -> None:
    # Each kind is Binomial(n=1000, p=0.1): sd = sqrt(1000 * 0.1 * 0.9) ~ 9.5; all faults
    # together Binomial(1000, 0.3): sd ~ 14.5. A correct sampler lands outside 4 sd with
    # probability ~6e-5 per count; the seeds are fixed, so the outcome is also reproducible.
    n = 1000
    plan = FaultPlan.parse(f"seed={seed},429=0.1,503=0.1,drop=0.1")
    draws(plan, n)
    counts = plan.counts()
    for kind in ("429", "503", "drop"):
        assert abs(counts[kind] - n * 0.1) <= 4 * math.sqrt(n * 0.1 * 0.9), (kind, counts)
    assert abs(plan.injected - n * 0.3) <= 4 * math.sqrt(n * 0.3 * 0.7), counts
    assert counts["500"] == counts["slow"] == 0
    assert counts["ok"] == n - plan.injected


def test_a_sequence_runs_once_then_answers_ok_forever() -> None:
    plan = FaultPlan(sequence=["429", "ok", "drop"])
    assert draws(plan, 6) == [Fault.TOO_MANY_REQUESTS, Fault.OK, Fault.DROP,
                              Fault.OK, Fault.OK, Fault.OK]


def test_a_repeated_sequence_cycles() -> None:
    plan = FaultPlan.parse("seq*:500,ok")
    assert draws(plan, 5) == [Fault.INTERNAL_ERROR, Fault.OK] * 2 + [Fault.INTERNAL_ERROR]


def test_requests_outside_the_filter_pass_and_do_not_advance_the_sequence() -> None:
    # The filter sees the matched operation: its method and its path template.
    plan = FaultPlan.parse("seq:503,500,methods=POST,path=/v1/contacts")
    assert plan.next_fault("GET", "/v1/contacts") is Fault.OK
    assert plan.next_fault("POST", "/v1/tasks") is Fault.OK
    assert plan.next_fault("POST", "/v1/contactsearch") is Fault.OK  # a prefix of whole segments
    assert plan.next_fault("POST", None) is Fault.OK  # a request of no operation
    assert plan.next_fault("post", "/v1/contacts/{id}") is Fault.UNAVAILABLE
    assert plan.next_fault("POST", "/v1/contacts") is Fault.INTERNAL_ERROR
    assert plan.counts() == {"ok": 0, "429": 0, "500": 1, "503": 1, "slow": 0, "drop": 0}


def test_a_template_filter_takes_only_that_template() -> None:
    plan = FaultPlan.parse("seq*:503,path=/v1/contacts/{id}")
    assert plan.next_fault("GET", "/v1/contacts") is Fault.OK
    assert plan.next_fault("GET", "/v1/contacts/{id}") is Fault.UNAVAILABLE
    assert plan.next_fault("DELETE", "/v1/contacts/{id}") is Fault.UNAVAILABLE


def test_a_path_filter_that_covers_no_operation_is_refused() -> None:
    # Before the filter read the match it took concrete paths; a leftover one would inject
    # nothing, silently.
    plan = FaultPlan.parse("seq:503,path=/v1/contacts/7")
    with pytest.raises(ValueError, match=r"path=/v1/contacts/7 covers no operation"):
        FaultMiddleware(RecordStore(), plan, router=ROUTER, error_body=error_body)
    FaultPlan.parse("seq:503,path=/v1/contacts/").check_path_filter(ROUTER.templates())


def test_head_is_get_for_the_method_filter(send: Send) -> None:
    app, inner = middleware("seq*:503,methods=GET")
    assert send(app, "HEAD", "/v1/contacts").status_code == 503
    assert send(app, "POST", "/v1/contacts", b"{}").status_code == 201
    assert inner.calls == [("POST", "/v1/contacts")]


# --- each fault in-process ------------------------------------------------------------------


def test_scripted_faults_answer_with_the_vendor_error_body(send: Send) -> None:
    app, inner = middleware("seq:429,ok,500,503,retry_after=2.5")
    statuses = []
    for _ in range(5):
        response = send(app, "GET", "/v1/contacts")
        statuses.append(response.status_code)
        if response.status_code >= 400:
            assert response.headers["content-type"] == "application/json"
            assert response.json()["status"] == response.status_code
            assert response.json()["errors"][0].endswith("(injected fault)")
            retry = ("retry-after" in response.headers, "retry-after-ms" in response.headers)
            assert retry == ((True, True) if response.status_code != 500 else (False, False))
            if response.status_code != 500:  # 2.5 s: whole seconds round up, ms are exact
                assert response.headers["retry-after"] == "3"
                assert response.headers["retry-after-ms"] == "2500"
    assert statuses == [429, 200, 500, 503, 200]
    assert inner.calls == [("GET", "/v1/contacts")] * 2


def test_retry_after_defaults_to_one_second(send: Send) -> None:
    app, _ = middleware("seq:429")
    response = send(app, "GET", "/v1/contacts")
    assert (response.headers["retry-after"], response.headers["retry-after-ms"]) == ("1", "1000")


def test_drop_in_process_raises_a_transport_error_and_never_reaches_the_app(send: Send) -> None:
    app, inner = middleware("seq:drop,ok")
    with pytest.raises(httpx.TransportError) as caught:
        send(app, "POST", "/v1/contacts", b'{"name": "a"}')
    assert isinstance(caught.value, httpx.RemoteProtocolError)
    assert isinstance(caught.value, InjectedDisconnect)
    assert inner.records == []
    assert send(app, "POST", "/v1/contacts", b'{"name": "a"}').status_code == 201
    assert inner.records == [b'{"name": "a"}']


def test_drop_without_uvicorn_starts_a_response_it_never_finishes() -> None:
    # What any other ASGI server gets: a status line promising 1024 bytes, one byte, then an
    # exception, on which the server closes the connection mid-body.
    app, inner = middleware("seq:drop")
    sent: list[Message] = []

    async def receive() -> Message:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def collect(message: Message) -> None:
        sent.append(message)

    scope = {"type": "http", "method": "GET", "path": "/v1/contacts", "headers": []}
    with pytest.raises(InjectedDisconnect):
        asyncio.run(app(scope, receive, collect))
    start, body = sent
    assert start["status"] == 500
    assert int(dict(start["headers"])[b"content-length"]) > len(body["body"])
    assert body["more_body"] is True
    assert inner.calls == []


def test_slow_waits_the_configured_delay_then_answers_normally(send: Send) -> None:
    sleep = FakeSleep()
    app, inner = middleware("seq:slow,ok,slow_ms=1500", sleep=sleep)
    first = send(app, "POST", "/v1/contacts", b'{"name": "slow"}')
    second = send(app, "POST", "/v1/contacts", b'{"name": "fast"}')
    assert (first.status_code, second.status_code) == (201, 201)
    assert sleep.delays == [1.5]  # only the slow request waited
    # The body read up front during the delay reaches the app intact.
    assert inner.records == [b'{"name": "slow"}', b'{"name": "fast"}']


def test_a_slow_request_whose_client_leaves_never_reaches_the_app() -> None:
    async def never(seconds: float) -> None:
        await asyncio.Event().wait()

    app, inner = middleware("seq:slow", sleep=never)
    incoming: list[Message] = [{"type": "http.request", "body": b"{}", "more_body": False},
                               {"type": "http.disconnect"}]
    sent: list[Message] = []

    async def receive() -> Message:
        return incoming.pop(0)

    async def collect(message: Message) -> None:
        sent.append(message)

    scope = {"type": "http", "method": "POST", "path": "/v1/contacts", "headers": []}
    # The bound only turns a regression (waiting out the endless delay) into a failure.
    asyncio.run(asyncio.wait_for(app(scope, receive, collect), timeout=5))
    assert (inner.calls, sent) == ([], [])
    assert app.plan.abandoned == 1


def test_only_creates_that_reported_success_are_stored(send: Send) -> None:
    # The property the retry tests rely on: with every kind of fault in play, the store holds
    # exactly one record per 201 the client saw, and the counters add up to the requests.
    sleep = FakeSleep()
    app, inner = middleware("seed=11,429=0.15,500=0.1,503=0.15,drop=0.1,slow=0.1", sleep=sleep)
    succeeded, failed = [], 0
    for i in range(300):
        body = f'{{"n": {i}}}'.encode()
        try:
            response = send(app, "POST", "/v1/contacts", body)
        except httpx.TransportError:
            failed += 1
            continue
        if response.status_code == 201:
            succeeded.append(body)
    counts = app.plan.counts()
    assert inner.records == succeeded
    assert len(succeeded) == counts["ok"] + counts["slow"]
    assert failed == counts["drop"]
    assert len(sleep.delays) == counts["slow"] > 0
    assert sum(counts.values()) == 300
    assert app.plan.injected == 300 - counts["ok"]


def test_non_http_scopes_pass_through() -> None:
    seen: list[str] = []

    async def inner(scope: Any, receive: Any, send: Any) -> None:
        seen.append(scope["type"])

    app = FaultMiddleware(inner, FaultPlan.parse("seq*:drop"), router=ROUTER,
                          error_body=error_body)
    asyncio.run(app({"type": "lifespan"}, None, None))  # type: ignore[arg-type]
    assert seen == ["lifespan"]
    assert app.plan.counts()["drop"] == 0


# --- over a real uvicorn server -------------------------------------------------------------


@contextlib.contextmanager
def serve(app: Any) -> Iterator[str]:
    """Run ``app`` under uvicorn (h11) in a background thread on a free port; yield its URL."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, http="h11", lifespan="off", log_config=None,
                            timeout_graceful_shutdown=2)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        for _ in range(500):  # readiness, not timing: give up after ~5 s of polling
            if server.started:
                break
            threading.Event().wait(0.01)
        assert server.started, "uvicorn did not start"
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()


def raw_exchange(url: str, request: bytes) -> bytes:
    """Send raw bytes, return every byte the server sends before closing."""
    host, port = url.removeprefix("http://").split(":")
    received = b""
    with socket.create_connection((host, int(port)), timeout=5) as conn:
        conn.sendall(request)
        with contextlib.suppress(ConnectionResetError):  # a reset carries no bytes either
            while chunk := conn.recv(4096):
                received += chunk
    return received


GET = b"GET /v1/contacts HTTP/1.1\r\nHost: mock\r\n\r\n"


Errors = Callable[[], list[str]]


@pytest.fixture
def uvicorn_errors(caplog: pytest.LogCaptureFixture) -> Errors:
    """Errors uvicorn has logged so far (e.g. "ASGI callable returned without starting
    response", which it logs, along with a 500, when an app returns without answering)."""
    caplog.set_level(logging.INFO, logger="uvicorn.error")

    def errors() -> list[str]:
        return [record.getMessage() for record in caplog.records
                if record.name.startswith("uvicorn") and record.levelno >= logging.ERROR]

    return errors


def test_drop_over_uvicorn_closes_the_socket_without_a_byte(uvicorn_errors: Errors) -> None:
    app, inner = middleware("seq:drop,ok")
    with serve(app) as url:
        assert raw_exchange(url, GET) == b""
        with httpx.Client(base_url=url) as client:
            assert client.get("/v1/contacts").status_code == 200
    assert inner.calls == [("GET", "/v1/contacts")]  # only the second request got through
    assert app.plan.counts()["drop"] == 1
    assert uvicorn_errors() == []


def test_drop_over_uvicorn_is_a_transport_error_for_httpx(uvicorn_errors: Errors) -> None:
    app, inner = middleware("seq:ok,drop")
    with serve(app) as url, httpx.Client(base_url=url) as client:
        assert client.post("/v1/contacts", content=b"1").status_code == 201
        # The same keep-alive connection is reused and closed under the request. httpx sees
        # the close as "disconnected without sending a response", or, when the kernel answers
        # the close with a reset (it races the client's read on a loaded machine), as a reset:
        # a transport error either way, never an HTTP status.
        with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)) as dropped:
            client.post("/v1/contacts", content=b"2")
        assert ("without sending a response" in str(dropped.value)
                or "Connection reset" in str(dropped.value))
        assert client.post("/v1/contacts", content=b"3").status_code == 201
    assert inner.records == [b"1", b"3"]
    assert uvicorn_errors() == []


def test_drop_works_when_other_middleware_wraps_send(uvicorn_errors: Errors) -> None:
    # Inside a Starlette middleware stack, send is a closure rather than uvicorn's bound
    # method; the transport must still be found, not the truncated fallback used.
    created: list[bytes] = []

    async def create(request: Request) -> JSONResponse:
        created.append(await request.body())
        return JSONResponse({"ok": True}, status_code=201)

    plan = FaultPlan.parse("seq:drop")
    app = Starlette(routes=[Route("/v1/contacts", create, methods=["POST"])],
                    middleware=[Middleware(FaultMiddleware, plan=plan, router=ROUTER,
                                           error_body=error_body)])
    with serve(app) as url:
        request = b"POST /v1/contacts HTTP/1.1\r\nHost: mock\r\nContent-Length: 2\r\n\r\n{}"
        assert raw_exchange(url, request) == b""
        with httpx.Client(base_url=url) as client:
            assert client.post("/v1/contacts", content=b"{}").status_code == 201
    assert created == [b"{}"]
    assert uvicorn_errors() == []


def test_a_client_timing_out_on_a_slow_request_creates_nothing() -> None:
    # The server would sleep 30 s; the client gives up after 0.3 s and closes the socket.
    # The middleware notices the disconnect and abandons the request before the app runs.
    app, inner = middleware("seq:slow,slow_ms=30000")
    with serve(app) as url:
        with httpx.Client(base_url=url, timeout=0.3) as client, \
                pytest.raises(httpx.ReadTimeout):
            client.post("/v1/contacts", content=b"{}")
        for _ in range(500):  # wait (at most ~5 s) for the server to notice the disconnect
            if app.plan.abandoned:
                break
            threading.Event().wait(0.01)
    assert app.plan.abandoned == 1
    assert inner.records == []


def test_a_slow_fault_buffers_no_more_body_than_the_mock_accepts() -> None:
    # A slow fault reads the body before its delay; a body over the mock's limit (8 MiB) must
    # not be held in full there: the engine refuses it as soon as it passes the limit.
    from mocks import create_app
    from mocks.limits import MAX_BODY_BYTES

    app = create_app("pylon", token="test-token", rate_limit=False, faults="slow=1,slow_ms=1")
    chunk = b" " * (1024 * 1024)
    chunks = MAX_BODY_BYTES // len(chunk) + 4
    received = 0
    sent: list[Message] = []

    async def receive() -> Message:
        nonlocal received
        if received == chunks:  # the whole body is in: the client waits for the answer
            await asyncio.Event().wait()
        received += 1
        return {"type": "http.request", "body": chunk, "more_body": received < chunks}

    async def send(message: Message) -> None:
        sent.append({**message, "received": received})

    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST",
             "scheme": "http", "path": "/contacts", "raw_path": b"/contacts", "query_string": b"",
             "root_path": "", "server": ("mock", 80), "client": ("test", 1),
             "headers": [(b"authorization", b"Bearer test-token"),
                         (b"content-type", b"application/json")]}
    asyncio.run(app(scope, receive, send))
    start = next(m for m in sent if m["type"] == "http.response.start")
    assert 400 <= start["status"] < 500
    assert start["received"] < chunks  # answered before the whole body was read
