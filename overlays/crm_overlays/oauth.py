"""OAuth 2.0 (authorization-code grant) for the ready clients, from the spec's ``oauth2`` scheme.

The authorization and token URLs, the scopes, the default scopes, PKCE and the client
authentication come from ``specs/<api>.yaml`` (``flows.authorizationCode`` and ``x-oauth``)
through :mod:`crm_overlays.specs`; nothing about a vendor is written here.

The protocol pieces are authlib's framework-free core: the authorization URL
(``prepare_grant_uri``), the PKCE ``S256`` challenge, the redirect's parsing, the token request
bodies and the client authentication (``ClientAuth``: ``client_secret_post`` or ``_basic``, as
``x-oauth`` says). The token requests go through a plain httpx client of this module's: authlib
1.9.10 deprecates its httpx integration in favour of ``httpx2``, which this kit does not use.
What authlib does not do, and this module does: one refresh for many threads or tasks that find
the token expired at once, one refresh and one repeat after a 401, the scope check before
sending, the typed errors, and keeping every secret out of text.

Usage::

    app = OAuthApp("wealthbox", client_id, client_secret, redirect_uri)
    request = app.authorization_request()           # send the user to request.url
    tokens = app.exchange(callback_url, request)    # the URL the browser came back to
    client = wealthbox.client(token_set=tokens, oauth_app=app, on_token=store)
"""

from __future__ import annotations

import asyncio
import dataclasses
import hmac
import threading
import time
from collections.abc import Callable, Generator, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpx

# authlib's framework-free core; its httpx integration is deprecated in favour of httpx2.
from authlib.common.errors import AuthlibBaseError  # type: ignore[import-untyped]
from authlib.common.security import generate_token  # type: ignore[import-untyped]
from authlib.oauth2.auth import ClientAuth  # type: ignore[import-untyped]
from authlib.oauth2.rfc6749.errors import MismatchingStateException  # type: ignore[import-untyped]
from authlib.oauth2.rfc6749.parameters import (  # type: ignore[import-untyped]
    parse_authorization_code_response,
    prepare_grant_uri,
    prepare_token_request,
)
from authlib.oauth2.rfc7636 import create_s256_code_challenge  # type: ignore[import-untyped]

from . import specs
from .errors import error_from_transport
from .exceptions import ApiError
from .redact import remember_secret, scrub, scrub_json, secret_repr
from .spec_security import oauth_flows, operation_scopes, operation_security
from .transports.ratelimit import OperationMatcher

__all__ = [
    "AuthorizationRequest",
    "MissingScopeError",
    "OAuthApp",
    "OAuthBearerAuth",
    "OAuthFlow",
    "OAuthSession",
    "ReauthorizationRequired",
    "StateMismatchError",
    "TokenEndpointError",
    "TokenSet",
    "oauth_flow",
]

#: A token is renewed this many seconds before it expires, so no request carries one that
#: expires on the way.
REFRESH_MARGIN = 60.0


# ------------------------------------------------------------------ errors


class TokenEndpointError(ApiError):
    """The token endpoint refused a request; ``error`` is its RFC 6749 error code."""

    def __init__(self, message: str, *, error: str | None = None, **fields: Any) -> None:
        super().__init__(message, **fields)
        self.error = error


class ReauthorizationRequired(TokenEndpointError):
    """The refresh token was rejected (expired, revoked or already used): send the user
    through :meth:`OAuthApp.authorization_request` again."""


class StateMismatchError(TokenEndpointError):
    """The redirect's ``state`` is not the one the authorization request sent (a forged or
    mixed-up redirect); no code was exchanged."""


class MissingScopeError(ApiError):
    """The operation needs scopes the token was not granted; raised before sending."""

    def __init__(self, message: str, *, missing: tuple[str, ...], **fields: Any) -> None:
        super().__init__(message, **fields)
        self.missing = missing


# ------------------------------------------------------------------ the spec's flow


@dataclass(frozen=True)
class OAuthFlow:
    """One API's authorization-code flow as its spec declares it."""

    api: str
    scheme: str
    authorization_url: str
    token_url: str
    refresh_url: str
    scopes: tuple[str, ...]
    default_scopes: tuple[str, ...]
    pkce: bool
    client_authentication: str
    # (METHOD, path template) -> the scopes the scheme requires there, from `security`.
    required: Mapping[tuple[str, str], tuple[str, ...]] = field(repr=False)

    def needs(self, method: str, template: str) -> tuple[str, ...]:
        return self.required.get((method.upper(), template), ())


def oauth_flow(api: str) -> OAuthFlow:
    """The authorization-code flow of ``api``'s first ``oauth2`` scheme."""
    document = specs.load(api)
    flows = oauth_flows(document)
    if not flows:
        raise ValueError(f"specs/{api}.yaml declares no oauth2 authorization-code flow")
    flow = next(iter(flows.values()))
    required: dict[tuple[str, str], tuple[str, ...]] = {}
    for method, path, operation in specs.operations(api):
        alternatives = operation_security(document, operation)
        for names, scopes in zip(alternatives, operation_scopes(document, operation), strict=True):
            if flow.scheme in names:
                required[(method.upper(), path)] = scopes[names.index(flow.scheme)]
    return OAuthFlow(
        api=api,
        scheme=flow.scheme,
        authorization_url=flow.authorization_url,
        token_url=flow.token_url,
        refresh_url=flow.refresh_url,
        scopes=flow.scopes,
        default_scopes=flow.default_scopes,
        pkce=flow.pkce,
        client_authentication=flow.client_authentication,
        required=required,
    )


def _on_server(url: str, server: str | None) -> str:
    """``url`` with its scheme and host replaced by ``server``'s (a mock, a proxy)."""
    if server is None:
        return url
    base, own = urlsplit(server), urlsplit(url)
    return urlunsplit((base.scheme, base.netloc, base.path.rstrip("/") + own.path, "", ""))


# ------------------------------------------------------------------ tokens


@dataclass(frozen=True)
class TokenSet:
    """An access token, its refresh token, when it expires (epoch seconds) and its scopes.

    Its repr shows fingerprints only. ``as_dict`` / ``from_dict`` store and restore it.
    """

    access_token: str = field(repr=False)
    refresh_token: str | None = field(repr=False)
    expires_at: float | None
    scopes: tuple[str, ...]
    token_type: str = "Bearer"
    issued_at: float | None = None  # when known, the margin never exceeds a tenth of the life

    def __post_init__(self) -> None:
        for secret in (self.access_token, self.refresh_token):
            if secret:
                remember_secret(secret)

    def __repr__(self) -> str:
        return (
            f"TokenSet(access_token={secret_repr(self.access_token)}, "
            f"refresh_token={secret_repr(self.refresh_token)}, expires_at={self.expires_at!r}, "
            f"scopes={self.scopes!r})"
        )

    @classmethod
    def from_response(cls, body: Mapping[str, Any], *, now: float) -> TokenSet:
        """From a token response: ``expires_in`` counts from ``created_at`` when the server
        sends one (Wealthbox does), else from ``now``."""
        expires_in = body.get("expires_in")
        created = body.get("created_at")
        start = float(created) if isinstance(created, int | float) else now
        return cls(
            access_token=str(body["access_token"]),
            refresh_token=str(body["refresh_token"]) if body.get("refresh_token") else None,
            expires_at=start + float(expires_in) if isinstance(expires_in, int | float) else None,
            scopes=tuple(str(body.get("scope") or "").split()),
            token_type=str(body.get("token_type") or "Bearer"),
            issued_at=start,
        )

    def expires_within(self, seconds: float, now: float) -> bool:
        """Whether the token expires within ``seconds`` (at most a tenth of its lifetime: a
        mock with a compressed clock issues tokens that live seconds)."""
        if self.expires_at is None:
            return False
        if self.issued_at is not None:
            seconds = min(seconds, (self.expires_at - self.issued_at) / 10)
        return now + seconds >= self.expires_at

    def as_dict(self) -> dict[str, Any]:
        return {
            "access_token": self.access_token,
            "refresh_token": self.refresh_token,
            "expires_at": self.expires_at,
            "scope": " ".join(self.scopes),
            "token_type": self.token_type,
            "issued_at": self.issued_at,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TokenSet:
        return cls(
            access_token=str(data["access_token"]),
            refresh_token=data.get("refresh_token"),
            expires_at=data.get("expires_at"),
            scopes=tuple(str(data.get("scope") or "").split()),
            token_type=str(data.get("token_type") or "Bearer"),
            issued_at=data.get("issued_at"),
        )


@dataclass(frozen=True)
class AuthorizationRequest:
    """Where to send the user, and what :meth:`OAuthApp.exchange` checks on the way back."""

    url: str = field(repr=False)  # carries the state and the PKCE challenge
    state: str = field(repr=False)
    code_verifier: str | None = field(repr=False)
    scopes: tuple[str, ...]

    def __repr__(self) -> str:
        return f"AuthorizationRequest(state={secret_repr(self.state)}, scopes={self.scopes!r})"


# ------------------------------------------------------------------ the app


class OAuthApp:
    """An app registered with the vendor: client id and secret, and its redirect URI.

    ``server`` replaces the scheme and host of the spec's authorization and token URLs (the
    mock: ``http://127.0.0.1:4010``); ``transport`` the network under the token requests.
    Token requests are never retried: a code is single-use, and with rotating refresh tokens
    a refresh whose answer was lost cannot be repeated either.
    """

    def __init__(
        self,
        api: str,
        client_id: str,
        client_secret: str,
        redirect_uri: str,
        *,
        server: str | None = None,
        transport: httpx.BaseTransport | None = None,
        timeout: float = 30.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.flow = oauth_flow(api)
        self.api = api
        self.client_id = client_id
        self._client_secret = client_secret
        remember_secret(client_secret)
        self.redirect_uri = redirect_uri
        self.authorization_url = _on_server(self.flow.authorization_url, server)
        self.token_url = _on_server(self.flow.token_url, server)
        self.refresh_url = _on_server(self.flow.refresh_url, server)
        self._http = httpx.Client(transport=transport, timeout=timeout)
        self._client_auth = ClientAuth(client_id, client_secret, self.flow.client_authentication)
        self.clock = clock

    def __repr__(self) -> str:
        return (
            f"OAuthApp(api={self.api!r}, client_id={self.client_id!r}, client_secret="
            f"{secret_repr(self._client_secret)}, redirect_uri={self.redirect_uri!r})"
        )

    def close(self) -> None:
        self._http.close()

    def authorization_request(self, scopes: Iterable[str] | None = None) -> AuthorizationRequest:
        """A fresh ``state`` (and PKCE verifier where the vendor's flow takes one) and the URL
        to open in the user's browser. ``scopes`` default to the spec's default scopes."""
        wanted = tuple(scopes) if scopes is not None else self.flow.default_scopes
        unknown = [scope for scope in wanted if scope not in self.flow.scopes]
        if unknown:
            raise ValueError(f"{self.api} has no OAuth scope {unknown}; it has {self.flow.scopes}")
        state = generate_token(32)
        remember_secret(state)
        extra: dict[str, str] = {}
        verifier = None
        if self.flow.pkce:
            verifier = generate_token(64)
            remember_secret(verifier)
            extra = {
                "code_challenge": create_s256_code_challenge(verifier),
                "code_challenge_method": "S256",
            }
        url = prepare_grant_uri(
            self.authorization_url,
            client_id=self.client_id,
            response_type="code",
            redirect_uri=self.redirect_uri,
            scope=" ".join(wanted) or None,
            state=state,
            **extra,
        )
        return AuthorizationRequest(str(url), state, verifier, wanted)

    def exchange(self, callback_url: str, request: AuthorizationRequest) -> TokenSet:
        """The token set for the redirect the browser came back with (``callback_url``),
        after checking its ``state`` against ``request``'s."""
        query = dict(httpx.URL(callback_url).params)
        if query.get("code"):
            remember_secret(query["code"])
        if not hmac.compare_digest(
            query.get("state", "").encode(), request.state.encode()
        ):  # before anything else: a forged redirect's contents are not to be trusted
            raise StateMismatchError(
                "the redirect's state does not match the authorization request's; "
                "no code was exchanged",
                error="mismatching_state",
            )
        if "error" in query:
            raise TokenEndpointError(
                f"the authorization was refused: {scrub(query['error'])}", error=query["error"]
            )
        try:
            params = parse_authorization_code_response(callback_url, state=request.state)
        except MismatchingStateException:  # pragma: no cover - checked above, in constant time
            raise StateMismatchError("the redirect's state does not match", error=None) from None
        except AuthlibBaseError as error:
            raise TokenEndpointError(f"the redirect carries no code: {error.error}") from None
        extra = {"code_verifier": request.code_verifier} if request.code_verifier else {}
        body = prepare_token_request(
            "authorization_code", code=params["code"], redirect_uri=self.redirect_uri, **extra
        )
        return self._token_request(self.token_url, body, "exchanging the authorization code")

    def refresh(self, tokens: TokenSet) -> TokenSet:
        """A new token set from ``tokens``' refresh token; ReauthorizationRequired when the
        refresh token is rejected."""
        if not tokens.refresh_token:
            raise ReauthorizationRequired("the token set has no refresh token", error=None)
        body = prepare_token_request("refresh_token", refresh_token=tokens.refresh_token)
        fresh = self._token_request(self.refresh_url, body, "refreshing the access token")
        if fresh.refresh_token is None:  # a server that does not rotate keeps the old one
            fresh = dataclasses.replace(fresh, refresh_token=tokens.refresh_token)
        return fresh

    def _token_request(self, url: str, body: str, doing: str) -> TokenSet:
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "Accept": "application/json",
        }
        url, headers, body = self._client_auth.prepare("POST", url, headers, body)
        try:
            response = self._http.post(url, content=body.encode(), headers=headers)
        except httpx.TransportError as error:
            raise error_from_transport(error, error.request) from None
        try:
            answer = response.json()
        except ValueError:
            answer = None
        if response.status_code == 200 and isinstance(answer, dict) and "access_token" in answer:
            return TokenSet.from_response(answer, now=self.clock())
        code = answer.get("error") if isinstance(answer, dict) else None
        fields: dict[str, Any] = {
            "error": code,
            "status": response.status_code,
            "body": scrub_json(answer, ())[0] if answer is not None else None,
            "headers": dict(response.headers),
            "method": "POST",
            "url": url,
        }
        description = answer.get("error_description") if isinstance(answer, dict) else None
        message = (
            f"{doing} failed with HTTP {response.status_code}"
            + (f": {code}" if code else "")
            + (f" ({scrub(str(description))})" if description else "")
        )
        if code == "invalid_grant" and doing.startswith("refreshing"):
            raise ReauthorizationRequired(
                message + "; the refresh token was rejected (expired, revoked or already "
                "used): authorize the app again",
                **fields,
            )
        raise TokenEndpointError(message, **fields)


# ------------------------------------------------------------------ the session


class OAuthSession:
    """The current token set of one user, renewed once however many callers need it.

    ``on_token`` receives every new token set (store it: with rotating refresh tokens the old
    one no longer works). Thread-safe; async callers refresh through the same lock.
    """

    def __init__(
        self,
        app: OAuthApp,
        tokens: TokenSet,
        on_token: Callable[[TokenSet], None] | None = None,
        *,
        margin: float = REFRESH_MARGIN,
    ) -> None:
        self.app = app
        self._tokens = tokens
        self._on_token = on_token
        self._lock = threading.Lock()
        self.margin = margin
        self.refreshes = 0

    def __repr__(self) -> str:
        return f"OAuthSession(api={self.app.api!r}, tokens={self._tokens!r})"

    @property
    def tokens(self) -> TokenSet:
        return self._tokens

    def current(self) -> TokenSet:
        """The token set, renewed first when it expires within the margin."""
        tokens = self._tokens
        if not tokens.expires_within(self.margin, self.app.clock()):
            return tokens
        return self._renew(tokens, only_if_expiring=True)

    def after_rejection(self, rejected: TokenSet) -> TokenSet:
        """The token set to repeat a request with after the server answered 401 to
        ``rejected``: a newer one if some other caller renewed it meanwhile, else a fresh one."""
        return self._renew(rejected, only_if_expiring=False)

    def _renew(self, seen: TokenSet, *, only_if_expiring: bool) -> TokenSet:
        with self._lock:
            tokens = self._tokens
            if tokens is not seen:  # renewed by another caller while this one waited
                return tokens
            if only_if_expiring and not tokens.expires_within(self.margin, self.app.clock()):
                return tokens
            fresh = self.app.refresh(tokens)
            self._tokens = fresh
            self.refreshes += 1
        if self._on_token is not None:
            self._on_token(fresh)
        return fresh

    async def acurrent(self) -> TokenSet:
        tokens = self._tokens
        if not tokens.expires_within(self.margin, self.app.clock()):
            return tokens
        return await asyncio.to_thread(self._renew, tokens, only_if_expiring=True)

    async def aafter_rejection(self, rejected: TokenSet) -> TokenSet:
        return await asyncio.to_thread(self._renew, rejected, only_if_expiring=False)


class OAuthBearerAuth(httpx.Auth):
    """``Authorization: Bearer <access token>`` from an :class:`OAuthSession`, renewed ahead
    of expiry and once after a 401; an operation whose scopes the token lacks is refused
    before sending (:class:`MissingScopeError`)."""

    requires_request_body = True  # a request repeated after a 401 sends its body again

    def __init__(self, session: OAuthSession, *, base_paths: Iterable[str] = ()) -> None:
        self.session = session
        flow = session.app.flow
        self._flow = flow
        self._matcher = OperationMatcher(flow.required, base_paths)

    def __repr__(self) -> str:
        return f"OAuthBearerAuth(session={self.session!r})"

    def _check_scopes(self, request: httpx.Request, tokens: TokenSet) -> None:
        matched = self._matcher.match(request.method, request.url.path)
        if matched is None:
            return
        missing = tuple(s for s in self._flow.needs(*matched) if s not in tokens.scopes)
        if missing:
            method, template = matched
            raise MissingScopeError(
                f"{method} {template} needs the OAuth scope {' '.join(missing)}, which the "
                f"token was not granted (it has: {' '.join(tokens.scopes) or 'none'}); "
                "authorize the app again with it",
                missing=missing,
                method=request.method,
                url=str(request.url),
            )

    @staticmethod
    def _sign(request: httpx.Request, tokens: TokenSet) -> None:
        request.headers["Authorization"] = f"Bearer {tokens.access_token}"

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response]:
        tokens = self.session.current()
        self._check_scopes(request, tokens)
        self._sign(request, tokens)
        response = yield request
        if response.status_code == 401:
            response.read()
            self._sign(request, self.session.after_rejection(tokens))
            yield request

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> Any:  # AsyncGenerator[httpx.Request, httpx.Response]
        tokens = await self.session.acurrent()
        self._check_scopes(request, tokens)
        self._sign(request, tokens)
        response = yield request
        if response.status_code == 401:
            await response.aread()
            self._sign(request, await self.session.aafter_rejection(tokens))
            yield request
