"""The mock's OAuth 2.0 authorization server (mocks/oauth.py), request by request: what the
spec says it answers, in RFC 6749's error body, and what it reads from the spec."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import crm_overlays.specs
import httpx
import pytest
from jsonschema import Draft202012Validator

from mocks import create_app
from mocks.cli import build_parser
from mocks.oauth import Flow, OAuthSettings
from mocks.serving import serve

REDIRECT = "http://127.0.0.1/callback"
CLIENT = {"client_id": "mock-client", "client_secret": "mock-secret"}


class Clock:
    now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


def _served(api: str, clock: Clock, **options: Any) -> Iterator[tuple[httpx.Client, Any]]:
    app = create_app(api, rate_limit=False, oauth_now=clock, **options)
    with serve(app) as url, httpx.Client(base_url=url) as http:
        yield http, app.state.oauth


@pytest.fixture
def wealthbox(clock: Clock) -> Iterator[tuple[httpx.Client, Any]]:
    yield from _served("wealthbox", clock)


@pytest.fixture
def kanbert(clock: Clock) -> Iterator[tuple[httpx.Client, Any]]:
    yield from _served("kanbert", clock)


def _authorize(http: httpx.Client, **params: str) -> httpx.Response:
    query = {"client_id": "mock-client", "redirect_uri": REDIRECT, "response_type": "code"}
    return http.get("/oauth/authorize", params={**query, **params})


def _code(http: httpx.Client, **params: str) -> str:
    answer = _authorize(http, **params)
    assert answer.status_code == 302, answer.text
    return dict(parse_qsl(urlsplit(answer.headers["location"]).query))["code"]


def _exchange(http: httpx.Client, issued: str, **extra: str) -> httpx.Response:
    form = {**CLIENT, "grant_type": "authorization_code", "code": issued, "redirect_uri": REDIRECT}
    return http.post("/oauth/token", data={**form, **extra})


def _oauth_error_schema() -> Any:
    document = crm_overlays.specs.load("wealthbox")
    return Draft202012Validator(document["components"]["schemas"]["OAuthError"])


def test_the_flow_is_read_from_the_spec() -> None:
    wealthbox = Flow.from_spec(crm_overlays.specs.load("wealthbox"))
    kanbert = Flow.from_spec(crm_overlays.specs.load("kanbert"))
    assert wealthbox is not None and kanbert is not None
    assert (wealthbox.scheme, wealthbox.authorize_path, wealthbox.token_paths) == (
        "OAuth2",
        "/oauth/authorize",
        frozenset({"/oauth/token"}),
    )
    assert (wealthbox.access_lifetime, wealthbox.refresh_lifetime) == (7200, 90 * 86400)
    assert (wealthbox.default_scopes, wealthbox.pkce, wealthbox.rotates) == (
        ("login",),
        False,
        True,
    )
    assert kanbert.scopes == ("contact-data:read", "contact-data:write") and kanbert.pkce
    assert kanbert.refresh_lifetime is None  # the seed states none, so none expires
    assert Flow.from_spec(crm_overlays.specs.load("pylon")) is None


@pytest.mark.parametrize(
    ("params", "status", "error"),
    [
        ({"client_id": ""}, 400, "invalid_request"),
        ({"client_id": "someone-else"}, 401, "invalid_client"),
        ({"redirect_uri": "https://evil.example/cb"}, 400, "invalid_redirect_uri"),
        ({"response_type": "token"}, 400, "unsupported_response_type"),
    ],
)
def test_a_bad_authorization_request_is_answered_not_redirected(
    wealthbox: tuple[httpx.Client, Any], params: dict[str, str], status: int, error: str
) -> None:
    http, _ = wealthbox
    answer = _authorize(http, **params)
    assert answer.status_code == status and "location" not in answer.headers
    assert answer.json()["error"] == error
    assert list(_oauth_error_schema().iter_errors(answer.json())) == []


def test_an_unknown_scope_is_redirected_with_the_error_and_the_state(
    wealthbox: tuple[httpx.Client, Any],
) -> None:
    http, _ = wealthbox
    answer = _authorize(http, scope="login everything", state="s-1")
    assert answer.status_code == 302
    query = dict(parse_qsl(urlsplit(answer.headers["location"]).query))
    assert query == {"error": "invalid_scope", "state": "s-1"}


def test_no_scope_grants_the_spec_default_scope(wealthbox: tuple[httpx.Client, Any]) -> None:
    http, _ = wealthbox
    answer = _exchange(http, _code(http))
    assert answer.status_code == 200 and answer.json()["scope"] == "login"
    assert answer.headers["cache-control"] == "no-store"


def test_the_user_grants_no_more_than_configured(clock: Clock) -> None:
    settings = OAuthSettings(scopes=("login",))
    for http, _ in _served("wealthbox", clock, oauth=settings):
        assert _exchange(http, _code(http, scope="login data")).json()["scope"] == "login"


@pytest.mark.parametrize(
    ("form", "status", "error"),
    [
        ({"grant_type": "password"}, 400, "unsupported_grant_type"),
        ({"client_secret": "wrong"}, 401, "invalid_client"),
        ({"code": "never-issued"}, 400, "invalid_grant"),
        ({"redirect_uri": ""}, 400, "invalid_request"),
    ],
)
def test_a_bad_token_request_gets_rfc_6749_errors(
    wealthbox: tuple[httpx.Client, Any], form: dict[str, str], status: int, error: str
) -> None:
    http, _ = wealthbox
    answer = _exchange(http, _code(http), **form)
    assert (answer.status_code, answer.json()["error"]) == (status, error)
    assert list(_oauth_error_schema().iter_errors(answer.json())) == []


def test_a_token_request_must_be_form_encoded(wealthbox: tuple[httpx.Client, Any]) -> None:
    http, _ = wealthbox
    form = {**CLIENT, "grant_type": "authorization_code", "code": _code(http)}
    answer = http.post("/oauth/token", json={**form, "redirect_uri": REDIRECT})
    assert (answer.status_code, answer.json()["error"]) == (400, "invalid_request")


def test_a_code_for_another_redirect_uri_is_refused(clock: Clock) -> None:
    settings = OAuthSettings(redirect_uris=(REDIRECT, "http://127.0.0.1/other"))
    for http, _ in _served("wealthbox", clock, oauth=settings):
        answer = _exchange(http, _code(http), redirect_uri="http://127.0.0.1/other")
        assert (answer.status_code, answer.json()["error"]) == (400, "invalid_grant")


def test_time_scale_compresses_the_documented_lifetime(clock: Clock) -> None:
    for http, _ in _served("wealthbox", clock, time_scale=60):
        tokens = _exchange(http, _code(http, scope="login data")).json()
        assert tokens["expires_in"] == 7200 // 60
        bearer = {"Authorization": f"Bearer {tokens['access_token']}"}
        assert http.get("/v1/contacts", headers=bearer).status_code == 200
        clock.now += 7200 / 60
        expired = http.get("/v1/contacts", headers=bearer)
        assert expired.status_code == 401
        assert 'error="invalid_token"' in expired.headers["www-authenticate"]
        assert expired.json()["success"] is False  # the API's own envelope


def test_a_refresh_token_expires_after_its_documented_90_days(
    wealthbox: tuple[httpx.Client, Any], clock: Clock
) -> None:
    http, _ = wealthbox
    tokens = _exchange(http, _code(http)).json()
    clock.now += 90 * 86400
    form = {**CLIENT, "grant_type": "refresh_token", "refresh_token": tokens["refresh_token"]}
    answer = http.post("/oauth/token", data=form)
    assert (answer.status_code, answer.json()["error"]) == (400, "invalid_grant")


def test_kanbert_requires_the_pkce_verifier_of_its_challenge(
    kanbert: tuple[httpx.Client, Any],
) -> None:
    http, _ = kanbert
    verifier = "v" * 64
    challenge = (
        base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    )
    code = _code(http, code_challenge=challenge, code_challenge_method="S256")
    assert _exchange(http, code).json()["error"] == "invalid_grant"  # no verifier
    code = _code(http, code_challenge=challenge, code_challenge_method="S256")
    assert _exchange(http, code, code_verifier=verifier).status_code == 200
    plain = _authorize(http, code_challenge=challenge, code_challenge_method="plain")
    assert (plain.status_code, plain.json()["error"]) == (400, "invalid_request")


def test_other_methods_on_the_token_url_get_the_api_answer(
    wealthbox: tuple[httpx.Client, Any], kanbert: tuple[httpx.Client, Any]
) -> None:
    answer = wealthbox[0].get("/oauth/token")  # a path of Wealthbox's spec: 405 with Allow
    assert answer.status_code == 405 and answer.headers["allow"] == "POST"
    assert kanbert[0].get("/oauth/token").status_code == 404  # outside Kanbert's /api/v1


def test_the_cli_passes_the_oauth_app_and_user() -> None:
    args = build_parser().parse_args(
        [
            "wealthbox",
            "--oauth-client-id",
            "id-1",
            "--oauth-redirect-uri",
            "http://a/cb",
            "--oauth-redirect-uri",
            "http://b/cb",
            "--oauth-user",
            "bob",
            "--oauth-scopes",
            "login",
        ]
    )
    assert (args.oauth_client_id, args.oauth_redirect_uri, args.oauth_user, args.oauth_scopes) == (
        "id-1",
        ["http://a/cb", "http://b/cb"],
        "bob",
        "login",
    )


def test_settings_hide_the_client_secret() -> None:
    assert "mock-secret" not in repr(OAuthSettings())
