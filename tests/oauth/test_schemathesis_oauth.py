"""Schemathesis, every phase and check, against the mock with an OAuth access token instead of
the static one: the OAuth path (per-scope checks, 401 for what it cannot read) finds nothing."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

import pytest

from mocks import create_app
from mocks.oauth import OAuthServer
from tests.mocks.schemathesis_runner import CONFIG, run
from tests.mocks.test_schemathesis import MAX_EXAMPLES, assert_clean

# The static-token line of each project in schemathesis.toml, and what replaces it.
STATIC = {
    "wealthbox": 'auth.openapi.AccessToken.api_key = "test-token"',
    "kanbert": 'auth.openapi.bearerAuth.bearer = "test-token"',
}


def _access_token(server: OAuthServer) -> str:
    """A token with every scope of the flow, through the mock's own authorize and token steps."""
    settings = server.settings
    location = server.authorize(
        {
            "client_id": settings.client_id,
            "redirect_uri": settings.redirect_uris[0],
            "response_type": "code",
            "scope": " ".join(server.flow.scopes),
        }
    )
    code = dict(parse_qsl(urlsplit(location).query))["code"]
    answer = server.token(
        {
            "grant_type": "authorization_code",
            "client_id": settings.client_id,
            "client_secret": settings.client_secret,
            "code": code,
            "redirect_uri": settings.redirect_uris[0],
        }
    )
    return str(answer["access_token"])


@pytest.mark.parametrize("api", sorted(STATIC))
def test_schemathesis_with_an_oauth_token_finds_nothing(api: str) -> None:
    app = create_app(api, rate_limit=False, seed_random=4, check_responses=True)
    token = _access_token(app.state.oauth)
    text = CONFIG.read_text(encoding="utf-8")
    assert STATIC[api] in text
    # Wealthbox's OAuth2 scheme is oauth2, which the config cannot name: send the header.
    oauth = (
        f'headers = {{ Authorization = "Bearer {token}" }}'
        if api == "wealthbox"
        else f'auth.openapi.bearerAuth.bearer = "{token}"'
    )
    server = app.state.oauth
    accepted: list[object] = []
    looked_up = server.grant_for

    def counting(given: str | None) -> object:
        grant = looked_up(given)
        if grant is not None:
            accepted.append(grant)
        return grant

    server.grant_for = counting  # the engine's Authenticator asks the server, per request
    report = run(
        api, app=app, max_examples=MAX_EXAMPLES, config_text=text.replace(STATIC[api], oauth)
    )
    assert_clean(report, app.state.engine.violations)
    # The run went through the OAuth path, writes included (a run of 401s would pass too).
    assert len(accepted) > 100
    store = app.state.engine.store
    assert sum(store.count(collection) for collection in store.collections()) > 0
