"""The mock's rate limiter against the ``x-rate-limit`` format of specs/README.md.

The limiter is asked by the engine after routing and auth, with the matched operation and the
accepted principal. Most tests ask it directly, for operations compiled from a small inline
spec, with an injected clock, so windows pass without any real waiting; the ones at the end
drive real mocks in-process. Spellings of one request (``//``, ``%2F``, HEAD, ``bearer``...)
are in tests/mocks/test_request_identity.py.
"""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Callable
from typing import Any

import pytest
import yaml
from crm_overlays.spec_extensions import RateLimit, rate_limits

from mocks.auth import ANONYMOUS, Principal
from mocks.openapi import SpecDocument
from mocks.operations import compile_operations
from mocks.ratelimit import RateLimiter, Verdict
from mocks.schemas import Schemas
from tests.conftest import ROOT
from tests.mocks.conftest import ClientFactory
from tests.mocks.support import SpecCheck

HOST = "https://api.example.test"
BASE = "/api/v1"


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


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


CLIENT = Principal("t")


class Limited:
    """A limiter for the operations of a spec; ``ask("GET", "/things")`` counts one request."""

    def __init__(self, spec: dict[str, Any], **options: Any) -> None:
        document = SpecDocument("inline", spec)
        operations = compile_operations(document, Schemas(document))
        self.operations = {(op.method, op.template): op for op in operations}
        self.clock = FakeClock()
        self.limiter = RateLimiter(spec, operations, clock=self.clock, **options)

    def ask(self, method: str, template: str, principal: Principal = CLIENT) -> Verdict:
        verdict = self.limiter.acquire(self.operations[method, template], principal)
        assert verdict is not None, f"{method} {template} has no limit"
        return verdict

    def status(self, method: str, template: str, principal: Principal = CLIENT) -> int:
        return 200 if self.ask(method, template, principal).allowed else 429

    def statuses(self, n: int, method: str, template: str) -> list[int]:
        return [self.status(method, template) for _ in range(n)]


@functools.cache
def load(api: str) -> dict[str, Any]:
    """A real spec, parsed once per test run (the limiter only reads it)."""
    with (ROOT / "specs" / f"{api}.yaml").open(encoding="utf-8") as handle:
        spec: dict[str, Any] = yaml.safe_load(handle)
    return spec


# --- the effective limit of each operation -------------------------------------------------


def test_operation_declaration_overrides_the_root_default() -> None:
    assert rate_limits(inline_spec()) == {
        ("GET", "/things"): RateLimit(3, 10.0, "operation"),
        ("POST", "/things"): RateLimit(1, 10.0, "operation"),
        ("GET", "/things/{id}"): RateLimit(3, 10.0, "operation"),
        ("GET", "/things/search"): RateLimit(1, 10.0, "operation"),
    }


def test_pylon_limits_are_60_per_minute_except_delete_and_search() -> None:
    spec = load("pylon")
    by_id = {spec["paths"][path][method.lower()]["operationId"]: limit
             for (method, path), limit in rate_limits(spec).items()}
    assert by_id == {
        "listContacts": RateLimit(60, 60.0, "operation"),
        "createContact": RateLimit(60, 60.0, "operation"),
        "getContact": RateLimit(60, 60.0, "operation"),
        "updateContact": RateLimit(60, 60.0, "operation"),
        "deleteContact": RateLimit(10, 60.0, "operation"),
        "searchContacts": RateLimit(20, 60.0, "operation"),
    }


def test_wealthbox_shares_300_per_300_seconds_per_token_on_all_62_operations() -> None:
    limits = rate_limits(load("wealthbox"))
    # 60 API operations and the authorization server's two (the root x-rate-limit covers them;
    # mocks/oauth.py answers those before the limiter).
    assert len(limits) == 62
    assert set(limits.values()) == {RateLimit(300, 300.0, "token")}


def test_an_api_without_a_documented_limit_has_none() -> None:
    assert rate_limits(load("kanbert")) == {}


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
        rate_limits(spec)


def test_time_scale_must_be_positive() -> None:
    with pytest.raises(ValueError, match="time_scale must be > 0"):
        Limited(inline_spec(), time_scale=0)


# --- budgets ------------------------------------------------------------------------------


def test_operation_scope_gives_each_operation_its_own_budget() -> None:
    limited = Limited(inline_spec())
    assert limited.statuses(4, "GET", "/things") == [200, 200, 200, 429]
    # A different operation, same principal: untouched budget.
    assert limited.status("GET", "/things/{id}") == 200


def test_token_scope_shares_one_budget_between_operations() -> None:
    spec = inline_spec(rate_limit(3, 10, "token"))
    del spec["paths"]["/things"]["post"]["x-rate-limit"]
    del spec["paths"]["/things/search"]["get"]["x-rate-limit"]
    limited = Limited(spec)
    statuses = [limited.status(method, path) for method, path in [
        ("GET", "/things"), ("POST", "/things"), ("GET", "/things/{id}"), ("GET", "/things/search")]]
    assert statuses == [200, 200, 200, 429]


def test_operation_override_applies_only_to_that_operation() -> None:
    limited = Limited(inline_spec())
    assert limited.statuses(2, "POST", "/things") == [200, 429]
    assert limited.status("GET", "/things") == 200


def test_principals_have_separate_budgets() -> None:
    limited = Limited(inline_spec())
    alice, bob = Principal("alice"), Principal("bob")
    assert limited.status("POST", "/things", alice) == 200
    assert limited.status("POST", "/things", alice) == 429
    assert limited.status("POST", "/things", bob) == 200
    # Operations without security: every such request is the one anonymous principal.
    assert limited.status("POST", "/things", ANONYMOUS) == 200
    assert limited.status("POST", "/things", ANONYMOUS) == 429
    assert limited.limiter.bucket_count == 3


def test_an_operation_without_a_limit_is_not_counted() -> None:
    spec = inline_spec()
    del spec["x-rate-limit"]
    limited = Limited(spec)
    assert limited.limiter.acquire(limited.operations["GET", "/things"], Principal("t")) is None
    assert limited.status("POST", "/things") == 200
    assert limited.limiter.bucket_count == 1


# --- time -----------------------------------------------------------------------------------


def test_at_most_limit_requests_in_any_window_not_per_fixed_window() -> None:
    limited = Limited(inline_spec())  # 3 per 10 s
    limited.clock.now = 1009.0
    assert limited.statuses(3, "GET", "/things") == [200, 200, 200]
    # A fixed window started at 1000 would reset at 1010 and let 3 more in within 1 s.
    limited.clock.now = 1010.0
    rejected = limited.ask("GET", "/things")
    assert not rejected.allowed
    assert rejected.rejection_headers()["retry-after-ms"] == "9000"
    limited.clock.now = 1019.0  # exactly one window after the three: they all expire together
    assert limited.status("GET", "/things") == 200


def test_the_window_slides_one_request_at_a_time() -> None:
    limited = Limited(inline_spec())  # 3 per 10 s
    for now in (1000.0, 1004.0, 1008.0):
        limited.clock.now = now
        assert limited.status("GET", "/things") == 200
    limited.clock.now = 1009.0
    first = limited.ask("GET", "/things")
    assert (first.allowed, first.rejection_headers()["retry-after-ms"]) == (False, "1000")
    limited.clock.now = 1010.0  # the request of 1000 leaves the window at exactly 1010
    assert limited.status("GET", "/things") == 200
    limited.clock.now = 1013.5
    second = limited.ask("GET", "/things")
    assert (second.allowed, second.rejection_headers()["retry-after-ms"]) == (False, "500")
    limited.clock.now = 1014.0
    assert limited.status("GET", "/things") == 200


def test_a_client_spacing_limit_requests_per_window_is_never_rejected() -> None:
    # What a client-side sliding-log limiter does at full speed: request k + limit goes
    # out exactly one window after request k. 30 windows' worth must all pass.
    limited = Limited(inline_spec())  # 3 per 10 s
    statuses = []
    for k in range(90):
        limited.clock.now = 1000.0 + (k // 3) * 10.0
        statuses.append(limited.status("GET", "/things"))
    assert statuses == [200] * 90


def test_rejected_requests_do_not_use_up_the_budget() -> None:
    limited = Limited(inline_spec())  # POST: 1 per 10 s
    assert limited.status("POST", "/things") == 200
    for now in (1001.0, 1005.0, 1009.9):  # retries while throttled
        limited.clock.now = now
        assert limited.status("POST", "/things") == 429
    limited.clock.now = 1010.0  # only the accepted request counts: free again one window after it
    assert limited.status("POST", "/things") == 200


def test_time_scale_compresses_windows_and_reports_real_seconds() -> None:
    limited = Limited(inline_spec(rate_limit(3, 60)), time_scale=60)  # 3 per real second
    assert limited.statuses(3, "GET", "/things") == [200, 200, 200]
    limited.clock.now += 0.25
    rejected = limited.ask("GET", "/things")
    assert not rejected.allowed
    headers = rejected.rejection_headers()
    # 0.75 s left: the integer header rounds up, the millisecond header is exact.
    assert headers["retry-after"] == "1"
    assert headers["retry-after-ms"] == "750"
    assert headers["x-ratelimit-reset"] == "1"
    limited.clock.now += 0.75
    assert limited.status("GET", "/things") == 200


def test_fractional_waits_round_up_to_the_next_millisecond() -> None:
    limited = Limited(inline_spec(rate_limit(1, 1)), time_scale=3)  # 1 per 1/3 s
    assert limited.status("GET", "/things") == 200
    rejected = limited.ask("GET", "/things")
    # 333.33... ms: 333 would be too early, so 334.
    assert rejected.rejection_headers()["retry-after-ms"] == "334"
    limited.clock.now += 0.334
    assert limited.status("GET", "/things") == 200


# --- the 429 and the accepted answers -------------------------------------------------------


def test_a_rejection_carries_the_documented_headers_and_says_why() -> None:
    limited = Limited(inline_spec())  # 3 per 10 s
    limited.statuses(3, "GET", "/things")
    limited.clock.now += 2.5
    rejected = limited.ask("GET", "/things")
    assert not rejected.allowed
    assert rejected.rejection_headers() == {
        "retry-after": "8",  # 7.5 s, rounded up
        "retry-after-ms": "7500",
        "x-ratelimit-limit": "3",
        "x-ratelimit-remaining": "0",
        "x-ratelimit-reset": "8",
    }
    assert rejected.message.startswith("rate limit exceeded: at most 3 requests per 10 s")


def test_accepted_answers_stay_clean_when_the_spec_declares_no_headers() -> None:
    headers: dict[str, str] = {}
    Limited(inline_spec()).ask("GET", "/things").add_declared_headers(200, headers)
    assert headers == {}


def test_accepted_answers_carry_the_headers_the_spec_declares() -> None:
    spec = inline_spec()
    spec["components"]["headers"] = {"Remaining": {"schema": {"type": "integer"}}}
    spec["components"]["responses"] = {"Ok": {"description": "ok", "headers": {
        "X-RateLimit-Remaining": {"$ref": "#/components/headers/Remaining"}}}}
    spec["paths"]["/things"]["get"]["responses"] = {"200": {"$ref": "#/components/responses/Ok"}}
    limited = Limited(spec)
    answers = []
    for _ in range(3):
        headers: dict[str, str] = {}
        limited.ask("GET", "/things").add_declared_headers(200, headers)
        answers.append(headers)
    # Only what is declared: neither the limit nor the reset header.
    assert answers == [{"x-ratelimit-remaining": n} for n in ("2", "1", "0")]
    # Declared for 200 only: a 404 of the same operation carries none.
    not_found: dict[str, str] = {}
    Limited(spec).ask("GET", "/things").add_declared_headers(404, not_found)
    assert not_found == {}


# --- real mocks -----------------------------------------------------------------------------

SEARCH = {"filter": {"field": "email", "operator": "equals", "value": "x@example.com"}}


def test_pylon_delete_is_throttled_after_10_while_other_operations_go_on(
    mock: ClientFactory,
) -> None:
    pylon = mock("pylon", rate_limit=True)
    deletes = [pylon.delete(f"/contacts/c{i}").status_code for i in range(11)]
    assert deletes == [404] * 10 + [429]
    assert pylon.get("/contacts/c1").status_code == 404
    assert pylon.post("/contacts/search", json=SEARCH).status_code == 200


def test_a_literal_path_has_its_own_budget_beside_the_templated_one(mock: ClientFactory) -> None:
    # The router matches /contacts/search before /contacts/{id}; the budget is the match's.
    pylon = mock("pylon", rate_limit=True)
    searches = [pylon.post("/contacts/search", json=SEARCH).status_code for _ in range(21)]
    assert searches == [200] * 20 + [429]
    assert pylon.get("/contacts/search").status_code == 404  # getContact, id "search"


def test_requests_of_no_operation_are_answered_by_the_router_and_not_counted(
    mock: ClientFactory,
) -> None:
    pylon = mock("pylon", rate_limit=True)
    unmatched = [
        ("GET", "/unknown"),
        ("PUT", "/contacts"),  # a method the spec does not declare: 405
        ("GET", "/contacts/1/extra"),
    ]
    for method, path in unmatched:
        statuses = {pylon.request(method, path).status_code for _ in range(70)}
        assert statuses == {405 if method == "PUT" else 404}, (method, path)
    assert pylon.engine.limiter.bucket_count == 0


def test_a_pylon_429_is_the_operation_envelope_with_every_header(
    mock: ClientFactory, spec_check: Callable[[str], SpecCheck]
) -> None:
    pylon = mock("pylon", rate_limit=True)
    for i in range(10):
        pylon.delete(f"/contacts/c{i}")
    rejected = pylon.delete("/contacts/c0")
    assert rejected.status_code == 429
    assert rejected.headers["content-type"] == "application/json"
    assert 1 <= int(rejected.headers["retry-after"]) <= 60
    assert 0 < int(rejected.headers["retry-after-ms"]) <= 60_000
    assert rejected.headers["x-ratelimit-limit"] == "10"
    assert rejected.headers["x-ratelimit-remaining"] == "0"
    assert 1 <= int(rejected.headers["x-ratelimit-reset"]) <= 60
    assert rejected.json()["errors"][0].startswith(
        "rate limit exceeded: at most 10 requests per 60 s for this operation")
    spec_check("pylon").assert_valid("deleteContact", rejected)
    # Accepted answers carry none: Pylon's spec declares no X-RateLimit-* header.
    fine = pylon.get("/contacts")
    assert not [name for name in fine.headers if name.startswith(("x-ratelimit", "retry"))]


def test_wealthbox_counts_every_operation_against_one_token_budget(mock: ClientFactory) -> None:
    wealthbox = mock("wealthbox", rate_limit=True)
    paths = ["/v1/me", "/v1/contacts", "/v1/contacts/7", "/v1/tasks", "/v1/notes/3"]
    statuses = [wealthbox.get(paths[i % len(paths)]).status_code for i in range(300)]
    assert set(statuses) <= {200, 404} and len(statuses) == 300
    assert wealthbox.get("/v1/events").status_code == 429
    # Another token is not another budget: auth refuses it, and it is counted nowhere. (The
    # middleware this replaced gave every unknown token a fresh budget of its own.)
    wealthbox.token = "other"
    assert wealthbox.get("/v1/events").status_code == 401
    wealthbox.token = "test-token"
    assert wealthbox.get("/v1/events").status_code == 429
    assert wealthbox.engine.limiter.bucket_count == 1


# --- secrets --------------------------------------------------------------------------------


def test_tokens_appear_in_no_header_body_log_or_repr(
    mock: ClientFactory, caplog: pytest.LogCaptureFixture
) -> None:
    token = "sk-live-SECRET-4f8a1c"
    pylon = mock("pylon", token=token, rate_limit=True)
    with caplog.at_level(logging.DEBUG):
        responses = [pylon.delete("/contacts/x") for _ in range(11)]
        pylon.token = token + "-wrong"
        responses.append(pylon.delete("/contacts/x"))
    assert [r.status_code for r in responses] == [404] * 10 + [429, 401]
    assert any("429 DELETE /contacts/{id}" in record.getMessage() for record in caplog.records)
    limiter = pylon.engine.limiter
    for response in responses:
        assert token not in response.text
        assert token not in json.dumps(dict(response.headers))
    assert token not in caplog.text
    assert token not in repr(limiter)
    assert token not in repr(vars(limiter))
    assert token not in repr(limiter._budgets)  # keyed by the principal, a fingerprint only
