"""Hostile input against all five mocks over a real socket (issue 14): nothing poisons the mock.

Each case sends what no well-behaved client sends, through uvicorn, and checks four things: the
status is 4xx; the body is the vendor's error envelope (validated against the spec with an
independent validator, as tests/mocks/support.py's `SpecCheck` does); nothing was stored (the
store and, where the API can list or read, the list and the record read back as before); and the
server answers the next request, on the same keep-alive connection. The limits themselves are
in mocks/limits.py; test_limits.py pins them one by one.
"""

from __future__ import annotations

import json
import socket
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from uvicorn.protocols.http.h11_impl import H11Protocol

from mocks.calls import Reply
from mocks.hooks import HookContext, HookRegistry
from mocks.limits import MAX_BODY_BYTES, MAX_DEPTH
from tests.mocks.support import SpecCheck, auth_headers
from tests.served import TOKEN, ServedMock, serving

APIS = ("kanbert", "kinbox", "pylon", "repzo", "wealthbox")


@dataclass(frozen=True)
class Target:
    """Where to aim at one API: its contact collection and a valid create body."""

    collection: str
    create: str  # operationId
    body: dict[str, Any]
    field: str  # a string field of the body, where hostile values go
    read: str | None = None
    update: tuple[str, str] | None = None  # method, operationId
    listing: str | None = None
    id_field: str = "id"
    # Where the create answer holds the record: the body itself, or its `data`.
    wrapped: bool = False


TARGETS = {
    "kanbert": Target(
        "/contacts", "createContact", {"first_name": "Ada"}, "first_name",
        "getContact", ("PATCH", "updateContact"), "listContacts",
    ),
    "kinbox": Target(
        "/contacts", "createContact", {"customFields": {"cpf": "060.715.303-54"}, "name": "Ada"},
        "name",
    ),
    "pylon": Target(
        "/contacts", "createContact", {"name": "Ada"}, "name",
        "getContact", ("PATCH", "updateContact"), "listContacts", wrapped=True,
    ),
    "repzo": Target(
        "/client-contact", "createClientContact", {"name": "Ada"}, "name",
        "getClientContact", ("PUT", "updateClientContact"), "listClientContacts", "_id",
        wrapped=True,
    ),
    "wealthbox": Target(
        "/v1/contacts", "createContact", {"first_name": "Ada", "last_name": "Lovelace"},
        "first_name", "getContact", ("PUT", "updateContact"), "listContacts",
    ),
}  # fmt: skip

# A value put in the target's string field, as raw JSON text, and a word of the refusal.
HOSTILE_VALUES = {
    "raw-surrogate": (b'"Ada \xed\xa0\x80"', "Unicode"),  # the UTF-8 bytes of U+D800
    "escaped-surrogate": (b'"Ada \\udfff"', "surrogate"),
    "nested-1000-deep": (b"[" * 1000 + b"]" * 1000, "nested"),
    "1e999": (b"1e999", "range"),
    "NaN": (b"NaN", "NaN"),
    "Infinity": (b"-Infinity", "Infinity"),
    "integer-of-5000-digits": (b"9" * 5000, "digits"),
}
HOLE = "\x00hole\x00"
UPDATABLE = [api for api in APIS if TARGETS[api].update]  # Kinbox only creates contacts


def body_with(target: Target, value: bytes) -> bytes:
    text = json.dumps({**target.body, target.field: HOLE})
    return text.encode().replace(json.dumps(HOLE).encode(), value)


@dataclass
class Aimed:
    """A served mock, one record of its contacts, and a raw client with one connection."""

    mock: ServedMock
    target: Target
    check: SpecCheck
    http: httpx.Client
    record_path: str | None

    def snapshot(self) -> Any:
        """Everything the mock would serve: its store, its list and the record, as read back."""
        store = self.mock.engine.store
        held = {name: store.scan(name)[1] for name in store.collections()}
        seen: dict[str, Any] = {"store": held}
        if self.target.listing:
            seen["list"] = _served(self.ok(self.http.get(self.target.collection)))
        if self.record_path:
            seen["record"] = _served(self.ok(self.http.get(self.record_path)))
        return seen

    @staticmethod
    def ok(response: httpx.Response) -> httpx.Response:
        assert response.status_code < 300, (response.status_code, response.text[:300])
        return response

    def send(self, method: str, path: str, **options: Any) -> httpx.Response:
        return self.http.request(method, path, **options)

    def assert_refused(
        self, response: httpx.Response, operation: str, reason: str, before: Any
    ) -> None:
        assert 400 <= response.status_code < 500, (response.status_code, response.text[:300])
        self.check.assert_valid(operation, response)  # the vendor's envelope, as documented
        assert reason in response.text, response.text[:300]
        connection = _connection(response)
        after = self.snapshot()  # the next requests are answered...
        assert after == before  # ...and nothing was stored
        last = self.http.get(self.record_path or "/no-such-path")
        assert _connection(last) == connection  # ...on the same keep-alive connection


def _served(response: httpx.Response) -> Any:
    """An answer's JSON without the fresh id some envelopes carry (Pylon's `request_id`)."""
    body = response.json()
    return {k: v for k, v in body.items() if k != "request_id"} if isinstance(body, dict) else body


def _connection(response: httpx.Response) -> Any:
    """The client's end of the socket a response came on."""
    return response.extensions["network_stream"].get_extra_info("client_addr")


@pytest.fixture(scope="module")
def served() -> Iterator[Callable[..., ServedMock]]:
    """One mock per API (and HTTP parser) for the whole module: each case checks it left the
    state as it was."""
    with serving() as make:
        mocks: dict[tuple[str, Any], ServedMock] = {}

        def get(api: str, protocol: Any = None) -> ServedMock:
            if (api, protocol) not in mocks:
                mocks[(api, protocol)] = make(api, seed=2, protocol=protocol)
            return mocks[(api, protocol)]

        yield get


@pytest.fixture(scope="module")
def checks() -> dict[str, SpecCheck]:
    return {api: SpecCheck(api) for api in APIS}


@pytest.fixture(params=APIS)
def aimed(
    request: pytest.FixtureRequest,
    served: Callable[..., ServedMock],
    checks: dict[str, SpecCheck],
) -> Iterator[Aimed]:
    api, protocol = request.param if isinstance(request.param, tuple) else (request.param, None)
    mock, target = served(api, protocol), TARGETS[api]
    http = httpx.Client(
        base_url=mock.base_url,
        headers=mock.http().headers,
        limits=httpx.Limits(max_connections=1),
        timeout=30,
    )
    record_path = None
    if target.read:
        created = http.post(target.collection, json=target.body)
        assert created.status_code < 300, created.text
        record = created.json()["data"] if target.wrapped else created.json()
        record_path = f"{target.collection}/{record[target.id_field]}"
    try:
        yield Aimed(mock, target, checks[api], http, record_path)
    finally:
        http.close()


JSON = {"content-type": "application/json"}


@pytest.mark.parametrize("case", list(HOSTILE_VALUES))
def test_a_hostile_value_is_refused_on_create(aimed: Aimed, case: str) -> None:
    value, reason = HOSTILE_VALUES[case]
    before = aimed.snapshot()
    response = aimed.send(
        "POST", aimed.target.collection, content=body_with(aimed.target, value), headers=JSON
    )
    aimed.assert_refused(response, aimed.target.create, reason, before)


@pytest.mark.parametrize("aimed", UPDATABLE, indirect=True)
@pytest.mark.parametrize("case", list(HOSTILE_VALUES))
def test_a_hostile_value_is_refused_on_update(aimed: Aimed, case: str) -> None:
    assert aimed.target.update is not None and aimed.record_path is not None
    method, operation = aimed.target.update
    value, reason = HOSTILE_VALUES[case]
    before = aimed.snapshot()
    body = body_with(aimed.target, value)
    response = aimed.send(method, aimed.record_path, content=body, headers=JSON)
    aimed.assert_refused(response, operation, reason, before)


@pytest.mark.parametrize("body", [b" ", b"\r\n\t  \n"], ids=["space", "whitespace"])
def test_a_whitespace_body_is_not_an_empty_one(aimed: Aimed, body: bytes) -> None:
    """Kanbert's create and update take an optional body: whitespace once created an empty
    contact there (Schemathesis ST201); it is a body, and not JSON."""
    before = aimed.snapshot()
    response = aimed.send("POST", aimed.target.collection, content=body, headers=JSON)
    aimed.assert_refused(response, aimed.target.create, "JSON", before)
    if aimed.target.update is not None and aimed.record_path is not None:
        method, operation = aimed.target.update
        response = aimed.send(method, aimed.record_path, content=body, headers=JSON)
        aimed.assert_refused(response, operation, "JSON", before)


def test_a_body_over_the_limit_is_refused_before_it_is_read(aimed: Aimed) -> None:
    before = aimed.snapshot()
    body = body_with(aimed.target, json.dumps("x" * MAX_BODY_BYTES).encode())
    response = aimed.send("POST", aimed.target.collection, content=body, headers=JSON)
    aimed.assert_refused(response, aimed.target.create, "larger", before)


def test_a_chunked_body_is_refused_once_it_passes_the_limit(aimed: Aimed) -> None:
    before = aimed.snapshot()
    chunk = b"x" * (1024 * 1024)

    def chunks() -> Iterator[bytes]:  # no Content-Length: the server learns the size by reading
        yield b'{"' + aimed.target.field.encode() + b'": "'
        for _ in range(MAX_BODY_BYTES // len(chunk) + 1):
            yield chunk
        yield b'"}'

    response = aimed.send("POST", aimed.target.collection, content=chunks(), headers=JSON)
    aimed.assert_refused(response, aimed.target.create, "larger", before)


@pytest.mark.parametrize("aimed", UPDATABLE, indirect=True)  # Kinbox takes no parameters
def test_an_integer_of_5000_digits_in_the_path_or_query_is_a_4xx(aimed: Aimed) -> None:
    """Python's int-string limit (4,300 digits) raised on such a parameter: a 500."""
    huge = "9" * 5000
    before = aimed.snapshot()
    assert aimed.target.read
    response = aimed.send("GET", f"{aimed.target.collection}/{huge}")
    aimed.assert_refused(response, aimed.target.read, "", before)
    if aimed.target.listing:
        operation = next(
            op for op in aimed.mock.engine.api.operations if op.operation_id == aimed.target.listing
        )
        assert operation.pagination is not None
        names = [operation.pagination.size_param, operation.pagination.page_param]
        for name in filter(None, names):
            response = aimed.send("GET", aimed.target.collection, params={name: huge})
            aimed.assert_refused(response, aimed.target.listing, "", before)


def test_a_500_leaves_the_connection_open_for_the_next_request(aimed: Aimed) -> None:
    """The error guard answered the 500 and re-raised, so uvicorn closed the connection and
    the client's next request on it was reset."""
    engine = aimed.mock.engine
    original = engine.hooks
    broken = HookRegistry(original.policy)
    operation = aimed.target.listing or aimed.target.create

    @broken.operation(operation)
    async def explode(ctx: HookContext) -> Reply:
        raise RuntimeError("a bug in a hook")  # a test-only hook standing in for any bug

    engine.hooks = broken
    try:
        if aimed.target.listing:
            failed = aimed.send("GET", aimed.target.collection)
        else:
            failed = aimed.send("POST", aimed.target.collection, json=aimed.target.body)
    finally:
        engine.hooks = original
    assert failed.status_code == 500
    assert "a bug in a hook" not in failed.text
    if "500" in aimed.check.operations[operation].node["responses"]:  # documented: check it
        aimed.check.assert_valid(operation, failed)
    after = aimed.send("POST", aimed.target.collection, json=aimed.target.body)
    assert after.status_code < 300, after.text
    assert _connection(after) == _connection(failed)


# Requests the HTTP parser refuses, so the app never sees them (in the issue, uvicorn answered
# them as text/plain). Each is sent with the API's credentials on a connection of its own.
MALFORMED = {
    "lowercase-method": b"get {collection} HTTP/1.1\r\n{auth}\r\n",
    "lowercase-post-with-a-body": (
        b"post {collection} HTTP/1.1\r\n{auth}content-type: application/json\r\n"
        b"content-length: 15\r\n\r\n{\"name\": \"Eve\"}"
    ),
    "unknown-method": b"BREW {collection} HTTP/1.1\r\n{auth}\r\n",
    "nul-in-the-target": b"GET {collection}\x00 HTTP/1.1\r\n{auth}\r\n",
    "nul-in-the-query": b"GET {collection}?q=\x00 HTTP/1.1\r\n{auth}\r\n",
    "url-over-64-kb": b"GET {collection}?q=" + b"a" * 66_000 + b" HTTP/1.1\r\n{auth}\r\n",
    "header-line-without-a-colon": b"GET {collection} HTTP/1.1\r\n{auth}Broken line\r\n\r\n",
    "space-in-a-header-name": b"GET {collection} HTTP/1.1\r\n{auth}Bad Name: x\r\n\r\n",
    "nul-in-a-header": b"GET {collection} HTTP/1.1\r\n{auth}X-Note: a\x00b\r\n\r\n",
    "folded-header": b"GET {collection} HTTP/1.1\r\n{auth}X-Note: a\r\n  b\r\n\r\n",
    "bare-line-feeds": b"GET {collection} HTTP/1.1\n{auth_lf}\n",
    "unknown-version": b"GET {collection} HTTP/9.9\r\n{auth}\r\n",
    "content-length-not-a-number": (
        b"POST {collection} HTTP/1.1\r\n{auth}content-length: ten\r\n\r\n{{}}"
    ),
    "two-content-lengths": (
        b"POST {collection} HTTP/1.1\r\n{auth}content-length: 2\r\ncontent-length: 3\r\n\r\n{{}}"
    ),
    "bad-chunk-size": (
        b"POST {collection} HTTP/1.1\r\n{auth}transfer-encoding: chunked\r\n\r\nzz\r\n"
    ),
    "tls-hello-on-the-plain-port": b"\x16\x03\x01\x00\xa5\x01\x00\x00\xa1\x03\x03\r\n\r\n",
}
# h11 (uvicorn's parser without httptools) is more lenient: lowercase and unknown methods,
# HTTP/9.9, folded headers, bare line feeds and long URLs are requests to it, which the app
# answers (405, 404, ...). These it refuses as well.
MALFORMED_FOR_H11 = [
    "nul-in-the-target",
    "nul-in-the-query",
    "header-line-without-a-colon",
    "space-in-a-header-name",
    "nul-in-a-header",
    "content-length-not-a-number",
    "two-content-lengths",
    "bad-chunk-size",
    "tls-hello-on-the-plain-port",
]


def raw_request(aimed: Aimed, case: str) -> bytes:
    mock = aimed.mock
    path = urlsplit(mock.base_url).path + aimed.target.collection
    credentials = b"".join(
        f"{name}: {value}\r\n".encode() for name, value in auth_headers(mock.api, TOKEN).items()
    )
    host = b"host: " + urlsplit(mock.origin).netloc.encode() + b"\r\n"
    return (
        MALFORMED[case]
        .replace(b"{collection}", path.encode())
        .replace(b"{auth}", host + credentials)
        .replace(b"{auth_lf}", (host + credentials).replace(b"\r\n", b"\n"))
        .replace(b"{{}}", b"{}")
    )


def exchange(origin: str, raw: bytes) -> tuple[int, dict[str, str], bytes]:
    """Send raw bytes on a new connection; the answer, read until the server closes it."""
    parts = urlsplit(origin)
    with socket.create_connection((parts.hostname, parts.port), timeout=10) as sock:
        sock.sendall(raw)
        received = b""
        while chunk := sock.recv(65536):  # a refused request closes the connection
            received += chunk
    head, _, body = received.partition(b"\r\n\r\n")
    status_line, *lines = head.decode("latin-1").split("\r\n")
    headers = dict(line.lower().split(": ", 1) for line in lines)
    return int(status_line.split()[1]), headers, body


def documenting(check: SpecCheck, status: int) -> str:
    """An operation of the spec that documents `status`: its envelope is the one to match."""
    return next(
        operation_id
        for operation_id, op in check.operations.items()
        if str(status) in op.node["responses"]
    )


def assert_malformed_is_refused(aimed: Aimed, case: str) -> None:
    before = aimed.snapshot()
    status, headers, body = exchange(aimed.mock.origin, raw_request(aimed, case))
    assert status == 400, (status, body[:300])
    assert headers["content-type"] == "application/json"
    assert headers["connection"] == "close"  # the stream cannot be read past the error
    assert int(headers["content-length"]) == len(body)
    response = httpx.Response(status, headers=headers, content=body)
    aimed.check.assert_valid(documenting(aimed.check, 400), response)
    assert b"not valid HTTP" in body
    assert aimed.snapshot() == before  # answered again, and nothing was stored


@pytest.mark.parametrize("case", list(MALFORMED))
def test_malformed_http_is_answered_in_the_vendor_envelope(aimed: Aimed, case: str) -> None:
    assert_malformed_is_refused(aimed, case)


@pytest.mark.parametrize("aimed", [(api, H11Protocol) for api in APIS], indirect=True, ids=APIS)
@pytest.mark.parametrize("case", MALFORMED_FOR_H11)
def test_malformed_http_is_answered_in_the_vendor_envelope_by_h11_too(
    aimed: Aimed, case: str
) -> None:
    assert_malformed_is_refused(aimed, case)


def test_json_at_the_depth_limit_gets_past_the_limit_without_a_500(aimed: Aimed) -> None:
    """One level under the limit the parser, the validator and the shaper all recurse through
    the value: the schema refuses it (a contact's name is no array), but no RecursionError."""
    value = b"[" * (MAX_DEPTH - 1) + b'"x"' + b"]" * (MAX_DEPTH - 1)  # in the body: MAX_DEPTH
    before = aimed.snapshot()
    body = body_with(aimed.target, value)
    response = aimed.send("POST", aimed.target.collection, content=body, headers=JSON)
    aimed.assert_refused(response, aimed.target.create, "", before)
    assert "nested" not in response.text
