"""Which path template of a spec a request path belongs to: one matcher for client and mock.

The mock's router and the client-side rate limiter must agree on "the operation" of a
request, or the client paces one budget while the server counts another (issue 12: `%2F`,
`//` and a trailing `/` once slipped past one of them). So both match here, the same way:

* on the raw (still percent-encoded) path, split at `/` first and each segment decoded on its
  own, so `a%2Fb` is the one id `a/b` and `%63ontacts` is the literal `contacts`;
* empty segments are dropped (`//x` and `x/` are `x`); dot segments are ids like any other;
* a literal segment beats a parameter (`/contacts/search` before `/contacts/{id}`), and a
  parameter never matches an empty segment;
* when templates match the path but none has the method, the answer is the most specific of
  them, whose methods are what the server allows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Generic, TypeVar
from urllib.parse import unquote

__all__ = ["PathTable", "PathTemplate", "split_path"]

T = TypeVar("T")


def split_path(raw_path: str) -> list[str]:
    """Segments of a raw (still percent-encoded) path, each decoded on its own."""
    return [unquote(segment) for segment in raw_path.split("/") if segment]


def _is_param(segment: str) -> bool:
    return segment.startswith("{") and segment.endswith("}")


@dataclass(slots=True)
class PathTemplate(Generic[T]):
    """One path template and what each of its methods maps to."""

    template: str
    # A literal segment, or None for a parameter (its name is in `names` at the same index).
    literals: tuple[str | None, ...]
    names: tuple[str | None, ...]
    methods: dict[str, T] = field(default_factory=dict)

    @classmethod
    def parse(cls, template: str) -> PathTemplate[T]:
        segments = [segment for segment in template.split("/") if segment]
        return cls(
            template,
            tuple(None if _is_param(s) else s for s in segments),
            tuple(s[1:-1] if _is_param(s) else None for s in segments),
        )

    @property
    def specificity(self) -> tuple[int, ...]:
        return tuple(0 if literal is not None else 1 for literal in self.literals)

    def bind(self, segments: list[str]) -> dict[str, str] | None:
        """The path parameters when ``segments`` (as many as the template has) match."""
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


class PathTable(Generic[T]):
    """Path templates with a value per (METHOD, template), looked up by path segments."""

    def __init__(self, entries: Iterable[tuple[str, str, T]]) -> None:
        templates: dict[str, PathTemplate[T]] = {}
        for method, template, value in entries:
            found = templates.get(template)
            if found is None:
                found = templates[template] = PathTemplate.parse(template)
            found.methods[method.upper()] = value
        self._by_length: dict[int, list[PathTemplate[T]]] = {}
        for found in sorted(templates.values(), key=lambda t: t.specificity):
            self._by_length.setdefault(len(found.literals), []).append(found)

    def templates(self) -> list[str]:
        """Every template, most specific first among those of one length."""
        return [found.template for same in self._by_length.values() for found in same]

    def match(
        self, method: str, segments: list[str]
    ) -> tuple[T, dict[str, str]] | PathTemplate[T] | None:
        """``(value, path parameters)`` of the most specific template with ``method`` (upper
        case) that matches; else the most specific template that matches without having the
        method; else None."""
        first_match: PathTemplate[T] | None = None
        for found in self._by_length.get(len(segments), ()):
            params = found.bind(segments)
            if params is None:
                continue
            methods = found.methods
            if method in methods:
                return methods[method], params
            first_match = first_match or found
        return first_match
