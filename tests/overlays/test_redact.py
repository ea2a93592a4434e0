"""Secrets stay out of headers dicts, URLs, reprs and the DEBUG/INFO logs of the transport stack."""

from __future__ import annotations

import asyncio
import hashlib
import logging

import httpx
import pytest
from crm_overlays.redact import (
    REDACTED,
    SENSITIVE_HEADERS,
    credential_values,
    redact_headers,
    redact_url,
    scrub,
    secret_repr,
    token_fingerprint,
)
from crm_overlays.transports import build_async_transport, build_transport
from crm_overlays.transports.http_log import AsyncLoggingTransport, LoggingTransport
from crm_overlays.transports.retry import RetryPolicy

# Distinctive enough that finding it anywhere means it leaked.
TOKEN = "tok_SECRET_9f8e7d6c5b4a"


def _no_sleep(_: float) -> None:
    """The retry policy's sleep in these tests: the log is what matters, not the wait."""


FAST_RETRY = RetryPolicy(jitter=False, sleep=_no_sleep)


@pytest.mark.parametrize("name", sorted(SENSITIVE_HEADERS))
def test_every_sensitive_header_is_redacted_whatever_its_case(name: str) -> None:
    headers = {name.upper(): TOKEN, name.title(): TOKEN, "Accept": "application/json"}

    redacted = redact_headers(headers)

    assert redacted[name] == f"{REDACTED}, {REDACTED}"
    assert redacted["accept"] == "application/json"
    assert TOKEN not in repr(redacted)


def test_vendor_auth_headers_are_redacted_from_httpx_headers() -> None:
    # The three ways the five vendors authenticate (see the specs' securitySchemes).
    headers = httpx.Headers(
        [
            ("Authorization", f"Bearer {TOKEN}"),
            ("api-key", TOKEN),
            ("ACCESS_TOKEN", TOKEN),
            ("X-Trace", "a"),
            ("X-Trace", "b"),
        ]
    )

    redacted = redact_headers(headers)

    assert redacted == {
        "authorization": REDACTED,
        "api-key": REDACTED,
        "access_token": REDACTED,
        "x-trace": "a, b",
    }


def test_redact_headers_accepts_a_list_of_pairs() -> None:
    assert redact_headers([("Cookie", "session=abc"), ("Host", "x")]) == {
        "cookie": REDACTED,
        "host": "x",
    }


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            f"https://api.usepylon.com/contacts?access_token={TOKEN}&limit=5",
            f"https://api.usepylon.com/contacts?access_token={REDACTED}&limit=5",
        ),
        (
            f"https://x.test/a?API_KEY={TOKEN}&page%5Bcursor%5D=c%2F1",
            f"https://x.test/a?API_KEY={REDACTED}&page%5Bcursor%5D=c%2F1",
        ),
        (
            f"https://x.test/a?my-auth-token={TOKEN}&client_secret={TOKEN}",
            f"https://x.test/a?my-auth-token={REDACTED}&client_secret={REDACTED}",
        ),
        (f"https://user:{TOKEN}@x.test/a", f"https://user:{REDACTED}@x.test/a"),
        (f"https://{TOKEN}@x.test/a", f"https://{REDACTED}@x.test/a"),
        ("https://x.test/contacts/5?include=tags", "https://x.test/contacts/5?include=tags"),
        ("https://x.test/contacts", "https://x.test/contacts"),
    ],
)
def test_redact_url(url: str, expected: str) -> None:
    assert redact_url(url) == expected
    assert TOKEN not in redact_url(httpx.URL(url))  # an httpx.URL is accepted as well


def test_redact_url_keeps_query_parameters_of_the_specs() -> None:
    # None of the query parameters the five specs declare is a credential.
    url = "https://x.test/v1/contacts?page=2&per_page=100&find_by=external_id&tags%5B%5D=a"
    assert redact_url(url) == url


def test_secret_repr_and_fingerprint_do_not_reveal_the_token() -> None:
    assert secret_repr(TOKEN) == f"'{REDACTED}'"
    assert secret_repr(None) == "None"
    assert token_fingerprint(TOKEN) == hashlib.sha256(TOKEN.encode()).hexdigest()
    assert TOKEN not in token_fingerprint(TOKEN)


def test_credential_values_include_the_token_without_its_scheme() -> None:
    headers = httpx.Headers({"Authorization": f"Bearer {TOKEN}", "Accept": "*/*"})
    assert credential_values(headers) == [f"Bearer {TOKEN}", TOKEN]


def test_scrub_replaces_secrets_and_ignores_tiny_ones() -> None:
    assert scrub(f"echo {TOKEN}!", [TOKEN]) == f"echo {REDACTED}!"
    assert scrub("a b c", ["a"]) == "a b c"


def _echo(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, headers={"Set-Cookie": f"session={TOKEN}"}, json={"ok": True})


def test_logging_transport_logs_request_and_response_at_debug_without_secrets(
    caplog: pytest.LogCaptureFixture,
) -> None:
    transport = LoggingTransport(httpx.MockTransport(_echo))
    caplog.set_level(logging.DEBUG, logger="crm_overlays.http")

    with httpx.Client(transport=transport, headers={"Authorization": f"Bearer {TOKEN}"}) as client:
        client.get(f"https://api.usepylon.com/contacts?access_token={TOKEN}")

    lines = [record.getMessage() for record in caplog.records]
    assert len(lines) == 2
    assert lines[0].startswith("request GET https://api.usepylon.com/contacts?access_token=")
    assert "'authorization': '[REDACTED]'" in lines[0]
    assert lines[1].startswith("response 200 GET https://api.usepylon.com/contacts")
    assert "'set-cookie': '[REDACTED]'" in lines[1]
    assert all(record.levelno == logging.DEBUG for record in caplog.records)
    assert TOKEN not in caplog.text


def test_logging_transport_logs_the_failure_class_only(caplog: pytest.LogCaptureFixture) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError(f"refused while sending {TOKEN}", request=request)

    caplog.set_level(logging.DEBUG, logger="crm_overlays.http")
    with (
        httpx.Client(transport=LoggingTransport(httpx.MockTransport(refuse))) as client,
        pytest.raises(httpx.ConnectError),
    ):
        client.get("https://x.test/a")

    assert caplog.records[-1].getMessage() == "request failed GET https://x.test/a: ConnectError"
    assert TOKEN not in caplog.text


def test_logging_transport_is_silent_when_debug_is_off(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="crm_overlays.http")
    with httpx.Client(transport=LoggingTransport(httpx.MockTransport(_echo))) as client:
        assert client.get("https://x.test/a").status_code == 200
    assert caplog.records == []


def test_async_logging_transport_redacts_too(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="crm_overlays.http")

    async def run() -> None:
        transport = AsyncLoggingTransport(httpx.MockTransport(_echo))
        async with httpx.AsyncClient(transport=transport, headers={"api-key": TOKEN}) as client:
            await client.get("https://sv.api.repzo.me/client-contact")

    asyncio.run(run())
    assert len(caplog.records) == 2
    assert "'api-key': '[REDACTED]'" in caplog.records[0].getMessage()
    assert TOKEN not in caplog.text


def _flaky_server() -> httpx.MockTransport:
    calls = {"n": 0}

    def handler(request: httpx.Request) -> httpx.Response:
        calls["n"] += 1
        if calls["n"] == 1:
            raise httpx.ConnectError(f"boom {TOKEN}", request=request)
        if calls["n"] == 2:
            return httpx.Response(503, json={"errors": [f"busy, token {TOKEN}"]})
        return httpx.Response(200, json={"data": []})

    return httpx.MockTransport(handler)


def test_full_sync_stack_logs_every_layer_without_the_token(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="crm_overlays")
    transport = build_transport(
        "wealthbox", TOKEN, inner=_flaky_server(), retry=FAST_RETRY, rate_limit=False
    )
    with httpx.Client(
        transport=transport,
        headers={"ACCESS_TOKEN": TOKEN},
        base_url="https://api.crmworkspace.com",
    ) as client:
        response = client.get("/v1/contacts", params={"access_token": TOKEN})

    assert response.status_code == 200
    retry_lines = [r.getMessage() for r in caplog.records if r.name == "crm_overlays.transports.retry"]
    assert len(retry_lines) == 2
    assert "ConnectError" in retry_lines[0]
    assert "status 503" in retry_lines[1]
    assert TOKEN not in caplog.text


def test_full_async_stack_logs_without_the_token(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="crm_overlays")

    async def no_wait(_: float) -> None:
        return None

    transport = build_async_transport(
        "pylon",
        TOKEN,
        inner=_flaky_server(),
        retry=RetryPolicy(jitter=False, async_sleep=no_wait),
        rate_limit=False,
    )

    async def run() -> int:
        async with httpx.AsyncClient(
            transport=transport, headers={"Authorization": f"Bearer {TOKEN}"}
        ) as client:
            return (await client.get("https://api.usepylon.com/contacts")).status_code

    assert asyncio.run(run()) == 200
    assert sum(r.name == "crm_overlays.transports.retry" for r in caplog.records) == 2
    assert TOKEN not in caplog.text
