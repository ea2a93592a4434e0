"""The HTTP edge (`mocks/wire.py`): requests read from the ASGI scope, replies written back."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from starlette.types import Message

from mocks.auth import ANONYMOUS, Authenticator
from mocks.openapi import SpecDocument
from mocks.wire import ClientGone, Incoming, base_url, read_body, send_empty, send_json
from tests.mocks.conftest import ClientFactory


def scope(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "type": "http",
        "method": "GET",
        "scheme": "http",
        "server": ("mock.test", 80),
        "path": "/contacts",
        "raw_path": b"/contacts",
        "root_path": "",
        "query_string": b"",
        "headers": [],
    }
    return {**base, **changes}


def test_headers_are_case_insensitive_and_the_first_value_wins() -> None:
    incoming = Incoming(scope(headers=[(b"X-Token", b"one"), (b"x-token", b"two")]))
    assert incoming.headers == {"x-token": "one"}


def test_the_query_keeps_every_pair_and_reads_a_repeated_key_as_its_last_value() -> None:
    incoming = Incoming(scope(query_string=b"tags%5B%5D=a&tags%5B%5D=b&empty=&x=%C3%A9"))
    assert incoming.query_items == [("tags[]", "a"), ("tags[]", "b"), ("empty", ""), ("x", "é")]
    assert incoming.query == {"tags[]": "b", "empty": "", "x": "é"}


def test_the_raw_path_is_routed_without_its_query_and_with_escapes_kept() -> None:
    # httpx's ASGI transport leaves the query on raw_path; %2F must stay inside one segment.
    incoming = Incoming(scope(raw_path=b"/contacts/a%2Fb?limit=1"))
    assert incoming.path == "/contacts/a%2Fb"
    assert Incoming(scope(raw_path=None, path="/contacts/x")).path == "/contacts/x"


def test_cookies_are_parsed_from_the_cookie_header() -> None:
    incoming = Incoming(scope(headers=[(b"cookie", b"session=abc; theme=dark")]))
    assert incoming.cookies == {"session": "abc", "theme": "dark"}


def receiving(*messages: Message) -> Any:
    pending = list(messages)

    async def receive() -> Message:
        return pending.pop(0)

    return receive


def test_a_body_sent_in_chunks_is_read_whole() -> None:
    receive = receiving(
        {"type": "http.request", "body": b'{"a":', "more_body": True},
        {"type": "http.request", "body": b"1}", "more_body": False},
    )
    assert asyncio.run(read_body(receive)) == b'{"a":1}'


def test_a_client_that_leaves_before_its_body_gets_no_answer() -> None:
    receive = receiving(
        {"type": "http.request", "body": b"{", "more_body": True}, {"type": "http.disconnect"}
    )
    with pytest.raises(ClientGone):
        asyncio.run(read_body(receive))


def sent_by(sending: Any) -> list[Message]:
    messages: list[Message] = []

    async def send(message: Message) -> None:
        messages.append(message)

    asyncio.run(sending(send))
    return messages


def test_a_json_reply_carries_its_length_type_and_headers() -> None:
    start, body = sent_by(lambda send: send_json(send, 201, b'{"id":1}', {"Location": "/c/1"}))
    assert start["status"] == 201
    assert start["headers"] == [
        (b"location", b"/c/1"),
        (b"content-length", b"8"),
        (b"content-type", b"application/json"),
    ]
    assert body == {"type": "http.response.body", "body": b'{"id":1}'}


def test_an_empty_reply_has_a_zero_length_except_where_http_forbids_one() -> None:
    start, _ = sent_by(lambda send: send_empty(send, 200, {}))
    assert start["headers"] == [(b"content-length", b"0")]
    start, _ = sent_by(lambda send: send_empty(send, 204, {"X-A": "b"}))
    assert start["headers"] == [(b"x-a", b"b")]


def test_the_base_url_follows_the_host_header_and_root_path() -> None:
    assert base_url(scope(headers=[(b"host", b"api.test:8080")])) == "http://api.test:8080/"
    assert base_url(scope(root_path="/mock")) == "http://mock.test/mock/"
    assert base_url(scope(scheme="https", server=("h", 443))) == "https://h/"


def test_location_uses_the_host_each_request_names(mock: ClientFactory) -> None:
    repzo = mock("repzo")
    body = {"name": "Ada"}
    first = repzo.post("/client-contact", json=body, headers={"Host": "one.test"})
    second = repzo.post("/client-contact", json=body, headers={"Host": "two.test:81"})
    assert first.headers["location"].startswith("https://one.test/client-contact/")
    assert second.headers["location"].startswith("https://two.test:81/client-contact/")


@pytest.mark.parametrize(
    ("location", "request_changes"),
    [
        ("query", {"query_string": b"key=secret"}),
        ("cookie", {"headers": [(b"cookie", b"key=secret")]}),
        ("header", {"headers": [(b"KEY", b"secret")]}),
    ],
)
def test_an_api_key_is_read_where_its_scheme_says(
    location: str, request_changes: dict[str, Any]
) -> None:
    schemes = {"key": {"type": "apiKey", "in": location, "name": "key"}}
    document = SpecDocument("x", {"components": {"securitySchemes": schemes}})
    auth = Authenticator(document, "secret")
    assert auth.authenticate((("key",),), Incoming(scope(**request_changes))) == auth.principal
    assert auth.authenticate((("key",),), Incoming(scope())) is None
    # An operation without security: nobody is identified, and everybody passes.
    assert auth.authenticate((), Incoming(scope())) is ANONYMOUS
