"""Authentication from the specs' security schemes: 401 in the vendor envelope, token secrecy."""

from __future__ import annotations

import logging
from collections.abc import Callable

import pytest

from mocks.api import compile_api
from mocks.auth import Authenticator
from tests.mocks.conftest import ClientFactory
from tests.mocks.support import SpecCheck

PROTECTED = {
    "kanbert": ("GET", "/contacts", "listContacts"),
    "kinbox": ("POST", "/contacts", "createContact"),
    "pylon": ("GET", "/contacts", "listContacts"),
    "repzo": ("GET", "/client-contact", "listClientContacts"),
    "wealthbox": ("GET", "/v1/me", "getLoginProfile"),
}


@pytest.mark.parametrize("api", sorted(PROTECTED))
def test_no_token_is_401_with_the_documented_envelope(
    mock: ClientFactory, spec_check: Callable[[str], SpecCheck], api: str
) -> None:
    method, path, operation_id = PROTECTED[api]
    response = mock(api).request(method, path, auth=False, json={"customFields": {}})
    assert response.status_code == 401
    spec_check(api).assert_valid(operation_id, response)


@pytest.mark.parametrize("api", sorted(PROTECTED))
def test_a_wrong_token_is_401(mock: ClientFactory, api: str) -> None:
    method, path, _ = PROTECTED[api]
    client = mock(api)
    client.token = "not-the-token"
    assert client.request(method, path, json={"customFields": {}}).status_code == 401


def test_the_token_is_configurable(mock: ClientFactory) -> None:
    client = mock("repzo", token="s3cret-key")
    assert client.get("/client-contact").status_code == 200
    client.token = "test-token"
    assert client.get("/client-contact").status_code == 401


def test_a_bearer_token_needs_the_bearer_scheme(mock: ClientFactory) -> None:
    kanbert = mock("kanbert")
    assert (
        kanbert.get("/contacts", auth=False, headers={"Authorization": "test-token"}).status_code
        == 401
    )
    assert (
        kanbert.get(
            "/contacts", auth=False, headers={"Authorization": "bearer test-token"}
        ).status_code
        == 200
    )


def test_wealthbox_takes_the_access_token_header_or_an_oauth2_bearer_token(
    mock: ClientFactory,
) -> None:
    wealthbox = mock("wealthbox")
    assert (
        wealthbox.get("/v1/me", auth=False, headers={"ACCESS_TOKEN": "test-token"}).status_code
        == 200
    )
    assert (
        wealthbox.get(
            "/v1/me", auth=False, headers={"Authorization": "Bearer test-token"}
        ).status_code
        == 200
    )
    # The personal token is not a bearer scheme: sending it as Authorization without "Bearer" fails.
    assert (
        wealthbox.get("/v1/me", auth=False, headers={"Authorization": "test-token"}).status_code
        == 401
    )


def test_a_bearer_401_says_how_to_authenticate(mock: ClientFactory) -> None:
    response = mock("pylon").get("/contacts", auth=False)
    assert response.headers["www-authenticate"].startswith("Bearer")


def test_authentication_comes_before_validation(mock: ClientFactory) -> None:
    # An invalid body without a token is a 401, not a 400: the server does not read it.
    assert mock("kinbox").post("/contacts", auth=False, json={"customFields": 3}).status_code == 401


def test_the_token_never_shows_in_reprs_error_bodies_or_logs(
    mock: ClientFactory, caplog: pytest.LogCaptureFixture
) -> None:
    secret = "very-secret-token-value"
    client = mock("wealthbox", token=secret)
    with caplog.at_level(logging.DEBUG):
        client.token = secret + "x"
        denied = client.get("/v1/me")
    assert denied.status_code == 401
    assert secret not in denied.text
    assert secret not in repr(client.engine) and secret not in repr(client.engine.auth)
    assert secret not in repr(Authenticator(compile_api("wealthbox").document, secret))
    assert secret not in caplog.text
