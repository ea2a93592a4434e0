"""The vendor's OAuth 2.0 authorization server, from the spec's `oauth2` security scheme.

Everything the vendor decides comes from the spec (`crm_overlays.specs`): the endpoints are the
paths of the flow's `authorizationUrl` / `tokenUrl` / `refreshUrl`, the scopes are the flow's,
and the lifetimes, default scopes, PKCE, client authentication and refresh-token rotation are
the scheme's `x-oauth`. What the mock decides is its one registered app and user
(`OAuthSettings`) and the lifetimes the vendor does not state.

The authorize step runs headless: the configured user has already signed in and consents at
once, so `GET <authorize>` answers 302 to the redirect URI with a code. Codes are single-use and
expire; a replayed code also revokes what it issued (RFC 6749 section 4.1.2). Lifetimes are
divided by `time_scale`, and `expires_in` reports the compressed lifetime, so a client that
refreshes ahead of expiry behaves as it would against the vendor. Secrets, codes and tokens are
compared in constant time and never logged.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlencode

from crm_overlays.spec_security import oauth_flows
from starlette.types import ASGIApp, Receive, Scope, Send

from mocks.limits import InputRefused
from mocks.wire import ClientGone, read_body, send_empty, send_json

# Lifetimes the mock uses when the spec states none (seconds, before time_scale).
DEFAULT_ACCESS_LIFETIME = 3600
DEFAULT_CODE_LIFETIME = 600


@dataclass(frozen=True)
class OAuthSettings:
    """The app registered with the mock and the user who signs in to it."""

    client_id: str = "mock-client"
    client_secret: str = "mock-secret"
    redirect_uris: tuple[str, ...] = ("http://127.0.0.1/callback",)
    user: str = "mock-user"
    # What the user grants at most; None: every scope of the flow.
    scopes: tuple[str, ...] | None = None
    access_lifetime: int | None = None  # overrides the spec's (tests, demos)

    def __repr__(self) -> str:
        return (
            f"OAuthSettings(client_id={self.client_id!r}, client_secret=<hidden>, "
            f"redirect_uris={self.redirect_uris!r}, user={self.user!r}, scopes={self.scopes!r})"
        )


@dataclass(frozen=True)
class Flow:
    """The facts of one spec's authorization-code flow."""

    scheme: str
    authorize_path: str
    token_paths: frozenset[str]
    scopes: tuple[str, ...]
    default_scopes: tuple[str, ...]
    access_lifetime: float
    refresh_lifetime: float | None
    code_lifetime: float
    pkce: bool
    rotates: bool

    @classmethod
    def from_spec(cls, document: Mapping[str, Any]) -> Flow | None:
        flows = oauth_flows(document)
        if not flows:
            return None
        spec = next(iter(flows.values()))
        return cls(
            scheme=spec.scheme,
            authorize_path=spec.authorize_path,
            token_paths=spec.token_paths,
            scopes=spec.scopes,
            default_scopes=spec.default_scopes,
            access_lifetime=spec.access_token_lifetime or DEFAULT_ACCESS_LIFETIME,
            refresh_lifetime=spec.refresh_token_lifetime,
            code_lifetime=spec.code_lifetime or DEFAULT_CODE_LIFETIME,
            pkce=spec.pkce,
            rotates=spec.refresh_rotates,
        )


@dataclass
class _Code:
    client_id: str
    redirect_uri: str
    scopes: tuple[str, ...]
    expires_at: float
    challenge: str | None
    used: bool = False
    issued: list[str] = field(default_factory=list)  # refresh tokens, revoked on a replay


@dataclass
class Grant:
    """What an access or refresh token stands for."""

    user: str
    client_id: str
    scopes: tuple[str, ...]
    expires_at: float | None
    revoked: bool = False
    family: str = ""  # the refresh token it came with (an access token's)

    def live(self, now: float) -> bool:
        return not self.revoked and (self.expires_at is None or now < self.expires_at)


class OAuthError(Exception):
    def __init__(self, status: int, error: str, description: str) -> None:
        super().__init__(description)
        self.status, self.error, self.description = status, error, description

    def body(self) -> dict[str, str]:
        return {"error": self.error, "error_description": self.description}


def _same(given: str | None, expected: str) -> bool:
    return given is not None and hmac.compare_digest(given.encode(), expected.encode())


def _s256(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii", "replace")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


class OAuthServer:
    """Codes, access and refresh tokens of one mock; `ASGI` serving is `OAuthEndpoints`."""

    def __init__(
        self,
        flow: Flow,
        settings: OAuthSettings | None = None,
        *,
        time_scale: float = 1.0,
        now: Callable[[], float] = time.time,
    ) -> None:
        self.flow = flow
        self.settings = settings or OAuthSettings()
        self.time_scale = time_scale
        self.now = now
        self._codes: dict[str, _Code] = {}
        self._access: dict[str, Grant] = {}
        self._refresh: dict[str, Grant] = {}
        self.refreshes = 0  # refresh grants answered 200 (tests count them)

    def __repr__(self) -> str:
        return f"OAuthServer(scheme={self.flow.scheme!r}, tokens=<hidden>)"

    def _lifetime(self, seconds: float) -> float:
        return seconds / self.time_scale

    # ------------------------------------------------------------------ resource side

    def grant_for(self, token: str | None) -> Grant | None:
        """The live grant of an access token; None for an unknown, expired or revoked one."""
        if not token:
            return None
        grant = self._access.get(token)
        return grant if grant is not None and grant.live(self.now()) else None

    def revoke(self, user: str | None = None) -> None:
        """Revoke every token (of `user`), as when the user disconnects the app."""
        for grant in (*self._access.values(), *self._refresh.values()):
            if user is None or grant.user == user:
                grant.revoked = True

    def expire_access_tokens(self) -> None:
        """Make every access token expire now (the refresh tokens stay valid)."""
        stamp = self.now()
        for grant in self._access.values():
            grant.expires_at = min(grant.expires_at or stamp, stamp)

    # ------------------------------------------------------------------ authorize

    def authorize(self, query: Mapping[str, str]) -> str:
        """The Location of the redirect that answers an authorization request."""
        settings, flow = self.settings, self.flow
        client_id = query.get("client_id")
        if not client_id:
            raise OAuthError(400, "invalid_request", "client_id is required.")
        if not _same(client_id, settings.client_id):
            raise OAuthError(401, "invalid_client", "Unknown client.")
        redirect_uri = query.get("redirect_uri")
        if not redirect_uri:
            raise OAuthError(400, "invalid_request", "redirect_uri is required.")
        if redirect_uri not in settings.redirect_uris:
            raise OAuthError(400, "invalid_redirect_uri", "redirect_uri is not registered.")
        response_type = query.get("response_type")
        if not response_type:
            raise OAuthError(400, "invalid_request", "response_type is required.")
        if response_type != "code":
            raise OAuthError(400, "unsupported_response_type", "Only 'code' is supported.")
        challenge = None
        if flow.pkce and "code_challenge" in query:
            challenge = query["code_challenge"]
            if query.get("code_challenge_method", "plain") != "S256" or not (
                43 <= len(challenge) <= 128
            ):
                raise OAuthError(400, "invalid_request", "Use an S256 code_challenge.")
        state = query.get("state")
        requested = tuple(query.get("scope", "").split()) or flow.default_scopes or flow.scopes
        unknown = [scope for scope in requested if scope not in flow.scopes]
        if unknown:
            return self._redirect(redirect_uri, {"error": "invalid_scope"}, state)
        allowed = settings.scopes if settings.scopes is not None else flow.scopes
        granted = tuple(scope for scope in requested if scope in allowed)
        if not granted:
            return self._redirect(redirect_uri, {"error": "access_denied"}, state)
        code = secrets.token_urlsafe(32)
        self._codes[code] = _Code(
            client_id=settings.client_id,
            redirect_uri=redirect_uri,
            scopes=granted,
            expires_at=self.now() + self._lifetime(flow.code_lifetime),
            challenge=challenge,
        )
        return self._redirect(redirect_uri, {"code": code}, state)

    @staticmethod
    def _redirect(uri: str, params: dict[str, str], state: str | None) -> str:
        if state is not None:
            params["state"] = state
        return uri + ("&" if "?" in uri else "?") + urlencode(params)

    # ------------------------------------------------------------------ token

    def token(self, form: Mapping[str, str]) -> dict[str, Any]:
        """The token response for a code exchange or a refresh grant."""
        grant_type = form.get("grant_type")
        if not grant_type or not form.get("client_id") or not form.get("client_secret"):
            raise OAuthError(
                400, "invalid_request", "grant_type, client_id and client_secret are required."
            )
        if grant_type not in ("authorization_code", "refresh_token"):
            raise OAuthError(400, "unsupported_grant_type", "Unsupported grant_type.")
        if grant_type == "authorization_code" and not (
            form.get("code") and form.get("redirect_uri")
        ):
            raise OAuthError(400, "invalid_request", "code and redirect_uri are required.")
        if grant_type == "refresh_token" and not form.get("refresh_token"):
            raise OAuthError(400, "invalid_request", "refresh_token is required.")
        if not (
            _same(form.get("client_id"), self.settings.client_id)
            and _same(form.get("client_secret"), self.settings.client_secret)
        ):
            raise OAuthError(401, "invalid_client", "Client authentication failed.")
        if grant_type == "authorization_code":
            return self._exchange(form)
        return self._refresh_grant(str(form["refresh_token"]))

    def _exchange(self, form: Mapping[str, str]) -> dict[str, Any]:
        code = self._codes.get(str(form["code"]))
        invalid = OAuthError(
            400, "invalid_grant", "The authorization code is invalid, expired or already used."
        )
        if code is None:
            raise invalid
        if code.used:
            for refresh in code.issued:  # a replay: what the first use issued is revoked
                self._revoke_family(refresh)
            raise invalid
        code.used = True
        if self.now() >= code.expires_at or form.get("redirect_uri") != code.redirect_uri:
            raise invalid
        if code.challenge is not None:
            verifier = form.get("code_verifier") or ""
            if not hmac.compare_digest(_s256(verifier).encode(), code.challenge.encode()):
                raise invalid
        answer = self._issue(self.settings.user, code.client_id, code.scopes)
        code.issued.append(answer["refresh_token"])
        return answer

    def _refresh_grant(self, token: str) -> dict[str, Any]:
        grant = self._refresh.get(token)
        if (
            grant is None
            or not grant.live(self.now())
            or grant.client_id != self.settings.client_id
        ):
            raise OAuthError(
                400, "invalid_grant", "The refresh token is invalid, expired or revoked."
            )
        if self.flow.rotates:
            grant.revoked = True
            answer = self._issue(grant.user, grant.client_id, grant.scopes)
        else:
            answer = self._issue(grant.user, grant.client_id, grant.scopes, refresh=token)
        self.refreshes += 1
        return answer

    def _revoke_family(self, refresh: str) -> None:
        grant = self._refresh.get(refresh)
        if grant is not None:
            grant.revoked = True
        for access in self._access.values():
            if access.family == refresh:
                access.revoked = True

    def _issue(
        self, user: str, client_id: str, scopes: tuple[str, ...], refresh: str | None = None
    ) -> dict[str, Any]:
        now = self.now()
        flow = self.flow
        lifetime = self._lifetime(float(self.settings.access_lifetime or 0) or flow.access_lifetime)
        if refresh is None:
            refresh = secrets.token_hex(32)
            refresh_expiry = (
                now + self._lifetime(flow.refresh_lifetime) if flow.refresh_lifetime else None
            )
            self._refresh[refresh] = Grant(user, client_id, scopes, refresh_expiry)
        access = secrets.token_hex(32)
        self._access[access] = Grant(user, client_id, scopes, now + lifetime, family=refresh)
        return {
            "access_token": access,
            "token_type": "Bearer",
            "expires_in": max(1, round(lifetime)),
            "refresh_token": refresh,
            "scope": " ".join(scopes),
            "created_at": int(now),
        }


_NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}
_FORM = "application/x-www-form-urlencoded"


class OAuthEndpoints:
    """ASGI layer: the authorize and token endpoints; every other request goes to `app`."""

    def __init__(self, app: ASGIApp, server: OAuthServer) -> None:
        self.app = app
        self.server = server
        self._authorize = server.flow.authorize_path
        self._token = server.flow.token_paths

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path, method = scope.get("path", ""), scope.get("method", "")
        if path == self._authorize and method == "GET":
            await self._answer_authorize(scope, send)
        elif path in self._token and method == "POST":
            await self._answer_token(scope, receive, send)
        else:
            await self.app(scope, receive, send)

    async def _answer_authorize(self, scope: Scope, send: Send) -> None:
        text = scope.get("query_string", b"").decode("latin-1")
        query = dict(parse_qsl(text, keep_blank_values=True))
        try:
            location = self.server.authorize(query)
        except OAuthError as error:
            await send_json(send, error.status, json.dumps(error.body()).encode(), {})
            return
        await send_empty(send, 302, {"Location": location, **_NO_STORE})

    async def _answer_token(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        try:
            body = await read_body(receive)
        except ClientGone:
            return
        except InputRefused:
            error = OAuthError(400, "invalid_request", "The request body is too large.")
            await send_json(send, 400, json.dumps(error.body()).encode(), _NO_STORE)
            return
        media = headers.get("content-type", "").split(";", 1)[0].strip().lower()
        try:
            if media != _FORM:
                raise OAuthError(400, "invalid_request", f"Send the parameters as {_FORM}.")
            try:
                form = dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
            except UnicodeDecodeError:
                raise OAuthError(400, "invalid_request", "The body is not UTF-8.") from None
            answer = self.server.token(form)
        except OAuthError as error:
            await send_json(send, error.status, json.dumps(error.body()).encode(), _NO_STORE)
            return
        await send_json(send, 200, json.dumps(answer).encode(), _NO_STORE)
