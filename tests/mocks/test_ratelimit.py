"""The mock's rate limiter against the ``x-rate-limit`` format of specs/README.md.

Every test drives the middleware in front of a tiny counting app through httpx's in-process
transport, with an injected clock, so windows pass without any real waiting.
"""

from __future__ import annotations

import asyncio
import functools
import json
import logging
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
import yaml

from mocks.ratelimit import Limit, RateLimitMiddleware, limits_for
from tests.conftest import ROOT

HOST = "https://api.example.test"
BASE = "/api/v1"


def error_body(status: int, message: str) -> dict[str, Any]:
    return {"errors": [message], "status": status}


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class CountingApp:
    """The inner app: answers ``{"ok": true}`` and records which requests reached it."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str]] = []

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        self.calls.append((scope["method"], scope["path"]))
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", b"application/json")]})
        await send({"type": "http.response.body", "body": b'{"ok": true}'})


def rate_limit(limit: int, window: float, scope: str = "operation") -> dict[str, Any]:
    return {"limit": limit, "window": window, "scope": scope}


def inline_spec(root_limit: dict[str, Any] | None = None) -> dict[str, Any]:
    """Four operations: a root default of 3 per 10 s, and a stricter POST and search."""
    spec: dict[str, Any] = {
        "openapi": "3.1.0",
        "servers": [{"url": HOST + BASE}],
        "components": {"securitySchemes": {
            "bearer": {"type": "http", "scheme": "bearer"},
            "key": {"type": "apiKey", "in": "header", "name": "X-Api-Key"},
        }},
        "x-rate-limit": root_limit or rate_limit(3, 10),
        "paths": {
            "/things": {"get": {}, "post": {"x-rate-limit": rate_limit(1, 10)}},
            "/things/{id}": {"get": {}},
            "/things/search": {"get": {"x-rate-limit": rate_limit(1, 10)}},
        },
    }
    return spec


Call = Callable[..., httpx.Response]


@pytest.fixture
def call() -> Iterator[Call]:
    """``call(app, method, path, token=None)``: one request through httpx.ASGITransport."""
    with asyncio.Runner() as runner:
        def request(app: Any, method: str, path: str, token: str | None = None,
                    headers: dict[str, str] | None = None) -> httpx.Response:
            all_headers = dict(headers or {})
            if token is not None:
                all_headers["Authorization"] = f"Bearer {token}"

            async def go() -> httpx.Response:
                transport = httpx.ASGITransport(app=app)
                async with httpx.AsyncClient(transport=transport, base_url=HOST) as client:
                    return await client.request(method, path, headers=all_headers)

            return runner.run(go())

        yield request


def make(spec: dict[str, Any], **options: Any) -> tuple[RateLimitMiddleware, CountingApp, FakeClock]:
    inner, clock = CountingApp(), FakeClock()
    middleware = RateLimitMiddleware(inner, spec, error_body=error_body, clock=clock, **options)
    return middleware, inner, clock


@functools.cache
def load(api: str) -> dict[str, Any]:
    """A real spec, parsed once per test run (the middleware only reads it)."""
    with (ROOT / "specs" / f"{api}.yaml").open(encoding="utf-8") as handle:
        spec: dict[str, Any] = yaml.safe_load(handle)
    return spec


# --- the effective limit of each operation -------------------------------------------------


def test_operation_declaration_overrides_the_root_default() -> None:
    assert limits_for(inline_spec()) == {
        ("get", "/things"): Limit(3, 10.0, "operation"),
        ("post", "/things"): Limit(1, 10.0, "operation"),
        ("get", "/things/{id}"): Limit(3, 10.0, "operation"),
        ("get", "/things/search"): Limit(1, 10.0, "operation"),
    }


def test_pylon_limits_are_60_per_minute_except_delete_and_search() -> None:
    spec = load("pylon")
    by_id = {spec["paths"][path][method]["operationId"]: limit
             for (method, path), limit in limits_for(spec).items()}
    assert by_id == {
        "listContacts": Limit(60, 60.0, "operation"),
        "createContact": Limit(60, 60.0, "operation"),
        "getContact": Limit(60, 60.0, "operation"),
        "updateContact": Limit(60, 60.0, "operation"),
        "deleteContact": Limit(10, 60.0, "operation"),
        "searchContacts": Limit(20, 60.0, "operation"),
    }


def test_wealthbox_shares_300_per_300_seconds_per_token_on_all_60_operations() -> None:
    limits = limits_for(load("wealthbox"))
    assert len(limits) == 60
    assert set(limits.values()) == {Limit(300, 300.0, "token")}


def test_an_api_without_a_documented_limit_has_none() -> None:
    assert limits_for(load("kanbert")) == {}


@pytest.mark.parametrize(("declaration", "message"), [
    (rate_limit(0, 60), r"paths\./things\.post\.x-rate-limit\.limit must be an integer >= 1"),
    (rate_limit(5, 0), r"x-rate-limit\.window must be a number > 0"),
    (rate_limit(5, 60, "user"), r"x-rate-limit\.scope must be 'operation' or 'token'"),
    ({**rate_limit(5, 60), "burst": 2}, r"unknown key\(s\): burst"),
    ({"limit": True, "window": 60, "scope": "token"}, r"limit must be an integer >= 1, got True"),
    ([60, 60], r"must be a mapping, got list"),
])
def test_malformed_declarations_are_named_in_the_error(declaration: Any, message: str) -> None:
    spec = inline_spec()
    spec["paths"]["/things"]["post"]["x-rate-limit"] = declaration
    with pytest.raises(ValueError, match=message):
        limits_for(spec)


def test_time_scale_must_be_positive() -> None:
    with pytest.raises(ValueError, match="time_scale must be > 0"):
        RateLimitMiddleware(CountingApp(), inline_spec(), error_body=error_body, time_scale=0)


# --- budgets ------------------------------------------------------------------------------


def test_operation_scope_gives_each_operation_its_own_budget(call: Call) -> None:
    app, inner, _ = make(inline_spec())
    assert [call(app, "GET", f"{BASE}/things", "t").status_code for _ in range(4)] == [
        200, 200, 200, 429]
    # A different operation, same token: untouched budget.
    assert call(app, "GET", f"{BASE}/things/42", "t").status_code == 200
    assert len(inner.calls) == 4


def test_token_scope_shares_one_budget_between_operations(call: Call) -> None:
    spec = inline_spec(rate_limit(3, 10, "token"))
    del spec["paths"]["/things"]["post"]["x-rate-limit"]
    del spec["paths"]["/things/search"]["get"]["x-rate-limit"]
    app, inner, _ = make(spec)
    statuses = [call(app, method, path, "t").status_code for method, path in [
        ("GET", f"{BASE}/things"), ("POST", f"{BASE}/things"), ("GET", f"{BASE}/things/1"),
        ("GET", f"{BASE}/things/search")]]
    assert statuses == [200, 200, 200, 429]
    assert len(inner.calls) == 3


def test_operation_override_applies_only_to_that_operation(call: Call) -> None:
    app, _, _ = make(inline_spec())
    assert [call(app, "POST", f"{BASE}/things", "t").status_code for _ in range(2)] == [200, 429]
    assert call(app, "GET", f"{BASE}/things", "t").status_code == 200


def test_a_literal_path_is_matched_before_a_templated_one(call: Call) -> None:
    app, _, _ = make(inline_spec())
    # /things/search has its own limit of 1; were it taken for /things/{id} it would allow 3.
    assert [call(app, "GET", f"{BASE}/things/search", "t").status_code for _ in range(2)] == [
        200, 429]
    assert call(app, "GET", f"{BASE}/things/other", "t").status_code == 200


def test_credentials_have_separate_budgets(call: Call) -> None:
    app, _, _ = make(inline_spec())
    path = f"{BASE}/things"
    assert call(app, "POST", path, "alice").status_code == 200
    assert call(app, "POST", path, "alice").status_code == 429
    assert call(app, "POST", path, "bob").status_code == 200
    assert call(app, "POST", path, headers={"X-Api-Key": "carol"}).status_code == 200
    # No credential header at all: one anonymous budget, shared by every such request.
    assert call(app, "POST", path).status_code == 200
    assert call(app, "POST", path, headers={"X-Other": "x"}).status_code == 429


def test_requests_matching_no_limited_operation_pass_through(call: Call) -> None:
    app, inner, _ = make(inline_spec())
    unmatched = [
        ("GET", "/things"),  # outside the server's base path
        ("GET", f"{BASE}/unknown"),
        ("DELETE", f"{BASE}/things"),  # a method the spec does not declare: the engine's 405
        ("GET", f"{BASE}/things/1/extra"),
    ]
    for method, path in unmatched:
        assert [call(app, method, path, "t").status_code for _ in range(5)] == [200] * 5
    assert len(inner.calls) == 5 * len(unmatched)


def test_pylon_delete_is_throttled_after_10_while_other_operations_go_on(call: Call) -> None:
    app, _, _ = make(load("pylon"))
    deletes = [call(app, "DELETE", f"/contacts/c{i}", "t").status_code for i in range(11)]
    assert deletes == [200] * 10 + [429]
    assert call(app, "GET", "/contacts/c1", "t").status_code == 200
    assert call(app, "POST", "/contacts/search", "t").status_code == 200


def test_wealthbox_counts_every_operation_against_one_token_budget(call: Call) -> None:
    app, inner, _ = make(load("wealthbox"))
    token = {"ACCESS_TOKEN": "wb-token"}
    paths = ["/v1/me", "/v1/contacts", "/v1/contacts/7", "/v1/tasks", "/v1/notes/3"]
    statuses = [call(app, "GET", paths[i % len(paths)], headers=token).status_code
                for i in range(300)]
    assert statuses == [200] * 300
    assert call(app, "GET", "/v1/events", headers=token).status_code == 429
    assert call(app, "GET", "/v1/events", headers={"ACCESS_TOKEN": "other"}).status_code == 200
    assert len(inner.calls) == 301


# --- time -----------------------------------------------------------------------------------


def test_at_most_limit_requests_in_any_window_not_per_fixed_window(call: Call) -> None:
    app, _, clock = make(inline_spec())  # 3 per 10 s
    path = f"{BASE}/things"
    clock.now = 1009.0
    assert [call(app, "GET", path, "t").status_code for _ in range(3)] == [200, 200, 200]
    # A fixed window started at 1000 would reset at 1010 and let 3 more in within 1 s.
    clock.now = 1010.0
    rejected = call(app, "GET", path, "t")
    assert rejected.status_code == 429
    assert rejected.headers["retry-after-ms"] == "9000"
    clock.now = 1019.0  # exactly one window after the three: they all expire together
    assert call(app, "GET", path, "t").status_code == 200


def test_the_window_slides_one_request_at_a_time(call: Call) -> None:
    app, _, clock = make(inline_spec())  # 3 per 10 s
    path = f"{BASE}/things"
    for now in (1000.0, 1004.0, 1008.0):
        clock.now = now
        assert call(app, "GET", path, "t").status_code == 200
    clock.now = 1009.0
    first = call(app, "GET", path, "t")
    assert (first.status_code, first.headers["retry-after-ms"]) == (429, "1000")
    clock.now = 1010.0  # the request of 1000 leaves the window at exactly 1010
    assert call(app, "GET", path, "t").status_code == 200
    clock.now = 1013.5
    second = call(app, "GET", path, "t")
    assert (second.status_code, second.headers["retry-after-ms"]) == (429, "500")
    clock.now = 1014.0
    assert call(app, "GET", path, "t").status_code == 200


def test_a_client_spacing_limit_requests_per_window_is_never_rejected(call: Call) -> None:
    # What a client-side sliding-log limiter does at full speed: request k + limit goes
    # out exactly one window after request k. 30 windows' worth must all pass.
    app, inner, clock = make(inline_spec())  # 3 per 10 s
    statuses = []
    for k in range(90):
        clock.now = 1000.0 + (k // 3) * 10.0
        statuses.append(call(app, "GET", f"{BASE}/things", "t").status_code)
    assert statuses == [200] * 90
    assert len(inner.calls) == 90


def test_rejected_requests_do_not_use_up_the_budget(call: Call) -> None:
    app, _, clock = make(inline_spec())  # POST: 1 per 10 s
    path = f"{BASE}/things"
    assert call(app, "POST", path, "t").status_code == 200
    for now in (1001.0, 1005.0, 1009.9):  # retries while throttled
        clock.now = now
        assert call(app, "POST", path, "t").status_code == 429
    clock.now = 1010.0  # only the accepted request counts: free again one window after it
    assert call(app, "POST", path, "t").status_code == 200


def test_time_scale_compresses_windows_and_reports_real_seconds(call: Call) -> None:
    spec = inline_spec(rate_limit(3, 60))  # 3 per documented minute
    app, _, clock = make(spec, time_scale=60)  # = 3 per real second
    path = f"{BASE}/things"
    assert [call(app, "GET", path, "t").status_code for _ in range(3)] == [200, 200, 200]
    clock.now += 0.25
    rejected = call(app, "GET", path, "t")
    assert rejected.status_code == 429
    # 0.75 s left: the integer header rounds up, the millisecond header is exact.
    assert rejected.headers["retry-after"] == "1"
    assert rejected.headers["retry-after-ms"] == "750"
    assert rejected.headers["x-ratelimit-reset"] == "1"
    clock.now += 0.75
    assert call(app, "GET", path, "t").status_code == 200


def test_fractional_waits_round_up_to_the_next_millisecond(call: Call) -> None:
    app, _, clock = make(inline_spec(rate_limit(1, 1)), time_scale=3)  # 1 per 1/3 s
    path = f"{BASE}/things"
    assert call(app, "GET", path, "t").status_code == 200
    rejected = call(app, "GET", path, "t")
    # 333.33... ms: 333 would be too early, so 334.
    assert rejected.headers["retry-after-ms"] == "334"
    clock.now += 0.334
    assert call(app, "GET", path, "t").status_code == 200


# --- the 429 response -----------------------------------------------------------------------


def test_a_rejection_carries_the_documented_headers_and_the_vendor_error_body(call: Call) -> None:
    app, _, clock = make(inline_spec())  # 3 per 10 s
    path = f"{BASE}/things"
    for _ in range(3):
        call(app, "GET", path, "t")
    clock.now += 2.5
    rejected = call(app, "GET", path, "t")
    assert rejected.status_code == 429
    assert rejected.headers["content-type"] == "application/json"
    assert rejected.headers["retry-after"] == "8"  # 7.5 s, rounded up
    assert rejected.headers["retry-after-ms"] == "7500"
    assert rejected.headers["x-ratelimit-limit"] == "3"
    assert rejected.headers["x-ratelimit-remaining"] == "0"
    assert rejected.headers["x-ratelimit-reset"] == "8"
    body = rejected.json()
    assert body["status"] == 429
    assert body["errors"][0].startswith("rate limit exceeded: at most 3 requests per 10 s")


def test_accepted_responses_stay_clean_when_the_spec_declares_no_headers(call: Call) -> None:
    app, _, _ = make(inline_spec())
    response = call(app, "GET", f"{BASE}/things", "t")
    assert response.status_code == 200
    assert not [name for name in response.headers if name.startswith(("x-ratelimit", "retry"))]


def test_accepted_responses_carry_the_headers_the_spec_declares(call: Call) -> None:
    spec = inline_spec()
    spec["components"]["headers"] = {"Remaining": {"schema": {"type": "integer"}}}
    spec["components"]["responses"] = {"Ok": {"description": "ok", "headers": {
        "X-RateLimit-Remaining": {"$ref": "#/components/headers/Remaining"}}}}
    spec["paths"]["/things"]["get"]["responses"] = {"200": {"$ref": "#/components/responses/Ok"}}
    app, _, _ = make(spec)
    responses = [call(app, "GET", f"{BASE}/things", "t") for _ in range(3)]
    assert [r.headers["x-ratelimit-remaining"] for r in responses] == ["2", "1", "0"]
    # Only what is declared: neither the limit nor the reset header.
    assert "x-ratelimit-limit" not in responses[0].headers


# --- secrets --------------------------------------------------------------------------------


def test_tokens_appear_in_no_header_body_log_or_repr(
    call: Call, caplog: pytest.LogCaptureFixture
) -> None:
    token = "sk-live-SECRET-4f8a1c"
    api_key = "KEY-SECRET-7788"
    app, _, _ = make(inline_spec())
    with caplog.at_level(logging.DEBUG):
        responses = [call(app, "POST", f"{BASE}/things", token) for _ in range(2)]
        responses += [call(app, "POST", f"{BASE}/things", headers={"X-Api-Key": api_key})
                      for _ in range(2)]
    assert [r.status_code for r in responses] == [200, 429, 200, 429]
    assert any("429 POST /things" in record.getMessage() for record in caplog.records)
    for secret in (token, api_key):
        for response in responses:
            assert secret not in response.text
            assert secret not in json.dumps(dict(response.headers))
        assert secret not in caplog.text
        assert secret not in repr(app)
        assert secret not in repr(vars(app))  # the budgets are keyed by a digest only
