"""Inject failures into a mock server: throttling, server errors, slow answers, dropped sockets.

Retries and rate limiting in the client overlays are only worth something if they are tested
against the failures a real API produces. A ``FaultPlan`` decides, request by request, whether
to fail and how; ``FaultMiddleware`` carries the decision out in front of the mock engine,
after routing and before auth: a fault can meet any request, authenticated or not, and a faulted
request spends no rate-limit budget.

Every fault is injected BEFORE the request reaches the inner app, so a faulted request never
takes effect: a 429, 500, 503 or dropped create stores nothing. This is what lets a test prove
that the server holds exactly as many records as creates that reported success, i.e. that a
retry layer never duplicates a create. ``slow`` is the one fault that does reach the app, after
its delay; if the client gives up during the delay the request is abandoned and never reaches
the app either (the remaining window, between the app storing a record and the client reading
the answer, is as small as the engine is fast).

Plan syntax (``FaultPlan.parse``), comma-separated:

* by probability: ``429=0.1,503=0.1,drop=0.1,slow=0.05``; ``seed=7`` makes the draws
  reproducible (each eligible request draws once, in arrival order);
* scripted: ``seq:429,ok,503,drop,ok`` (then ``ok`` forever) or ``seq*:429,ok`` (repeated);
* options in either form: ``retry_after=1`` (seconds, for 429 and 503), ``slow_ms=2000``,
  ``methods=GET+POST`` and ``path=/v1/contacts`` (only matching requests are eligible: others
  pass through untouched and do not advance a sequence).

The filters read the router's match of the request (``mocks/routing.py``), never the path as
sent, so every spelling of a request (``//``, a trailing ``/``, ``%2F``, ``%63``) meets the same
filter the router serves it by. ``path=`` is a prefix, segment by segment, of the matched
operation's path template as a request spells it (base path included): ``path=/v1/contacts``
covers ``/v1/contacts`` and ``/v1/contacts/{id}``, ``path=/contacts/{id}`` only the item. A
request that matches no operation (a 404 or 405) is eligible only for a plan without ``path=``.
``methods=`` compares the matched operation's method, so HEAD (answered as GET) is GET.
"""

from __future__ import annotations

import asyncio
import enum
import math
import random
import threading
from collections import Counter
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from typing import Any, Protocol

import httpx
from crm_overlays.specs import METHODS
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from mocks.encoding import dumps
from mocks.envelope import ErrorBody
from mocks.limits import MAX_BODY_BYTES
from mocks.ratelimit import retry_after_headers
from mocks.routing import Router, route_request
from mocks.wire import send_json

__all__ = ["Fault", "FaultMiddleware", "FaultPlan", "InjectedDisconnect"]

Sleep = Callable[[float], Awaitable[None]]

_HTTP_METHODS = frozenset(method.upper() for method in METHODS)


class Fault(enum.Enum):
    """What to do with one request; the value is its name in a plan string."""

    OK = "ok"
    TOO_MANY_REQUESTS = "429"
    INTERNAL_ERROR = "500"
    UNAVAILABLE = "503"
    SLOW = "slow"
    DROP = "drop"


_FAULT_NAMES = ", ".join(fault.value for fault in Fault)
_FAULT_KEYS = frozenset(fault.value for fault in Fault if fault is not Fault.OK)


def _as_fault(value: Fault | str) -> Fault:
    if isinstance(value, Fault):
        return value
    try:
        return Fault(value.strip().lower())
    except ValueError:
        raise ValueError(f"unknown fault {value!r}; expected one of {_FAULT_NAMES}") from None


def _number(token: str, value: str, *, low: float, high: float = math.inf) -> float:
    try:
        number = float(value)
    except ValueError:
        raise ValueError(f"bad fault plan token {token!r}: {value!r} is not a number") from None
    if not low <= number <= high or math.isnan(number):
        bounds = f"between {low:g} and {high:g}" if high != math.inf else f">= {low:g}"
        raise ValueError(f"bad fault plan token {token!r}: the value must be {bounds}")
    return number


class FaultPlan:
    """Which fault each request gets, and a count of what was injected.

    Build one with ``FaultPlan.parse(text)`` (the CLI form) or with keywords (tests):
    ``FaultPlan(probabilities={"429": 0.3}, seed=7)``, ``FaultPlan(sequence=["drop", "ok"])``.
    The plan is shared by every request of a server, so it is guarded by a lock and its
    counters can be read from another thread (a benchmark) while the server runs.
    """

    def __init__(
        self,
        *,
        probabilities: Mapping[Fault | str, float] | None = None,
        sequence: Sequence[Fault | str] = (),
        repeat: bool = False,
        seed: int | None = None,
        retry_after: float = 1.0,
        slow_ms: float = 2000.0,
        methods: Iterable[str] | None = None,
        path_prefix: str = "",
    ) -> None:
        self.probabilities = {_as_fault(k): float(p) for k, p in (probabilities or {}).items()}
        self.sequence = tuple(_as_fault(step) for step in sequence)
        self.repeat = repeat
        self.seed = seed
        self.retry_after = retry_after
        self.slow_ms = slow_ms
        self.methods = frozenset(m.upper() for m in methods) if methods is not None else None
        self.path_prefix = path_prefix
        self._validate()
        self._random = random.Random(seed)
        self._position = 0
        self._counts: Counter[Fault] = Counter()
        self._abandoned = 0
        self._lock = threading.Lock()

    def _validate(self) -> None:
        if self.probabilities and self.sequence:
            raise ValueError("a fault plan is either by probability or a sequence, not both")
        if self.repeat and not self.sequence:
            raise ValueError("repeat needs a non-empty sequence")
        if self.seed is not None and self.sequence:
            raise ValueError("seed has no effect on a sequence; leave it out")
        if Fault.OK in self.probabilities:
            raise ValueError("'ok' cannot have a probability: it gets whatever the faults leave")
        for fault, probability in self.probabilities.items():
            if not 0 <= probability <= 1:
                raise ValueError(f"probability of {fault.value} must be in [0, 1]")
        if sum(self.probabilities.values()) > 1 + 1e-9:
            raise ValueError("fault probabilities add up to more than 1")
        if not self.retry_after >= 0 or not self.slow_ms >= 0:
            raise ValueError("retry_after and slow_ms must be >= 0")
        unknown = sorted(self.methods - _HTTP_METHODS) if self.methods is not None else []
        if unknown or self.methods == frozenset():
            raise ValueError(f"methods must name HTTP methods, got {sorted(self.methods or ())}")
        if self.methods is not None and "HEAD" in self.methods:
            raise ValueError("methods: HEAD is answered as GET, so methods=GET covers it")
        if self.path_prefix and not self.path_prefix.startswith("/"):
            raise ValueError(f"path prefix must start with '/', got {self.path_prefix!r}")

    @classmethod
    def parse(cls, text: str) -> FaultPlan:
        """Read the CLI form (see the module docstring). An empty string injects nothing."""
        body, scripted, repeat = text.strip(), False, False
        for prefix, is_repeat in (("seq*:", True), ("seq:", False)):
            if body.lower().startswith(prefix):
                body, scripted, repeat = body[len(prefix):], True, is_repeat
                break
        options: dict[str, Any] = {}
        probabilities: dict[Fault | str, float] = {}
        sequence: list[Fault | str] = []
        tokens = [token.strip() for token in body.split(",")] if body else []
        for token in tokens:
            if not token:
                raise ValueError(f"fault plan {text!r} has an empty entry (two commas in a row?)")
            key, has_value, value = (part.strip() for part in token.partition("="))
            key = key.lower()
            if not has_value:
                if not scripted:
                    raise ValueError(
                        f"bad fault plan token {token!r}: give it a probability, e.g. {key}=0.1, "
                        "or start the plan with 'seq:' for a sequence"
                    )
                sequence.append(_parse_step(token))
            elif key in options or key in probabilities:
                raise ValueError(f"bad fault plan token {token!r}: {key} is given twice")
            elif key in _OPTION_PARSERS:
                options[key] = _OPTION_PARSERS[key](token, value)
            elif not scripted and key in _FAULT_KEYS:
                probabilities[key] = _number(token, value, low=0, high=1)
            else:
                raise ValueError(f"bad fault plan token {token!r}: unknown {_what(key, scripted)}")
        if scripted and not sequence:
            raise ValueError(f"fault plan {text!r}: a sequence needs at least one step")
        path_prefix = options.pop("path", "")
        try:
            return cls(probabilities=probabilities, sequence=sequence, repeat=repeat,
                       path_prefix=path_prefix, **options)
        except ValueError as error:
            raise ValueError(f"fault plan {text!r}: {error}") from None

    def check_path_filter(self, templates: Iterable[str]) -> None:
        """Refuse a ``path=`` that covers none of ``templates`` (it would never inject)."""
        if self.path_prefix and not any(self._covers(t) for t in templates):
            raise ValueError(
                f"path={self.path_prefix} covers no operation: it is a prefix of the spec's path "
                "templates, e.g. path=/contacts or path=/contacts/{id}, not of a concrete path"
            )

    def next_fault(self, method: str, template: str | None) -> Fault:
        """Decide the fate of one request and count it. Ineligible requests are always OK.

        ``method`` and ``template`` are the matched operation's (the template as a request
        spells it, base path included); ``template`` is None for a request of no operation.
        """
        if not self._eligible(method, template):
            return Fault.OK
        with self._lock:
            fault = self._draw()
            self._counts[fault] += 1
        return fault

    def _eligible(self, method: str, template: str | None) -> bool:
        if self.methods is not None and method.upper() not in self.methods:
            return False
        if not self.path_prefix:
            return True
        return template is not None and self._covers(template)

    def _covers(self, template: str) -> bool:
        prefix = self.path_prefix.rstrip("/")
        return template == prefix or template.startswith(prefix + "/")

    def _draw(self) -> Fault:
        if self.sequence:
            if self._position >= len(self.sequence):
                if not self.repeat:
                    return Fault.OK
                self._position = 0
            self._position += 1
            return self.sequence[self._position - 1]
        if not self.probabilities:
            return Fault.OK
        # One draw per request, walked through the faults in a fixed order, so a seed gives
        # the same fault for the same request number whatever the probabilities' dict order.
        draw, threshold = self._random.random(), 0.0
        for fault in Fault:
            threshold += self.probabilities.get(fault, 0.0)
            if draw < threshold:
                return fault
        return Fault.OK

    def record_abandoned(self) -> None:
        """A slow request whose client left during the delay; it never reached the app."""
        with self._lock:
            self._abandoned += 1

    def counts(self) -> dict[str, int]:
        """Eligible requests by outcome (``ok`` included), e.g. for a benchmark report."""
        with self._lock:
            return {fault.value: self._counts[fault] for fault in Fault}

    @property
    def injected(self) -> int:
        """How many eligible requests got a fault (anything but ``ok``)."""
        with self._lock:
            return sum(n for fault, n in self._counts.items() if fault is not Fault.OK)

    @property
    def abandoned(self) -> int:
        with self._lock:
            return self._abandoned

    @property
    def slow_seconds(self) -> float:
        return self.slow_ms / 1000

    def __str__(self) -> str:
        """The plan in the CLI form; ``FaultPlan.parse(str(plan))`` builds an equal plan."""
        if self.sequence:
            head = ("seq*:" if self.repeat else "seq:") + ",".join(f.value for f in self.sequence)
            parts = [head]
        else:
            parts = [f"seed={self.seed}"] if self.seed is not None else []
            parts += [f"{f.value}={p:g}" for f, p in self.probabilities.items()]
        if self.retry_after != 1.0:
            parts.append(f"retry_after={self.retry_after:g}")
        if self.slow_ms != 2000.0:
            parts.append(f"slow_ms={self.slow_ms:g}")
        if self.methods is not None:
            parts.append("methods=" + "+".join(sorted(self.methods)))
        if self.path_prefix:
            parts.append(f"path={self.path_prefix}")
        return ",".join(parts)

    def __repr__(self) -> str:
        return f"FaultPlan.parse({str(self)!r})"


def _parse_step(token: str) -> Fault:
    try:
        return _as_fault(token)
    except ValueError:
        raise ValueError(
            f"bad fault plan token {token!r}: unknown step; expected one of {_FAULT_NAMES}"
        ) from None


def _what(key: str, scripted: bool) -> str:
    if scripted and key in _FAULT_KEYS:
        return "option (a sequence takes steps without '=', not probabilities)"
    faults = ", ".join(sorted(_FAULT_KEYS))
    return f"key; expected a fault ({faults}) or an option ({', '.join(_OPTION_PARSERS)})"


def _parse_int(token: str, value: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise ValueError(f"bad fault plan token {token!r}: {value!r} is not an integer") from None


def _parse_methods(token: str, value: str) -> frozenset[str]:
    methods = frozenset(m.strip().upper() for m in value.split("+"))
    unknown = sorted(methods - _HTTP_METHODS)
    if unknown:
        raise ValueError(f"bad fault plan token {token!r}: not an HTTP method: {unknown[0]!r}")
    if "HEAD" in methods:
        raise ValueError(f"bad fault plan token {token!r}: HEAD is answered as GET; use GET")
    return methods


def _parse_path(token: str, value: str) -> str:
    if not value.startswith("/"):
        raise ValueError(f"bad fault plan token {token!r}: a path prefix starts with '/'")
    return value


_OPTION_PARSERS: dict[str, Callable[[str, str], Any]] = {
    "seed": _parse_int,
    "retry_after": lambda token, value: _number(token, value, low=0),
    "slow_ms": lambda token, value: _number(token, value, low=0),
    "methods": _parse_methods,
    "path": _parse_path,
}


class InjectedDisconnect(httpx.RemoteProtocolError):
    """A ``drop`` fault where no socket can be dropped (in-process, or an unknown server).

    In-process, ``httpx.ASGITransport`` re-raises an app's exception to the caller; making this
    an ``httpx.RemoteProtocolError`` means the client sees exactly the exception type a real
    dropped connection produces ("Server disconnected without sending a response"), so a retry
    layer classifies it as a transport failure without knowing about the mock.
    """


class _Abortable(Protocol):
    def abort(self) -> None: ...


def _uvicorn_transport(send: Send) -> _Abortable | None:
    """The socket transport of uvicorn's current request, or None when not under uvicorn.

    ASGI offers no extension to drop a connection, but every uvicorn 0.54 HTTP protocol
    (h11, httptools, zttp) runs the app from ``RequestResponseCycle.run_asgi`` and hands it
    the bound method ``cycle.send``; the cycle holds the connection's ``asyncio.Transport``.
    When other middleware wraps ``send`` the bound method is hidden, so the running task's
    coroutine (``run_asgi`` itself) is asked for its ``self`` instead. Both are uvicorn
    internals, hence the module check: anything unexpected falls back to a truncated answer.
    """
    owners: list[object] = [getattr(send, "__self__", None)]
    task = asyncio.current_task()
    frame = getattr(task.get_coro(), "cr_frame", None) if task is not None else None
    if frame is not None:
        owners.append(frame.f_locals.get("self"))
    for owner in owners:
        if type(owner).__module__.startswith("uvicorn.protocols.http."):
            transport = getattr(owner, "transport", None)
            if callable(getattr(transport, "abort", None)):
                return transport
    return None


async def _wait_for_disconnect(receive: Receive) -> None:
    """Consume request messages until the server reports the client gone."""
    while (await receive())["type"] != "http.disconnect":
        pass


async def _drop_connection(receive: Receive, send: Send) -> None:
    transport = _uvicorn_transport(send)
    if transport is not None:
        # abort() closes the socket at once with nothing written. Waiting for uvicorn to notice
        # (it then marks the cycle disconnected) stops it from answering "returned without
        # starting a response" with a 500 on a dead socket and logging an error.
        transport.abort()
        await _wait_for_disconnect(receive)
        return
    # Not under uvicorn: promise a body and stop short. Any HTTP server closes the connection
    # when an app fails mid-response, so the client sees a truncated message, a transport
    # error too. The status is 500, not 200, so that a client which only reads the status
    # line still sees a failure for a request that did not take effect.
    await send({
        "type": "http.response.start",
        "status": 500,
        "headers": [(b"content-type", b"application/json"), (b"content-length", b"1024")],
    })
    await send({"type": "http.response.body", "body": b"{", "more_body": True})
    raise InjectedDisconnect("injected fault: server disconnected without sending a response")


async def _read_body(receive: Receive) -> tuple[list[Message], bool, bool]:
    """Buffer the request body, up to the mock's body limit (the engine refuses what is over
    it, so more is never held here); report whether the client disconnected meanwhile and
    whether the whole body was read."""
    messages: list[Message] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return messages, True, True
        messages.append(message)
        if not message.get("more_body", False):
            return messages, False, True
        size += len(message.get("body", b""))
        if size > MAX_BODY_BYTES:
            return messages, False, False


def _replaying(messages: list[Message], receive: Receive) -> Receive:
    pending = list(messages)

    async def replay() -> Message:
        return pending.pop(0) if pending else await receive()

    return replay


class FaultMiddleware:
    """Pure ASGI middleware applying a ``FaultPlan`` in front of ``app``.

    It sits in front of the engine, so that nothing, not even auth or the rate limiter, sees a
    faulted request. It resolves the request with ``router`` (once: the engine reads the same
    match from the scope) and decides on that match. ``sleep`` is injectable so that tests of
    ``slow`` do not wait.
    """

    def __init__(
        self,
        app: ASGIApp,
        plan: FaultPlan,
        *,
        router: Router,
        error_body: ErrorBody,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        plan.check_path_filter(router.templates())
        self.app = app
        self.plan = plan
        self.router = router
        self._error_body = error_body
        self._sleep = sleep

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        routed = route_request(scope, self.router)
        operation = routed.operation
        if operation is None:
            fault = self.plan.next_fault(routed.incoming.method, None)
        else:
            fault = self.plan.next_fault(operation.method, self.router.base_path + operation.template)
        if fault is Fault.OK:
            await self.app(scope, receive, send)
        elif fault is Fault.TOO_MANY_REQUESTS:
            await self._error(send, 429, "rate limit exceeded", retry_after=True)
        elif fault is Fault.INTERNAL_ERROR:
            await self._error(send, 500, "internal server error", retry_after=False)
        elif fault is Fault.UNAVAILABLE:
            await self._error(send, 503, "service unavailable", retry_after=True)
        elif fault is Fault.SLOW:
            await self._serve_slowly(scope, receive, send)
        else:
            await _drop_connection(receive, send)

    async def _error(self, send: Send, status: int, what: str, *, retry_after: bool) -> None:
        headers = retry_after_headers(self.plan.retry_after) if retry_after else {}
        body = self._error_body(status, f"{what} (injected fault)")
        await send_json(send, status, dumps(body), headers)

    async def _serve_slowly(self, scope: Scope, receive: Receive, send: Send) -> None:
        # The body is read up front so that the client's disconnect can be watched during the
        # delay; it is then replayed to the app as if it had just arrived.
        body, disconnected, complete = await _read_body(receive)
        if not complete:
            # The rest of the body is still to come, so the delay cannot watch for the
            # client leaving (that would swallow it); the engine refuses the body afterwards.
            await self._sleep(self.plan.slow_seconds)
        elif disconnected or await self._client_left_during_delay(receive):
            self.plan.record_abandoned()
            return
        await self.app(scope, _replaying(body, receive), send)

    async def _client_left_during_delay(self, receive: Receive) -> bool:
        sleeper = asyncio.ensure_future(self._sleep(self.plan.slow_seconds))
        watcher = asyncio.ensure_future(_wait_for_disconnect(receive))
        try:
            done, _ = await asyncio.wait({sleeper, watcher}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in (sleeper, watcher):
                task.cancel()
            await asyncio.gather(sleeper, watcher, return_exceptions=True)
        if watcher in done and not watcher.cancelled() and watcher.exception() is None:
            return True
        sleeper.result()  # an injected sleep that failed should fail the request loudly
        return False
