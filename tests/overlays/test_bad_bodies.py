"""Any body the generated parser cannot take becomes a typed error, never a bare exception.

Deeply nested JSON used to escape ``call()`` as a bare ``RecursionError``; every case here must
come out as the typed error of its status, carrying the status, the parsed body where there is
one (else the raw length and content type) and the redacted headers.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest
from crm_overlays import (
    InvalidResponseError,
    NotFoundError,
    acall,
    call,
    paginate,
    pylon,
    wealthbox,
)
from crm_overlays.kanbert import WebhookError, parse_webhook
from crm_overlays.redact import REDACTED
from pylon_client.api.contacts import get_contact, list_contacts

TOKEN = "tok_BADBODY_0a1b2c3d4e"

#: Far deeper than Python's default recursion limit of 1000.
DEEP = b'{"data": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"

BAD_BODIES: dict[str, tuple[bytes, str]] = {
    # name: (body, what the message says was found)
    "deeply nested": (DEEP, "JSON nested deeper than the parser can read"),
    "invalid UTF-8": (b'{"data": {"id": "\xff\xfe"}}', "bytes that are not utf-8 (at byte"),
    "truncated JSON": (b'{"data": {"id": "c1", "na', "text that is not JSON (Unterminated string"),
    "integer past the digit limit": (
        b'{"data": {"id": ' + b"9" * 5000 + b"}}",
        "ValueError: Exceeds the limit",
    ),
    "missing required field (KeyError)": (b'{"data": {"name": "Ada"}}', "nothing"),
    "wrong shape (TypeError)": (b'{"data": [1, 2]}', "array"),
}


def client_answering(status: int, body: bytes) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        headers = {"Content-Type": "application/json", "X-Request-Id": "req-9"}
        return httpx.Response(status, content=body, headers=headers)

    return pylon.client(
        token=TOKEN, transport=httpx.MockTransport(handler), retry=None, rate_limit=False
    )


@pytest.mark.parametrize("name", list(BAD_BODIES))
def test_a_bad_2xx_body_raises_invalid_response_with_what_is_known(name: str) -> None:
    body, found = BAD_BODIES[name]
    with pytest.raises(InvalidResponseError) as caught:
        call(get_contact, "c1", client=client_answering(200, body))

    error = caught.value
    assert error.status == 200
    assert error.content_length == len(body)
    assert error.content_type == "application/json"
    assert error.headers["x-request-id"] == "req-9"
    assert error.method == "GET"
    assert error.url.endswith("/contacts/c1")
    assert "pylon getContact" in str(error)
    assert found in str(error)
    assert len(str(error)) < 1000  # a message, not the body


def test_a_deeply_nested_body_is_not_kept_as_text() -> None:
    with pytest.raises(InvalidResponseError) as caught:
        call(get_contact, "c1", client=client_answering(200, DEEP))
    assert caught.value.body is None
    assert caught.value.field_path == "$"


def test_the_parsed_body_is_kept_when_only_the_model_rejects_it() -> None:
    with pytest.raises(InvalidResponseError) as caught:
        call(get_contact, "c1", client=client_answering(200, b'{"data": {"name": "Ada"}}'))
    assert caught.value.body == {"data": {"name": "Ada"}}
    assert caught.value.field_path == "data.id"


def test_a_deeply_nested_error_body_still_raises_the_status_error() -> None:
    with pytest.raises(NotFoundError) as caught:
        call(get_contact, "c1", client=client_answering(404, DEEP))
    error = caught.value
    assert error.status == 404
    assert error.body is None
    assert error.content_length == len(DEEP)
    assert error.request_id == "req-9"


def test_the_async_call_and_the_paginator_raise_the_same_typed_error() -> None:
    client = client_answering(200, DEEP)

    async def fetch() -> Any:
        return await acall(get_contact, "c1", client=client)

    with pytest.raises(InvalidResponseError):
        asyncio.run(fetch())
    with pytest.raises(InvalidResponseError):
        list(paginate(list_contacts, client=client))


def test_headers_of_a_bad_body_are_redacted() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=DEEP, headers={"Set-Cookie": "session=s3cr3t-value"})

    client = pylon.client(token=TOKEN, transport=httpx.MockTransport(handler), retry=None)
    with pytest.raises(InvalidResponseError) as caught:
        call(get_contact, "c1", client=client)
    assert caught.value.headers["set-cookie"] == REDACTED


def test_a_deeply_nested_webhook_payload_is_a_webhook_error() -> None:
    with pytest.raises(WebhookError, match="not JSON"):
        parse_webhook(b"[" * 100_000 + b"]" * 100_000)


def test_a_from_dict_value_error_names_the_field_the_spec_restricts() -> None:
    from wealthbox_client.api.events import get_event

    from tests.clients.support import operations

    from .test_clients import documented_body

    op = next(op for op in operations("wealthbox") if op.id == "getEvent")
    body = documented_body(op)
    body["invitees"] = [{"id": 1, "name": "Ada", "type": "Martian"}]
    raw = json.dumps(body).encode()

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=raw, headers={"Content-Type": "application/json"})

    client = wealthbox.client(
        token=TOKEN, transport=httpx.MockTransport(handler), retry=None, rate_limit=False
    )
    with pytest.raises(InvalidResponseError) as caught:
        call(get_event, 1, client=client)
    error = caught.value
    assert isinstance(error.__cause__, ValueError)  # the generated enum refused "Martian"
    assert error.field_path == "invitees[0].type"
    assert error.body == body
    assert error.content_length == len(raw)
