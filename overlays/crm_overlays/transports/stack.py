"""The overlay's transport stack for one API and token, for sync and async clients.

Layers, outermost first::

    credential guard -> logging -> deadline -> [drift watch] -> retry -> rate limit -> inner (the
    network, an ASGI app or a MockTransport)

The credential guard (:mod:`.credentials`) drops the token off a redirect that leaves the origin,
before anything logs or sends the request. Logging is outside so it logs one line per user
call (:mod:`.http_log`); the deadline (:mod:`.deadline`) is outside the retry layer so it bounds the whole call,
every attempt and sleep; the rate limiter is inside the retry layer so every attempt, retries
included, spends a slot of the vendor's budget (the server counts retries too). The drift watch
(opt-in, ``drift=``, :mod:`crm_overlays.drift.watch`) sits outside the retries, so it checks the response the caller gets, once
per call. A generated client takes the result as
``AuthenticatedClient(..., httpx_args={"transport": build_transport(api, token)})``.

Every layer keeps the transport it wraps as ``.inner``, so the stack can be inspected, and
closing the outermost layer closes them all.
"""

from __future__ import annotations

import asyncio
import threading
from typing import TYPE_CHECKING

import httpx

from .. import specs
from ..auth import auth_scheme
from ..redact import remember_secret
from .credentials import AsyncCredentialGuardTransport, CredentialGuardTransport
from .deadline import (
    DEFAULT_DEADLINE,
    AsyncDeadlineTransport,
    DeadlineTransport,
    network_transport,
)
from .http_log import AsyncLoggingTransport, LoggingTransport
from .ratelimit import DEFAULT_REGISTRY as DEFAULT_LIMITER_REGISTRY
from .ratelimit import (
    AsyncRateLimitTransport,
    LimiterOptions,
    LimiterRegistry,
    RateLimiter,
    RateLimitTransport,
    shared_limiter,
)
from .retry import DEFAULT_RETRY_POLICY, AsyncRetryTransport, RetryPolicy, RetryTransport

if TYPE_CHECKING:
    from ..drift.watch import DriftWatch

__all__ = [
    "DEFAULT_RETRY_POLICY",
    "AsyncToSyncTransport",
    "build_async_transport",
    "build_transport",
]


def build_transport(
    api: str,
    token: str,
    *,
    retry: RetryPolicy | None = DEFAULT_RETRY_POLICY,
    rate_limit: bool = True,
    inner: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
    limiter_options: LimiterOptions | None = None,
    limiter_registry: LimiterRegistry = DEFAULT_LIMITER_REGISTRY,
    deadline: float | None = DEFAULT_DEADLINE,
    drift: DriftWatch | None = None,
    base_url: str | None = None,
) -> httpx.BaseTransport:
    """The sync transport stack for ``api`` called with ``token``.

    ``retry=None`` turns retries off; ``rate_limit=False`` turns the limiter off (it is also
    left out for APIs whose spec declares no limit). ``deadline`` is the most seconds a call
    may take in all (``None``: no total bound, only httpx's per-operation timeouts).
    ``inner`` defaults to a new ``httpx.HTTPTransport`` whose sockets honour the deadline; an
    async-only transport such as ``httpx.ASGITransport`` is run on a private event-loop thread
    so sync clients can test against an ASGI app too. ``drift`` adds a drift-watch layer;
    ``base_url`` is the client's, which the watch matches paths relative to (default: the
    spec's first server).
    """
    _check_arguments(api, token)
    if inner is None:
        transport: httpx.BaseTransport = network_transport()
    elif isinstance(inner, httpx.BaseTransport):
        transport = inner
    elif isinstance(inner, httpx.AsyncBaseTransport):
        transport = AsyncToSyncTransport(inner)
    else:
        raise TypeError(f"inner must be an httpx transport, got {type(inner).__name__}")
    limiter = _limiter(api, token, rate_limit, limiter_options, limiter_registry)
    if limiter is not None:
        transport = RateLimitTransport(transport, limiter)
    if retry is not None:
        transport = RetryTransport(transport, retry)
    if drift is not None:
        from ..drift.watch import DriftTransport

        transport = DriftTransport(transport, drift, api, base_url)
    if deadline is not None:
        transport = DeadlineTransport(transport, deadline)
    return CredentialGuardTransport(LoggingTransport(transport), [auth_scheme(api).header])


def build_async_transport(
    api: str,
    token: str,
    *,
    retry: RetryPolicy | None = DEFAULT_RETRY_POLICY,
    rate_limit: bool = True,
    inner: httpx.AsyncBaseTransport | None = None,
    limiter_options: LimiterOptions | None = None,
    limiter_registry: LimiterRegistry = DEFAULT_LIMITER_REGISTRY,
    deadline: float | None = DEFAULT_DEADLINE,
    drift: DriftWatch | None = None,
    base_url: str | None = None,
) -> httpx.AsyncBaseTransport:
    """The async transport stack for ``api`` called with ``token`` (see :func:`build_transport`).

    Sync and async stacks built for the same API, token and ``limiter_options`` share one
    limiter, so threads and tasks together stay within the vendor's limit.
    """
    _check_arguments(api, token)
    if inner is None:
        transport: httpx.AsyncBaseTransport = httpx.AsyncHTTPTransport()
    elif isinstance(inner, httpx.AsyncBaseTransport):
        transport = inner
    else:
        raise TypeError(
            f"inner must be an async httpx transport (httpx.AsyncBaseTransport), "
            f"got {type(inner).__name__}"
        )
    limiter = _limiter(api, token, rate_limit, limiter_options, limiter_registry)
    if limiter is not None:
        transport = AsyncRateLimitTransport(transport, limiter)
    if retry is not None:
        transport = AsyncRetryTransport(transport, retry)
    if drift is not None:
        from ..drift.watch import AsyncDriftTransport

        transport = AsyncDriftTransport(transport, drift, api, base_url)
    if deadline is not None:
        transport = AsyncDeadlineTransport(transport, deadline)
    return AsyncCredentialGuardTransport(
        AsyncLoggingTransport(transport), [auth_scheme(api).header]
    )


def _check_arguments(api: str, token: str) -> None:
    if api not in specs.APIS:
        raise ValueError(f"unknown API {api!r}; expected one of {', '.join(specs.APIS)}")
    if not isinstance(token, str):
        raise TypeError(f"token must be a str, got {type(token).__name__}")
    # From now on the token is scrubbed by value from every log line and error, even where a
    # server echoes it under a name no redaction-by-name would know.
    remember_secret(token)


def _limiter(
    api: str,
    token: str,
    enabled: bool,
    options: LimiterOptions | None,
    registry: LimiterRegistry,
) -> RateLimiter | None:
    if not enabled:
        return None
    limiter = shared_limiter(api, token, options, registry=registry)
    return limiter if limiter.has_budgets else None


class AsyncToSyncTransport(httpx.BaseTransport):
    """Runs an async-only transport (``httpx.ASGITransport``) for a sync client.

    The async transport runs on an event loop in a private daemon thread, started on first use
    and stopped by :meth:`close`. The response body is read there in full and handed back as
    raw bytes, so content decoding still happens once, in the client.
    """

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()  # a sync body stream becomes bytes the async side can read
        future = asyncio.run_coroutine_threadsafe(self._send(request), self._running_loop())
        return future.result()

    async def _send(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        try:
            raw = b"".join([chunk async for chunk in response.aiter_raw()])
        finally:
            await response.aclose()
        return httpx.Response(
            response.status_code,
            headers=response.headers,
            stream=httpx.ByteStream(raw),
            extensions=response.extensions,
            request=request,
        )

    def _running_loop(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._loop is None:
                loop = asyncio.new_event_loop()
                thread = threading.Thread(
                    target=loop.run_forever, name="crm-overlays-async-bridge", daemon=True
                )
                thread.start()
                self._loop, self._thread = loop, thread
            return self._loop

    def close(self) -> None:
        with self._lock:
            loop, thread = self._loop, self._thread
            self._loop = self._thread = None
        if loop is None or thread is None:
            return
        try:
            asyncio.run_coroutine_threadsafe(self.inner.aclose(), loop).result()
        finally:
            loop.call_soon_threadsafe(loop.stop)
            thread.join()
            loop.close()
