"""Enforce a spec's ``x-rate-limit`` on the mock servers, the way the vendor documents it.

The engine asks the limiter after routing and auth (``mocks/engine.py``): a budget belongs to
the operation the router matched and the principal auth accepted, so every spelling of one
request (``//``, a trailing ``/``, ``%2F``, HEAD for GET, ``bearer`` in any case, the token in
either of Wealthbox's headers) spends the same budget, and a request auth refuses spends none
and is never remembered. Why a refused request over the limit gets 401 and not 429: it is
unauthenticated, so there is no budget it could be over; the vendor cannot know whose budget a
junk token would spend, and counting it would let anyone exhaust a budget (or the mock's
memory) with made-up tokens.

The limits are read from the spec (root ``x-rate-limit`` = default for every operation, an
operation's own ``x-rate-limit`` overrides it; format in ``specs/README.md``), never from a
table in Python. A client-side limiter configured from the same extension must be able to reach
the documented rate against this limiter without a single 429, so the algorithm below is
chosen for exactness and determinism, not for cheapness.

Response headers, this mock's convention (no spec in this repository declares them):

* ``Retry-After``: whole seconds to wait (RFC 9110 allows only an integer), rounded UP.
* ``retry-after-ms``: the same wait in milliseconds, rounded up to the next whole millisecond.
  With ``time_scale`` a wait is often far below one second; the integer header would then make
  a client wait up to a full second too long, while the millisecond header (the convention
  OpenAI and Azure clients already read) keeps it exact. Waiting either value is always enough.
* ``X-RateLimit-Limit``: the documented number of requests per window.
* ``X-RateLimit-Remaining``: requests still allowed in the current window for this budget.
* ``X-RateLimit-Reset``: whole seconds (rounded up, real compressed time, a delta and not an
  epoch) until the oldest counted request leaves the window, i.e. until a slot frees up.

A rejected request (429, in the operation's error envelope) always carries all five. An
accepted request carries the ``X-RateLimit-*`` headers only when the spec declares them for
that operation's response status: a mock must answer what the spec documents, and unexplained
headers would teach clients to depend on something the real vendor never promised.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from crm_overlays.spec_extensions import RateLimit, rate_limits

from mocks.auth import Principal
from mocks.operations import Operation

__all__ = [
    "Decision",
    "RateLimiter",
    "SlidingWindowLog",
    "Verdict",
    "retry_after_headers",
]

logger = logging.getLogger(__name__)

RATE_LIMIT_HEADERS = ("x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset")


@dataclass(frozen=True)
class Decision:
    """The outcome of asking a budget for one request."""

    allowed: bool
    limit: int
    remaining: int
    reset_after: float
    """Seconds (in clock time) until the oldest counted request leaves the window."""


class SlidingWindowLog:
    """Accept a request at ``t`` only if fewer than ``limit`` were accepted in ``(t - window, t]``.

    Why a sliding log and not a fixed window: a vendor's "60 per minute" promises that no
    minute, wherever it starts, holds more than 60 requests. A fixed window aligned to the first
    request lets 60 through at the end of one window and 60 more at the start of the next, i.e.
    120 in one minute, so a mock using it would accept bursts the vendor rejects and teach
    clients the wrong lesson. The log keeps the timestamps of the last ``limit`` accepted
    requests (memory O(limit) per budget), which is exactly the promise, and it depends on
    nothing but the injected clock, so it is deterministic in tests.

    Why it is fair to a well-behaved client: only accepted requests are logged, so a rejected
    retry never pushes the client's own budget further out; and a client that sends request
    ``k + limit`` at least ``window`` after request ``k`` (what a client-side sliding-log
    limiter does) is accepted, because request ``k`` has expired by then (the interval is
    half-open: it expires at exactly ``t_k + window``). Only network jitter, making request
    ``k + limit`` travel faster than request ``k``, can make it arrive early.
    """

    __slots__ = ("_accepted", "_limit", "_window")

    def __init__(self, limit: int, window: float) -> None:
        self._limit = limit
        self._window = window
        self._accepted: deque[float] = deque()

    def try_acquire(self, now: float) -> Decision:
        accepted = self._accepted
        while accepted and accepted[0] + self._window <= now:
            accepted.popleft()
        allowed = len(accepted) < self._limit
        if allowed:
            accepted.append(now)
        return Decision(
            allowed=allowed,
            limit=self._limit,
            remaining=self._limit - len(accepted),
            reset_after=accepted[0] + self._window - now,
        )


def _ceil_millis(seconds: float) -> int:
    # Rounding first keeps float noise (0.1 * 3 * 1000 = 300.00000000000006) from adding a ms.
    return max(0, math.ceil(round(seconds * 1000, 6)))


def _ceil_seconds(seconds: float) -> int:
    return math.ceil(_ceil_millis(seconds) / 1000)


def retry_after_headers(seconds: float) -> dict[str, str]:
    """``Retry-After`` (integer seconds, rounded up) and ``retry-after-ms`` (exact, rounded up)."""
    return {"retry-after": str(_ceil_seconds(seconds)), "retry-after-ms": str(_ceil_millis(seconds))}


@dataclass(frozen=True, slots=True)
class _Budgeted:
    """What the limiter knows about one rate-limited operation, compiled once."""

    limit: RateLimit
    label: str
    """``DELETE /contacts/{id}``: the operation in a log line."""
    shared: object
    """What budgets are shared by besides the principal: the operation, or the declaration."""
    declared: Mapping[str, frozenset[str]]
    """Per response status key (``200``, ``4XX``, ``DEFAULT``): the rate-limit headers declared."""

    def headers_declared_for(self, status: int) -> frozenset[str]:
        declared = self.declared
        for key in (str(status), f"{status // 100}XX", "DEFAULT"):
            if key in declared:
                return declared[key]
        return frozenset()


@dataclass(frozen=True, slots=True)
class Verdict:
    """The limiter's answer for one request of a rate-limited operation."""

    budgeted: _Budgeted
    decision: Decision

    @property
    def allowed(self) -> bool:
        return self.decision.allowed

    @property
    def message(self) -> str:
        wait = self.decision.reset_after
        return (
            f"rate limit exceeded: at most {self.budgeted.limit.describe()}; "
            f"retry in {_ceil_millis(wait)} ms"
        )

    def rejection_headers(self) -> dict[str, str]:
        """Every header of a 429: the waits and the three ``X-RateLimit-*``."""
        return {**retry_after_headers(self.decision.reset_after), **_rate_limit_headers(self.decision)}

    def add_declared_headers(self, status: int, headers: dict[str, str]) -> None:
        """Add the ``X-RateLimit-*`` headers the spec declares for an accepted answer's status
        (none unless declared; a header the answer already has is kept)."""
        declared = self.budgeted.headers_declared_for(status)
        if not declared:
            return
        present = {name.lower() for name in headers}
        for name, value in _rate_limit_headers(self.decision).items():
            if name in declared and name not in present:
                headers[name] = value


class RateLimiter:
    """Budgets of (principal, operation), for the rate-limited operations of one spec.

    ``scope: operation`` gives every (principal, operation) its own budget; ``scope: token``
    makes all operations sharing that declaration share one per principal. A principal comes
    from auth (``mocks/auth.py``) and never holds a token, so neither do the budgets; there is
    one budget per accepted principal and budget, however many junk credentials arrive.

    ``time_scale`` compresses time: 60 makes a documented 60-second window last one real
    second, and every header then reports real (compressed) seconds, because those are what a
    client actually has to wait.

    The state is guarded by a ``threading.Lock``: the critical section is a few deque
    operations, and the same instance stays safe if a server runs it from several threads.
    """

    def __init__(
        self,
        spec: Mapping[str, Any],
        operations: Iterable[Operation],
        *,
        time_scale: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not time_scale > 0:
            raise ValueError(f"time_scale must be > 0, got {time_scale!r}")
        self.time_scale = time_scale
        self._clock = clock
        limits = rate_limits(spec)
        self._operations: dict[str, _Budgeted] = {}
        for operation in operations:
            limit = limits.get((operation.method, operation.template))
            if limit is None:
                continue
            label = f"{operation.method} {operation.template}"
            self._operations[operation.pointer] = _Budgeted(
                limit=limit,
                label=label,
                shared=label if limit.scope == "operation" else limit,
                declared=_declared_rate_limit_headers(operation),
            )
        self._budgets: dict[tuple[Principal, object], SlidingWindowLog] = {}
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return (
            f"RateLimiter({len(self._operations)} operations, {self.bucket_count} budgets, "
            f"time_scale={self.time_scale})"
        )

    @property
    def bucket_count(self) -> int:
        """Budgets held, one per (principal, budget) that has been asked at least once."""
        return len(self._budgets)

    def acquire(self, operation: Operation, principal: Principal) -> Verdict | None:
        """Count one request of ``operation`` by ``principal``; None if it has no limit."""
        budgeted = self._operations.get(operation.pointer)
        if budgeted is None:
            return None
        key = (principal, budgeted.shared)
        with self._lock:
            log = self._budgets.get(key)
            if log is None:
                limit = budgeted.limit
                log = self._budgets[key] = SlidingWindowLog(
                    limit.limit, limit.window / self.time_scale
                )
            decision = log.try_acquire(self._clock())
        verdict = Verdict(budgeted, decision)
        if not decision.allowed:
            logger.info("429 %s for %s: %s", budgeted.label, principal.name, verdict.message)
        return verdict


def _declared_rate_limit_headers(operation: Operation) -> dict[str, frozenset[str]]:
    declared = {
        status: frozenset(name.lower() for name in response.headers) & _RATE_LIMIT_HEADER_SET
        for status, response in operation.responses.items()
    }
    # Nothing declared anywhere (every spec today): an empty map, so an answer checks nothing.
    return declared if any(declared.values()) else {}


_RATE_LIMIT_HEADER_SET = frozenset(RATE_LIMIT_HEADERS)


def _rate_limit_headers(decision: Decision) -> dict[str, str]:
    values = (decision.limit, decision.remaining, _ceil_seconds(decision.reset_after))
    return {name: str(value) for name, value in zip(RATE_LIMIT_HEADERS, values, strict=True)}
