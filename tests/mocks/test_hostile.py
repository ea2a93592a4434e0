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
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from mocks.calls import Reply
from mocks.hooks import HookContext, HookRegistry
from mocks.limits import MAX_BODY_BYTES
from tests.mocks.support import SpecCheck
from tests.served import ServedMock, serving

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
def served() -> Iterator[Callable[[str], ServedMock]]:
    """One mock per API for the whole module (each case checks it left the state as it was)."""
    with serving() as make:
        mocks: dict[str, ServedMock] = {}

        def get(api: str) -> ServedMock:
            if api not in mocks:
                mocks[api] = make(api, seed=2)
            return mocks[api]

        yield get


@pytest.fixture(scope="module")
def checks() -> dict[str, SpecCheck]:
    return {api: SpecCheck(api) for api in APIS}


@pytest.fixture(params=APIS)
def aimed(
    request: pytest.FixtureRequest,
    served: Callable[[str], ServedMock],
    checks: dict[str, SpecCheck],
) -> Iterator[Aimed]:
    api: str = request.param
    mock, target = served(api), TARGETS[api]
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
