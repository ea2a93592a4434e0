"""Authentication from the spec's security schemes, against one configured token.

Supported: `http` bearer (`Authorization: Bearer <token>`), `apiKey` in a header, the query or a
cookie (`api-key`, `ACCESS_TOKEN`), and `oauth2` / `openIdConnect`, whose access tokens travel as
bearer tokens. An operation lists alternatives; a request passes when every scheme of one
alternative accepts it. Tokens are compared in constant time and never echoed or logged.

What auth accepts is the request's identity for everything after it (the rate limiter above
all): `authenticate` answers the principal of the credential it accepted, not the text it was
sent as. The bearer scheme is case-insensitive and one or more spaces may follow it (RFC 9110
11.1 and 11.4: `credentials = auth-scheme [ 1*SP token68 ]`), so `bearer  t` is `Bearer t`; the
token `t` as Wealthbox's `ACCESS_TOKEN` or as its OAuth2 bearer is one principal; a second
credential header beside an accepted one changes nothing. A request no alternative accepts has
no principal: it is answered 401 and is never counted or remembered.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from crm_overlays.spec_security import SecurityScheme, security_schemes

from mocks.oauth import OAuthServer
from mocks.openapi import SpecDocument
from mocks.wire import Incoming

Credentials = Callable[[Mapping[str, str], Mapping[str, str], Mapping[str, str]], str | None]


def _bearer(
    headers: Mapping[str, str], query: Mapping[str, str], cookies: Mapping[str, str]
) -> str | None:
    scheme, _, token = headers.get("authorization", "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" else None


def _api_key(location: str, name: str) -> Credentials:
    key = name.lower() if location == "header" else name

    def read(
        headers: Mapping[str, str], query: Mapping[str, str], cookies: Mapping[str, str]
    ) -> str | None:
        if location == "header":
            return headers.get(key)
        if location == "query":
            return query.get(key)
        return cookies.get(key) if location == "cookie" else None

    return read


def _never(
    headers: Mapping[str, str], query: Mapping[str, str], cookies: Mapping[str, str]
) -> str | None:
    return None


_NOTHING: Mapping[str, str] = {}


@dataclass(frozen=True, slots=True)
class Principal:
    """Who a request is, for budgets and logs: a name that never contains the credential."""

    name: str


# Operations without security: nobody is identified, so all such requests are one principal.
ANONYMOUS = Principal("anonymous")


@dataclass(frozen=True, slots=True)
class ScopeDenied:
    """A live OAuth access token that lacks scopes the operation requires (answered 403)."""

    required: tuple[str, ...]

    def challenge(self) -> str:
        return f'Bearer realm="mock", error="insufficient_scope", scope="{" ".join(self.required)}"'


class Authenticator:
    """Decides whether a request carries the mock's token in a way the operation accepts."""

    def __init__(
        self, document: SpecDocument, token: str, oauth: OAuthServer | None = None
    ) -> None:
        self._token = token.encode()
        # Access tokens the OAuth server issued are accepted by its scheme, scope by scope; the
        # static token keeps passing every scheme, with every scope (the static-token modes).
        self.oauth = oauth
        # A keyed digest with a per-process key: it tells tokens apart in a log line and is
        # worthless for recovering one.
        fingerprint = hashlib.blake2b(self._token, key=secrets.token_bytes(16), digest_size=4)
        self.principal = Principal(f"token {fingerprint.hexdigest()}")
        schemes = security_schemes(document.document)
        self._readers: dict[str, Credentials] = {
            name: self._reader(scheme) for name, scheme in schemes.items()
        }
        # Query and cookies are parsed for a request only when some scheme reads them.
        located = {scheme.location for scheme in schemes.values() if scheme.is_api_key}
        self._reads_query = "query" in located
        self._reads_cookies = "cookie" in located
        self.uses_bearer = any(scheme.is_bearer for scheme in schemes.values())

    def __repr__(self) -> str:
        return f"Authenticator(schemes={sorted(self._readers)}, token=<hidden>)"

    @staticmethod
    def _reader(scheme: SecurityScheme) -> Credentials:
        if scheme.is_bearer:
            return _bearer
        if scheme.is_api_key:
            return _api_key(str(scheme.location), str(scheme.parameter))
        return _never

    def _accepts(self, credential: str | None) -> bool:
        return credential is not None and hmac.compare_digest(credential.encode(), self._token)

    def authenticate(
        self,
        security: tuple[tuple[str, ...], ...],
        request: Incoming,
        scopes: tuple[tuple[tuple[str, ...], ...], ...] = (),
    ) -> Principal | ScopeDenied | None:
        """The principal of the credential an alternative of `security` accepts; ScopeDenied
        for an OAuth access token without the scopes of any alternative it could pass; else
        None."""
        if not security:
            return ANONYMOUS
        query = request.query if self._reads_query else _NOTHING
        cookies = request.cookies if self._reads_cookies else _NOTHING
        if self.allows(security, request.headers, query, cookies):
            return self.principal
        if self.oauth is None:
            return None
        grant = self.oauth.grant_for(_bearer(request.headers, query, cookies))
        if grant is None:
            return None
        scheme = self.oauth.flow.scheme
        missing: tuple[str, ...] | None = None
        for index, alternative in enumerate(security):
            if alternative != (scheme,):
                continue
            required = scopes[index][0] if index < len(scopes) else ()
            if all(scope in grant.scopes for scope in required):
                return Principal(f"user {grant.user}")
            missing = required
        return ScopeDenied(missing) if missing is not None else None

    def allows(
        self,
        security: tuple[tuple[str, ...], ...],
        headers: Mapping[str, str],
        query: Mapping[str, str],
        cookies: Mapping[str, str],
    ) -> bool:
        if not security:
            return True
        for alternative in security:
            if all(
                self._accepts(self._readers.get(name, _never)(headers, query, cookies))
                for name in alternative
            ):
                return True
        return False
