"""Match request paths to the spec's path templates, below the server's base path.

A literal segment beats a parameter (`/contacts/search` before `/contacts/{id}`). When the path
matches but no matching template has the method, the answer is 405 with `Allow` listing the
methods of the most specific template; a path that matches no template is 404.

A request is resolved once, on its raw path (`route_request`), and everything that acts on "the
operation" reads that one match: the fault filter, auth, the rate limiter and the handlers. A
second matcher with its own idea of a path (the decoded one, exact segments) is how `%2F`, `//`
and a trailing `/` once slipped past the rate limit while the router still served them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from crm_overlays.spec_paths import PathTable, PathTemplate, split_path
from starlette.types import Scope

from mocks.operations import Operation
from mocks.wire import Incoming


@dataclass(frozen=True, slots=True)
class Matched:
    operation: Operation
    path_params: dict[str, str]


@dataclass(frozen=True, slots=True)
class NotAllowed:
    allow: str


class NotFound:
    pass


Resolution = Matched | NotAllowed | NotFound


@dataclass(slots=True)  # not frozen: a frozen __init__ costs three times as much, per request
class Routed:
    """A request read from the wire and what the router made of it, decided once (read-only)."""

    incoming: Incoming
    resolution: Resolution

    @property
    def operation(self) -> Operation | None:
        resolution = self.resolution
        return resolution.operation if isinstance(resolution, Matched) else None


# The scope key the match travels under, from the first layer that needs it to the engine (an
# ASGI scope is one request's own dict; Starlette keeps its route match there the same way).
ROUTED = "mocks.routed"


def route_request(scope: Scope, router: Router) -> Routed:
    """The request of `scope` resolved by `router`: resolved on first call, then read back."""
    routed: Routed | None = scope.get(ROUTED)
    if routed is None:
        incoming = Incoming(scope)
        routed = Routed(incoming, router.resolve(incoming.method, incoming.path))
        scope[ROUTED] = routed
    return routed


class Router:
    """The spec layer's path matcher (`crm_overlays.spec_paths`, shared with the client-side
    rate limiter) below the server's base path, with HEAD served by GET."""

    def __init__(self, base_path: str, operations: list[Operation]) -> None:
        self.base_path = base_path.rstrip("/")
        self.base_segments = split_path(base_path)
        self._table = PathTable((op.method, op.template, op) for op in operations)

    def templates(self) -> list[str]:
        """Every path template below the base path, as a request path spells it."""
        return [self.base_path + template for template in self._table.templates()]

    def resolve(self, method: str, raw_path: str) -> Resolution:
        segments = split_path(raw_path)
        base = len(self.base_segments)
        if segments[:base] != self.base_segments:
            return NotFound()
        found = self._table.match("GET" if method == "HEAD" else method, segments[base:])
        if type(found) is tuple:
            return Matched(*found)
        if found is None:
            return NotFound()
        assert isinstance(found, PathTemplate)
        return NotAllowed(_allow(found.methods))


def _allow(methods: Iterable[str]) -> str:
    allowed = set(methods)
    if "GET" in allowed:
        allowed.add("HEAD")
    return ", ".join(sorted(allowed))
