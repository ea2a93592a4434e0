"""A total deadline per call: every attempt, every backoff sleep, every redirect and the body.

httpx timeouts bound each socket operation, not a call: a server that sends one byte a second
never trips a 2 s read timeout, so a call could take as long as the server liked, once per
attempt. The deadline layer (outside the retry layer) gives each call an absolute end time,
kept in the request's extensions, where the layers below and httpx's redirect requests (which
copy the extensions of the request they follow) find it:

* the retry layer does not start a backoff sleep that would end after it, and caps the
  request's httpx timeouts at the time left before each attempt (pool waits included);
* sync: the default network transport (:func:`network_transport`) bounds every connect, read
  and write of its sockets by the time left, so headers or a body trickled byte by byte are cut
  off at the deadline. A blocking socket cannot be interrupted from outside; bounding each of
  its operations is what makes the sync bound hold;
* async: the attempt and each chunk of the body run under ``asyncio.timeout``, which cancels
  whatever is awaited (socket, pool, rate-limit wait or an ASGI app);
* the body is read by httpx after the transport returned, so the response's stream is wrapped
  and each chunk is read against the same deadline.

When the deadline passes, the call raises :class:`~crm_overlays.exceptions.DeadlineExceededError`
naming the phase (waiting for the response, or reading the body of a known status).
"""

from __future__ import annotations

import asyncio
import contextvars
import time
import weakref
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpcore
import httpx

from ..errors import deadline_exceeded_error
from ..exceptions import DeadlineExceededError

__all__ = [
    "DEFAULT_DEADLINE",
    "AsyncDeadlineTransport",
    "CallDeadline",
    "DeadlineTransport",
    "before_attempt",
    "deadline_error",
    "network_transport",
    "time_left",
]

#: Seconds a call may take in all, unless configured: the retry policy's 60 s retry deadline
#: plus one default 30 s timeout for the attempt that starts just before it.
DEFAULT_DEADLINE = 90.0

#: The key of the call's :class:`CallDeadline` in ``request.extensions``.
EXTENSION = "crm_overlays.transports.deadline"


@dataclass
class CallDeadline:
    """The deadline of one call, shared by its attempts and its redirect requests."""

    seconds: float
    started: float
    at: float
    #: The request the call started with: sending that same object again is a new call.
    first: weakref.ref[httpx.Request] = field(repr=False)
    attempts: int = 0

    def remaining(self) -> float:
        return self.at - time.monotonic()

    def expired(self) -> bool:
        return self.remaining() <= 0

    def elapsed(self) -> float:
        return time.monotonic() - self.started


# The deadline of the call the current thread (or task) is inside, for the network backend,
# which sees sockets and timeouts but not requests.
_CURRENT: contextvars.ContextVar[CallDeadline | None] = contextvars.ContextVar(
    "crm_overlays_call_deadline", default=None
)


def _deadline_of(request: httpx.Request) -> CallDeadline | None:
    state = request.extensions.get(EXTENSION)
    return state if isinstance(state, CallDeadline) else None


def _start(request: httpx.Request, seconds: float) -> CallDeadline:
    """The request's deadline: the one of the call it belongs to, or a new one."""
    state = _deadline_of(request)
    if state is None or state.first() is request:
        now = time.monotonic()
        state = CallDeadline(seconds, now, now + seconds, weakref.ref(request))
        request.extensions[EXTENSION] = state
    return state


def time_left(request: httpx.Request) -> float | None:
    """Seconds before the deadline of ``request``'s call, ``None`` when it has none."""
    state = _deadline_of(request)
    return None if state is None else state.remaining()


def deadline_error(request: httpx.Request) -> DeadlineExceededError:
    """The error of ``request``'s call running out of time before its response (the call
    must have a deadline)."""
    state = _deadline_of(request)
    if state is None:
        raise ValueError("the request's call has no deadline")
    return _error(request, state)


def before_attempt(request: httpx.Request) -> None:
    """Count an attempt and cap the request's httpx timeouts at the time left.

    Called by the retry layer before each attempt, so a pool wait or a read of a transport that
    honours httpx's timeouts cannot outlast the call.
    """
    state = _deadline_of(request)
    if state is not None:
        state.attempts += 1
        _cap_timeouts(request, state)


def _cap_timeouts(request: httpx.Request, state: CallDeadline) -> None:
    left = max(state.remaining(), 0.0)
    timeouts = request.extensions.get("timeout")
    if not isinstance(timeouts, dict):
        return
    if all(value is not None and value <= left for value in timeouts.values()):
        return  # the usual case: far from the deadline, every timeout already fits
    request.extensions["timeout"] = {
        name: left if value is None else min(value, left) for name, value in timeouts.items()
    }


def _error(
    request: httpx.Request, state: CallDeadline, response: httpx.Response | None = None
) -> DeadlineExceededError:
    return deadline_exceeded_error(
        request,
        deadline=state.seconds,
        elapsed=state.elapsed(),
        attempts=max(state.attempts, 1),
        response=response,
    )


def _check_seconds(seconds: float) -> float:
    if not seconds > 0:  # also rejects NaN
        raise ValueError(f"deadline must be a positive number of seconds or None, got {seconds}")
    return float(seconds)


# ---------------------------------------------------------------------------------- sync


class DeadlineTransport(httpx.BaseTransport):
    """Ends each call sent through ``inner`` after ``seconds`` in all."""

    def __init__(self, inner: httpx.BaseTransport, seconds: float) -> None:
        self.inner = inner
        self.seconds = _check_seconds(seconds)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        state = _start(request, self.seconds)
        if state.expired():  # a redirect after the deadline
            raise _error(request, state)
        attempts = state.attempts
        _cap_timeouts(request, state)
        token = _CURRENT.set(state)
        try:
            response = self.inner.handle_request(request)
        except httpx.TimeoutException as exc:
            if state.expired():
                raise _error(request, state) from exc
            raise
        finally:
            _CURRENT.reset(token)
            if state.attempts == attempts:
                state.attempts += 1  # no retry layer below: this hop was one attempt
        response.stream = _DeadlineBody(response.stream, state, request, response)
        return response

    def close(self) -> None:
        self.inner.close()


class _DeadlineBody(httpx.SyncByteStream):
    """A response body read chunk by chunk within the call's deadline."""

    def __init__(
        self,
        inner: Any,
        state: CallDeadline,
        request: httpx.Request,
        response: httpx.Response,
    ) -> None:
        self._inner = inner
        self._state = state
        self._request = request
        # A weak reference: the response holds this stream, and a cycle would leave every
        # response of every call to the garbage collector instead of freeing it at once.
        self._response = weakref.ref(response)

    def __iter__(self) -> Iterator[bytes]:
        state = self._state
        chunks = iter(self._inner)
        while True:
            if state.expired():
                raise _error(self._request, state, self._response())
            token = _CURRENT.set(state)
            try:
                chunk = next(chunks)
            except StopIteration:
                return
            except httpx.TimeoutException as exc:
                if state.expired():
                    raise _error(self._request, state, self._response()) from exc
                raise
            finally:
                _CURRENT.reset(token)
            yield chunk

    def close(self) -> None:
        close = getattr(self._inner, "close", None)
        if close is not None:
            close()


def _bounded(timeout: float | None, exc_class: type[Exception]) -> float | None:
    """``timeout`` capped at the time left of the current call; raise when none is left."""
    state = _CURRENT.get()
    if state is None:
        return timeout
    left = state.remaining()
    if left <= 0:
        raise exc_class("the call's deadline has passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineNetworkStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _bounded(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _bounded(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: Any,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _DeadlineNetworkStream(self._inner.start_tls(ssl_context, server_hostname, bounded))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _DeadlineNetworkBackend(httpcore.NetworkBackend):
    """httpcore's socket backend with every operation bounded by the current call's deadline."""

    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        stream = self._inner.connect_tcp(host, port, bounded, local_address, socket_options)
        return _DeadlineNetworkStream(stream)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Any = None
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        stream = self._inner.connect_unix_socket(path, bounded, socket_options)
        return _DeadlineNetworkStream(stream)

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def network_transport(**options: Any) -> httpx.HTTPTransport:
    """An ``httpx.HTTPTransport`` whose sockets honour the deadline of the call they serve.

    httpx offers no argument for httpcore's ``network_backend``, so the pool's backend is
    wrapped after construction (httpx 0.28 / httpcore 1.0 name it ``_pool._network_backend``);
    connections are created later and take the wrapped backend. A renamed attribute fails here,
    loudly, rather than leaving sync calls unbounded.
    """
    transport = httpx.HTTPTransport(**options)
    pool: Any = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if backend is None:
        raise RuntimeError(
            "httpx.HTTPTransport no longer keeps its httpcore backend at _pool._network_backend; "
            "crm_overlays.transports.deadline needs updating for this httpx version"
        )
    pool._network_backend = _DeadlineNetworkBackend(backend)
    return transport


# --------------------------------------------------------------------------------- async


class AsyncDeadlineTransport(httpx.AsyncBaseTransport):
    """The asyncio twin of :class:`DeadlineTransport`, cancelling what outlasts the deadline."""

    def __init__(self, inner: httpx.AsyncBaseTransport, seconds: float) -> None:
        self.inner = inner
        self.seconds = _check_seconds(seconds)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        state = _start(request, self.seconds)
        if state.expired():
            raise _error(request, state)
        attempts = state.attempts
        _cap_timeouts(request, state)
        timeout = asyncio.timeout(state.remaining())
        try:
            async with timeout:
                response = await self.inner.handle_async_request(request)
        except (TimeoutError, httpx.TimeoutException) as exc:
            if timeout.expired() or state.expired():
                raise _error(request, state) from exc
            raise
        finally:
            if state.attempts == attempts:
                state.attempts += 1  # no retry layer below: this hop was one attempt
        response.stream = _AsyncDeadlineBody(response.stream, state, request, response)
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


class _AsyncDeadlineBody(httpx.AsyncByteStream):
    def __init__(
        self,
        inner: Any,
        state: CallDeadline,
        request: httpx.Request,
        response: httpx.Response,
    ) -> None:
        self._inner = inner
        self._state = state
        self._request = request
        # A weak reference: the response holds this stream, and a cycle would leave every
        # response of every call to the garbage collector instead of freeing it at once.
        self._response = weakref.ref(response)

    async def __aiter__(self) -> AsyncIterator[bytes]:
        state = self._state
        chunks = self._inner.__aiter__()
        while True:
            left = state.remaining()
            if left <= 0:
                raise _error(self._request, state, self._response())
            timeout = asyncio.timeout(left)
            try:
                async with timeout:
                    chunk = await chunks.__anext__()
            except StopAsyncIteration:
                return
            except (TimeoutError, httpx.TimeoutException) as exc:
                if timeout.expired() or state.expired():
                    raise _error(self._request, state, self._response()) from exc
                raise
            yield chunk

    async def aclose(self) -> None:
        aclose = getattr(self._inner, "aclose", None)
        if aclose is not None:
            await aclose()
