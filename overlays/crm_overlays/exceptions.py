"""Typed exceptions for the five CRM APIs, one class per kind of failure a caller handles.

Two sides, so that ``except`` catches exactly what the caller means:

* :class:`ApiStatusError`: the server answered with an error status (one class per status a
  caller handles, ``ServerError`` for 5xx, ``UnexpectedStatusError`` for the rest);
* :class:`ApiConnectionError` (``TransportFailure``): no complete response; its
  :class:`ApiTimeoutError` (``TransportTimeout``) covers every timeout, the call's deadline
  (:class:`DeadlineExceededError`) included.

:class:`InvalidResponseError` (a success whose body does not parse) is neither. The functions
that build these from a response or a network failure are in :mod:`crm_overlays.errors`.

Every message, repr and ``headers`` dict is redacted (:mod:`crm_overlays.redact`): an exception
is the thing most likely to end up in a log or a bug report, so it must never carry a token.
"""

from __future__ import annotations

from typing import Any

import httpx

from .redact import redact_headers, scrub

__all__ = [
    "ApiConnectionError",
    "ApiError",
    "ApiStatusError",
    "ApiTimeoutError",
    "BadRequestError",
    "ConflictError",
    "DeadlineExceededError",
    "ForbiddenError",
    "InvalidResponseError",
    "NotFoundError",
    "RateLimitedError",
    "ServerError",
    "TransportFailure",
    "TransportTimeout",
    "UnauthorizedError",
    "UnexpectedStatusError",
    "UnprocessableError",
    "error_class_for",
]


class ApiError(Exception):
    """Base class: a call to a CRM API did not produce the documented success result.

    Attributes:
        status: the HTTP status, or ``None`` when no response arrived.
        body: the parsed JSON error body, its text when it is not JSON, ``None`` when empty
            or when it cannot be parsed at all (JSON nested deeper than Python can read).
        headers: the response headers, lower-case names, credentials redacted.
        method: the request method.
        url: the request URL, credential query values redacted.
        model: the generated error model for ``body`` (set by the overlay's ``unwrap``).
        request_id: the vendor's request id when the body or the headers carry one.
        content_type: the response's ``Content-Type``, ``None`` without a response.
        content_length: the length in bytes of the response body as received (after any
            content decoding), ``None`` without a response.
    """

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        body: Any = None,
        headers: dict[str, str] | None = None,
        method: str = "",
        url: str = "",
        model: Any | None = None,
        request_id: str | None = None,
        content_type: str | None = None,
        content_length: int | None = None,
    ) -> None:
        # A last line of defence: whatever built this error, a remembered token (every
        # transport stack's) is scrubbed by value from its text.
        message = scrub(message)
        super().__init__(message)
        self.message = message
        self.status = status
        self.body = body
        self.headers: dict[str, str] = redact_headers(headers or {})
        self.method = method
        self.url = scrub(url)
        self.model = model
        self.request_id = request_id
        self.content_type = content_type
        self.content_length = content_length

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r})"


class ApiStatusError(ApiError):
    """The server answered, with a status that is not the documented success.

    ``except ApiStatusError`` catches exactly the HTTP errors: every class below for a status
    derives from it, and no failure without a complete response does.
    """


class BadRequestError(ApiStatusError):
    """400: the server rejected the request as malformed."""


class UnauthorizedError(ApiStatusError):
    """401: the token is missing, wrong or expired."""


class ForbiddenError(ApiStatusError):
    """403: the token is valid but may not do this."""


class NotFoundError(ApiStatusError):
    """404: no such resource (or it was deleted)."""


class ConflictError(ApiStatusError):
    """409: the request conflicts with the resource's state (e.g. a duplicate)."""


class UnprocessableError(ApiStatusError):
    """422: the request is well-formed but its content failed validation."""


class RateLimitedError(ApiStatusError):
    """429 (or a server asking for a longer wait than the retry policy accepts).

    ``retry_after`` is the number of seconds the server asked us to wait, if it said.
    """

    def __init__(self, message: str, *, retry_after: float | None = None, **fields: Any) -> None:
        super().__init__(message, **fields)
        self.retry_after = retry_after


class ServerError(ApiStatusError):
    """5xx: the server failed; retrying later may help."""


class UnexpectedStatusError(ApiStatusError):
    """Any status without a class of its own (a 3xx, 402, 405, 418 ...)."""


class TransportFailure(ApiError):
    """No complete response: the connection side of the split (``ApiConnectionError``).

    The network failed (after the retries the policy allowed), a timeout fired, or the call's
    deadline passed. ``cause`` is the httpx exception (also chained as ``__cause__``; ``None``
    for a passed deadline). ``maybe_applied`` is True when the request could change server
    state and the failure happened after it may have been sent, so the caller must check
    before repeating it.
    """

    def __init__(
        self,
        message: str,
        *,
        cause: httpx.TransportError | None = None,
        maybe_applied: bool,
        **fields: Any,
    ) -> None:
        super().__init__(message, **fields)
        self.cause = cause
        self.maybe_applied = maybe_applied


#: The connection-error base under the name that pairs with :class:`ApiStatusError`.
ApiConnectionError = TransportFailure


class TransportTimeout(TransportFailure):
    """A timeout: connecting, the pool, a write or a read took longer than allowed, or (as
    :class:`DeadlineExceededError`) the whole call did."""


#: The timeout class under the name that pairs with :class:`ApiConnectionError`.
ApiTimeoutError = TransportTimeout


class DeadlineExceededError(TransportTimeout):
    """The call's total deadline passed before it finished (attempts, waits and body together).

    ``deadline`` is the configured budget in seconds, ``elapsed`` how long the call ran,
    ``attempts`` how many requests it sent (retries and redirects included), ``phase`` either
    ``"response"`` (no response yet) or ``"body"`` (the status and headers had arrived: they are
    on ``status`` and ``headers``). ``maybe_applied`` is True for a method that can change server
    state: the server may have acted on the request even though the call gave up.
    """

    def __init__(
        self,
        message: str,
        *,
        deadline: float,
        elapsed: float,
        attempts: int,
        phase: str,
        maybe_applied: bool,
        **fields: Any,
    ) -> None:
        super().__init__(message, maybe_applied=maybe_applied, **fields)
        self.deadline = deadline
        self.elapsed = elapsed
        self.attempts = attempts
        self.phase = phase


class InvalidResponseError(ApiError):
    """A 2xx body that does not parse into the generated model.

    ``field_path`` names the offending field (``data.emails[0]``, ``$`` for the whole body) and
    ``expected`` what the spec says belongs there.
    """

    def __init__(self, message: str, *, field_path: str, expected: str, **fields: Any) -> None:
        super().__init__(message, **fields)
        self.field_path = field_path
        self.expected = expected


_ERROR_BY_STATUS: dict[int, type[ApiError]] = {
    400: BadRequestError,
    401: UnauthorizedError,
    403: ForbiddenError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableError,
    429: RateLimitedError,
}


def error_class_for(status: int) -> type[ApiError]:
    """The exception class for an HTTP ``status``."""
    if status in _ERROR_BY_STATUS:
        return _ERROR_BY_STATUS[status]
    if 500 <= status <= 599:
        return ServerError
    return UnexpectedStatusError
