"""OAuth 2.0 end to end, offline: the overlay's OAuthApp and ready client against the mock's
authorization server, for Wealthbox (spec-stated lifetimes, no PKCE) and Kanbert (inferred
URLs, PKCE). Both sides read one clock that the tests move, so expiry is exact, not slept."""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import httpx
import pytest
from crm_overlays import apaginate, kanbert, paginate, wealthbox
from crm_overlays.oauth import (
    MissingScopeError,
    OAuthApp,
    ReauthorizationRequired,
    StateMismatchError,
    TokenEndpointError,
    TokenSet,
)
from crm_overlays.transports.retry import RetryPolicy
from kanbert_client.api.contacts import list_contacts as kanbert_list
from wealthbox_client.api.contacts import list_contacts as wealthbox_list

from mocks import create_app
from mocks.oauth import OAuthServer, OAuthSettings
from mocks.openapi import SpecDocument
from mocks.serving import serve

CLIENT_ID, CLIENT_SECRET = "app-client-id", "app-client-secret-0123456789"
REDIRECT = "http://127.0.0.1/oauth/callback"
SEEDED = 7  # records per collection; pages of 2 make 4 pages
VENDORS: dict[str, Any] = {
    "wealthbox": (wealthbox, wealthbox_list, {"per_page": 2}, ("login", "data")),
    "kanbert": (kanbert, kanbert_list, {"pagesize": 2}, ("contact-data:read",)),
}


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@dataclass
class World:
    api: str
    url: str  # the mock's origin
    server: OAuthServer
    app: OAuthApp
    clock: Clock
    stored: list[TokenSet] = field(default_factory=list)

    def authorize(self, scopes: tuple[str, ...] | None = None) -> TokenSet:
        request = self.app.authorization_request(scopes or VENDORS[self.api][3])
        return self.app.exchange(self.follow(request.url), request)

    def follow(self, url: str) -> str:
        """What the browser does: open the authorization URL, land on the redirect URI."""
        answer = httpx.get(url, follow_redirects=False)
        assert answer.status_code == 302, answer.text
        return answer.headers["location"]

    def client(self, tokens: TokenSet) -> Any:
        vendor = VENDORS[self.api][0]
        base = self.url + SpecDocument.load(self.api).base_path
        return vendor.client(
            token_set=tokens,
            oauth_app=self.app,
            on_token=self.stored.append,
            base_url=base,
            rate_limit=False,
        )


@pytest.fixture(params=sorted(VENDORS))
def world(request: pytest.FixtureRequest) -> Iterator[World]:
    api = str(request.param)
    clock = Clock()
    settings = OAuthSettings(
        client_id=CLIENT_ID, client_secret=CLIENT_SECRET, redirect_uris=(REDIRECT,), user="ann"
    )
    mock = create_app(
        api, rate_limit=False, seed=SEEDED, seed_random=3, oauth=settings, oauth_now=clock
    )
    with serve(mock) as url:
        app = OAuthApp(api, CLIENT_ID, CLIENT_SECRET, REDIRECT, server=url, clock=clock)
        yield World(api, url, mock.state.oauth, app, clock)


def _ids(world: World, client: Any, pause: Any = None) -> list[Any]:
    _, endpoint, size, _ = VENDORS[world.api]
    seen = []
    for index, item in enumerate(paginate(endpoint, client=client, **size)):
        seen.append(item.id)
        if pause is not None:
            pause(index)
    return seen


def test_authorize_exchange_call_expire_mid_pagination_refresh_continue(world: World) -> None:
    tokens = world.authorize()
    assert set(VENDORS[world.api][3]) <= set(tokens.scopes)
    client = world.client(tokens)
    lifetime = tokens.expires_at - world.clock.now  # the spec's (Wealthbox: 7200) or the mock's

    def expire(index: int) -> None:
        if index == 1:  # after page 1: the overlay sees the expiry coming and renews first
            world.clock.now += lifetime
        if index == 3:  # after page 2: only the server knows; the overlay learns it from a 401
            world.server.expire_access_tokens()

    ids = _ids(world, client, expire)
    base = world.url + SpecDocument.load(world.api).base_path
    static = VENDORS[world.api][0].client(token="test-token", base_url=base, rate_limit=False)
    expected = _ids(world, static)
    assert len(expected) >= SEEDED
    assert ids == expected  # nothing lost, nothing repeated
    assert world.server.refreshes == 2
    assert len(world.stored) == 2
    assert world.stored[-1].access_token != tokens.access_token
    if world.api == "wealthbox":
        assert lifetime == 7200  # the seed's documented lifetime, read from the spec


def test_a_refresh_storm_of_50_threads_refreshes_once(world: World) -> None:
    client = world.client(world.authorize())
    _, endpoint, size, _ = VENDORS[world.api]
    world.server.expire_access_tokens()  # every thread gets a 401 with the same token
    barrier, statuses, failures = threading.Barrier(50), [], []

    def call() -> None:
        barrier.wait()
        try:
            statuses.append(endpoint.sync_detailed(client=client, **size).status_code)
        except Exception as error:  # noqa: BLE001 - collected and asserted below
            failures.append(error)

    threads = [threading.Thread(target=call) for _ in range(50)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert statuses == [200] * 50
    assert world.server.refreshes == 1 and len(world.stored) == 1


def test_a_refresh_storm_of_50_tasks_refreshes_once(world: World) -> None:
    tokens = world.authorize()
    client = world.client(tokens)
    _, endpoint, size, _ = VENDORS[world.api]
    world.clock.now = tokens.expires_at  # expired for the overlay, before any request

    async def storm() -> list[int]:
        answers = await asyncio.gather(
            *(endpoint.asyncio_detailed(client=client, **size) for _ in range(50))
        )
        return [answer.status_code for answer in answers]

    statuses = asyncio.run(storm())
    assert statuses == [200] * 50
    assert world.server.refreshes == 1 and len(world.stored) == 1


def test_50_tasks_that_all_get_a_401_cause_one_refresh(world: World) -> None:
    client = world.client(world.authorize())
    _, endpoint, size, _ = VENDORS[world.api]
    world.server.expire_access_tokens()  # only the server knows: every task gets a 401 first

    async def storm() -> list[int]:
        answers = await asyncio.gather(
            *(endpoint.asyncio_detailed(client=client, **size) for _ in range(50))
        )
        return [answer.status_code for answer in answers]

    assert asyncio.run(storm()) == [200] * 50
    assert world.server.refreshes == 1 and len(world.stored) == 1


def test_an_async_page_walk_across_an_expiry_loses_and_repeats_nothing(world: World) -> None:
    client = world.client(world.authorize())
    _, endpoint, size, _ = VENDORS[world.api]

    async def walk() -> list[Any]:
        seen = []
        async for item in apaginate(endpoint, client=client, **size):
            seen.append(item.id)
            if len(seen) == 2:
                world.server.expire_access_tokens()
        return seen

    ids = asyncio.run(walk())
    base = world.url + SpecDocument.load(world.api).base_path
    static = VENDORS[world.api][0].client(token="test-token", base_url=base, rate_limit=False)
    assert ids == _ids(world, static)
    assert world.server.refreshes == 1


def test_a_revoked_refresh_token_asks_for_authorization_again(world: World) -> None:
    client = world.client(world.authorize())
    _, endpoint, size, _ = VENDORS[world.api]
    world.server.revoke("ann")  # the user disconnected the app
    with pytest.raises(ReauthorizationRequired) as raised:
        endpoint.sync_detailed(client=client, **size)
    assert raised.value.error == "invalid_grant"
    assert world.stored == []


def test_a_used_refresh_token_is_rejected_because_tokens_rotate(world: World) -> None:
    tokens = world.authorize()
    world.app.refresh(tokens)
    with pytest.raises(ReauthorizationRequired):
        world.app.refresh(tokens)


def test_a_missing_scope_fails_before_sending(world: World) -> None:
    read_only = ("login",) if world.api == "wealthbox" else ("contact-data:read",)
    tokens = world.authorize(read_only)
    assert tokens.scopes == read_only
    client = world.client(tokens)
    needed = "data" if world.api == "wealthbox" else "contact-data:write"
    http = client.get_httpx_client()
    sent: list[str] = []
    # httpx runs request hooks after the auth flow, right before the transport.
    http.event_hooks["request"].append(lambda request: sent.append(request.url.path))
    if world.api == "kanbert":  # reading needs only the granted scope, and is sent
        assert http.get("contacts").status_code == 200
    # Wealthbox: every operation lists both scopes (the spec's Decision), so even a read.
    before = len(sent)
    with pytest.raises(MissingScopeError) as raised:
        http.post("contacts" if world.api == "kanbert" else "v1/contacts", json={"a": 1})
    assert needed in raised.value.missing and needed in str(raised.value)
    assert len(sent) == before  # the call was never sent


def test_the_mock_answers_a_missing_scope_with_403_naming_it(world: World) -> None:
    read_only = ("login",) if world.api == "wealthbox" else ("contact-data:read",)
    tokens = world.authorize(read_only)
    path = "/v1/contacts" if world.api == "wealthbox" else "/api/v1/contacts"
    answer = httpx.post(
        world.url + path, json={}, headers={"Authorization": f"Bearer {tokens.access_token}"}
    )
    assert answer.status_code == 403
    needed = "data" if world.api == "wealthbox" else "contact-data:write"
    challenge = answer.headers["www-authenticate"]
    assert 'error="insufficient_scope"' in challenge and needed in challenge
    body = answer.json()
    assert ("success" in body) if world.api == "wealthbox" else ("message" in body)


def test_a_replayed_code_is_refused_and_revokes_what_it_issued(world: World) -> None:
    request = world.app.authorization_request()
    callback = world.follow(request.url)
    tokens = world.app.exchange(callback, request)
    with pytest.raises(TokenEndpointError) as raised:
        world.app.exchange(callback, request)
    assert raised.value.error == "invalid_grant"
    assert world.server.grant_for(tokens.access_token) is None  # RFC 6749 section 4.1.2


def test_an_expired_code_is_refused(world: World) -> None:
    request = world.app.authorization_request()
    callback = world.follow(request.url)
    world.clock.now += 601
    with pytest.raises(TokenEndpointError) as raised:
        world.app.exchange(callback, request)
    assert raised.value.error == "invalid_grant"


def test_a_tampered_state_is_refused_before_any_exchange(world: World) -> None:
    request = world.app.authorization_request()
    callback = world.follow(request.url)
    parts = urlsplit(callback)
    query = dict(parse_qsl(parts.query))
    query["state"] = "forged-" + query["state"]
    forged = urlunsplit(parts._replace(query=urlencode(query)))
    with pytest.raises(StateMismatchError):
        world.app.exchange(forged, request)
    # The code was never sent, so the genuine redirect still works.
    assert world.app.exchange(callback, request).access_token


def test_pkce_where_the_flow_allows_it(world: World) -> None:
    request = world.app.authorization_request()
    query = dict(parse_qsl(urlsplit(request.url).query))
    if world.api == "kanbert":
        assert query["code_challenge_method"] == "S256" and request.code_verifier
        callback = world.follow(request.url)
        wrong = type(request)(request.url, request.state, "x" * 64, request.scopes)
        with pytest.raises(TokenEndpointError):
            world.app.exchange(callback, wrong)
    else:
        assert "code_challenge" not in query and request.code_verifier is None


def test_static_tokens_keep_working_beside_oauth(world: World) -> None:
    world.authorize()
    vendor, endpoint, size, _ = VENDORS[world.api]
    base = world.url + SpecDocument.load(world.api).base_path
    client = vendor.client(token="test-token", base_url=base, rate_limit=False)
    assert endpoint.sync_detailed(client=client, **size).status_code == 200


def test_secrets_codes_and_tokens_stay_out_of_reprs_errors_and_logs(
    world: World, caplog: pytest.LogCaptureFixture
) -> None:
    request = world.app.authorization_request(VENDORS[world.api][3])
    callback = world.follow(request.url)  # the browser's step, not the overlay's: not logged
    caplog.clear()
    caplog.set_level(logging.DEBUG)
    code = dict(parse_qsl(urlsplit(callback).query))["code"]
    tokens = world.app.exchange(callback, request)
    client = world.client(tokens)
    _, endpoint, size, _ = VENDORS[world.api]
    world.server.expire_access_tokens()
    endpoint.sync_detailed(client=client, **size)  # a 401, a refresh, a repeat
    fresh = world.stored[-1]
    world.server.revoke()
    world.server.expire_access_tokens()
    with pytest.raises(ReauthorizationRequired) as raised:
        endpoint.sync_detailed(client=client, **size)
    secrets = [
        CLIENT_SECRET,
        code,
        request.state,
        tokens.access_token,
        tokens.refresh_token,
        fresh.access_token,
        fresh.refresh_token,
    ]
    texts = [
        repr(world.app),
        repr(request),
        repr(tokens),
        repr(fresh),
        repr(client),
        repr(client.get_httpx_client().auth),
        str(raised.value),
        repr(raised.value),
        repr(raised.value.headers),
        raised.value.url,
        caplog.text,
        repr(world.server),
    ]
    for text in texts:
        for secret in secrets:
            assert secret and secret not in text, text[:300]


@pytest.mark.parametrize("api", sorted(VENDORS))
def test_retries_and_the_rate_limiter_work_as_with_a_static_token(api: str) -> None:
    clock = Clock()
    settings = OAuthSettings(
        client_id=CLIENT_ID, client_secret=CLIENT_SECRET, redirect_uris=(REDIRECT,), user="ann"
    )
    # The first two API requests fail (before auth, as the fault layer works): 503, then 429.
    mock = create_app(
        api, rate_limit=False, oauth=settings, oauth_now=clock, faults="seq:503,429,retry_after=1"
    )
    with serve(mock) as url:
        app = OAuthApp(api, CLIENT_ID, CLIENT_SECRET, REDIRECT, server=url, clock=clock)
        world = World(api, url, mock.state.oauth, app, clock)
        tokens = world.authorize()
        waits: list[float] = []
        vendor, endpoint, size, _ = VENDORS[api]
        client = vendor.client(
            token_set=tokens,
            oauth_app=app,
            on_token=world.stored.append,
            base_url=url + SpecDocument.load(api).base_path,
            retry=RetryPolicy(sleep=waits.append, jitter=False),
        )
        world.server.expire_access_tokens()  # and then a 401: refreshed, repeated
        assert endpoint.sync_detailed(client=client, **size).status_code == 200
    assert waits and max(waits) >= 1  # the 429's Retry-After was honoured
    assert mock.state.faults.injected == 2
    assert world.server.refreshes == 1 and len(world.stored) == 1
