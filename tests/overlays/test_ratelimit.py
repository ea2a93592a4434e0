"""The client-side rate limiter: budgets from x-rate-limit, the sliding-window guarantee,
throughput, thread/asyncio safety, sharing per token, and learning from a 429.

Time is simulated: a fake clock advances only when the limiter sleeps, so 1,000 requests over
simulated minutes run in milliseconds.
"""

from __future__ import annotations

import asyncio
import threading
from collections import defaultdict

import httpx
import pytest
from crm_overlays.transports import build_async_transport, build_transport
from crm_overlays.transports.ratelimit import (
    LimiterOptions,
    LimiterRegistry,
    OperationMatcher,
    RateLimit,
    RateLimiter,
    RateLimitTransport,
    SlidingWindowBudget,
    rate_limits,
    shared_limiter,
)
from crm_overlays.transports.retry import RetryPolicy

from tests.overlays.limiter_calls import acquire, acquire_async, record_rejection

TOKEN = "tok_SECRET_9f8e7d6c5b4a"
OTHER_TOKEN = "tok_OTHER_0a1b2c3d4e5f"


class FakeClock:
    """Time that moves only when someone sleeps (one thread)."""

    def __init__(self) -> None:
        self.now = 0.0

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.now += seconds

    def options(self, **overrides: float) -> LimiterOptions:
        return LimiterOptions(
            clock=self.monotonic,
            wall_clock=lambda: 1_800_000_000.0 + self.now,
            sleep=self.sleep,
            async_sleep=self.async_sleep,
            **overrides,
        )


class FrozenClock:
    """Time that never moves; sleeps are recorded from any thread or task.

    With time frozen, the wait every caller is told is exactly its slot time, so the slots
    handed out concurrently can be compared with the ones a single caller would get.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.waits: list[float] = []

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self.waits.append(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)

    def options(self) -> LimiterOptions:
        return LimiterOptions(clock=lambda: 0.0, sleep=self.sleep, async_sleep=self.async_sleep)


def assert_at_most_limit_per_window(starts: list[float], limit: int, window: float) -> None:
    """No half-open interval of ``window`` seconds holds more than ``limit`` of ``starts``."""
    ordered = sorted(starts)
    for first, later in zip(ordered, ordered[limit:], strict=False):
        assert later - first >= window, (first, later)


def ideal_last_start(count: int, limit: int, window: float) -> float:
    """When a perfect limiter (bursts of ``limit`` every ``window``) sends request ``count``."""
    return ((count - 1) // limit) * window


# ------------------------------------------------------------------ budgets from the spec


def test_pylon_budgets_come_from_the_spec_with_operation_overrides() -> None:
    limits = rate_limits("pylon")

    assert limits[("GET", "/contacts")] == RateLimit(60, 60.0, "operation")
    assert limits[("GET", "/contacts/{id}")] == RateLimit(60, 60.0, "operation")
    assert limits[("DELETE", "/contacts/{id}")] == RateLimit(10, 60.0, "operation")
    assert limits[("POST", "/contacts/search")] == RateLimit(20, 60.0, "operation")
    assert len(limits) == 6


def test_every_wealthbox_operation_shares_the_token_budget() -> None:
    limits = rate_limits("wealthbox")
    limiter = RateLimiter("wealthbox")

    # 60 API operations and the authorization server's two (the root x-rate-limit covers them).
    assert len(limits) == 62
    assert set(limits.values()) == {RateLimit(300, 300.0, "token")}
    contacts = limiter.budget_for("GET", "/v1/contacts")
    assert contacts is not None
    assert limiter.budget_for("POST", "/v1/notes") is contacts
    assert limiter.budget_for("DELETE", "/v1/contacts/12") is contacts


@pytest.mark.parametrize("api", ["kanbert", "kinbox", "repzo"])
def test_apis_without_x_rate_limit_have_no_budgets(api: str) -> None:
    limiter = RateLimiter(api)

    assert rate_limits(api) == {}
    assert not limiter.has_budgets
    assert acquire(limiter, "POST", "/contacts") == 0.0


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ({"limit": 0, "window": 60, "scope": "token"}, "limit must be an integer >= 1"),
        ({"limit": 5, "window": "60", "scope": "token"}, "window must be a number > 0"),
        ({"limit": 5, "window": 60, "scope": "user"}, "scope must be 'operation' or 'token'"),
    ],
)
def test_a_malformed_extension_is_a_clear_error(value: dict[str, object], message: str) -> None:
    # One parser (the spec layer's) for the client and the mock: its wording and ValueError.
    with pytest.raises(ValueError, match=f"demo: GET /x.x-rate-limit.{message}"):
        RateLimit.from_extension(value, "demo: GET /x")
    with pytest.raises(ValueError, match="must be a mapping"):
        RateLimit.from_extension([1, 2], "demo")


# ------------------------------------------------------------------------ path matching


@pytest.mark.parametrize(
    ("method", "path", "expected"),
    [
        ("GET", "/api/v1/contacts", ("GET", "/contacts")),
        ("GET", "/api/v1/contacts/42", ("GET", "/contacts/{id}")),
        ("GET", "/contacts/42/", ("GET", "/contacts/{id}")),  # a mock mounted at /
        ("post", "/api/v1/contacts/42/restore", ("POST", "/contacts/{id}/restore")),
        ("GET", "/api/v1/contacts/a%2Fb", ("GET", "/contacts/{id}")),
        ("POST", "/api/v1/contacts/search", ("POST", "/contacts/search")),
        ("GET", "/api/v1/contacts/search", ("GET", "/contacts/{id}")),
        # As the mock's router (issue 12): empty segments dropped, each segment decoded on
        # its own, HEAD on GET's template; the regex matcher found none of these.
        ("GET", "/api/v1//contacts//42", ("GET", "/contacts/{id}")),
        ("GET", "/api/v1/%63ontacts/42", ("GET", "/contacts/{id}")),
        ("HEAD", "/api/v1/contacts/42", ("GET", "/contacts/{id}")),
        ("GET", "/api/v1/contacts%2F42", None),
        ("GET", "/api/v1/companies", None),
        ("PATCH", "/api/v1/contacts", None),
    ],
)
def test_request_paths_are_matched_to_templates(
    method: str, path: str, expected: tuple[str, str] | None
) -> None:
    matcher = OperationMatcher(
        [
            ("GET", "/contacts"),
            ("GET", "/contacts/{id}"),
            ("POST", "/contacts/{id}/restore"),
            ("POST", "/contacts/{id}"),
            ("POST", "/contacts/search"),
        ],
        base_paths=["/api/v1"],
    )
    assert matcher.match(method, path) == expected


# --------------------------------------------------------- the sliding-window guarantee


def _recording_server(clock: FakeClock, starts: list[float]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        starts.append(clock.now)
        return httpx.Response(200, json={})

    return httpx.MockTransport(handler)


def test_a_thousand_requests_never_exceed_the_limit_and_reach_95_percent() -> None:
    clock = FakeClock()
    starts: list[float] = []
    limiter = RateLimiter("pylon", clock.options())
    transport = RateLimitTransport(_recording_server(clock, starts), limiter)

    with httpx.Client(transport=transport, base_url="https://api.usepylon.com") as client:
        for _ in range(1000):
            client.get("/contacts")

    assert len(starts) == 1000
    assert_at_most_limit_per_window(starts, limit=60, window=60.0)
    throughput = ideal_last_start(1000, 60, 60.0) / starts[-1]
    assert 0.95 <= throughput < 1.0


def test_wealthbox_bursts_then_paces_over_five_minute_windows() -> None:
    clock = FakeClock()
    starts: list[float] = []
    limiter = RateLimiter("wealthbox", clock.options())
    transport = RateLimitTransport(_recording_server(clock, starts), limiter)
    paths = ["/v1/contacts", "/v1/contacts/7", "/v1/tasks", "/v1/notes"]

    with httpx.Client(transport=transport, base_url="https://api.crmworkspace.com") as client:
        for index in range(1000):
            client.get(paths[index % len(paths)])

    assert starts[299] == 0.0  # the first 300 go out at once
    assert starts[300] > 300.0
    assert_at_most_limit_per_window(starts, limit=300, window=300.0)
    assert ideal_last_start(1000, 300, 300.0) / starts[-1] >= 0.95


def test_safety_margin_is_configurable() -> None:
    clock = FakeClock()
    limiter = RateLimiter("pylon", clock.options(safety_margin=0.0))

    waits = [acquire(limiter, "DELETE", "/contacts/1") for _ in range(11)]

    assert waits == [0.0] * 10 + [60.0]
    with pytest.raises(ValueError, match="safety_margin"):
        LimiterOptions(safety_margin=-1.0)


class EnforcingServer:
    """A mock that enforces the spec's limits itself, as a sliding log or fixed windows."""

    def __init__(self, api: str, clock: FakeClock, style: str) -> None:
        self.clock = clock
        self.style = style
        self.limits = rate_limits(api)
        self.matcher = OperationMatcher(self.limits)
        self.log: dict[object, list[float]] = defaultdict(list)
        self.rejected = 0
        self.served = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        operation = self.matcher.match(request.method, request.url.path)
        assert operation is not None
        limit = self.limits[operation]
        key = "token" if limit.scope == "token" else operation
        now = self.clock.now
        seen = self.log[key]
        if self.style == "sliding":
            in_window = sum(1 for t in seen if t > now - limit.window)
        else:
            in_window = sum(1 for t in seen if t // limit.window == now // limit.window)
        if in_window >= limit.limit:
            self.rejected += 1
            return httpx.Response(429, headers={"Retry-After": "1"}, json={"errors": ["slow"]})
        seen.append(now)
        self.served += 1
        return httpx.Response(200, json={})


@pytest.mark.parametrize("style", ["sliding", "fixed"])
@pytest.mark.parametrize(
    ("api", "base_url", "requests"),
    [
        (
            "pylon",
            "https://api.usepylon.com",
            [
                ("GET", "/contacts"),
                ("DELETE", "/contacts/c1"),
                ("POST", "/contacts/search"),
                ("GET", "/contacts/c2"),
                ("PATCH", "/contacts/c3"),
            ],
        ),
        (
            "wealthbox",
            "https://api.crmworkspace.com",
            [("GET", "/v1/contacts"), ("POST", "/v1/notes"), ("DELETE", "/v1/tasks/9")],
        ),
    ],
)
def test_no_429_from_a_server_enforcing_the_same_limit(
    style: str, api: str, base_url: str, requests: list[tuple[str, str]]
) -> None:
    clock = FakeClock()
    server = EnforcingServer(api, clock, style)
    transport = RateLimitTransport(httpx.MockTransport(server), RateLimiter(api, clock.options()))

    with httpx.Client(transport=transport, base_url=base_url) as client:
        for index in range(1000):
            method, path = requests[index % len(requests)]
            client.request(method, path)

    assert server.served == 1000
    assert server.rejected == 0


# ---------------------------------------------------------------- threads and asyncio


def _expected_slots(count: int, limit: int, spacing: float) -> list[float]:
    return [(index // limit) * spacing for index in range(count)]


def test_threads_sharing_one_limiter_get_exactly_the_sequential_slots() -> None:
    frozen = FrozenClock()
    limiter = RateLimiter("pylon", frozen.options())
    barrier = threading.Barrier(8)
    results: list[float] = []
    results_lock = threading.Lock()

    def worker() -> None:
        barrier.wait()
        for _ in range(40):
            waited = acquire(limiter, "DELETE", "/contacts/x")
            with results_lock:
                results.append(waited)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    # DELETE: 10 per 60 s, plus the 1 % margin.
    assert sorted(results) == pytest.approx(_expected_slots(320, 10, 60.6))
    assert_at_most_limit_per_window(results, limit=10, window=60.0)


def test_asyncio_tasks_and_threads_share_one_limiter() -> None:
    frozen = FrozenClock()
    limiter = RateLimiter("pylon", frozen.options())
    thread_waits: list[float] = []
    lock = threading.Lock()

    def worker() -> None:
        for _ in range(25):
            waited = acquire(limiter, "POST", "/contacts/search")
            with lock:
                thread_waits.append(waited)

    async def tasks() -> list[float]:
        return await asyncio.gather(
            *(acquire_async(limiter, "POST", "/contacts/search") for _ in range(100))
        )

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for thread in threads:
        thread.start()
    task_waits = asyncio.run(tasks())
    for thread in threads:
        thread.join()

    everyone = thread_waits + list(task_waits)
    # search: 20 per 60 s, plus the 1 % margin.
    assert sorted(everyone) == pytest.approx(_expected_slots(200, 20, 60.6))
    assert_at_most_limit_per_window(everyone, limit=20, window=60.0)


# ------------------------------------------------------------------ sharing by token


def test_clients_with_the_same_token_share_one_limiter() -> None:
    registry = LimiterRegistry()
    options = FakeClock().options()

    first = shared_limiter("pylon", TOKEN, options, registry=registry)
    second = shared_limiter("pylon", TOKEN, options, registry=registry)
    sync_stack = build_transport(
        "pylon",
        TOKEN,
        limiter_options=options,
        limiter_registry=registry,
        inner=httpx.MockTransport(lambda r: httpx.Response(200)),
    )
    async_stack = build_async_transport(
        "pylon",
        TOKEN,
        limiter_options=options,
        limiter_registry=registry,
        inner=httpx.MockTransport(lambda r: httpx.Response(200)),
    )

    assert first is second
    assert _limiter_of(sync_stack) is first
    assert _limiter_of(async_stack) is first
    assert len(registry) == 1
    assert TOKEN not in repr(vars(registry))


def _limiter_of(transport: object) -> RateLimiter:
    while not hasattr(transport, "limiter"):
        transport = transport.inner  # type: ignore[attr-defined]
    limiter = transport.limiter
    assert isinstance(limiter, RateLimiter)
    return limiter


def test_different_tokens_have_independent_budgets() -> None:
    registry = LimiterRegistry()
    clock = FakeClock()
    options = clock.options()
    mine = shared_limiter("pylon", TOKEN, options, registry=registry)
    theirs = shared_limiter("pylon", OTHER_TOKEN, options, registry=registry)

    for _ in range(10):
        acquire(mine, "DELETE", "/contacts/1")

    assert mine is not theirs
    assert acquire(theirs, "DELETE", "/contacts/1") == 0.0
    assert acquire(mine, "DELETE", "/contacts/1") == pytest.approx(60.6)


def test_different_options_get_their_own_limiter() -> None:
    registry = LimiterRegistry()
    first = registry.get("wealthbox", TOKEN, FakeClock().options())
    second = registry.get("wealthbox", TOKEN, FakeClock().options())
    assert first is not second


def test_the_process_wide_registry_is_the_default() -> None:
    assert shared_limiter("wealthbox", TOKEN) is shared_limiter("wealthbox", TOKEN)


def test_unmatched_requests_and_other_operations_pass_without_waiting() -> None:
    clock = FakeClock()
    limiter = RateLimiter("pylon", clock.options())
    for _ in range(60):
        acquire(limiter, "GET", "/contacts")

    assert acquire(limiter, "GET", "/accounts") == 0.0
    assert acquire(limiter, "GET", "/contacts/c1") == 0.0
    assert acquire(limiter, "GET", "/contacts") == pytest.approx(60.6)


# ---------------------------------------------------------------- learning from a 429


def _headers(**values: str) -> httpx.Headers:
    return httpx.Headers({name.replace("_", "-"): value for name, value in values.items()})


@pytest.mark.parametrize(
    ("headers", "pause"),
    [
        (_headers(Retry_After="5"), 5.0),
        (_headers(retry_after_ms="2500"), 2.5),
        (_headers(), 1.0),  # no hint: one slot interval (60 s / 60)
        (_headers(Retry_After="3600"), 60.0),  # never longer than one window
    ],
)
def test_a_rejection_pauses_the_budget(headers: httpx.Headers, pause: float) -> None:
    clock = FakeClock()
    limiter = RateLimiter("pylon", clock.options())

    record_rejection(limiter, "GET", "/contacts", headers)

    assert acquire(limiter, "GET", "/contacts") == pytest.approx(pause)
    assert acquire(limiter, "GET", "/contacts/1") == 0.0  # other budgets are untouched


def test_the_transport_learns_from_a_429() -> None:
    clock = FakeClock()
    answers = iter([429, 200, 200])

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(next(answers), headers={"Retry-After": "3"})

    limiter = RateLimiter("pylon", clock.options())
    transport = RateLimitTransport(httpx.MockTransport(handler), limiter)
    with httpx.Client(transport=transport, base_url="https://api.usepylon.com") as client:
        assert client.get("/contacts").status_code == 429
        assert clock.now == 0.0
        assert client.get("/contacts").status_code == 200

    assert clock.now == pytest.approx(3.0)


def test_a_caller_whose_slot_falls_in_a_later_pause_takes_a_new_slot() -> None:
    clock = FakeClock()
    sleeps: list[float] = []

    def sleep_while_a_429_arrives(seconds: float) -> None:
        # While the caller sleeps towards its slot at t=60, another caller's request is
        # rejected at t=10 with Retry-After: 55, i.e. until t=65.
        sleeps.append(seconds)
        if len(sleeps) == 1:
            clock.now = 10.0
            record_rejection(limiter, "DELETE", "/contacts/2", _headers(Retry_After="55"))
        clock.now = sleeps[0] + sum(sleeps[1:])

    options = LimiterOptions(
        clock=clock.monotonic, sleep=sleep_while_a_429_arrives, safety_margin=0.0
    )
    limiter = RateLimiter("pylon", options)
    for _ in range(10):
        acquire(limiter, "DELETE", "/contacts/1")  # the budget is full until t=60; no sleep yet

    waited = acquire(limiter, "DELETE", "/contacts/1")

    assert sleeps == [60.0, 5.0]  # woke at 60 inside the pause, took the slot at 65
    assert waited == 65.0
    assert clock.now == 65.0


# ------------------------------------------------------------ retries pass the limiter


def test_every_retry_attempt_spends_a_slot() -> None:
    clock = FakeClock()
    registry = LimiterRegistry()
    options = clock.options()
    answers = iter([503, 503, 200])

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(next(answers))

    transport = build_transport(
        "pylon",
        TOKEN,
        inner=httpx.MockTransport(handler),
        retry=RetryPolicy(jitter=False, backoff_base=0.0, clock=clock.monotonic, sleep=clock.sleep),
        limiter_options=options,
        limiter_registry=registry,
    )
    with httpx.Client(transport=transport, base_url="https://api.usepylon.com") as client:
        assert client.delete("/contacts/c1").status_code == 200

    limiter = registry.get("pylon", TOKEN, options)
    waits = [acquire(limiter, "DELETE", "/contacts/c1") for _ in range(8)]
    assert waits[:7] == [0.0] * 7  # 3 of the 10 slots went to the three attempts
    assert waits[7] > 0.0


def test_a_slow_round_trip_widens_the_margin_so_a_late_arrival_cannot_crowd_the_window() -> None:
    """The server counts a request when it arrives, up to one round trip after our slot: the
    next slot past a full log waits for the window plus the longest recent round trip."""
    now = [0.0]
    budget = SlidingWindowBudget("t", 2, 10.0, safety_margin=0.5, clock=lambda: now[0])
    assert budget.reserve()[0] == 0.0 and budget.reserve()[0] == 0.0
    budget.observe_round_trip(3.0)  # the first request may have arrived at t = 3
    assert budget.reserve()[0] == 13.0  # 0 + window + 3, not 0 + window + 0.5
    budget.observe_round_trip(0.1)  # the longest of the last `limit` round trips still rules
    assert budget.reserve()[0] == 13.0


def test_the_transport_reports_each_round_trip_to_the_budget() -> None:
    now = [0.0]

    def slow_server(request: httpx.Request) -> httpx.Response:
        now[0] += 2.0  # every answer takes two seconds of the limiter's clock
        return httpx.Response(200, json={})

    options = LimiterOptions(clock=lambda: now[0], sleep=lambda s: now.__setitem__(0, now[0] + s),
                             safety_margin=0.0)
    limiter = RateLimiter("pylon", options)
    transport = RateLimitTransport(httpx.MockTransport(slow_server), limiter)
    sent = []
    with httpx.Client(transport=transport, base_url="https://api.usepylon.com") as client:
        for _ in range(11):  # DELETE: 10 a minute
            client.delete("/contacts/x")
            sent.append(now[0] - 2.0)
    # The 11th waits for the first slot (t=0) + 60 s + the 2 s round trip.
    assert sent[10] == pytest.approx(62.0)


def test_compressed_options_run_the_clock_and_sleeps_scale_times_fast() -> None:
    options = LimiterOptions.compressed(60.0)
    before = options.clock()
    options.sleep(0.6)  # a compressed 0.6 s is a real 10 ms
    assert 0.6 <= options.clock() - before < 6.0
    with pytest.raises(ValueError, match="scale must be positive"):
        LimiterOptions.compressed(0)


def test_a_slot_reserved_before_slow_round_trips_were_known_is_checked_again_at_its_time() -> None:
    """Callers reserve next window's slots while this window's requests are still in flight;
    when one of those turns out slow, the early reservation must wait for it too."""
    now = [0.0]
    budget = SlidingWindowBudget("t", 1, 10.0, safety_margin=0.5, clock=lambda: now[0])
    first = budget.reserve()
    second = budget.reserve()  # reserved at t = 0, while the first request is in flight
    assert (first.delay, second.delay) == (0.0, 10.5)
    now[0] = 4.0
    budget.observe_round_trip(4.0)  # the first request may have reached the server at t = 4
    now[0] = 10.5  # the second caller wakes at its slot
    assert budget.settle(second) == pytest.approx(3.5)  # 0 + 10 + 4 is when it may go
    now[0] = 14.0
    assert budget.settle(second) == 0.0
    assert second.entry == [14.0]  # the real start, which the next request anchors on


def test_settling_terminates_under_a_clock_that_does_not_move() -> None:
    budget = SlidingWindowBudget("t", 1, 10.0, safety_margin=0.0, clock=lambda: 0.0)
    budget.reserve()
    waiting = budget.reserve()
    budget.observe_round_trip(2.0)
    assert budget.settle(waiting) == pytest.approx(2.0)  # slept to 10, needs 12
    assert budget.settle(waiting) == 0.0
