"""One request identity: every spelling of a request meets the same budget and the same faults.

The router resolves a request to its operation on the raw path once; auth turns the credential
it accepted into a principal; the rate limiter counts (principal, operation) and the fault
filter matches the operation's template. Each test below is a spelling that once escaped the
limiter or the fault filter (issues 12 and 14), sent as raw ASGI requests: `raw_path` is exactly
what the client wrote and `path` is its percent-decoded form, as uvicorn builds them, so no
client-side normalisation hides a case.
"""

from __future__ import annotations

import asyncio
import http.client
from collections.abc import Sequence
from typing import Any
from urllib.parse import unquote

import pytest
from crm_overlays.transports.ratelimit import OperationMatcher, rate_limits
from starlette.types import Message

from mocks import create_app
from mocks.api import compile_api
from mocks.routing import Matched
from mocks.serving import serve

Headers = Sequence[tuple[str, str]]
BEARER = (("authorization", "Bearer test-token"),)
ACCESS_TOKEN = (("access_token", "test-token"),)


class Raw:
    """Requests straight into an app's ASGI callable, on one event loop."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.runner = asyncio.Runner()

    def close(self) -> None:
        self.runner.close()

    def __call__(self, method: str, raw_path: str, headers: Headers = BEARER) -> int:
        return self.send(method, raw_path, headers)[0]

    def send(self, method: str, raw_path: str, headers: Headers = BEARER) -> tuple[int, bytes]:
        path, _, query = raw_path.partition("?")
        scope = {
            "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1",
            "method": method, "scheme": "http", "server": ("mock.test", 80),
            "client": ("127.0.0.1", 5000), "root_path": "",
            "path": unquote(path), "raw_path": path.encode(), "query_string": query.encode(),
            "headers": [(name.encode(), value.encode()) for name, value in headers],
        }  # fmt: skip
        sent: list[Message] = []

        async def receive() -> Message:
            return {"type": "http.request", "body": b"", "more_body": False}

        async def send(message: Message) -> None:
            sent.append(message)

        self.runner.run(self.app(scope, receive, send))
        body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
        return int(sent[0]["status"]), body

    def times(self, n: int, method: str, raw_path: str, headers: Headers = BEARER) -> list[int]:
        return [self(method, raw_path, headers) for _ in range(n)]


@pytest.fixture
def pylon() -> Any:
    raw = Raw(create_app("pylon"))
    yield raw
    raw.close()


@pytest.fixture
def wealthbox() -> Any:
    raw = Raw(create_app("wealthbox"))
    yield raw
    raw.close()


# Spellings the router resolves to Pylon's `/contacts/{id}`: empty segments are dropped, each
# segment is percent-decoded on its own (so an encoded slash stays inside the id).
SAME_OPERATION = [
    "/contacts/a%2Fb",
    "/contacts/a%2fb",
    "//contacts/missing",
    "/contacts//missing",
    "/contacts/missing/",
    "/contacts/%6Dissing",
    "/%63ontacts/missing",
    "/contacts/.",  # a dot segment is an id like any other: nothing normalises it away
]
# Spellings that name no operation: the router answers 404 before anything is counted.
NO_OPERATION = [
    "/contacts%2Fmissing",  # one segment, `contacts/missing`
    "/contacts/./missing",
    "/contacts/x/../missing",
]


# --- issue 12: the limiter and the fault filter follow the router -------------------------------


def test_twelve_deletes_of_an_encoded_slash_id_meet_the_delete_budget(pylon: Raw) -> None:
    # Pylon's deleteContact allows 10 a minute; the id `a/b` is one path segment.
    assert pylon.times(12, "DELETE", "/contacts/a%2Fb") == [404] * 10 + [429] * 2


@pytest.mark.parametrize("spelling", SAME_OPERATION)
def test_every_spelling_of_an_operation_spends_one_budget(pylon: Raw, spelling: str) -> None:
    assert pylon.times(5, "DELETE", "/contacts/missing") == [404] * 5
    assert pylon.times(5, "DELETE", spelling) == [404] * 5
    assert pylon("DELETE", spelling) == 429
    assert pylon("DELETE", "/contacts/missing") == 429


@pytest.mark.parametrize("spelling", NO_OPERATION)
def test_a_spelling_that_names_no_operation_is_a_404_and_spends_nothing(
    pylon: Raw, spelling: str
) -> None:
    status, body = pylon.send("DELETE", spelling)
    assert (status, b"route could not be found" in body) == (404, True)
    assert pylon.times(20, "DELETE", spelling) == [404] * 20
    assert pylon.times(11, "DELETE", "/contacts/missing") == [404] * 10 + [429]
    assert pylon("DELETE", spelling) == 404  # still the router's answer, not a 429


@pytest.mark.parametrize("spelling", SAME_OPERATION)
def test_a_fault_filter_on_a_template_meets_every_spelling(spelling: str) -> None:
    raw = Raw(create_app("pylon", rate_limit=False, faults="seq*:503,path=/contacts/{id}"))
    try:
        assert raw("GET", spelling) == 503
        assert raw("DELETE", spelling) == 503
        assert raw("GET", "/contacts?limit=1") == 200  # another template: not eligible
    finally:
        raw.close()


@pytest.mark.parametrize("spelling", ["//contacts/missing", "/contacts//missing"])
def test_a_fault_filter_on_a_prefix_meets_empty_segments(spelling: str) -> None:
    raw = Raw(create_app("pylon", rate_limit=False, faults="seq*:503,path=/contacts"))
    try:
        assert raw("GET", spelling) == 503
    finally:
        raw.close()


@pytest.mark.parametrize("spelling", NO_OPERATION)
def test_a_fault_filter_on_a_path_leaves_requests_of_no_operation_alone(spelling: str) -> None:
    raw = Raw(create_app("pylon", rate_limit=False, faults="seq*:503,path=/contacts"))
    try:
        assert raw("GET", spelling) == 404
        assert raw("GET", "/contacts/missing") == 503
    finally:
        raw.close()


def test_a_fault_plan_without_a_path_filter_still_fronts_every_request() -> None:
    raw = Raw(create_app("pylon", faults="seq:503,503,503"))
    try:
        assert raw("GET", "/no/such/route") == 503
        assert raw("GET", "/contacts/missing", headers=()) == 503  # unauthenticated too
        assert raw("GET", "/contacts/missing") == 503
        assert raw("GET", "/contacts/missing") == 404
    finally:
        raw.close()


def test_a_faulted_request_spends_no_budget() -> None:
    raw = Raw(create_app("pylon", faults="seq:503,503,503,503,503"))
    try:
        assert raw.times(5, "DELETE", "/contacts/missing") == [503] * 5
        assert raw.times(11, "DELETE", "/contacts/missing") == [404] * 10 + [429]
    finally:
        raw.close()


# --- issue 14: no spelling of a request escapes its budget -------------------------------------


def spend_get_budget(pylon: Raw) -> None:
    """Use up Pylon's getContact budget (60 a minute) with the plain spelling."""
    assert pylon.times(60, "GET", "/contacts/missing") == [404] * 60
    assert pylon("GET", "/contacts/missing") == 429


@pytest.mark.parametrize("spelling", ["/contacts/missing/", "//contacts/missing", "/contacts/a%2Fb"])
def test_path_spellings_get_none_of_40_through(pylon: Raw, spelling: str) -> None:
    spend_get_budget(pylon)
    assert pylon.times(40, "GET", spelling) == [429] * 40


def test_head_spends_the_budget_of_get(pylon: Raw) -> None:
    # Pylon documents no HEAD; the mock answers HEAD as the GET operation, so it is that
    # operation's request and counts against its per-endpoint budget.
    spend_get_budget(pylon)
    assert pylon.times(40, "HEAD", "/contacts/missing") == [429] * 40


def test_head_and_get_share_one_budget_either_way(pylon: Raw) -> None:
    assert pylon.times(60, "HEAD", "/contacts/missing") == [404] * 60
    assert pylon("GET", "/contacts/missing") == 429


BEARER_SPELLINGS = ["bearer test-token", "BEARER test-token", "Bearer   test-token", "bEaReR  test-token"]


@pytest.mark.parametrize("authorization", BEARER_SPELLINGS)
def test_auth_accepts_the_scheme_in_any_case_and_spaces_after_it(
    pylon: Raw, authorization: str
) -> None:
    # RFC 9110 11.1: the scheme is case-insensitive, and one or more spaces follow it.
    assert pylon("GET", "/contacts/missing", [("authorization", authorization)]) == 404


@pytest.mark.parametrize("authorization", BEARER_SPELLINGS)
def test_bearer_spellings_get_none_of_40_through(pylon: Raw, authorization: str) -> None:
    spend_get_budget(pylon)
    headers = [("authorization", authorization)]
    assert pylon.times(40, "GET", "/contacts/missing", headers) == [429] * 40


def test_bearer_spellings_spend_one_budget(pylon: Raw) -> None:
    statuses = [pylon("GET", "/contacts/missing", [("authorization", BEARER_SPELLINGS[n % 4])])
                for n in range(60)]
    assert statuses == [404] * 60
    assert pylon("GET", "/contacts/missing") == 429


def test_a_second_junk_authorization_header_gets_none_of_40_through(pylon: Raw) -> None:
    spend_get_budget(pylon)
    statuses = [
        pylon("GET", "/contacts/missing", [*BEARER, ("authorization", f"Bearer junk-{n}")])
        for n in range(40)
    ]
    assert statuses == [429] * 40


def spend_wealthbox_budget(wealthbox: Raw) -> None:
    """Use up Wealthbox's token budget (300 per 300 s, shared by every operation)."""
    paths = ["/v1/me", "/v1/contacts", "/v1/tasks"]
    statuses = [wealthbox("GET", paths[n % 3], ACCESS_TOKEN) for n in range(300)]
    assert statuses == [200] * 300
    assert wealthbox("GET", "/v1/me", ACCESS_TOKEN) == 429


def test_wealthbox_a_junk_bearer_beside_the_access_token_gets_none_of_40_through(
    wealthbox: Raw,
) -> None:
    spend_wealthbox_budget(wealthbox)
    statuses = [
        wealthbox("GET", "/v1/me", [*ACCESS_TOKEN, ("authorization", f"Bearer junk-{n}")])
        for n in range(40)
    ]
    assert statuses == [429] * 40


def test_wealthbox_the_token_as_oauth2_bearer_meets_the_same_budget(wealthbox: Raw) -> None:
    # One access token, two ways to send it (the spec's AccessToken and OAuth2 schemes): one
    # principal, so one "per access token" budget.
    spend_wealthbox_budget(wealthbox)
    assert wealthbox.times(40, "GET", "/v1/me", BEARER) == [429] * 40


def test_wealthbox_both_ways_of_sending_the_token_spend_one_budget(wealthbox: Raw) -> None:
    statuses = [wealthbox("GET", "/v1/me", ACCESS_TOKEN if n % 2 else BEARER) for n in range(300)]
    assert statuses == [200] * 300
    assert wealthbox("GET", "/v1/me", BEARER) == 429
    assert wealthbox("GET", "/v1/me", ACCESS_TOKEN) == 429


# --- a request that fails auth ----------------------------------------------------------------


def test_junk_tokens_spend_no_budget_and_are_not_remembered(pylon: Raw) -> None:
    limiter = pylon.app.state.engine.limiter
    before = limiter.bucket_count
    statuses = {pylon("GET", "/contacts/missing", [("authorization", f"Bearer junk-{n}")])
                for n in range(20_000)}
    assert statuses == {401}
    assert limiter.bucket_count == before
    assert pylon.times(61, "GET", "/contacts/missing") == [404] * 60 + [429]
    assert limiter.bucket_count == before + 1  # the one budget of the accepted token


def test_an_unauthenticated_request_is_401_even_over_the_limit(pylon: Raw) -> None:
    spend_get_budget(pylon)
    for headers in [(), [("authorization", "Bearer junk")], [("authorization", "test-token")]]:
        status, body = pylon.send("GET", "/contacts/missing", headers)
        assert status == 401, headers
        assert b"test-token" not in body
    assert pylon("GET", "/contacts/missing") == 429  # and the budget is still spent


# --- over a real socket -----------------------------------------------------------------------


def statuses_over_http(url: str, requests: list[tuple[str, str]]) -> list[int]:
    """Each (method, path) sent verbatim on one keep-alive connection (http.client normalises
    nothing: the request target is the bytes given)."""
    connection = http.client.HTTPConnection(url.removeprefix("http://"), timeout=10)
    statuses = []
    try:
        for method, path in requests:
            connection.request(method, path, headers={"Authorization": "Bearer test-token"})
            response = connection.getresponse()
            response.read()
            statuses.append(response.status)
    finally:
        connection.close()
    return statuses


def test_over_uvicorn_every_spelling_meets_the_budget_and_the_fault_filter() -> None:
    limited = create_app("pylon")
    with serve(limited) as url:
        spent = statuses_over_http(url, [("DELETE", "/contacts/missing")] * 10)
        spellings = statuses_over_http(url, [("DELETE", path) for path in SAME_OPERATION])
        elsewhere = statuses_over_http(url, [("DELETE", path) for path in NO_OPERATION])
    assert (spent, spellings, elsewhere) == (
        [404] * 10, [429] * len(SAME_OPERATION), [404] * len(NO_OPERATION))
    faulty = create_app("pylon", rate_limit=False, faults="seq*:503,path=/contacts/{id}")
    with serve(faulty) as url:
        spellings = statuses_over_http(url, [("GET", path) for path in SAME_OPERATION])
        elsewhere = statuses_over_http(url, [("GET", path) for path in NO_OPERATION])
    assert (spellings, elsewhere) == ([503] * len(SAME_OPERATION), [404] * len(NO_OPERATION))


# --- the client-side limiter matches as the router does -----------------------------------------


@pytest.mark.parametrize("method", ["DELETE", "GET", "HEAD"])
@pytest.mark.parametrize("spelling", SAME_OPERATION + NO_OPERATION)
def test_the_client_limiter_draws_on_the_budget_the_mock_counts(method: str, spelling: str) -> None:
    # Before the spec layer had one matcher, the client's regex matcher missed `//`, `%63` and
    # HEAD, so it paced no budget for requests the mock counted (and answered 429).
    router = compile_api("pylon").router
    resolution = router.resolve(method, spelling)
    served = resolution.operation if isinstance(resolution, Matched) else None
    paced = OperationMatcher(rate_limits("pylon")).match(method, spelling)
    expected = None if served is None else (served.method, served.template)
    assert paced == expected
    assert (served is not None) == (spelling in SAME_OPERATION)
