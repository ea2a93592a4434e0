"""TokenSet arithmetic and OAuthApp's token requests against a scripted token endpoint."""

from __future__ import annotations

import json
from urllib.parse import parse_qsl

import httpx
import pytest
from crm_overlays.oauth import (
    OAuthApp,
    OAuthSession,
    ReauthorizationRequired,
    TokenEndpointError,
    TokenSet,
)

SEED_RESPONSE = {  # the seed's example token response
    "access_token": "de6780bc506a0446309bd9362820ba8aed28aa506c71eedbe1c5c4f9dd350e54",
    "created_at": 10588285800,
    "expires_in": 7200,
    "refresh_token": "8257e65c97202ed1726cf9571600918f3bffb2544b26e00a61df9897668c33a1",
    "scope": "login data",
    "token_type": "Bearer",
}


def test_the_seed_response_expires_two_hours_after_created_at() -> None:
    tokens = TokenSet.from_response(SEED_RESPONSE, now=0.0)
    assert tokens.expires_at == 10588285800 + 7200
    assert tokens.scopes == ("login", "data")
    assert not tokens.expires_within(60, 10588285800 + 7200 - 61)
    assert tokens.expires_within(60, 10588285800 + 7200 - 60)
    assert TokenSet.from_dict(tokens.as_dict()) == tokens
    assert SEED_RESPONSE["access_token"] not in repr(tokens)


def test_without_created_at_the_lifetime_counts_from_receipt() -> None:
    body = {k: v for k, v in SEED_RESPONSE.items() if k != "created_at"}
    assert TokenSet.from_response(body, now=1000.0).expires_at == 8200.0


def test_a_short_lived_token_is_renewed_a_tenth_of_its_life_early_not_a_minute() -> None:
    # A mock at --time-scale 3600 issues two-second tokens: a 60 s margin would renew always.
    tokens = TokenSet.from_response({**SEED_RESPONSE, "expires_in": 2, "created_at": 100}, now=0)
    assert not tokens.expires_within(60, 101.0)
    assert tokens.expires_within(60, 101.8)


def _app(handler: object) -> tuple[OAuthApp, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return handler(request)  # type: ignore[operator]

    app = OAuthApp(
        "wealthbox",
        "cid",
        "client-secret-value",
        "https://app.example/cb",
        transport=httpx.MockTransport(record),
        clock=lambda: 0.0,
    )
    return app, seen


def test_a_refresh_is_a_form_post_with_the_client_credentials_in_the_body() -> None:
    app, seen = _app(lambda request: httpx.Response(200, json=SEED_RESPONSE))
    old = TokenSet("old-access-token", "old-refresh-token", 1.0, ("login",))
    fresh = app.refresh(old)
    (request,) = seen
    assert str(request.url) == "https://app.crmworkspace.com/oauth/token"  # from the spec
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert dict(parse_qsl(request.content.decode())) == {
        "grant_type": "refresh_token",
        "refresh_token": "old-refresh-token",
        "client_id": "cid",
        "client_secret": "client-secret-value",
    }
    assert fresh.refresh_token == SEED_RESPONSE["refresh_token"]


def test_a_server_that_does_not_rotate_keeps_the_refresh_token() -> None:
    body = {k: v for k, v in SEED_RESPONSE.items() if k != "refresh_token"}
    app, _ = _app(lambda request: httpx.Response(200, json=body))
    fresh = app.refresh(TokenSet("a-token-1", "keep-this-refresh", 1.0, ("login",)))
    assert fresh.refresh_token == "keep-this-refresh"


def test_invalid_grant_on_refresh_means_authorize_again_with_status_and_body() -> None:
    error = {"error": "invalid_grant", "error_description": "revoked"}
    app, _ = _app(lambda request: httpx.Response(400, json=error))
    with pytest.raises(ReauthorizationRequired) as raised:
        app.refresh(TokenSet("a-token-1", "dead-refresh-token", 1.0, ()))
    assert (raised.value.status, raised.value.error, raised.value.body) == (
        400,
        "invalid_grant",
        error,
    )
    assert "dead-refresh-token" not in str(raised.value)


def test_a_server_error_on_refresh_is_a_typed_error_but_not_reauthorization() -> None:
    app, _ = _app(lambda request: httpx.Response(503, text="busy"))
    with pytest.raises(TokenEndpointError) as raised:
        app.refresh(TokenSet("a-token-1", "some-refresh-token", 1.0, ()))
    assert not isinstance(raised.value, ReauthorizationRequired)
    assert raised.value.status == 503


def test_on_token_gets_each_new_set_and_a_fresh_token_is_not_renewed() -> None:
    app, seen = _app(lambda request: httpx.Response(200, json={**SEED_RESPONSE, "created_at": 0}))
    stored: list[TokenSet] = []
    session = OAuthSession(app, TokenSet("a-token-1", "r-token-1", 30.0, ("login",)), stored.append)
    assert session.current() == stored[0] and len(seen) == 1  # expired within the margin
    assert session.current() is stored[0] and len(seen) == 1  # valid for two hours now
    assert json.loads(json.dumps(stored[0].as_dict()))["scope"] == "login data"
