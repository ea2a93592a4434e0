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

from dataclasses import dataclass, field
from urllib.parse import unquote

from starlette.types import Scope

from mocks.operations import Operation
from mocks.wire import Incoming


@dataclass(slots=True)
class Route:
    template: str
    # A literal segment, or None for a parameter (its name is in `names` at the same index).
    literals: tuple[str | None, ...]
    names: tuple[str | None, ...]
    methods: dict[str, Operation] = field(default_factory=dict)

    @property
    def specificity(self) -> tuple[int, ...]:
        return tuple(0 if literal is not None else 1 for literal in self.literals)

    def allow(self) -> str:
        methods = set(self.methods)
        if "GET" in methods:
            methods.add("HEAD")
        return ", ".join(sorted(methods))

    def bind(self, segments: list[str]) -> dict[str, str] | None:
        params: dict[str, str] = {}
        for literal, name, segment in zip(self.literals, self.names, segments, strict=True):
            if literal is not None:
                if literal != segment:
                    return None
            elif not segment:
                return None
            elif name is not None:
                params[name] = segment
        return params


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


def split_path(raw_path: str) -> list[str]:
    """Segments of a raw (still percent-encoded) path, each decoded on its own."""
    return [unquote(segment) for segment in raw_path.split("/") if segment]


class Router:
    def __init__(self, base_path: str, operations: list[Operation]) -> None:
        self.base_path = base_path.rstrip("/")
        self.base_segments = split_path(base_path)
        routes: dict[str, Route] = {}
        for op in operations:
            route = routes.get(op.template)
            if route is None:
                segments = [segment for segment in op.template.split("/") if segment]
                literals = tuple(None if _is_param(s) else s for s in segments)
                names = tuple(s[1:-1] if _is_param(s) else None for s in segments)
                route = routes[op.template] = Route(op.template, literals, names)
            route.methods[op.method] = op
        self._by_length: dict[int, list[Route]] = {}
        for route in sorted(routes.values(), key=lambda r: r.specificity):
            self._by_length.setdefault(len(route.literals), []).append(route)

    def templates(self) -> list[str]:
        """Every path template below the base path, as a request path spells it."""
        return [self.base_path + route.template for routes in self._by_length.values()
                for route in routes]

    def resolve(self, method: str, raw_path: str) -> Resolution:
        segments = split_path(raw_path)
        base = len(self.base_segments)
        if segments[:base] != self.base_segments:
            return NotFound()
        segments = segments[base:]
        lookup = "GET" if method == "HEAD" else method
        first_match: Route | None = None
        for route in self._by_length.get(len(segments), []):
            params = route.bind(segments)
            if params is None:
                continue
            if lookup in route.methods:
                return Matched(route.methods[lookup], params)
            first_match = first_match or route
        if first_match is not None:
            return NotAllowed(first_match.allow())
        return NotFound()


def _is_param(segment: str) -> bool:
    return segment.startswith("{") and segment.endswith("}")
