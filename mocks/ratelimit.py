"""Enforce a spec's ``x-rate-limit`` on the mock servers, the way the vendor documents it.

The limits are read from the spec (root ``x-rate-limit`` = default for every operation, an
operation's own ``x-rate-limit`` overrides it; format in ``specs/README.md``), never from a
table in Python. A client-side limiter configured from the same extension must be able to reach
the documented rate against this middleware without a single 429, so the algorithm below is
chosen for exactness and determinism, not for cheapness.

Response headers, this mock's convention (no spec in this repository declares them):

* ``Retry-After``: whole seconds to wait (RFC 9110 allows only an integer), rounded UP.
* ``retry-after-ms``: the same wait in milliseconds, rounded up to the next whole millisecond.
  With ``time_scale`` a wait is often far below one second; the integer header would then make
  a client wait up to a full second too long, while the millisecond header (the convention
  OpenAI and Azure clients already read) keeps it exact. Waiting either value is always enough.
* ``X-RateLimit-Limit``: the documented number of requests per window.
* ``X-RateLimit-Remaining``: requests still allowed in the current window for this budget.
* ``X-RateLimit-Reset``: whole seconds (rounded up, real compressed time, a delta and not an
  epoch) until the oldest counted request leaves the window, i.e. until a slot frees up.

A rejected request (429) always carries all five. An accepted request carries the
``X-RateLimit-*`` headers only when the spec declares them for that operation's response
status: a mock must answer what the spec documents, and unexplained headers would teach
clients to depend on something the real vendor never promised.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import re
import secrets
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import urlparse

from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = [
    "Decision",
    "ErrorBody",
    "Limit",
    "RateLimitMiddleware",
    "SlidingWindowLog",
    "limits_for",
    "retry_after_headers",
    "send_json_error",
]

logger = logging.getLogger(__name__)

ErrorBody = Callable[[int, str], dict[str, Any]]
"""Builds the vendor's error envelope for a status and a human-readable message."""

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
RATE_LIMIT_HEADERS = ("x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset")
_RATE_LIMIT_KEYS = frozenset({"limit", "window", "scope"})


@dataclass(frozen=True)
class Limit:
    """One ``x-rate-limit`` declaration: at most ``limit`` requests in any ``window`` seconds."""

    limit: int
    window: float
    scope: Literal["operation", "token"]

    def describe(self) -> str:
        per = "for this operation" if self.scope == "operation" else "for this token"
        return f"{self.limit} requests per {self.window:g} s {per}"


def parse_limit(raw: object, where: str) -> Limit:
    """Validate one declaration; ``where`` names it in the error (e.g. ``paths./x.get``)."""
    if not isinstance(raw, Mapping):
        # ValueError like every other malformed declaration: it is bad spec data, and callers
        # (the CLI, the app factory) report one exception type for a bad spec.
        raise ValueError(  # noqa: TRY004
            f"{where}.x-rate-limit must be a mapping, got {type(raw).__name__}"
        )
    unknown = sorted(set(raw) - _RATE_LIMIT_KEYS)
    if unknown:
        raise ValueError(f"{where}.x-rate-limit has unknown key(s): {', '.join(unknown)}")
    limit, window, scope = raw.get("limit"), raw.get("window"), raw.get("scope")
    # bool is an int subclass; `limit: true` is a typo, not a limit of 1.
    if not isinstance(limit, int) or isinstance(limit, bool) or limit < 1:
        raise ValueError(f"{where}.x-rate-limit.limit must be an integer >= 1, got {limit!r}")
    if not isinstance(window, int | float) or isinstance(window, bool) or not window > 0:
        raise ValueError(f"{where}.x-rate-limit.window must be a number > 0, got {window!r}")
    if scope == "operation" or scope == "token":
        return Limit(limit=limit, window=float(window), scope=scope)
    raise ValueError(f"{where}.x-rate-limit.scope must be 'operation' or 'token', got {scope!r}")


def _operations(spec: Mapping[str, Any]) -> Iterable[tuple[str, str, Mapping[str, Any]]]:
    for path, item in (spec.get("paths") or {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method) if isinstance(item, Mapping) else None
            if isinstance(operation, Mapping):
                yield method, path, operation


def limits_for(spec: Mapping[str, Any]) -> dict[tuple[str, str], Limit]:
    """The effective limit of every rate-limited operation, keyed by (lowercase method, path).

    Operations without a limit (no root and no own ``x-rate-limit``) are absent.
    """
    default = parse_limit(spec["x-rate-limit"], "root") if "x-rate-limit" in spec else None
    limits: dict[tuple[str, str], Limit] = {}
    for method, path, operation in _operations(spec):
        if "x-rate-limit" in operation:
            limits[method, path] = parse_limit(operation["x-rate-limit"], f"paths.{path}.{method}")
        elif default is not None:
            limits[method, path] = default
    return limits


@dataclass(frozen=True)
class Decision:
    """The outcome of asking a budget for one request."""

    allowed: bool
    limit: int
    remaining: int
    reset_after: float
    """Seconds (in clock time) until the oldest counted request leaves the window."""


class SlidingWindowLog:
    """Accept a request at ``t`` only if fewer than ``limit`` were accepted in ``(t - window, t]``.

    Why a sliding log and not a fixed window: a vendor's "60 per minute" promises that no
    minute, wherever it starts, holds more than 60 requests. A fixed window aligned to the first
    request lets 60 through at the end of one window and 60 more at the start of the next, i.e.
    120 in one minute, so a mock using it would accept bursts the vendor rejects and teach
    clients the wrong lesson. The log keeps the timestamps of the last ``limit`` accepted
    requests (memory O(limit) per budget), which is exactly the promise, and it depends on
    nothing but the injected clock, so it is deterministic in tests.

    Why it is fair to a well-behaved client: only accepted requests are logged, so a rejected
    retry never pushes the client's own budget further out; and a client that sends request
    ``k + limit`` at least ``window`` after request ``k`` (what a client-side sliding-log
    limiter does) is accepted, because request ``k`` has expired by then (the interval is
    half-open: it expires at exactly ``t_k + window``). Only network jitter, making request
    ``k + limit`` travel faster than request ``k``, can make it arrive early.
    """

    __slots__ = ("_accepted", "_limit", "_window")

    def __init__(self, limit: int, window: float) -> None:
        self._limit = limit
        self._window = window
        self._accepted: deque[float] = deque()

    def try_acquire(self, now: float) -> Decision:
        accepted = self._accepted
        while accepted and accepted[0] + self._window <= now:
            accepted.popleft()
        allowed = len(accepted) < self._limit
        if allowed:
            accepted.append(now)
        return Decision(
            allowed=allowed,
            limit=self._limit,
            remaining=self._limit - len(accepted),
            reset_after=accepted[0] + self._window - now,
        )


def _ceil_millis(seconds: float) -> int:
    # Rounding first keeps float noise (0.1 * 3 * 1000 = 300.00000000000006) from adding a ms.
    return max(0, math.ceil(round(seconds * 1000, 6)))


def _ceil_seconds(seconds: float) -> int:
    return math.ceil(_ceil_millis(seconds) / 1000)


def retry_after_headers(seconds: float) -> list[tuple[bytes, bytes]]:
    """``Retry-After`` (integer seconds, rounded up) and ``retry-after-ms`` (exact, rounded up)."""
    return [
        (b"retry-after", str(_ceil_seconds(seconds)).encode()),
        (b"retry-after-ms", str(_ceil_millis(seconds)).encode()),
    ]


async def send_json_error(
    send: Send,
    status: int,
    payload: Mapping[str, Any],
    headers: Iterable[tuple[bytes, bytes]] = (),
) -> None:
    """Answer with a complete JSON response; shared by the rate limiter and fault injection."""
    body = json.dumps(payload).encode()
    await send({
        "type": "http.response.start",
        "status": status,
        "headers": [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
            *headers,
        ],
    })
    await send({"type": "http.response.body", "body": body, "more_body": False})


def _resolve(spec: Mapping[str, Any], node: Any) -> Any:
    """Follow local ``$ref``s (``#/components/...``) until a real object is reached."""
    seen: set[str] = set()
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if not ref.startswith("#/") or ref in seen:
            return {}
        seen.add(ref)
        node = spec
        for token in ref[2:].split("/"):
            token = token.replace("~1", "/").replace("~0", "~")
            node = node.get(token, {}) if isinstance(node, Mapping) else {}
    return node


def _declared_headers(spec: Mapping[str, Any], operation: Mapping[str, Any]) -> dict[str, frozenset[str]]:
    """Response header names (lowercase) that the operation declares, per status key."""
    declared: dict[str, frozenset[str]] = {}
    for status, response in (operation.get("responses") or {}).items():
        headers = _resolve(spec, response).get("headers") or {}
        declared[str(status).upper()] = frozenset(name.lower() for name in headers)
    return declared


def _credential_headers(spec: Mapping[str, Any]) -> tuple[bytes, ...]:
    """The request headers that carry a credential, from the spec's security schemes."""
    names: list[bytes] = []
    schemes = (spec.get("components") or {}).get("securitySchemes") or {}
    for scheme in schemes.values():
        scheme = _resolve(spec, scheme)
        kind = scheme.get("type")
        if kind == "apiKey" and scheme.get("in") == "header" and "name" in scheme:
            name = str(scheme["name"]).lower().encode()
        elif kind in ("http", "oauth2", "openIdConnect"):
            name = b"authorization"
        else:  # apiKey in a query or cookie, mutualTLS: nothing this mock tells apart.
            continue
        if name not in names:
            names.append(name)
    return tuple(names)


@dataclass(frozen=True)
class _Route:
    method: str
    template: str
    pattern: re.Pattern[str]
    limit: Limit
    declared_headers: Mapping[str, frozenset[str]]

    @property
    def declares_rate_limit_headers(self) -> bool:
        return any(name in names for names in self.declared_headers.values()
                   for name in RATE_LIMIT_HEADERS)

    def headers_for_status(self, status: int) -> frozenset[str]:
        for key in (str(status), f"{status // 100}XX", "DEFAULT"):
            if key in self.declared_headers:
                return self.declared_headers[key]
        return frozenset()


def _template_pattern(base_path: str, template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}/]+\})", template)
    body = "".join("[^/]+" if part.startswith("{") else re.escape(part) for part in parts)
    return re.compile(re.escape(base_path) + body)


def _routes(spec: Mapping[str, Any]) -> list[_Route]:
    servers = spec.get("servers") or [{}]
    base_path = urlparse(str(servers[0].get("url", ""))).path.rstrip("/")
    limits = limits_for(spec)
    routes = [
        _Route(
            method=method.upper(),
            template=path,
            pattern=_template_pattern(base_path, path),
            limit=limits[method, path],
            declared_headers=_declared_headers(spec, operation),
        )
        for method, path, operation in _operations(spec)
        if (method, path) in limits
    ]
    # `/contacts/search` must win over `/contacts/{id}`: fewer path parameters first, the way
    # an OpenAPI router prefers concrete paths over templated ones.
    routes.sort(key=lambda route: route.template.count("{"))
    return routes


class RateLimitMiddleware:
    """Pure ASGI middleware answering 429 once a credential has used up an operation's budget.

    Budgets are per credential: the value of every credential header the spec's security
    schemes name (``Authorization``, ``api-key``, ``ACCESS_TOKEN``...); requests carrying none
    share one anonymous budget. Credentials are keyed by a keyed BLAKE2 hash with a per-process
    random key, so the raw token is never stored, logged or reported, and the stored digest is
    useless outside this process. ``scope: operation`` gives every (credential, operation) its
    own budget; ``scope: token`` makes all operations sharing that declaration share one.

    ``time_scale`` compresses time: 60 makes a documented 60-second window last one real
    second, and every header then reports real (compressed) seconds, because those are what a
    client actually has to wait. Requests matching no rate-limited operation pass through
    untouched, so the engine behind keeps answering 404/405 itself.

    The state is guarded by a ``threading.Lock``: the critical section is a few deque
    operations, and the same instance stays safe if a server runs it from several threads.
    """

    def __init__(
        self,
        app: ASGIApp,
        spec: Mapping[str, Any],
        *,
        time_scale: float = 1.0,
        error_body: ErrorBody,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not time_scale > 0:
            raise ValueError(f"time_scale must be > 0, got {time_scale!r}")
        self.app = app
        self.time_scale = time_scale
        self._error_body = error_body
        self._clock = clock
        self._routes = _routes(spec)
        self._credential_headers = _credential_headers(spec)
        self._hash_key = secrets.token_bytes(16)
        self._budgets: dict[tuple[object, ...], SlidingWindowLog] = {}
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"RateLimitMiddleware({len(self._routes)} operations, time_scale={self.time_scale})"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        route = self._match(scope) if scope["type"] == "http" else None
        if route is None:
            await self.app(scope, receive, send)
            return
        credential = self._credential_key(scope)
        decision = self._acquire(credential, route)
        if not decision.allowed:
            await self._reject(send, route, decision, credential)
            return
        if route.declares_rate_limit_headers:
            send = self._with_declared_headers(send, route, decision)
        await self.app(scope, receive, send)

    def _match(self, scope: Scope) -> _Route | None:
        method, path = str(scope["method"]).upper(), str(scope["path"])
        for route in self._routes:
            if route.method == method and route.pattern.fullmatch(path):
                return route
        return None

    def _credential_key(self, scope: Scope) -> str:
        present = [
            name + b"=" + value
            for name, value in scope.get("headers", ())
            if name.lower() in self._credential_headers
        ]
        if not present:
            return "anonymous"
        digest = hashlib.blake2b(b"\0".join(present), key=self._hash_key, digest_size=16)
        return digest.hexdigest()

    def _acquire(self, credential: str, route: _Route) -> Decision:
        limit = route.limit
        budget: tuple[object, ...]
        if limit.scope == "operation":
            budget = (credential, route.method, route.template)
        else:
            budget = (credential, limit)
        with self._lock:
            log = self._budgets.get(budget)
            if log is None:
                log = self._budgets[budget] = SlidingWindowLog(
                    limit.limit, limit.window / self.time_scale
                )
            return log.try_acquire(self._clock())

    async def _reject(self, send: Send, route: _Route, decision: Decision, credential: str) -> None:
        wait = decision.reset_after
        message = (
            f"rate limit exceeded: at most {route.limit.describe()}; "
            f"retry in {_ceil_millis(wait)} ms"
        )
        # Only an 8-character fingerprint of the keyed digest: enough to tell clients apart in
        # a log, worthless for recovering the token.
        logger.info("429 %s %s for credential %s: %s", route.method, route.template,
                    credential[:8], message)
        headers = retry_after_headers(wait) + _rate_limit_headers(decision)
        await send_json_error(send, 429, self._error_body(429, message), headers)

    def _with_declared_headers(self, send: Send, route: _Route, decision: Decision) -> Send:
        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                declared = route.headers_for_status(int(message["status"]))
                extra = [(n, v) for n, v in _rate_limit_headers(decision) if n.decode() in declared]
                if extra:
                    present = {name.lower() for name, _ in message.get("headers", ())}
                    message = dict(message)
                    message["headers"] = [
                        *message.get("headers", ()),
                        *(pair for pair in extra if pair[0] not in present),
                    ]
            await send(message)

        return send_with_headers


def _rate_limit_headers(decision: Decision) -> list[tuple[bytes, bytes]]:
    values = (decision.limit, decision.remaining, _ceil_seconds(decision.reset_after))
    return [(name.encode(), str(value).encode()) for name, value in zip(RATE_LIMIT_HEADERS, values)]
