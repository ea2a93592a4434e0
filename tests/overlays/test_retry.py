"""RetryTransport / AsyncRetryTransport against scripted MockTransport servers and a fake clock.

No test waits: the policy's clock, sleep and random are injected, and every sleep the transport
asks for is recorded (and advances the fake clock) so the waits themselves are asserted.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime

import httpx
import pytest
from crm_overlays.exceptions import RateLimitedError
from crm_overlays.transports import AsyncToSyncTransport, build_async_transport, build_transport
from crm_overlays.transports.credentials import CredentialGuardTransport
from crm_overlays.transports.deadline import DeadlineTransport
from crm_overlays.transports.http_log import LoggingTransport
from crm_overlays.transports.ratelimit import LimiterOptions, LimiterRegistry, RateLimitTransport
from crm_overlays.transports.retry import (
    DEFAULT_RETRY_STATUSES,
    AsyncRetryTransport,
    RetryPolicy,
    RetryTransport,
    compute_wait,
)
from pylon_client import AuthenticatedClient
from pylon_client.api.contacts import get_contact
from pylon_client.models.error import Error as PylonError
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

TOKEN = "tok_SECRET_9f8e7d6c5b4a"
WALL_START = 1_800_000_000.0  # Unix time of the fake wall clock at monotonic 0
URL = "https://api.usepylon.com/contacts/abc"


class FakeClock:
    """Monotonic and wall time that only move when someone sleeps."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def wall(self) -> float:
        return WALL_START + self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


def make_policy(clock: FakeClock, **overrides: object) -> RetryPolicy:
    settings: dict[str, object] = {
        "jitter": False,
        "clock": clock.monotonic,
        "wall_clock": clock.wall,
        "sleep": clock.sleep,
        "async_sleep": clock.async_sleep,
    }
    settings.update(overrides)
    return RetryPolicy(**settings)  # type: ignore[arg-type]


Outcome = int | tuple[int, dict[str, str]] | type[httpx.TransportError]


@dataclass
class Script:
    """A server that answers with ``outcomes`` in order (the last one repeats) and records calls."""

    outcomes: list[Outcome]
    seen: list[tuple[str, bytes]] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append((request.method, request.read()))
        outcome = self.outcomes[min(len(self.seen), len(self.outcomes)) - 1]
        if isinstance(outcome, type):
            raise outcome("scripted failure", request=request)
        status, headers = outcome if isinstance(outcome, tuple) else (outcome, {})
        return httpx.Response(status, headers=headers, json={"attempt": len(self.seen)})

    @property
    def attempts(self) -> int:
        return len(self.seen)


def send(
    policy: RetryPolicy, script: Script, method: str = "GET", **kwargs: object
) -> httpx.Response:
    transport = RetryTransport(httpx.MockTransport(script), policy)
    with httpx.Client(transport=transport) as client:
        return client.request(method, URL, **kwargs)  # type: ignore[arg-type]


def asend(
    policy: RetryPolicy, script: Script, method: str = "GET", **kwargs: object
) -> httpx.Response:
    async def run() -> httpx.Response:
        transport = AsyncRetryTransport(httpx.MockTransport(script), policy)
        async with httpx.AsyncClient(transport=transport) as client:
            return await client.request(method, URL, **kwargs)  # type: ignore[arg-type]

    return asyncio.run(run())


SENDERS = pytest.mark.parametrize("sender", [send, asend], ids=["sync", "async"])


# ------------------------------------------------------------------------------ timing


def test_backoff_doubles_from_the_base_and_is_capped_without_jitter() -> None:
    policy = RetryPolicy(jitter=False, backoff_base=0.5, backoff_max=8.0)

    waits = [compute_wait(policy, retry, None) for retry in range(1, 8)]

    assert waits == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]


@pytest.mark.parametrize("draw", [0.0, 0.25, 0.999999])
def test_full_jitter_scales_the_backoff_by_the_random_draw(draw: float) -> None:
    policy = RetryPolicy(jitter=True, backoff_base=0.5, backoff_max=8.0, random=lambda: draw)

    assert [compute_wait(policy, retry, None) for retry in (1, 3, 6)] == [
        0.5 * draw,
        2.0 * draw,
        8.0 * draw,
    ]


def test_jittered_waits_stay_between_zero_and_the_backoff() -> None:
    policy = RetryPolicy()  # the real random source
    for retry in range(1, 7):
        ceiling = min(8.0, 0.5 * 2 ** (retry - 1))
        waits = [compute_wait(policy, retry, None) for _ in range(200)]
        assert all(0.0 <= wait <= ceiling for wait in waits)
        assert max(waits) > ceiling / 2  # spread over the range, not stuck at zero


def test_server_retry_after_replaces_the_backoff() -> None:
    policy = RetryPolicy(random=lambda: 0.5)
    assert compute_wait(policy, 3, 7.25) == 7.25


@pytest.mark.parametrize(
    "bad",
    [{"max_attempts": 0}, {"backoff_base": -1.0}, {"deadline": float("nan")}],
)
def test_policy_rejects_nonsense(bad: dict[str, float]) -> None:
    with pytest.raises(ValueError, match=next(iter(bad))):
        RetryPolicy(**bad)  # type: ignore[arg-type]


def test_default_statuses_are_408_429_and_5xx_that_can_heal() -> None:
    assert {408, 429, 500, 502, 503, 504, 599} <= DEFAULT_RETRY_STATUSES
    assert not {400, 401, 404, 409, 422, 501, 505} & DEFAULT_RETRY_STATUSES


# ---------------------------------------------------------------------- what is retried


@SENDERS
def test_get_is_retried_on_503_with_exponential_backoff(sender: object) -> None:
    clock = FakeClock()
    script = Script([503, 503, 200])

    response = sender(make_policy(clock), script)  # type: ignore[operator]

    assert response.status_code == 200
    assert response.json() == {"attempt": 3}
    assert clock.sleeps == [0.5, 1.0]


@SENDERS
def test_retries_stop_after_max_attempts_and_return_the_last_response(sender: object) -> None:
    clock = FakeClock()
    script = Script([503])

    response = sender(make_policy(clock, max_attempts=4), script)  # type: ignore[operator]

    assert response.status_code == 503
    assert response.json() == {"attempt": 4}  # the last response, readable by the client
    assert script.attempts == 4
    assert clock.sleeps == [0.5, 1.0, 2.0]


@pytest.mark.parametrize("status", [408, 429, 500, 502, 504])
def test_other_retryable_statuses(status: int) -> None:
    clock = FakeClock()
    script = Script([status, 200])

    assert send(make_policy(clock), script).status_code == 200
    assert script.attempts == 2


@pytest.mark.parametrize("status", [400, 401, 404, 422, 501])
def test_client_errors_and_501_are_not_retried(status: int) -> None:
    clock = FakeClock()
    script = Script([status, 200])

    assert send(make_policy(clock), script).status_code == status
    assert script.attempts == 1
    assert clock.sleeps == []


@SENDERS
def test_connection_errors_exhaust_attempts_then_propagate(sender: object) -> None:
    clock = FakeClock()
    script = Script([httpx.ConnectError])

    with pytest.raises(httpx.ConnectError):
        sender(make_policy(clock, max_attempts=3), script)  # type: ignore[operator]
    assert script.attempts == 3
    assert clock.sleeps == [0.5, 1.0]


@SENDERS
@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE", "HEAD", "OPTIONS"])
@pytest.mark.parametrize(
    "failure", [503, httpx.ReadError, httpx.ReadTimeout, httpx.RemoteProtocolError]
)
def test_idempotent_methods_are_retried_on_any_retryable_failure(
    sender: object, method: str, failure: Outcome
) -> None:
    clock = FakeClock()
    script = Script([failure, 200])

    response = sender(make_policy(clock), script, method)  # type: ignore[operator]

    assert response.status_code == 200
    assert script.attempts == 2


@SENDERS
@pytest.mark.parametrize("method", ["POST", "PATCH"])
@pytest.mark.parametrize("status", [500, 502, 503, 504, 408])
def test_writes_are_not_retried_on_a_status_that_may_follow_their_effect(
    sender: object, method: str, status: int
) -> None:
    clock = FakeClock()
    script = Script([status, 201])

    response = sender(make_policy(clock), script, method, json={"name": "Ada"})  # type: ignore[operator]

    assert response.status_code == status
    assert script.attempts == 1


@SENDERS
@pytest.mark.parametrize("method", ["POST", "PATCH"])
@pytest.mark.parametrize(
    "error",
    [
        httpx.ReadError,
        httpx.ReadTimeout,
        httpx.WriteError,
        httpx.WriteTimeout,
        httpx.RemoteProtocolError,
    ],
)
def test_writes_are_not_retried_after_an_error_once_bytes_may_have_left(
    sender: object, method: str, error: type[httpx.TransportError]
) -> None:
    clock = FakeClock()
    script = Script([error, 201])

    with pytest.raises(error):
        sender(make_policy(clock), script, method, json={"name": "Ada"})  # type: ignore[operator]
    assert script.attempts == 1


@SENDERS
@pytest.mark.parametrize("method", ["POST", "PATCH"])
@pytest.mark.parametrize("failure", [httpx.ConnectError, httpx.ConnectTimeout, 429])
def test_writes_are_retried_when_they_certainly_did_not_take_effect(
    sender: object, method: str, failure: Outcome
) -> None:
    clock = FakeClock()
    script = Script([failure, failure, 201])

    response = sender(make_policy(clock), script, method, json={"name": "Ada"})  # type: ignore[operator]

    assert response.status_code == 201
    assert script.attempts == 3
    bodies = {body for _, body in script.seen}
    assert bodies == {b'{"name":"Ada"}'}  # the same bytes every time


def _chunks() -> Iterator[bytes]:
    yield b'{"name":'
    yield b'"Ada"}'


async def _achunks() -> AsyncIterator[bytes]:
    for chunk in _chunks():
        yield chunk


def test_a_streamed_body_is_buffered_and_resent_identically() -> None:
    clock = FakeClock()
    script = Script([httpx.ConnectError, httpx.ConnectError, 201])

    response = send(make_policy(clock), script, "POST", content=_chunks())

    assert response.status_code == 201
    assert [body for _, body in script.seen] == [b'{"name":"Ada"}'] * 3


def test_a_streamed_body_is_resent_identically_by_the_async_transport() -> None:
    clock = FakeClock()
    script = Script([httpx.ConnectError, 201])

    response = asend(make_policy(clock), script, "POST", content=_achunks())

    assert response.status_code == 201
    assert [body for _, body in script.seen] == [b'{"name":"Ada"}'] * 2


# ---------------------------------------------------------------------- server waits


@SENDERS
def test_retry_after_seconds_is_honoured(sender: object) -> None:
    clock = FakeClock()
    script = Script([(429, {"Retry-After": "7"}), 200])

    assert sender(make_policy(clock), script).status_code == 200  # type: ignore[operator]
    assert clock.sleeps == [7.0]


def test_retry_after_http_date_is_measured_on_the_wall_clock() -> None:
    clock = FakeClock()
    clock.now = 100.0
    moment = datetime.fromtimestamp(WALL_START + 100.0 + 30.0, UTC)
    script = Script([(503, {"Retry-After": format_datetime(moment, usegmt=True)}), 200])

    assert send(make_policy(clock), script).status_code == 200
    assert clock.sleeps == [30.0]


def test_retry_after_ms_takes_precedence_over_retry_after() -> None:
    clock = FakeClock()
    script = Script([(429, {"Retry-After": "9", "retry-after-ms": "1500"}), 200])

    assert send(make_policy(clock), script).status_code == 200
    assert clock.sleeps == [1.5]


@SENDERS
@pytest.mark.parametrize("status", [429, 503])
def test_a_wait_beyond_the_cap_raises_rate_limited_at_once(sender: object, status: int) -> None:
    clock = FakeClock()
    script = Script([(status, {"Retry-After": "120"}), 200])

    with pytest.raises(RateLimitedError) as caught:
        sender(make_policy(clock, max_retry_after=60.0), script)  # type: ignore[operator]

    assert caught.value.retry_after == 120.0
    assert caught.value.status == status
    assert caught.value.body == {"attempt": 1}
    assert script.attempts == 1
    assert clock.sleeps == []


def test_a_long_wait_on_the_last_attempt_returns_the_response() -> None:
    # With no attempt left there is nothing to wait for: the caller gets the 429 to handle.
    clock = FakeClock()
    script = Script([(429, {"Retry-After": "120"})])

    assert send(make_policy(clock, max_attempts=1), script).status_code == 429


@SENDERS
def test_a_wait_that_would_pass_the_deadline_ends_the_retries(sender: object) -> None:
    clock = FakeClock()
    script = Script([503])

    response = sender(make_policy(clock, deadline=5.0, backoff_base=2.0), script)  # type: ignore[operator]

    # waits 2 (t=2) and 4 (t=6 > 5 is refused after the second attempt)
    assert response.status_code == 503
    assert script.attempts == 2
    assert clock.sleeps == [2.0]


def test_a_server_wait_that_would_pass_the_deadline_is_not_slept() -> None:
    clock = FakeClock()
    script = Script([(503, {"Retry-After": "30"}), 200])

    response = send(make_policy(clock, deadline=10.0), script)

    assert response.status_code == 503
    assert clock.sleeps == []


def test_the_deadline_counts_time_spent_in_attempts() -> None:
    clock = FakeClock()

    attempts: list[float] = []

    def slow(request: httpx.Request) -> httpx.Response:
        attempts.append(clock.now)
        clock.now += 4.0  # each attempt takes four seconds
        return httpx.Response(503)

    transport = RetryTransport(httpx.MockTransport(slow), make_policy(clock, deadline=10.0))
    with httpx.Client(transport=transport) as client:
        assert client.get(URL).status_code == 503

    # attempt at 0, ends 4, wait .5; attempt at 4.5, ends 8.5, wait 1 (ends 9.5 <= 10);
    # attempt at 9.5, ends 13.5: a wait of 2 would end at 15.5 > 10, so no fourth attempt
    # although max_attempts is 4.
    assert attempts == [0.0, 4.5, 9.5]
    assert clock.sleeps == [0.5, 1.0]


# ------------------------------------------------------------------ discarded responses


class TrackedStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body that records whether it was read and closed."""

    def __init__(self) -> None:
        self.read = False
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        self.read = True
        yield b"{}"

    async def __aiter__(self) -> AsyncIterator[bytes]:
        self.read = True
        yield b"{}"

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


@SENDERS
def test_discarded_responses_are_read_and_closed(sender: object) -> None:
    streams: list[TrackedStream] = []

    def handler(request: httpx.Request) -> httpx.Response:
        streams.append(TrackedStream())
        return httpx.Response(503 if len(streams) < 3 else 200, stream=streams[-1])

    clock = FakeClock()
    policy = make_policy(clock)
    if sender is send:
        with httpx.Client(transport=RetryTransport(httpx.MockTransport(handler), policy)) as client:
            assert client.get(URL).status_code == 200
    else:

        async def run() -> None:
            transport = AsyncRetryTransport(httpx.MockTransport(handler), policy)
            async with httpx.AsyncClient(transport=transport) as client:
                assert (await client.get(URL)).status_code == 200

        asyncio.run(run())

    assert [(s.read, s.closed) for s in streams[:2]] == [(True, True), (True, True)]
    assert streams[2].read  # the client read the returned one


# --------------------------------------------------------------------------- logging


def test_each_retry_is_logged_at_info_without_the_token(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="crm_overlays.transports.retry")
    clock = FakeClock()
    script = Script([503, httpx.ReadTimeout, 200])
    transport = RetryTransport(httpx.MockTransport(script), make_policy(clock))

    with httpx.Client(transport=transport, headers={"Authorization": f"Bearer {TOKEN}"}) as client:
        client.get(f"{URL}?access_token={TOKEN}")

    messages = [record.getMessage() for record in caplog.records]
    url = "https://api.usepylon.com/contacts/abc?access_token=[REDACTED]"
    assert messages == [
        f"retrying GET {url} after status 503 (attempt 1 of 4) in 0.500 s",
        f"retrying GET {url} after ReadTimeout (attempt 2 of 4) in 1.000 s",
    ]
    assert all(record.levelno == logging.INFO for record in caplog.records)
    assert TOKEN not in caplog.text


# ----------------------------------------------------------------------- composition


def _layers(transport: object) -> list[type]:
    layers = []
    while transport is not None:
        layers.append(type(transport))
        transport = getattr(transport, "inner", None)
    return layers


def test_stack_order_is_guard_logging_deadline_retry_ratelimit_inner() -> None:
    inner = httpx.MockTransport(Script([200]))
    transport = build_transport("pylon", TOKEN, inner=inner, limiter_registry=LimiterRegistry())

    assert _layers(transport) == [
        CredentialGuardTransport,
        LoggingTransport,
        DeadlineTransport,
        RetryTransport,
        RateLimitTransport,
        httpx.MockTransport,
    ]


@pytest.mark.parametrize("api", ["kanbert", "kinbox", "repzo"])
def test_apis_without_a_documented_limit_get_no_limiter_layer(api: str) -> None:
    inner = httpx.MockTransport(Script([200]))
    assert _layers(build_transport(api, TOKEN, inner=inner)) == [
        CredentialGuardTransport,
        LoggingTransport,
        DeadlineTransport,
        RetryTransport,
        httpx.MockTransport,
    ]


def test_retry_none_rate_limit_false_and_deadline_none_leave_guard_and_logging() -> None:
    inner = httpx.MockTransport(Script([200]))
    transport = build_transport(
        "wealthbox", TOKEN, inner=inner, retry=None, rate_limit=False, deadline=None
    )
    assert _layers(transport) == [CredentialGuardTransport, LoggingTransport, httpx.MockTransport]


def test_build_rejects_an_unknown_api_and_a_sync_inner_for_async() -> None:
    with pytest.raises(ValueError, match="unknown API 'hubspot'"):
        build_transport("hubspot", TOKEN)
    with pytest.raises(TypeError, match="async httpx transport"):
        build_async_transport("pylon", TOKEN, inner=httpx.HTTPTransport())  # type: ignore[arg-type]


async def _contact(request: Request) -> JSONResponse:
    if request.headers.get("authorization") != f"Bearer {TOKEN}":
        return JSONResponse({"errors": ["unauthorized"]}, status_code=401)
    return JSONResponse({"data": {"id": request.path_params["id"], "name": "Ada"}})


ASGI_APP = Starlette(routes=[Route("/contacts/{id}", _contact)])


def test_a_sync_generated_client_runs_against_an_asgi_app() -> None:
    # Other tests' clients may still hold bridges of their own: count this client's only.
    before = _bridge_threads()
    transport = build_transport(
        "pylon", TOKEN, inner=httpx.ASGITransport(ASGI_APP), limiter_registry=LimiterRegistry()
    )
    assert _layers(transport)[-2:] == [AsyncToSyncTransport, httpx.ASGITransport]
    client = AuthenticatedClient(
        base_url="https://api.usepylon.com", token=TOKEN, httpx_args={"transport": transport}
    )

    with client:
        response = get_contact.sync_detailed("c1", client=client)
        assert _bridge_threads() == before + 1

    assert response.status_code == 200
    assert response.parsed is not None
    assert response.parsed.to_dict()["data"] == {"id": "c1", "name": "Ada"}
    assert _bridge_threads() == before  # closing the client stopped the bridge's event loop


def _bridge_threads() -> int:
    return sum(t.name == "crm-overlays-async-bridge" for t in threading.enumerate())


def test_an_async_generated_client_runs_against_an_asgi_app() -> None:
    transport = build_async_transport(
        "pylon", TOKEN, inner=httpx.ASGITransport(ASGI_APP), limiter_registry=LimiterRegistry()
    )
    client = AuthenticatedClient(
        base_url="https://api.usepylon.com", token=TOKEN, httpx_args={"transport": transport}
    )

    async def run() -> int:
        async with client:
            response = await get_contact.asyncio_detailed("c2", client=client)
        return response.status_code

    assert asyncio.run(run()) == 200


def test_exhausted_retries_hand_the_generated_client_its_error_model() -> None:
    clock = FakeClock()
    script = Script([500])

    def pylon_error(request: httpx.Request) -> httpx.Response:
        script(request)
        return httpx.Response(500, json={"errors": ["boom"], "request_id": "r1"})

    transport = build_transport(
        "pylon",
        TOKEN,
        inner=httpx.MockTransport(pylon_error),
        retry=make_policy(clock),
        limiter_options=LimiterOptions(clock=clock.monotonic, sleep=clock.sleep),
        limiter_registry=LimiterRegistry(),
    )
    client = AuthenticatedClient(
        base_url="https://api.usepylon.com", token=TOKEN, httpx_args={"transport": transport}
    )

    with client:
        response = get_contact.sync_detailed("c1", client=client)

    assert script.attempts == 4
    assert response.status_code == 500
    assert isinstance(response.parsed, PylonError)
    assert response.parsed.errors == ["boom"]
