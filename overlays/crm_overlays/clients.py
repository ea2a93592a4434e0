"""A ready generated client per vendor: base URL, auth header, retries and rate limit.

Everything a vendor module would otherwise repeat comes from its spec: the base URL is
``servers[0].url``, the auth header and its prefix come from the security scheme the
operations list first (HTTP bearer → ``Authorization: Bearer <token>``; an API key in a header
→ that header with the bare token). A vendor module is then one line::

    client = ClientFactory("wealthbox", wealthbox_client.AuthenticatedClient)

The generated client passes the same ``httpx_args`` to its sync and its async httpx client, so
a sync transport given there would break every async call. The factory therefore builds both
httpx clients itself, each with its own transport stack from :mod:`crm_overlays.transports`.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable, Generator, Mapping
from typing import TYPE_CHECKING, Any, Generic, Protocol, Self, TypeVar

import httpx

from . import specs
from .auth import AuthScheme, auth_scheme
from .redact import secret_repr
from .transports import build_async_transport, build_transport
from .transports.deadline import DEFAULT_DEADLINE
from .transports.ratelimit import LimiterOptions
from .transports.retry import DEFAULT_RETRY_POLICY, RetryPolicy

if TYPE_CHECKING:
    from .drift.watch import DriftWatch
    from .oauth import OAuthApp, TokenSet

#: Seconds an httpx call may take (connect, read, write and pool wait each), unless overridden.
DEFAULT_TIMEOUT = 30.0


class GeneratedClient(Protocol):
    """What the factory needs of a generated ``AuthenticatedClient``."""

    def set_httpx_client(self, client: httpx.Client) -> Self: ...

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self: ...


C = TypeVar("C", bound=GeneratedClient)


def spec_base_url(api: str) -> str:
    """The spec's first server URL."""
    servers = specs.load(api).get("servers") or []
    url = servers[0].get("url") if servers and isinstance(servers[0], Mapping) else None
    if not isinstance(url, str) or not url:
        raise ValueError(f"specs/{api}.yaml declares no servers[0].url; pass base_url=...")
    return url


def token_variable(api: str) -> str:
    """The environment variable the token is read from when none is passed."""
    return f"{api.upper()}_TOKEN"


def resolve_token(api: str, token: str | None) -> str:
    if token is None:
        token = os.environ.get(token_variable(api))
    if not token:
        raise ValueError(
            f"no {api} token: pass token=... or set the {token_variable(api)} environment variable"
        )
    return token


class HeaderTokenAuth(httpx.Auth):
    """Puts the token in each request's auth header.

    An ``httpx.Auth`` rather than a default header: the token then never sits in
    ``client.headers``, which httpx prints unmasked for header names other than
    ``Authorization`` (Wealthbox's ``ACCESS_TOKEN``, Repzo's ``api-key``).
    """

    def __init__(self, scheme: AuthScheme, token: str) -> None:
        self._header = scheme.header
        self._value = scheme.value(token)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[self._header] = self._value
        yield request

    def __repr__(self) -> str:
        return f"HeaderTokenAuth(header={self._header!r}, value={secret_repr(self._value)})"


def _ready_subclass(client_class: type[Any]) -> type[Any]:
    """``client_class`` with a repr that leaves the token out (attrs' repr prints it), and
    whose ``with_headers``/``with_cookies``/``with_timeout`` keep the factory's httpx clients.

    The generated versions return an ``attrs.evolve`` copy, which starts without httpx
    clients and would build plain ones: no retries, no rate limit, no custom transport.
    """

    def __repr__(self: Any) -> str:
        url = getattr(self, "_base_url", "?")
        name = f"{client_class.__module__}.{client_class.__qualname__}"
        return f"{name}(base_url={url!r}, token={secret_repr(self.token)})"

    def keeping_httpx_clients(method: str) -> Callable[..., Any]:
        generated = getattr(client_class, method)

        def evolve_sharing_clients(self: Any, value: Any) -> Any:
            # The generated method has already applied `value` to the shared httpx clients.
            copy = generated(self, value)
            if self._client is not None:
                copy.set_httpx_client(self._client)
            if self._async_client is not None:
                copy.set_async_httpx_client(self._async_client)
            return copy

        evolve_sharing_clients.__name__ = method
        evolve_sharing_clients.__doc__ = generated.__doc__
        return evolve_sharing_clients

    namespace: dict[str, Any] = {
        "__slots__": (),
        "__repr__": __repr__,
        "__module__": client_class.__module__,
        "__doc__": client_class.__doc__,
    }
    for method in ("with_headers", "with_cookies", "with_timeout"):
        if hasattr(client_class, method):
            namespace[method] = keeping_httpx_clients(method)
    return type(client_class.__name__, (client_class,), namespace)


class ClientFactory(Generic[C]):
    """``vendor.client(...)``: a configured generated client for one API.

    ``client_class`` is the generated package's ``AuthenticatedClient``; the factory returns an
    instance of a subclass that differs in two ways only: its repr leaves the token out, and its
    ``with_*`` copies keep the configured httpx clients.
    """

    def __init__(self, api: str, client_class: Callable[..., C]) -> None:
        if api not in specs.APIS:
            raise ValueError(f"unknown API {api!r}; expected one of {', '.join(specs.APIS)}")
        if not isinstance(client_class, type):
            raise TypeError("client_class must be the generated AuthenticatedClient class")
        self.api = api
        self._client_class: Callable[..., C] = _ready_subclass(client_class)

    def __repr__(self) -> str:
        return f"ClientFactory({self.api!r})"

    def __call__(
        self,
        token: str | None = None,
        *,
        base_url: str | None = None,
        retry: RetryPolicy | None = DEFAULT_RETRY_POLICY,
        rate_limit: bool = True,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        limiter_options: LimiterOptions | None = None,
        deadline: float | None = DEFAULT_DEADLINE,
        follow_redirects: bool = False,
        drift: DriftWatch | None = None,
        token_set: TokenSet | None = None,
        oauth_app: OAuthApp | None = None,
        on_token: Callable[[TokenSet], None] | None = None,
    ) -> C:
        """A client for ``sync_detailed`` and ``asyncio_detailed`` alike.

        ``token`` defaults to the ``<API>_TOKEN`` environment variable; ``base_url`` to the
        spec's first server. ``retry=None`` and ``rate_limit=False`` turn those layers off.
        ``transport`` / ``async_transport`` replace the network under the layers (tests pass an
        ``httpx.MockTransport``; being both sync and async, it serves both clients when
        ``async_transport`` is not given). ``timeout`` bounds each connect, read and write;
        ``deadline`` the whole call, retries, waits and body included (``None``: unbounded).
        ``follow_redirects=True`` follows redirects; one that leaves the origin loses the token.
        ``drift`` checks a sample of the responses against the spec
        (:class:`crm_overlays.drift.DriftWatch`); it never changes or fails a call.

        OAuth 2.0 instead of a static token: ``token_set`` (from
        :meth:`crm_overlays.oauth.OAuthApp.exchange`) and the ``oauth_app`` that renews it;
        ``on_token`` receives every renewed token set, for the app to store.
        """
        api = self.api
        url = base_url if base_url is not None else spec_base_url(api)
        auth: httpx.Auth
        if token_set is not None or oauth_app is not None:
            if token_set is None or oauth_app is None or token is not None:
                raise ValueError("OAuth takes token_set= and oauth_app= together, and no token=")
            from .oauth import OAuthBearerAuth, OAuthSession

            session = OAuthSession(oauth_app, token_set, on_token)
            auth = OAuthBearerAuth(session, base_paths=[httpx.URL(url).path])
            scheme = AuthScheme("Authorization", "Bearer")
            # The stack's rate-limit budget belongs to this session, whose tokens rotate.
            secret = f"oauth-session-{secrets.token_hex(16)}"
        else:
            secret = resolve_token(api, token)
            scheme = auth_scheme(api)
            auth = HeaderTokenAuth(scheme, secret)
        if async_transport is None and isinstance(transport, httpx.AsyncBaseTransport):
            async_transport = transport
        limits = httpx.Timeout(timeout)
        client = self._client_class(
            base_url=url,
            token=secret,
            prefix=scheme.prefix,
            auth_header_name=scheme.header,
            timeout=limits,
            follow_redirects=follow_redirects,
        )
        sync_stack = build_transport(
            api, secret, retry=retry, rate_limit=rate_limit, inner=transport,
            limiter_options=limiter_options, deadline=deadline, drift=drift, base_url=url,
        )
        async_stack = build_async_transport(
            api, secret, retry=retry, rate_limit=rate_limit, inner=async_transport,
            limiter_options=limiter_options, deadline=deadline, drift=drift, base_url=url,
        )
        client.set_httpx_client(
            httpx.Client(
                base_url=url, auth=auth, timeout=limits, transport=sync_stack,
                follow_redirects=follow_redirects,
            )
        )
        client.set_async_httpx_client(
            httpx.AsyncClient(
                base_url=url, auth=auth, timeout=limits, transport=async_stack,
                follow_redirects=follow_redirects,
            )
        )
        return client


__all__ = [
    "DEFAULT_TIMEOUT",
    "AuthScheme",
    "ClientFactory",
    "GeneratedClient",
    "HeaderTokenAuth",
    "auth_scheme",
    "resolve_token",
    "spec_base_url",
    "token_variable",
]
