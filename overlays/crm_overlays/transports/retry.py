"""Retries as an httpx transport, so sync and async clients share one policy.

What is retried:

* connection failures, 408, 429 and 5xx (but not 501/505, which never heal by waiting);
* for POST, PATCH and any other non-idempotent method only failures that prove the request did
  not take effect: a connection that was never made (``ConnectError``, ``ConnectTimeout``,
  ``PoolTimeout``) and 429 (the server refused the request). Repeating a POST after a read
  error or a 503 could create a second contact, so those propagate / are returned.

Waits use exponential backoff with full jitter (:func:`compute_wait`, the only place that does
retry timing), unless the server says how long to wait (``retry-after-ms`` / ``Retry-After``).
A server wait beyond ``max_retry_after`` raises :class:`RateLimitedError` at once instead of
blocking the caller for minutes; a wait that would cross the overall ``deadline`` ends the
retries. When retries run out, the last response is returned, not raised: the generated client
then parses the documented error model and the overlay's ``unwrap`` raises the typed error.

Why not a library: ``httpx-retries`` (0.4.x) has no ``retry-after-ms``, no overall deadline,
no cap that raises, no injectable sleep/clock/random, and allows a method for every retryable
failure or none, so "POST only on connect errors and 429" cannot be expressed.
``tenacity``/``stamina`` retry on exceptions around a callable; using them here means raising
and catching a private exception per response, re-implementing Retry-After and the deadline
inside a custom wait anyway, and (stamina) only global, not per-policy, test switches. The
hand-written part below is one timing function and one decision table.
"""

from __future__ import annotations

import asyncio
import logging
import random as _random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

import httpx

from ..errors import NOT_SENT_ERRORS, parse_retry_after, rate_limited_error
from ..redact import redact_url
from . import deadline as call_deadline

__all__ = [
    "DEFAULT_RETRY_POLICY",
    "AsyncRetryTransport",
    "RetryPolicy",
    "RetryTransport",
    "compute_wait",
    "parse_retry_after",
]

logger = logging.getLogger("crm_overlays.transports.retry")

DEFAULT_MAX_ATTEMPTS = 4
DEFAULT_BACKOFF_BASE = 0.5  # seconds before the first retry (before jitter)
DEFAULT_BACKOFF_MAX = 8.0  # no backoff wait grows beyond this
DEFAULT_DEADLINE = 60.0  # seconds from the first attempt after which we stop retrying
DEFAULT_MAX_RETRY_AFTER = 60.0  # longest server-requested wait we sit out
BACKOFF_MULTIPLIER = 2.0  # each retry waits up to twice as long as the one before

#: 408, 429 and the 5xx that can heal: 501 Not Implemented and 505 HTTP Version Not Supported
#: are answers about the request itself and will not change by asking again.
DEFAULT_RETRY_STATUSES: frozenset[int] = frozenset(
    {408, 429, *(status for status in range(500, 600) if status not in (501, 505))}
)

#: Methods that RFC 9110 defines as idempotent: repeating one has the effect of sending it once.
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE"})

#: Statuses that prove a non-idempotent request was not acted on.
REFUSED_STATUSES = frozenset({429})

#: Transport errors worth another try for idempotent requests. A ``LocalProtocolError`` or an
#: ``UnsupportedProtocol`` is a bug on our side and would fail the same way again.
RETRYABLE_ERRORS: tuple[type[httpx.TransportError], ...] = (
    httpx.TimeoutException,
    httpx.NetworkError,
    httpx.RemoteProtocolError,
)


@dataclass(frozen=True, kw_only=True)
class RetryPolicy:
    """How many times, how long and on what to retry; the clocks are injectable for tests."""

    max_attempts: int = DEFAULT_MAX_ATTEMPTS
    backoff_base: float = DEFAULT_BACKOFF_BASE
    backoff_max: float = DEFAULT_BACKOFF_MAX
    deadline: float = DEFAULT_DEADLINE
    max_retry_after: float = DEFAULT_MAX_RETRY_AFTER
    retry_statuses: frozenset[int] = DEFAULT_RETRY_STATUSES
    jitter: bool = True
    clock: Callable[[], float] = field(default=time.monotonic, repr=False)
    wall_clock: Callable[[], float] = field(default=time.time, repr=False)
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False)
    async_sleep: Callable[[float], Awaitable[None]] = field(default=asyncio.sleep, repr=False)
    random: Callable[[], float] = field(default=_random.random, repr=False)

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ValueError(f"max_attempts must be at least 1, got {self.max_attempts}")
        for name in ("backoff_base", "backoff_max", "deadline", "max_retry_after"):
            value = getattr(self, name)
            if not value >= 0:  # also rejects NaN
                raise ValueError(f"{name} must be a non-negative number of seconds, got {value}")
        object.__setattr__(self, "retry_statuses", frozenset(self.retry_statuses))


#: The one default: what the ready clients, the transport builders and a bare
#: ``RetryTransport`` use when the caller names no policy.
DEFAULT_RETRY_POLICY = RetryPolicy()


def compute_wait(policy: RetryPolicy, retry_number: int, retry_after: float | None) -> float:
    """Seconds to wait before retry number ``retry_number`` (1 for the first retry).

    The server's ``retry_after`` wins when it gave one. Otherwise the exponential backoff
    ``backoff_base * 2 ** (retry_number - 1)``, capped at ``backoff_max``, and with jitter a
    uniformly random wait between 0 and that ("full jitter": concurrent clients that failed
    together spread out instead of retrying in lock step).
    """
    if retry_after is not None:
        return retry_after
    ceiling = min(
        policy.backoff_max, policy.backoff_base * BACKOFF_MULTIPLIER ** (retry_number - 1)
    )
    return ceiling * policy.random() if policy.jitter else ceiling


class _ServerWantsLongWait(Exception):
    """Internal: the server asked for a wait above the policy's cap."""

    def __init__(self, retry_after: float) -> None:
        super().__init__(retry_after)
        self.retry_after = retry_after


class _Attempts:
    """The retry decisions for one request, shared by the sync and the async transport."""

    def __init__(self, policy: RetryPolicy, request: httpx.Request) -> None:
        self.policy = policy
        self.request = request
        self.method = request.method.upper()
        self.made = 0
        self.started = policy.clock()

    def wait_after_error(self, exc: httpx.TransportError) -> float | None:
        """Seconds to wait before retrying after ``exc``, or ``None`` to let it propagate."""
        retryable = (
            isinstance(exc, RETRYABLE_ERRORS)
            if self.method in IDEMPOTENT_METHODS
            else isinstance(exc, NOT_SENT_ERRORS)
        )
        if not retryable or self.made >= self.policy.max_attempts:
            return None
        return self._within_deadline(compute_wait(self.policy, self.made, None))

    def wait_after_response(self, response: httpx.Response) -> float | None:
        """Seconds to wait before retrying after ``response``, or ``None`` to return it.

        Raises ``_ServerWantsLongWait`` when the server asks for more than the cap.
        """
        status = response.status_code
        if status not in self.policy.retry_statuses:
            return None
        if self.method not in IDEMPOTENT_METHODS and status not in REFUSED_STATUSES:
            return None
        if self.made >= self.policy.max_attempts:
            return None
        retry_after = parse_retry_after(response.headers, now=self.policy.wall_clock())
        if retry_after is not None and retry_after > self.policy.max_retry_after:
            raise _ServerWantsLongWait(retry_after)
        return self._within_deadline(compute_wait(self.policy, self.made, retry_after))

    def _within_deadline(self, wait: float) -> float | None:
        elapsed = self.policy.clock() - self.started
        if elapsed + wait > self.policy.deadline:
            return None
        # The call's total deadline (crm_overlays.transports.deadline), when it has one: a retry that
        # could only start after it would be cut off at once.
        left = call_deadline.time_left(self.request)
        return wait if left is None or wait < left else None

    def clamp(self, wait: float) -> float:
        """``wait``, cut to the time left before the call's deadline (never below 0)."""
        left = call_deadline.time_left(self.request)
        return wait if left is None else max(0.0, min(wait, left))

    def log_retry(self, outcome: str, wait: float) -> None:
        logger.info(
            "retrying %s %s after %s (attempt %d of %d) in %.3f s",
            self.method,
            redact_url(self.request.url),
            outcome,
            self.made,
            self.policy.max_attempts,
            wait,
        )


class RetryTransport(httpx.BaseTransport):
    """Retries requests sent through ``inner`` according to ``policy``."""

    def __init__(self, inner: httpx.BaseTransport, policy: RetryPolicy | None = None) -> None:
        self.inner = inner
        self.policy = policy or DEFAULT_RETRY_POLICY

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()  # buffer a streamed body so every attempt sends the same bytes
        attempts = _Attempts(self.policy, request)
        while True:
            attempts.made += 1
            call_deadline.before_attempt(request)
            try:
                response = self.inner.handle_request(request)
            except httpx.TransportError as exc:
                wait = attempts.wait_after_error(exc)
                if wait is None:
                    raise
                attempts.log_retry(type(exc).__name__, wait)
                self.policy.sleep(wait)
                continue
            try:
                wait = attempts.wait_after_response(response)
            except _ServerWantsLongWait as long_wait:
                _discard(response)
                raise rate_limited_error(response, long_wait.retry_after) from None
            if wait is None:
                return response
            _discard(response)
            wait = attempts.clamp(wait)  # reading a slow body may have used up the time left
            attempts.log_retry(f"status {response.status_code}", wait)
            self.policy.sleep(wait)

    def close(self) -> None:
        self.inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The asyncio twin of :class:`RetryTransport`."""

    def __init__(self, inner: httpx.AsyncBaseTransport, policy: RetryPolicy | None = None) -> None:
        self.inner = inner
        self.policy = policy or DEFAULT_RETRY_POLICY

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        attempts = _Attempts(self.policy, request)
        while True:
            attempts.made += 1
            call_deadline.before_attempt(request)
            try:
                response = await self.inner.handle_async_request(request)
            except httpx.TransportError as exc:
                wait = attempts.wait_after_error(exc)
                if wait is None:
                    raise
                attempts.log_retry(type(exc).__name__, wait)
                await self.policy.async_sleep(wait)
                continue
            try:
                wait = attempts.wait_after_response(response)
            except _ServerWantsLongWait as long_wait:
                await _adiscard(response)
                raise rate_limited_error(response, long_wait.retry_after) from None
            if wait is None:
                return response
            await _adiscard(response)
            wait = attempts.clamp(wait)
            attempts.log_retry(f"status {response.status_code}", wait)
            await self.policy.async_sleep(wait)

    async def aclose(self) -> None:
        await self.inner.aclose()


def _discard(response: httpx.Response) -> None:
    """Drain and close a response we will not return, so its connection goes back to the pool."""
    try:
        response.read()
    except httpx.HTTPError:
        pass  # a broken body only means the connection is dropped instead of reused
    finally:
        response.close()


async def _adiscard(response: httpx.Response) -> None:
    try:
        await response.aread()
    except httpx.HTTPError:
        pass
    finally:
        await response.aclose()
