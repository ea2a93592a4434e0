"""Client-side rate limiting, configured from the specs' ``x-rate-limit``.

The documented limit is "at most ``limit`` requests in ``window`` seconds". A vendor may enforce
it with a fixed window or a sliding log; a client that never puts more than ``limit`` request
starts into ANY interval of ``window`` seconds is accepted by both, so each budget keeps a
sliding log of its last ``limit`` start times and schedules the next start at least
``window + margin`` after the oldest. The server counts a request when it arrives, which is
later than when we let it go by up to that request's round trip, and by more for a request that
queued behind others; so the margin is the larger of a fixed share of the window (1 % by
default) and the longest round trip among the budget's last ``limit`` requests. A request that
arrived late then still leaves the server's window before our next one enters it. On a real
60-second window this costs a fraction of a percent of throughput.

Reservations make one budget safe for threads and asyncio tasks at the same time: under a short
``threading.Lock`` a caller computes when the next slot is free and claims it, then sleeps
outside the lock (``time.sleep`` in a thread, ``asyncio.sleep`` in a task). No caller holds the
lock while waiting, and no slot is handed out twice.

When a 429 still arrives (another process shares the token, or the vendor counts differently),
the budget is paused until the server's ``Retry-After`` (one slot interval when it gives none,
never more than one window, so a daily quota does not silently freeze the client: the retry
layer reports long waits as ``RateLimitedError``). Callers whose slot falls inside a pause that
began after they reserved it take a new slot; the slot they gave up still counts in the log,
which can only make the limiter more conservative, never less.

Why not a library: ``limits`` has no blocking acquire and reads ``time.time`` itself;
``pyrate-limiter`` (3.x) takes a clock but sleeps with ``time.sleep``/``asyncio.sleep`` it
picks itself, so neither gives deterministic tests with injected sleeps, nor one limiter object
that threads and tasks share, nor "pause until Retry-After". The algorithm here is a deque and
three comparisons.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import httpx

from .. import spec_extensions, specs
from ..errors import parse_retry_after
from ..redact import token_fingerprint
from ..spec_extensions import RateLimit
from ..spec_paths import PathTable, split_path
from .deadline import deadline_error, time_left

__all__ = [
    "DEFAULT_REGISTRY",
    "AsyncRateLimitTransport",
    "LimiterOptions",
    "LimiterRegistry",
    "OperationMatcher",
    "RateLimit",
    "RateLimitTransport",
    "RateLimiter",
    "SlidingWindowBudget",
    "rate_limits",
    "shared_limiter",
]

logger = logging.getLogger("crm_overlays.transports.ratelimit")

#: Share of the window added between the oldest start in the log and the next one.
DEFAULT_SAFETY_RATIO = 0.01



def rate_limits(api: str) -> dict[tuple[str, str], RateLimit]:
    """``(METHOD, path template) -> RateLimit`` for every rate-limited operation of ``api``
    (read by the spec layer, :func:`crm_overlays.spec_extensions.rate_limits`)."""
    return spec_extensions.rate_limits(specs.load(api), f"specs/{api}.yaml")


class Reservation(NamedTuple):
    """A claimed slot: the wait before it, the pause counter then, its log entry (a one-item
    list, so the real start can be written back) and the entry ``limit`` places before it."""

    delay: float
    pauses: int
    entry: list[float]
    anchor: list[float] | None


class SlidingWindowBudget:
    """At most ``limit`` request starts in any ``window`` seconds, for threads and tasks alike."""

    def __init__(
        self,
        name: str,
        limit: int,
        window: float,
        *,
        safety_margin: float,
        clock: Callable[[], float],
    ) -> None:
        self.name = name
        self.limit = limit
        self.window = window
        self.safety_margin = safety_margin
        self._clock = clock
        self._lock = threading.Lock()
        self._starts: deque[list[float]] = deque(maxlen=limit)
        self._round_trips: deque[float] = deque(maxlen=limit)
        self._paused_until = float("-inf")
        self._pauses = 0

    def reserve(self) -> Reservation:
        """Claim the next free slot: how long to wait for it, and what to re-check then."""
        with self._lock:
            now = self._clock()
            slot = max(now, self._paused_until)
            anchor = self._starts[0] if len(self._starts) == self.limit else None
            if anchor is not None:
                slot = max(slot, anchor[0] + self.window + self._margin())
            entry = [slot]
            self._starts.append(entry)
            return Reservation(slot - now, self._pauses, entry, anchor)

    def settle(self, reservation: Reservation) -> float:
        """Seconds still to wait before the reserved request may go; 0 means go now.

        A slot is computed when it is reserved, often a whole window ahead, before the round
        trips of the requests in flight are known. At the slot the check is made again with
        what is known then (the anchor's real start, the current margin); when it passes, the
        entry records the real start, which later requests anchor on.
        """
        with self._lock:
            # The caller has slept until at least its slot; trusting that (rather than only the
            # clock) keeps this finite under a clock that a test holds still.
            now = max(self._clock(), reservation.entry[0])
            if reservation.anchor is not None:
                needed = reservation.anchor[0] + self.window + self._margin()
                if needed > now:
                    reservation.entry[0] = needed
                    return needed - now
            reservation.entry[0] = now
            return 0.0

    def _margin(self) -> float:
        return max(self.safety_margin, max(self._round_trips, default=0.0))

    def observe_round_trip(self, seconds: float) -> None:
        """Record how long a request of this budget took, from its slot to its response."""
        with self._lock:
            self._round_trips.append(max(seconds, 0.0))

    def paused_since(self, pauses: int) -> bool:
        """Whether a pause began after the reservation that saw ``pauses`` and is still on."""
        with self._lock:
            return self._pauses != pauses and self._clock() < self._paused_until

    def pause(self, seconds: float) -> None:
        """Hand out no slot for the next ``seconds`` (capped at one window)."""
        with self._lock:
            until = self._clock() + min(max(seconds, 0.0), self.window)
            if until > self._paused_until:
                self._paused_until = until
                self._pauses += 1

    @property
    def slot_interval(self) -> float:
        """The average spacing of slots at the documented rate."""
        return self.window / self.limit


@dataclass(frozen=True, kw_only=True)
class LimiterOptions:
    """Clocks, sleeps and the safety margin of a limiter (inject fakes in tests).

    Limiters are shared per (API, token, options): clients built with equal options share one.
    """

    clock: Callable[[], float] = field(default=time.monotonic, repr=False)
    wall_clock: Callable[[], float] = field(default=time.time, repr=False)
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False)
    async_sleep: Callable[[float], Awaitable[None]] = field(default=asyncio.sleep, repr=False)
    safety_margin: float | None = None  # seconds; None means DEFAULT_SAFETY_RATIO of the window

    def __post_init__(self) -> None:
        if self.safety_margin is not None and not self.safety_margin >= 0:
            raise ValueError(f"safety_margin must be >= 0 seconds, got {self.safety_margin}")

    @classmethod
    def compressed(cls, scale: float) -> LimiterOptions:
        """Options whose clock runs ``scale`` times fast, for a server that compresses time the
        same way (``python -m mocks --time-scale``): a one-minute budget then lasts a second."""
        if not scale > 0:
            raise ValueError(f"scale must be positive, got {scale}")
        started = time.monotonic()
        return cls(
            clock=lambda: started + (time.monotonic() - started) * scale,
            sleep=lambda seconds: time.sleep(seconds / scale),
            async_sleep=lambda seconds: asyncio.sleep(seconds / scale),
        )

    def margin_for(self, window: float) -> float:
        """The safety margin, in seconds, of a budget with this ``window``."""
        if self.safety_margin is None:
            return window * DEFAULT_SAFETY_RATIO
        return self.safety_margin


class OperationMatcher:
    """Finds the spec operation (method, path template) a request URL path belongs to.

    It matches as the mock's router does (:mod:`crm_overlays.spec_paths`: the raw path, each
    segment decoded on its own, empty segments dropped, a literal segment before a template
    one, HEAD on GET's budget), so a request draws on the budget the server counts it in.
    Paths are matched after removing the spec's server base path (``/api/v1`` for Kanbert),
    and, failing that, as they are, so a client pointed at a mock mounted at ``/`` matches too.
    """

    def __init__(
        self, templates: Iterable[tuple[str, str]], base_paths: Iterable[str] = ()
    ) -> None:
        self._table = PathTable(
            (method, template, (method.upper(), template)) for method, template in templates
        )
        bases = {tuple(split_path(base)) for base in base_paths}
        self._base_paths = sorted((base for base in bases if base), key=len, reverse=True)

    def match(self, method: str, path: str) -> tuple[str, str] | None:
        method = method.upper()
        for segments in self._candidates(path):
            found = self._table.match(method, segments)
            if type(found) is not tuple and method == "HEAD":
                found = self._table.match("GET", segments)
            if type(found) is tuple:
                return found[0]
        return None

    def _candidates(self, path: str) -> Iterable[list[str]]:
        segments = split_path(path.split("?", 1)[0])
        for base in self._base_paths:
            if tuple(segments[: len(base)]) == base:
                yield segments[len(base) :]
        yield segments


class RateLimiter:
    """The budgets of one API for one token, and which operation draws on which budget."""

    def __init__(self, api: str, options: LimiterOptions | None = None) -> None:
        self.api = api
        self.options = options or LimiterOptions()
        self._budget_of: dict[tuple[str, str], SlidingWindowBudget] = {}
        shared: dict[tuple[Any, ...], SlidingWindowBudget] = {}
        for (method, template), limit in rate_limits(api).items():
            key: tuple[Any, ...] = (
                ("token", limit.limit, limit.window)
                if limit.scope == "token"
                else ("operation", method, template)
            )
            if key not in shared:
                name = f"{api} token" if limit.scope == "token" else f"{api} {method} {template}"
                shared[key] = SlidingWindowBudget(
                    name,
                    limit.limit,
                    limit.window,
                    safety_margin=self.options.margin_for(limit.window),
                    clock=self.options.clock,
                )
            self._budget_of[(method, template)] = shared[key]
        base_paths = [
            httpx.URL(server["url"]).path for server in specs.load(api).get("servers", [])
        ]
        self._matcher = OperationMatcher(self._budget_of, base_paths)

    @property
    def has_budgets(self) -> bool:
        """False for an API whose spec declares no rate limit (no limiter is needed)."""
        return bool(self._budget_of)

    def budget_for(self, method: str, path: str) -> SlidingWindowBudget | None:
        """The budget a request draws on; ``None`` for unmatched or unlimited requests."""
        operation = self._matcher.match(method, path)
        return self._budget_of.get(operation) if operation else None

    def wait(self, budget: SlidingWindowBudget, within: float | None = None) -> float:
        """Block until ``budget`` has a slot for one request; returns seconds waited.

        within: the most seconds the caller can wait (its call's deadline); a slot further off
        raises :class:`SlotAfterDeadline` before any sleep. The claimed slot then goes unused,
        which only lowers the rate: no slot is ever used twice.
        """
        waited = 0.0
        while True:
            reservation = budget.reserve()
            delay = reservation.delay
            if delay > 0:
                _log_wait(budget, delay)
            while delay > 0:
                if within is not None and waited + delay > within:
                    raise SlotAfterDeadline(waited + delay)
                self.options.sleep(delay)
                waited += delay
                delay = budget.settle(reservation)
            if not budget.paused_since(reservation.pauses):
                return waited

    async def wait_async(self, budget: SlidingWindowBudget) -> float:
        """Like :meth:`wait`, but waits with the event loop's sleep."""
        waited = 0.0
        while True:
            reservation = budget.reserve()
            delay = reservation.delay
            if delay > 0:
                _log_wait(budget, delay)
            while delay > 0:
                await self.options.async_sleep(delay)
                waited += delay
                delay = budget.settle(reservation)
            if not budget.paused_since(reservation.pauses):
                return waited

    def learn_from_rejection(self, budget: SlidingWindowBudget, headers: httpx.Headers) -> None:
        """Pause ``budget`` as long as a 429's ``Retry-After`` asks (one slot when it is absent)."""
        retry_after = parse_retry_after(headers, now=self.options.wall_clock())
        seconds = budget.slot_interval if retry_after is None else retry_after
        logger.info("%s rejected by the server; pausing it for %.3f s", budget.name, seconds)
        budget.pause(seconds)

    def __repr__(self) -> str:
        return (
            f"RateLimiter(api={self.api!r}, budgets={len(set(map(id, self._budget_of.values())))})"
        )


class SlotAfterDeadline(Exception):
    """The next free slot comes after the caller's deadline (seconds until the slot)."""


def _log_wait(budget: SlidingWindowBudget, delay: float) -> None:
    logger.debug("waiting %.3f s for a slot of %s", delay, budget.name)


class LimiterRegistry:
    """One :class:`RateLimiter` per (API, token, options), shared by every client using them.

    The token is kept only as its SHA-256 digest, so the key cannot leak it. Limiters are held
    for the life of the registry: forgetting one would forget the requests it already sent.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._limiters: dict[tuple[str, str, LimiterOptions], RateLimiter] = {}

    def get(self, api: str, token: str, options: LimiterOptions | None = None) -> RateLimiter:
        options = options or LimiterOptions()
        key = (api, token_fingerprint(token), options)
        with self._lock:
            if key not in self._limiters:
                self._limiters[key] = RateLimiter(api, options)
            return self._limiters[key]

    def clear(self) -> None:
        """Forget every limiter (for tests that must start from an empty history)."""
        with self._lock:
            self._limiters.clear()

    def __len__(self) -> int:
        with self._lock:
            return len(self._limiters)


DEFAULT_REGISTRY = LimiterRegistry()


def shared_limiter(
    api: str,
    token: str,
    options: LimiterOptions | None = None,
    *,
    registry: LimiterRegistry = DEFAULT_REGISTRY,
) -> RateLimiter:
    """The process-wide limiter for ``api`` and ``token``."""
    return registry.get(api, token, options)


def _request_path(request: httpx.Request) -> str:
    # The raw path keeps an escaped "/" inside an id ("a%2Fb") as part of one segment.
    return request.url.raw_path.split(b"?", 1)[0].decode("ascii", errors="replace")


class RateLimitTransport(httpx.BaseTransport):
    """Waits for the request's budget before handing it to ``inner``."""

    def __init__(self, inner: httpx.BaseTransport, limiter: RateLimiter) -> None:
        self.inner = inner
        self.limiter = limiter

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        # The operation is matched once per request; an unlimited one goes straight through.
        budget = self.limiter.budget_for(request.method, _request_path(request))
        if budget is None:
            return self.inner.handle_request(request)
        try:
            # A sync sleep cannot be cancelled, so a slot after the deadline is not waited for.
            self.limiter.wait(budget, within=time_left(request))
        except SlotAfterDeadline:
            raise deadline_error(request) from None
        clock = self.limiter.options.clock
        started = clock()
        response = self.inner.handle_request(request)
        budget.observe_round_trip(clock() - started)
        if response.status_code == 429:
            self.limiter.learn_from_rejection(budget, response.headers)
        return response

    def close(self) -> None:
        self.inner.close()


class AsyncRateLimitTransport(httpx.AsyncBaseTransport):
    """The asyncio twin of :class:`RateLimitTransport`."""

    def __init__(self, inner: httpx.AsyncBaseTransport, limiter: RateLimiter) -> None:
        self.inner = inner
        self.limiter = limiter

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        budget = self.limiter.budget_for(request.method, _request_path(request))
        if budget is None:
            return await self.inner.handle_async_request(request)
        await self.limiter.wait_async(budget)
        clock = self.limiter.options.clock
        started = clock()
        response = await self.inner.handle_async_request(request)
        budget.observe_round_trip(clock() - started)
        if response.status_code == 429:
            self.limiter.learn_from_rejection(budget, response.headers)
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()
