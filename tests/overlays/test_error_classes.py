"""The two sides of the typed errors: `except ApiStatusError` catches exactly the HTTP errors,
`except ApiConnectionError` every failure without a complete response, and `ApiTimeoutError`
every timeout (the call's deadline included). The names from before the split still work."""

from __future__ import annotations

import crm_overlays
import crm_overlays.errors
import crm_overlays.exceptions
import httpx
import pytest
from crm_overlays.errors import (
    deadline_exceeded_error,
    error_from_response,
    error_from_transport,
    invalid_response_error,
)
from crm_overlays.exceptions import (
    ApiConnectionError,
    ApiError,
    ApiStatusError,
    ApiTimeoutError,
    DeadlineExceededError,
    InvalidResponseError,
    TransportFailure,
    TransportTimeout,
)

from tests.overlays.test_errors import TOKEN, respond

REQUEST = httpx.Request("POST", "https://api.usepylon.com/contacts")


@pytest.mark.parametrize("status", [302, 400, 401, 403, 404, 405, 409, 418, 422, 429, 500, 503])
def test_every_status_error_is_an_http_error_and_no_connection_error(status: int) -> None:
    with pytest.raises(ApiStatusError) as caught:
        raise error_from_response(respond(status, body={"errors": ["x"]}))
    assert not isinstance(caught.value, ApiConnectionError)
    assert caught.value.status == status


@pytest.mark.parametrize(
    "exc_type", [httpx.ConnectTimeout, httpx.ReadTimeout, httpx.WriteTimeout, httpx.PoolTimeout]
)
def test_a_timeout_is_a_timeout_error_on_the_connection_side(
    exc_type: type[httpx.TimeoutException],
) -> None:
    failure = error_from_transport(exc_type("slow", request=REQUEST), REQUEST)
    assert type(failure) is TransportTimeout
    assert isinstance(failure, ApiTimeoutError)
    assert isinstance(failure, TransportFailure)  # what `except TransportFailure` caught before
    assert not isinstance(failure, ApiStatusError)


@pytest.mark.parametrize(
    "exc_type", [httpx.ConnectError, httpx.ReadError, httpx.RemoteProtocolError]
)
def test_a_network_error_is_a_connection_error_and_no_timeout(
    exc_type: type[httpx.TransportError],
) -> None:
    failure = error_from_transport(exc_type("gone", request=REQUEST), REQUEST)
    assert type(failure) is TransportFailure
    assert isinstance(failure, ApiConnectionError)
    assert not isinstance(failure, ApiTimeoutError | ApiStatusError)


def test_a_passed_deadline_is_a_timeout_even_when_the_status_had_arrived() -> None:
    response = respond(200, body={"data": []})
    error = deadline_exceeded_error(
        REQUEST, deadline=1.0, elapsed=1.2, attempts=1, response=response
    )
    assert isinstance(error, DeadlineExceededError)
    assert isinstance(error, ApiTimeoutError)
    assert not isinstance(error, ApiStatusError)
    assert (error.status, error.cause, error.maybe_applied) == (200, None, True)
    assert TOKEN not in str(error)


def test_a_success_body_that_does_not_parse_is_neither_side() -> None:
    error = invalid_response_error(respond(200, body={}), field_path="data", expected="array")
    assert isinstance(error, InvalidResponseError)
    assert not isinstance(error, ApiStatusError | ApiConnectionError)


def test_the_classes_are_one_set_exported_by_the_package_and_built_by_errors() -> None:
    for name in crm_overlays.exceptions.__all__:
        exported = getattr(crm_overlays.exceptions, name)
        if isinstance(exported, type) and issubclass(exported, ApiError):
            assert getattr(crm_overlays, name) is exported, name
            assert name in crm_overlays.__all__, name
    # `errors` builds the classes and exports only its builders, so no list is kept twice.
    assert not set(crm_overlays.errors.__all__) & set(crm_overlays.exceptions.__all__)
    assert ApiConnectionError is TransportFailure
    assert ApiTimeoutError is TransportTimeout
