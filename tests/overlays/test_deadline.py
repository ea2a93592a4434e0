"""A total deadline per call: attempts, backoff sleeps and trickled headers or bodies together.

The servers trickle one byte every 0.1 s, so httpx's 2 s per-read timeout never fires; without
a total deadline a call lasts until the server gives up (8 s per attempt here, and the retry
layer tries again). Elapsed times are asserted only as generous upper bounds (deadline 1 s,
bound 3 s): this is a behaviour test ("the call ends"), not a speed benchmark.
"""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any

import httpx
import pytest
from crm_overlays import DeadlineExceededError, ServerError, acall, call, pylon
from crm_overlays.transports.ratelimit import LimiterOptions
from crm_overlays.transports.retry import RetryPolicy
from pylon_client.api.contacts import delete_contact, get_contact

from .servers import Answer, LocalServer, Received

TOKEN = "tok_DEADLINE_5e4d3c2b1a"
DEADLINE = 1.0
UPPER_BOUND = 3.0  # deadline plus generous slack for a loaded machine
BODY = json.dumps({"data": {"id": "c1", "name": "Ada", "padding": "x" * 200}}).encode()
FAST_RETRIES = RetryPolicy(backoff_base=0.05, jitter=False)


def contact(_: Received) -> Answer:
    return 200, [("Content-Type", "application/json"), ("X-Request-Id", "req-1")], BODY


def client_for(server: LocalServer, **options: Any) -> Any:
    settings: dict[str, Any] = {
        "base_url": server.origin,
        "timeout": 2.0,
        "deadline": DEADLINE,
        "retry": FAST_RETRIES,
        "rate_limit": False,
    }
    return pylon.client(token=TOKEN, **{**settings, **options})


def timed_call(client: Any) -> tuple[DeadlineExceededError, float]:
    started = time.monotonic()
    with pytest.raises(DeadlineExceededError) as caught:
        call(get_contact, "c1", client=client)
    return caught.value, time.monotonic() - started


def timed_acall(client: Any) -> tuple[DeadlineExceededError, float]:
    async def run() -> None:
        await acall(get_contact, "c1", client=client)

    started = time.monotonic()
    with pytest.raises(DeadlineExceededError) as caught:
        asyncio.run(run())
    return caught.value, time.monotonic() - started


@pytest.mark.parametrize("timed", [timed_call, timed_acall], ids=["sync", "async"])
def test_trickled_headers_end_at_the_deadline_with_retries_left(timed: Any) -> None:
    with LocalServer(contact, trickle="headers") as server:
        error, elapsed = timed(client_for(server))

    assert elapsed < UPPER_BOUND
    assert error.phase == "response"
    assert error.status is None
    assert error.deadline == DEADLINE
    assert error.attempts >= 1
    assert error.method == "GET"
    assert error.url == f"{server.origin}/contacts/c1"
    assert "deadline of 1 s passed" in str(error)
    assert "waiting for the response" in str(error)
    assert not error.maybe_applied  # a GET changes nothing


@pytest.mark.parametrize("timed", [timed_call, timed_acall], ids=["sync", "async"])
def test_a_trickled_body_ends_at_the_deadline_with_the_status_known(timed: Any) -> None:
    with LocalServer(contact, trickle="body") as server:
        error, elapsed = timed(client_for(server))

    assert elapsed < UPPER_BOUND
    assert error.phase == "body"
    assert error.status == 200
    assert error.headers["content-type"] == "application/json"
    assert error.request_id == "req-1"
    assert "reading the body of 200 OK" in str(error)
    assert len(server.received) == 1  # a body cut off is not retried


def test_without_retries_the_deadline_still_bounds_the_call() -> None:
    with LocalServer(contact, trickle="headers") as server:
        error, elapsed = timed_call(client_for(server, retry=None))
    assert elapsed < UPPER_BOUND
    assert error.attempts == 1


def test_a_write_cut_off_by_the_deadline_may_have_been_applied() -> None:
    from pylon_client.api.contacts import delete_contact

    with LocalServer(contact, trickle="headers") as server:
        client = client_for(server)
        with pytest.raises(DeadlineExceededError) as caught:
            call(delete_contact, "c1", client=client)
    assert caught.value.maybe_applied
    assert "may have reached the server" in str(caught.value)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_backoff_sleep_that_would_end_after_the_deadline_is_not_slept(mode: str) -> None:
    # The server asks for 5 s (within the policy's 60 s cap and its 60 s retry deadline): the
    # retry layer used to sleep it out. Now it returns the 503, and the call raises at once.
    requests: list[httpx.Request] = []

    def unavailable(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(503, headers={"Retry-After": "5"}, json={"error": "busy"})

    client = pylon.client(
        token=TOKEN,
        transport=httpx.MockTransport(unavailable),
        deadline=DEADLINE,
        rate_limit=False,
    )

    async def run() -> None:
        await acall(get_contact, "c1", client=client)

    started = time.monotonic()
    with pytest.raises(ServerError):
        if mode == "sync":
            call(get_contact, "c1", client=client)
        else:
            asyncio.run(run())
    assert time.monotonic() - started < UPPER_BOUND
    assert len(requests) == 1


def test_a_fast_call_is_untouched_by_the_deadline() -> None:
    with LocalServer(contact) as server:
        model = call(get_contact, "c1", client=client_for(server))
    assert model.data.id == "c1"


def test_the_deadline_must_be_positive() -> None:
    with pytest.raises(ValueError, match="deadline must be a positive number"):
        pylon.client(token=TOKEN, deadline=0)


def test_a_slow_error_body_does_not_push_the_backoff_past_the_deadline() -> None:
    # A 503 asks for 2.9 s, which fits in the 3 s deadline when decided; then its body trickles
    # until the deadline. The retry layer used to sleep the 2.9 s after that anyway.
    def busy(_: Received) -> Answer:
        return 503, [("Retry-After", "2.9")], b'{"error": "busy"}' + b" " * 200

    with LocalServer(busy, trickle="body") as server:
        client = client_for(server, deadline=3.0, timeout=10.0)
        started = time.monotonic()
        with pytest.raises(DeadlineExceededError) as caught:
            call(get_contact, "c1", client=client)
        elapsed = time.monotonic() - started
    assert elapsed < 4.5  # 3 s deadline plus slack, against about 5.9 s before
    assert caught.value.attempts == 2


def test_a_sync_rate_limit_slot_after_the_deadline_is_not_waited_for() -> None:
    # A sync sleep cannot be cut short, so the limiter must not start one that ends after the
    # deadline: Pylon's delete allows 10 a minute, and the eleventh's slot is a minute away.
    def slept(seconds: float) -> None:
        raise AssertionError(f"the limiter slept {seconds:.1f} s past a {DEADLINE} s deadline")

    deleted = httpx.MockTransport(lambda request: httpx.Response(200, json={"request_id": "r"}))
    client = pylon.client(
        token="tok_SLOT_AFTER_DEADLINE_1", transport=deleted, deadline=DEADLINE,
        retry=None, limiter_options=LimiterOptions(sleep=slept),
    )
    for number in range(10):
        call(delete_contact, f"c{number}", client=client)
    started = time.monotonic()
    with pytest.raises(DeadlineExceededError) as caught:
        call(delete_contact, "c10", client=client)
    assert time.monotonic() - started < UPPER_BOUND
    assert caught.value.phase == "response"
