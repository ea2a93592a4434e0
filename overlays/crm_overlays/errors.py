"""Response diagnostics: the typed exception (:mod:`crm_overlays.exceptions`) for a response,
a network failure, a passed deadline or a body that does not parse, with what went wrong.

The generated clients return documented error statuses as parsed error models and raise only
for undocumented ones, so ``except NotFoundError`` is impossible with them alone. The overlay's
``unwrap`` helper turns a non-2xx response into one of the exception classes with
:func:`error_from_response`, and a network failure with :func:`error_from_transport`. The
classes are importable from here too, as they always were.

Every message, repr and ``headers`` dict here is built from redacted data
(:mod:`crm_overlays.redact`): an exception is the thing most likely to end up in a log or a bug
report, so it must never carry a token.
"""

from __future__ import annotations

import json
import math
import time
from email.utils import parsedate_to_datetime
from http import HTTPStatus
from typing import Any

import httpx

from . import specs
from .exceptions import (
    ApiError,
    DeadlineExceededError,
    InvalidResponseError,
    RateLimitedError,
    TransportFailure,
    TransportTimeout,
    error_class_for,
)
from .redact import credential_values, redact_headers, redact_url, scrub, scrub_json

# The classes themselves are exported by `exceptions` (and the package); this module only builds
# them.
__all__ = [
    "MESSAGE_BODY_LIMIT",
    "NOT_SENT_ERRORS",
    "SAFE_METHODS",
    "deadline_exceeded_error",
    "error_from_response",
    "error_from_transport",
    "find_schema_violation",
    "invalid_response_error",
    "parse_retry_after",
    "rate_limited_error",
]

#: How much of a vendor's error body a message quotes; the whole body stays on ``.body``.
MESSAGE_BODY_LIMIT = 200

#: Methods that cannot change server state, so a failure half way never leaves a side effect.
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})

#: httpx exceptions raised before any byte of the request left this process: the server cannot
#: have acted on the request. Everything else (a read error, a protocol error, a timeout while
#: writing or reading) may come after the server received and processed it.
NOT_SENT_ERRORS: tuple[type[httpx.TransportError], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
)

#: Headers in which vendors (or the proxies in front of them) return a request id.
_REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-amzn-requestid", "x-correlation-id")
_REQUEST_ID_BODY_KEYS = ("request_id", "requestId")


def error_from_response(response: httpx.Response, *, model: Any | None = None) -> ApiError:
    """The typed exception for a response that is not the documented success.

    The response body must have been read (the generated clients always read it).
    """
    status = response.status_code
    fields = _response_fields(response, model=model)
    detail = _status_text(response)
    retry_after = parse_retry_after(response.headers) if status == 429 else None
    message = _message(detail, response, fields["body"])
    if status == 429:
        if retry_after is not None:
            message = f"{message} (retry after {retry_after:g} s)"
        return RateLimitedError(message, retry_after=retry_after, **fields)
    return error_class_for(status)(message, **fields)


def rate_limited_error(response: httpx.Response, retry_after: float) -> RateLimitedError:
    """A :class:`RateLimitedError` for a response that asks for a wait we will not sit out.

    Used by the retry layer when ``Retry-After`` exceeds the policy's cap, whatever the status
    (a 503 with ``Retry-After: 3600`` is as much "come back later" as a 429).
    """
    fields = _response_fields(response, model=None)
    message = (
        f"{_message(_status_text(response), response, fields['body'])} "
        f"(server asks to retry after {retry_after:g} s)"
    )
    return RateLimitedError(message, retry_after=retry_after, **fields)


def error_from_transport(exc: httpx.TransportError, request: httpx.Request) -> TransportFailure:
    """The typed exception for a request that got no response because the network failed."""
    method = request.method.upper()
    maybe_applied = method not in SAFE_METHODS and not isinstance(exc, NOT_SENT_ERRORS)
    url = redact_url(request.url, credential_values(request.headers))
    reason = scrub(str(exc), credential_values(request.headers))
    message = f"{type(exc).__name__}: {method} {url}"
    if reason:
        message = f"{message} — {_truncate(reason)}"
    if maybe_applied:
        message = f"{message} (the request may have reached the server)"
    kind = TransportTimeout if isinstance(exc, httpx.TimeoutException) else TransportFailure
    failure = kind(message, cause=exc, maybe_applied=maybe_applied, method=method, url=url)
    failure.__cause__ = exc
    return failure


def deadline_exceeded_error(
    request: httpx.Request,
    *,
    deadline: float,
    elapsed: float,
    attempts: int,
    response: httpx.Response | None = None,
) -> DeadlineExceededError:
    """A :class:`DeadlineExceededError` for ``request``; ``response`` when its headers arrived."""
    method = request.method.upper()
    secrets = credential_values(request.headers)
    url = redact_url(request.url, secrets)
    maybe_applied = method not in SAFE_METHODS
    tries = f"{attempts} attempt{'s' if attempts != 1 else ''}"
    if response is None:
        phase, waiting = "response", "waiting for the response"
    else:
        phase, waiting = "body", f"reading the body of {_status_text(response)}"
    message = (
        f"deadline of {deadline:g} s passed after {elapsed:.1f} s ({tries}) {waiting}: "
        f"{method} {url}"
    )
    if maybe_applied:
        message = f"{message} (the request may have reached the server)"
    return DeadlineExceededError(
        message,
        deadline=deadline,
        elapsed=elapsed,
        attempts=attempts,
        phase=phase,
        maybe_applied=maybe_applied,
        status=None if response is None else response.status_code,
        headers=None if response is None else redact_headers(response.headers, secrets),
        method=method,
        url=url,
        request_id=None if response is None else _request_id(response, None),
        content_type=None if response is None else response.headers.get("content-type"),
    )


def invalid_response_error(
    response: httpx.Response,
    *,
    field_path: str,
    expected: str,
    found: str | None = None,
    model: Any | None = None,
) -> InvalidResponseError:
    """An :class:`InvalidResponseError` for ``response`` whose ``field_path`` is not ``expected``.

    ``field_path`` uses dots and indexes (``data.emails[0].address``; ``$`` for the whole body),
    ``expected`` is the spec's type in words (``string``, ``string or null``), ``found`` what
    the body had instead.
    """
    fields = _response_fields(response, model=model)
    got = f", got {scrub(found, _secrets(response))}" if found else ""
    message = (
        f"invalid {_status_text(response)} body: {fields['method']} {fields['url']} — "
        f"field {field_path}: expected {expected}{got}"
    )
    return InvalidResponseError(message, field_path=field_path, expected=expected, **fields)


def find_schema_violation(
    document: dict[str, Any], schema: dict[str, Any], body: Any
) -> tuple[str, str, str] | None:
    """Where ``body`` breaks ``schema`` (a schema object of the OpenAPI ``document``).

    Returns ``(field_path, expected, found)``, or ``None`` when the body is valid.
    ``$ref``s resolve against ``document``; OpenAPI 3.1 schema objects are JSON Schema 2020-12.
    """
    # Imported here: jsonschema takes about a second to import and is needed only when a
    # response has already failed to parse.
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import best_match
    from referencing import Registry
    from referencing.jsonschema import DRAFT202012

    # Refs like "#/components/schemas/X" are relative to the whole document, so the schema is
    # validated as a member of a (shallow) copy of it rather than as a root of its own.
    root = {**document, _TARGET_KEY: schema}
    registry: Registry[Any] = Registry().with_resource(_SPEC_URI, DRAFT202012.create_resource(root))
    validator = Draft202012Validator({"$ref": f"{_SPEC_URI}#/{_TARGET_KEY}"}, registry=registry)
    error = best_match(validator.iter_errors(body))
    if error is None:
        return None
    return _describe_violation(
        list(error.absolute_path),
        error.validator,
        error.validator_value,
        error.instance,
        error.message,
    )


_SPEC_URI = "urn:crm-overlays:spec"
_TARGET_KEY = "x-crm-overlays-target"


def _describe_violation(
    path: list[str | int], keyword: str, rule: Any, instance: Any, message: str
) -> tuple[str, str, str]:
    if keyword == "required" and isinstance(instance, dict):
        missing = next((name for name in rule if name not in instance), "?")
        return _field_path([*path, missing]), "a value (required)", "nothing"
    found = specs.json_type(instance)
    if keyword == "type":
        types = rule if isinstance(rule, list) else [rule]
        return _field_path(path), " or ".join(str(t) for t in types), found
    if keyword in ("enum", "const"):
        allowed = rule if keyword == "enum" else [rule]
        return _field_path(path), f"one of {allowed!r}", repr(instance)
    if keyword == "pattern":
        return _field_path(path), f"a string matching {rule}", repr(instance)
    if keyword == "format":
        return _field_path(path), f"a {rule} string", repr(instance)
    return _field_path(path), _truncate(message), found


def _field_path(parts: list[str | int]) -> str:
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "$"


def parse_retry_after(
    headers: httpx.Headers | dict[str, str], now: float | None = None
) -> float | None:
    """Seconds the server asks us to wait, from ``retry-after-ms`` or ``Retry-After``.

    ``retry-after-ms`` wins when both are present because it is the more precise of the two.
    ``Retry-After`` may be delta-seconds or an HTTP-date; a date is compared with ``now``
    (Unix time, default ``time.time()``), and one in the past means "now" (0). Returns ``None``
    when neither header is present or parseable.
    """
    lookup = headers if isinstance(headers, httpx.Headers) else httpx.Headers(headers)
    millis = _non_negative_number(lookup.get("retry-after-ms"))
    if millis is not None:
        return millis / 1000.0
    raw = (lookup.get("retry-after") or "").strip()
    if not raw:
        return None
    seconds = _non_negative_number(raw)
    if seconds is not None:
        return seconds
    try:
        moment = parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        return None
    current = time.time() if now is None else now
    return max(0.0, moment.timestamp() - current)


def _non_negative_number(text: str | None) -> float | None:
    if text is None:
        return None
    try:
        value = float(text.strip())
    except ValueError:
        return None
    if not math.isfinite(value) or value < 0:
        return None
    return value


def _model_without_secrets(model: Any, body: Any) -> Any:
    """The error model parsed again from the scrubbed body, when the server echoed a secret.

    ``None`` when the scrubbed body no longer parses: a model holding the token is not kept.
    """
    from_dict = getattr(type(model), "from_dict", None)
    if from_dict is None or not isinstance(body, dict):
        return None
    try:
        return from_dict(body)
    except Exception:  # noqa: BLE001 - any parser failure means: no model
        return None


def _secrets(response: httpx.Response) -> list[str]:
    """The credentials the request of ``response`` was sent with."""
    try:
        return credential_values(response.request.headers)
    except RuntimeError:  # a Response built by hand has no request
        return []


def _response_fields(response: httpx.Response, *, model: Any | None) -> dict[str, Any]:
    secrets = _secrets(response)
    method, url = _request_line(response)
    body, scrubbed = _parse_body(response, secrets)
    if scrubbed and model is not None:
        model = _model_without_secrets(model, body)
    return {
        "status": response.status_code,
        "body": body,
        "headers": redact_headers(response.headers, secrets),
        "method": method,
        "url": url,
        "model": model,
        "request_id": _request_id(response, body),
        "content_type": response.headers.get("content-type"),
        "content_length": _content_length(response),
    }


def _content_length(response: httpx.Response) -> int | None:
    try:
        return len(response.content)
    except httpx.ResponseNotRead:
        return None


def _request_line(response: httpx.Response) -> tuple[str, str]:
    try:
        request = response.request
    except RuntimeError:  # a Response built by hand has no request
        return "", ""
    return request.method.upper(), redact_url(request.url, credential_values(request.headers))


def _parse_body(response: httpx.Response, secrets: list[str]) -> tuple[Any, bool]:
    """The body, parsed when it is JSON, with ``secrets`` (and remembered ones) scrubbed by
    value; and whether anything was scrubbed."""
    try:
        content = response.content
    except httpx.ResponseNotRead:
        return None, False
    if not content.strip():
        return None, False
    try:
        parsed = json.loads(content)
    except RecursionError:
        # Nested deeper than the parser can go: no parsed form, and its text is only brackets.
        return None, False
    except ValueError:  # not JSON, invalid UTF-8 included (UnicodeDecodeError)
        text = response.text
        scrubbed = scrub(text, secrets)
        return scrubbed, scrubbed != text
    return scrub_json(parsed, secrets)


def _request_id(response: httpx.Response, body: Any) -> str | None:
    if isinstance(body, dict):
        for key in _REQUEST_ID_BODY_KEYS:
            value = body.get(key)
            if isinstance(value, str | int) and not isinstance(value, bool):
                return str(value)
    for name in _REQUEST_ID_HEADERS:
        if name in response.headers:
            return response.headers[name]
    return None


def _status_text(response: httpx.Response) -> str:
    try:
        phrase = HTTPStatus(response.status_code).phrase
    except ValueError:
        phrase = response.reason_phrase
    return f"{response.status_code} {phrase}".rstrip()


def _message(detail: str, response: httpx.Response, body: Any) -> str:
    method, url = _request_line(response)
    message = f"{detail}: {method} {url}".rstrip() if method else detail
    if body is None:
        return message
    try:
        quoted = body if isinstance(body, str) else json.dumps(body, ensure_ascii=False)
    except (RecursionError, ValueError):  # parsed near the recursion limit, too deep to write
        quoted = "(a JSON body nested too deeply to quote)"
    return f"{message} — {_truncate(scrub(quoted, _secrets(response)))}"


def _truncate(text: str, limit: int = MESSAGE_BODY_LIMIT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
