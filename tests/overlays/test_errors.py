"""The typed errors: class per status, useful messages, redacted headers and URLs, Retry-After."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from email.utils import format_datetime
from typing import Any

import httpx
import pytest
from crm_overlays import specs
from crm_overlays.errors import (
    MESSAGE_BODY_LIMIT,
    error_from_response,
    error_from_transport,
    find_schema_violation,
    invalid_response_error,
    parse_retry_after,
)
from crm_overlays.exceptions import (
    ApiError,
    BadRequestError,
    ConflictError,
    ForbiddenError,
    InvalidResponseError,
    NotFoundError,
    RateLimitedError,
    ServerError,
    TransportFailure,
    UnauthorizedError,
    UnexpectedStatusError,
    UnprocessableError,
)
from crm_overlays.redact import REDACTED

TOKEN = "tok_SECRET_9f8e7d6c5b4a"
NOW = 1_800_000_000.0  # a fixed Unix time for HTTP-date arithmetic


def respond(
    status: int,
    *,
    body: Any = None,
    content: bytes | None = None,
    headers: dict[str, str] | None = None,
    method: str = "GET",
    url: str = "https://api.usepylon.com/contacts/abc",
) -> httpx.Response:
    """A response as the generated client sees it: sent with a token, body read."""

    def handler(request: httpx.Request) -> httpx.Response:
        if body is not None:
            return httpx.Response(status, json=body, headers=headers)
        return httpx.Response(status, content=content or b"", headers=headers)

    with httpx.Client(
        transport=httpx.MockTransport(handler), headers={"Authorization": f"Bearer {TOKEN}"}
    ) as client:
        return client.request(method, url)


def assert_token_free(error: ApiError) -> None:
    assert TOKEN not in str(error)
    assert TOKEN not in repr(error)
    assert TOKEN not in json.dumps(error.headers)
    assert TOKEN not in error.url


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, UnauthorizedError),
        (403, ForbiddenError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableError),
        (429, RateLimitedError),
        (500, ServerError),
        (502, ServerError),
        (503, ServerError),
        (599, ServerError),
        (302, UnexpectedStatusError),
        (402, UnexpectedStatusError),
        (405, UnexpectedStatusError),
        (418, UnexpectedStatusError),
    ],
)
def test_status_picks_the_class(status: int, cls: type[ApiError]) -> None:
    error = error_from_response(respond(status, body={"errors": ["x"]}))

    assert type(error) is cls
    assert isinstance(error, ApiError)
    assert error.status == status
    assert error.method == "GET"
    assert error.url == "https://api.usepylon.com/contacts/abc"


def test_pylon_not_found_message_names_status_request_and_body() -> None:
    error = error_from_response(respond(404, body={"errors": ["not found"]}))

    assert str(error) == (
        '404 Not Found: GET https://api.usepylon.com/contacts/abc — {"errors": ["not found"]}'
    )
    assert error.body == {"errors": ["not found"]}
    assert repr(error) == f"NotFoundError({str(error)!r})"


def test_long_bodies_are_truncated_in_the_message_but_kept_whole() -> None:
    body = {"errors": ["x" * 1000]}
    error = error_from_response(respond(422, body=body))

    quoted = str(error).split(" — ", 1)[1]
    assert len(quoted) == MESSAGE_BODY_LIMIT
    assert quoted.endswith("…")
    assert error.body == body


def test_non_json_and_empty_bodies() -> None:
    text_error = error_from_response(respond(502, content=b"<html>Bad gateway</html>"))
    empty_error = error_from_response(respond(500, content=b""))

    assert text_error.body == "<html>Bad gateway</html>"
    assert str(text_error).endswith("— <html>Bad gateway</html>")
    assert empty_error.body is None
    assert (
        str(empty_error) == "500 Internal Server Error: GET https://api.usepylon.com/contacts/abc"
    )


def test_request_id_from_the_body_or_the_headers() -> None:
    from_body = error_from_response(
        respond(404, body={"errors": ["gone"], "exists_id": "", "request_id": "req_1"})
    )
    from_header = error_from_response(
        respond(500, body={"message": "boom"}, headers={"X-Request-Id": "req_2"})
    )
    neither = error_from_response(respond(500, body={"message": "boom"}))

    assert from_body.request_id == "req_1"
    assert from_header.request_id == "req_2"
    assert neither.request_id is None


def test_the_token_appears_nowhere_even_when_the_server_echoes_it() -> None:
    response = respond(
        401,
        body={"errors": [f"invalid token Bearer {TOKEN}"], "token": TOKEN},
        headers={"Set-Cookie": f"s={TOKEN}", "WWW-Authenticate": "Bearer"},
        url=f"https://api.usepylon.com/contacts?access_token={TOKEN}",
    )

    error = error_from_response(response)

    assert isinstance(error, UnauthorizedError)
    assert_token_free(error)
    assert error.headers["set-cookie"] == REDACTED
    assert error.headers["www-authenticate"] == "Bearer"
    assert REDACTED in str(error)


def test_model_is_kept() -> None:
    model = object()
    assert error_from_response(respond(400, body={}), model=model).model is model


def test_rate_limited_error_carries_retry_after() -> None:
    seconds = error_from_response(
        respond(429, body={"errors": ["slow"]}, headers={"Retry-After": "12"})
    )
    millis = error_from_response(
        respond(429, body={}, headers={"Retry-After": "12", "retry-after-ms": "1500"})
    )
    missing = error_from_response(respond(429, body={}))

    assert isinstance(seconds, RateLimitedError)
    assert seconds.retry_after == 12.0
    assert str(seconds).endswith("(retry after 12 s)")
    assert isinstance(millis, RateLimitedError)
    assert millis.retry_after == 1.5
    assert isinstance(missing, RateLimitedError)
    assert missing.retry_after is None


def test_a_response_without_request_still_gives_an_error() -> None:
    error = error_from_response(httpx.Response(404, json={"errors": ["nope"]}))

    assert isinstance(error, NotFoundError)
    assert error.method == ""
    assert str(error) == '404 Not Found — {"errors": ["nope"]}'


# ------------------------------------------------------------------------- parse_retry_after


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"Retry-After": "30"}, 30.0),
        ({"retry-after": " 7 "}, 7.0),
        ({"Retry-After": "0"}, 0.0),
        ({"RETRY-AFTER-MS": "250"}, 0.25),
        ({"Retry-After": "30", "retry-after-ms": "1500"}, 1.5),
        (
            {"Retry-After": format_datetime(datetime.fromtimestamp(NOW + 90, UTC), usegmt=True)},
            90.0,
        ),
        ({"Retry-After": format_datetime(datetime.fromtimestamp(NOW - 90, UTC), usegmt=True)}, 0.0),
        ({"Retry-After": "soon"}, None),
        ({"Retry-After": "-5"}, None),
        ({"retry-after-ms": "nan", "Retry-After": "3"}, 3.0),
        ({}, None),
    ],
)
def test_parse_retry_after(headers: dict[str, str], expected: float | None) -> None:
    assert parse_retry_after(headers, now=NOW) == expected
    assert parse_retry_after(httpx.Headers(headers), now=NOW) == expected


# ---------------------------------------------------------------------- error_from_transport


@pytest.mark.parametrize(
    ("method", "exc_type", "maybe_applied"),
    [
        ("GET", httpx.ReadError, False),
        ("DELETE", httpx.ConnectError, False),
        ("POST", httpx.ConnectError, False),
        ("POST", httpx.ConnectTimeout, False),
        ("PATCH", httpx.PoolTimeout, False),
        ("POST", httpx.ReadError, True),
        ("POST", httpx.RemoteProtocolError, True),
        ("PATCH", httpx.WriteError, True),
        ("PUT", httpx.ReadTimeout, True),
        ("DELETE", httpx.ReadError, True),
    ],
)
def test_transport_failure_says_whether_a_write_may_have_applied(
    method: str, exc_type: type[httpx.TransportError], maybe_applied: bool
) -> None:
    request = httpx.Request(
        method,
        f"https://api.usepylon.com/contacts?token={TOKEN}",
        headers={"Authorization": f"Bearer {TOKEN}"},
    )
    exc = exc_type(f"failed with {TOKEN}", request=request)

    failure = error_from_transport(exc, request)

    assert isinstance(failure, TransportFailure)
    assert failure.maybe_applied is maybe_applied
    assert failure.cause is exc
    assert failure.__cause__ is exc
    assert failure.status is None
    assert failure.method == method
    assert str(failure).startswith(
        f"{exc_type.__name__}: {method} https://api.usepylon.com/contacts?token={REDACTED}"
    )
    assert ("may have reached the server" in str(failure)) is maybe_applied
    assert_token_free(failure)


# ----------------------------------------------------------------------- invalid responses


def test_invalid_response_error_names_the_field_and_keeps_the_response() -> None:
    response = respond(200, body={"data": {"id": 5}})

    error = invalid_response_error(
        response, field_path="data.id", expected="string", found="integer"
    )

    assert isinstance(error, InvalidResponseError)
    assert (error.field_path, error.expected) == ("data.id", "string")
    assert error.status == 200
    assert error.body == {"data": {"id": 5}}
    assert str(error) == (
        "invalid 200 OK body: GET https://api.usepylon.com/contacts/abc — "
        "field data.id: expected string, got integer"
    )
    assert_token_free(error)


def _pylon_contact_schema() -> dict[str, Any]:
    return {"$ref": "#/components/schemas/ContactResponse"}


def test_find_schema_violation_locates_a_wrong_type_through_refs() -> None:
    body = {"data": {"id": 5, "name": "Ada"}, "request_id": "r"}

    violation = find_schema_violation(specs.load("pylon"), _pylon_contact_schema(), body)

    assert violation == ("data.id", "string", "integer")


def test_find_schema_violation_names_a_missing_required_field() -> None:
    body = {"request_id": "r"}

    violation = find_schema_violation(specs.load("pylon"), _pylon_contact_schema(), body)

    assert violation == ("data", "a value (required)", "nothing")


def test_find_schema_violation_indexes_into_arrays() -> None:
    body = {"data": {"id": "c1", "emails": ["a@example.com", 7]}}

    violation = find_schema_violation(specs.load("pylon"), _pylon_contact_schema(), body)

    assert violation == ("data.emails[1]", "string", "integer")


def test_find_schema_violation_is_none_for_a_valid_body() -> None:
    body = {"data": {"id": "c1", "name": "Ada", "emails": ["a@example.com"]}, "request_id": "r"}

    assert find_schema_violation(specs.load("pylon"), _pylon_contact_schema(), body) is None
