"""The DEBUG log of every call, one line per request and per response, credentials redacted.

The redaction itself (what counts as a secret, how a URL or a header is scrubbed) is
:mod:`crm_overlays.redact`'s; this layer only decides when to log and what.
"""

from __future__ import annotations

import logging
import time

import httpx

from ..redact import credential_values, redact_headers, redact_url

__all__ = ["AsyncLoggingTransport", "LoggingTransport", "http_logger"]

http_logger = logging.getLogger("crm_overlays.http")


class LoggingTransport(httpx.BaseTransport):
    """Logs every request and response at DEBUG on ``crm_overlays.http``, credentials redacted.

    It sits outermost, so it logs one line per call the user made; the retry layer below logs
    each retry itself. When DEBUG is off the cost is one ``isEnabledFor`` check.
    """

    def __init__(self, inner: httpx.BaseTransport, *, logger: logging.Logger = http_logger) -> None:
        self.inner = inner
        self._logger = logger

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if not self._logger.isEnabledFor(logging.DEBUG):
            return self.inner.handle_request(request)
        _log_request(self._logger, request)
        started = time.perf_counter()
        try:
            response = self.inner.handle_request(request)
        except Exception as exc:
            _log_failure(self._logger, request, exc)
            raise
        _log_response(self._logger, request, response, time.perf_counter() - started)
        return response

    def close(self) -> None:
        self.inner.close()


class AsyncLoggingTransport(httpx.AsyncBaseTransport):
    """The asyncio twin of :class:`LoggingTransport`."""

    def __init__(
        self, inner: httpx.AsyncBaseTransport, *, logger: logging.Logger = http_logger
    ) -> None:
        self.inner = inner
        self._logger = logger

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if not self._logger.isEnabledFor(logging.DEBUG):
            return await self.inner.handle_async_request(request)
        _log_request(self._logger, request)
        started = time.perf_counter()
        try:
            response = await self.inner.handle_async_request(request)
        except Exception as exc:
            _log_failure(self._logger, request, exc)
            raise
        _log_response(self._logger, request, response, time.perf_counter() - started)
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


def _log_request(logger: logging.Logger, request: httpx.Request) -> None:
    secrets = credential_values(request.headers)
    logger.debug(
        "request %s %s headers=%s",
        request.method,
        redact_url(request.url, secrets),
        redact_headers(request.headers, secrets),
    )


def _log_response(
    logger: logging.Logger, request: httpx.Request, response: httpx.Response, elapsed: float
) -> None:
    # The request's own credentials are scrubbed from the response too: a server that echoes
    # the token it was sent, in any header, must not put it in the log.
    secrets = credential_values(request.headers)
    logger.debug(
        "response %d %s %s in %.0f ms headers=%s",
        response.status_code,
        request.method,
        redact_url(request.url, secrets),
        elapsed * 1000,
        redact_headers(response.headers, secrets),
    )


def _log_failure(logger: logging.Logger, request: httpx.Request, exc: Exception) -> None:
    # Only the class name: an exception's text is not ours and could quote anything.
    secrets = credential_values(request.headers)
    logger.debug(
        "request failed %s %s: %s",
        request.method,
        redact_url(request.url, secrets),
        type(exc).__name__,
    )
