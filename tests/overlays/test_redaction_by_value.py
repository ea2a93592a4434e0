"""A known token is scrubbed by value wherever it appears, even where a server echoes it.

Redaction by name (``Authorization``, ``api-key``, ``ACCESS_TOKEN``) cannot see a token that a
server sends back in ``X-Debug-Token``, in a ``Location`` or in an error body. Each test below
lets a server echo the token and looks for it in every text the overlay produces: the DEBUG
log, the typed error's message, repr, ``headers``, ``body``, ``url`` and ``model``. A leak is
reported by place, never by printing the text (which would print the token).
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from crm_overlays import (
    ApiError,
    DeadlineExceededError,
    InvalidResponseError,
    NotFoundError,
    RateLimitedError,
    UnauthorizedError,
    acall,
    call,
    pylon,
    unwrap,
    wealthbox,
)
from crm_overlays.redact import REDACTED, redact_headers, scrub
from pylon_client.api.contacts import get_contact

from .servers import Answer, LocalServer, Received

# Distinctive, and with characters that percent-encoding changes.
TOKEN = "tok_ECHO+9a8b7c6d/5e4f=="
FORMS = {"as is": TOKEN, "percent-encoded": quote(TOKEN, safe="")}


def assert_clean(where: str, text: str) -> None:
    __tracebackhide__ = True  # a failing frame would print `text`, token included
    for form, value in FORMS.items():
        if value in text:
            pytest.fail(f"the token ({form}) appears in {where}")


def assert_equal_quietly(what: str, actual: Any, expected: Any) -> None:
    __tracebackhide__ = True
    # Not `assert actual == expected`: pytest would print both sides, token included.
    if actual != expected:
        pytest.fail(f"{what} is not what the test expects (values not shown: they may leak)")


def assert_error_clean(error: ApiError) -> None:
    __tracebackhide__ = True
    assert_clean("str(error)", str(error))
    assert_clean("repr(error)", repr(error))
    assert_clean("error.headers", json.dumps(error.headers))
    assert_clean("error.body", json.dumps(error.body, default=str))
    assert_clean("error.url", error.url)
    assert_clean("repr(error.model)", repr(error.model))
    assert_clean("error.args", repr(error.args))


def echoing(status: int, *, body: Any = None, content: bytes | None = None) -> Any:
    """A handler answering ``status`` that echoes the request's token in headers and body."""

    def handler(request: httpx.Request) -> httpx.Response:
        sent = request.headers.get("authorization", "").removeprefix("Bearer ") or (
            request.headers.get("access_token", "")
        )
        headers = {
            "X-Debug-Token": sent,
            "Location": f"https://elsewhere.test/login?t={quote(sent, safe='')}",
            "X-Request-Id": "req-1",
        }
        if content is not None:
            return httpx.Response(status, content=content.replace(b"{TOKEN}", sent.encode()))
        echoed = json.loads(json.dumps(body).replace("{TOKEN}", sent))
        return httpx.Response(status, json=echoed, headers=headers)

    return handler


def pylon_client(handler: Any) -> Any:
    return pylon.client(
        token=TOKEN, transport=httpx.MockTransport(handler), retry=None, rate_limit=False
    )


@pytest.mark.parametrize(
    ("status", "cls"),
    [(401, UnauthorizedError), (404, NotFoundError), (429, RateLimitedError)],
)
def test_an_error_whose_server_echoes_the_token_does_not_carry_it(
    status: int, cls: type[ApiError], caplog: pytest.LogCaptureFixture
) -> None:
    body = {"error": "token {TOKEN} is not valid here", "request_id": "req-1"}
    client = pylon_client(echoing(status, body=body))
    with caplog.at_level(logging.DEBUG, logger="crm_overlays"), pytest.raises(cls) as caught:
        call(get_contact, "c1", client=client)

    error = caught.value
    assert_error_clean(error)
    assert_equal_quietly("x-debug-token", error.headers["x-debug-token"], REDACTED)
    assert_equal_quietly(
        "location", error.headers["location"], f"https://elsewhere.test/login?t={REDACTED}"
    )
    assert_equal_quietly("body", error.body["error"], f"token {REDACTED} is not valid here")
    assert error.request_id == "req-1"
    assert caplog.records, "the DEBUG log is on"
    assert_clean("the DEBUG log", caplog.text)


def test_the_model_of_an_echoing_error_is_parsed_from_the_scrubbed_body() -> None:
    client = pylon_client(echoing(404, body={"errors": ["no contact for {TOKEN}"]}))
    with pytest.raises(NotFoundError) as caught:
        call(get_contact, "c1", client=client)
    assert caught.value.model is not None
    assert_clean("repr(error.model)", repr(caught.value.model))


def test_an_invalid_2xx_body_quoting_the_token_is_scrubbed() -> None:
    client = pylon_client(echoing(200, body={"data": {"name": "{TOKEN}"}}))
    with pytest.raises(InvalidResponseError) as caught:
        call(get_contact, "c1", client=client)
    assert_error_clean(caught.value)
    assert_equal_quietly("body", caught.value.body, {"data": {"name": REDACTED}})


def test_a_json_escaped_token_in_a_body_is_scrubbed() -> None:
    # JSON may write "/" as "\/" and any letter as "\u00XX": the parsed body is scrubbed.
    escaped = json.dumps(TOKEN).replace("/", "\\/").replace("t", "\\u0074").encode()
    client = pylon_client(echoing(404, content=b'{"errors": [' + escaped + b"]}"))
    with pytest.raises(NotFoundError) as caught:
        call(get_contact, "c1", client=client)
    assert_equal_quietly("body", caught.value.body, {"errors": [REDACTED]})
    assert_error_clean(caught.value)


def test_a_token_in_the_request_url_is_scrubbed_from_the_error() -> None:
    # The caller passed the token where an id belongs (a copy-paste slip): not in the error.
    client = pylon_client(echoing(404, body={"errors": ["not found"]}))
    with pytest.raises(NotFoundError) as caught:
        call(get_contact, TOKEN, client=client)
    assert_error_clean(caught.value)


def test_a_vendor_header_token_echoed_back_is_scrubbed_for_wealthbox(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from wealthbox_client.api.contacts import get_contact as get_wealthbox_contact

    client = wealthbox.client(
        token=TOKEN,
        transport=httpx.MockTransport(echoing(404, body={"error": "{TOKEN}"})),
        retry=None,
        rate_limit=False,
    )

    async def fetch() -> Any:
        return await acall(get_wealthbox_contact, 1, client=client)

    with caplog.at_level(logging.DEBUG, logger="crm_overlays"), pytest.raises(ApiError) as caught:
        asyncio.run(fetch())
    assert_error_clean(caught.value)
    assert_clean("the DEBUG log", caplog.text)


def test_unwrap_without_the_request_still_scrubs_a_remembered_token() -> None:
    # A generated Response keeps no request, so only the remembered token can be found.
    client = pylon_client(echoing(404, body={"errors": ["{TOKEN}"]}))
    response = get_contact.sync_detailed("c1", client=client)
    with pytest.raises(NotFoundError) as caught:
        unwrap(response)
    assert_error_clean(caught.value)


def test_a_deadline_error_after_echoed_headers_is_scrubbed() -> None:
    def slow_echo(request: Received) -> Answer:
        sent = request.headers["authorization"].removeprefix("Bearer ")
        return 200, [("X-Debug-Token", sent)], b'{"data": {"id": "c1"}}' + b" " * 100

    with LocalServer(slow_echo, trickle="body") as server:
        client = pylon.client(
            token=TOKEN, base_url=server.origin, deadline=0.5, rate_limit=False, retry=None
        )
        with pytest.raises(DeadlineExceededError) as caught:
            call(get_contact, "c1", client=client)
    assert_equal_quietly("x-debug-token", caught.value.headers["x-debug-token"], REDACTED)
    assert_error_clean(caught.value)


def test_redact_headers_and_scrub_find_remembered_tokens_by_value() -> None:
    pylon_client(echoing(200, body={}))  # building a client remembers its token
    assert_equal_quietly(
        "headers", redact_headers({"X-Anything": f"a {TOKEN} b"}), {"x-anything": f"a {REDACTED} b"}
    )
    assert_equal_quietly("scrubbed", scrub(f"see {quote(TOKEN, safe='')}"), f"see {REDACTED}")
    assert scrub("a short token like abc is left alone", ["abc"]) == (
        "a short token like abc is left alone"
    )
