"""Credentials stay with the origin they were sent to, wherever a redirect points.

With ``follow_redirects=True`` httpx copies the request's headers onto the redirected request and
drops only ``Authorization`` when the origin changes (and keeps it on an http -> https upgrade),
so a vendor token in its own header (Repzo's ``api-key``, Wealthbox's ``ACCESS_TOKEN``) would be
sent to whatever host the ``Location`` names. This layer drops the spec's credential header,
``Authorization`` and ``Cookie`` from any request of a call whose origin (scheme, host, port) is
not the origin the call started at.

How a hop is recognised: httpx builds a redirected request with a copy of the extensions of the
request it follows, so the call's first origin, stamped there on the first hop, travels along.
Once dropped, a credential stays dropped for the rest of the redirect chain (httpx builds each
hop from the one before), even if the chain comes back to the first origin.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable
from dataclasses import dataclass, field

import httpx

__all__ = ["ALWAYS_DROPPED", "AsyncCredentialGuardTransport", "CredentialGuardTransport"]

#: Dropped off-origin whatever the vendor's scheme: the standard credential headers.
ALWAYS_DROPPED = ("authorization", "cookie")

_EXTENSION = "crm_overlays.origin"
_DEFAULT_PORTS = {"http": 80, "https": 443}


@dataclass(frozen=True)
class _CallOrigin:
    origin: tuple[str, str, int | None]
    first: weakref.ref[httpx.Request] = field(repr=False)


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return url.scheme, url.host, url.port or _DEFAULT_PORTS.get(url.scheme)


def drop_credentials_off_origin(request: httpx.Request, headers: frozenset[str]) -> bool:
    """Remove ``headers`` from ``request`` when its call started at another origin.

    Returns whether the request left its call's origin.
    """
    stamp = request.extensions.get(_EXTENSION)
    if not isinstance(stamp, _CallOrigin) or stamp.first() is request:
        # The first hop of a call (or the same request object sent again: a new call).
        request.extensions[_EXTENSION] = _CallOrigin(_origin(request.url), weakref.ref(request))
        return False
    if _origin(request.url) == stamp.origin:
        return False
    for name in headers:
        request.headers.pop(name, None)
    return True


def _header_names(credential_headers: Iterable[str]) -> frozenset[str]:
    return frozenset(name.lower() for name in (*credential_headers, *ALWAYS_DROPPED))


class CredentialGuardTransport(httpx.BaseTransport):
    """Drops ``credential_headers`` (and ``Authorization``, ``Cookie``) off the call's origin."""

    def __init__(self, inner: httpx.BaseTransport, credential_headers: Iterable[str]) -> None:
        self.inner = inner
        self.headers = _header_names(credential_headers)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        drop_credentials_off_origin(request, self.headers)
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


class AsyncCredentialGuardTransport(httpx.AsyncBaseTransport):
    """The asyncio twin of :class:`CredentialGuardTransport`."""

    def __init__(self, inner: httpx.AsyncBaseTransport, credential_headers: Iterable[str]) -> None:
        self.inner = inner
        self.headers = _header_names(credential_headers)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        drop_credentials_off_origin(request, self.headers)
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()
