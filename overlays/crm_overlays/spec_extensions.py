"""The spec's own extensions, read once into checked, frozen objects.

``x-rate-limit`` (root default, operation override) and ``x-pagination`` (format in
``specs/README.md``) are read here and nowhere else: the client-side limiter, the paginator,
the mock, Schemathesis pacing and the code generator all take these objects. ``tools/speclint``
keeps JSON Schemas of both for the wording of its messages, not a second parser.

Errors are ``ValueError`` whatever is wrong (a list where a mapping belongs too): it is bad
spec data, and the CLI and app factories report one exception type for a bad spec.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from .specs import METHODS

__all__ = ["PaginationRule", "RateLimit", "pagination_rule", "rate_limits"]

Scope = Literal["operation", "token"]
_RATE_LIMIT_KEYS = frozenset({"limit", "window", "scope"})


# ------------------------------------------------------------------ x-rate-limit


@dataclass(frozen=True, slots=True)
class RateLimit:
    """One ``x-rate-limit`` declaration: at most ``limit`` requests in any ``window`` seconds."""

    limit: int
    window: float
    scope: Scope

    def describe(self) -> str:
        per = "for this operation" if self.scope == "operation" else "for this token"
        return f"{self.limit} requests per {self.window:g} s {per}"

    @classmethod
    def from_extension(cls, value: Any, where: str) -> RateLimit:
        """Check one declaration; ``where`` names it in the error (``paths./x.get``)."""
        if not isinstance(value, Mapping):
            raise ValueError(  # noqa: TRY004 (see the module docstring)
                f"{where}.x-rate-limit must be a mapping, got {type(value).__name__}"
            )
        unknown = sorted(set(value) - _RATE_LIMIT_KEYS)
        if unknown:
            raise ValueError(f"{where}.x-rate-limit has unknown key(s): {', '.join(unknown)}")
        limit, window, scope = value.get("limit"), value.get("window"), value.get("scope")
        # bool is an int subclass; `limit: true` is a typo, not a limit of 1.
        if not isinstance(limit, int) or isinstance(limit, bool) or limit < 1:
            raise ValueError(f"{where}.x-rate-limit.limit must be an integer >= 1, got {limit!r}")
        if not isinstance(window, int | float) or isinstance(window, bool) or not window > 0:
            raise ValueError(f"{where}.x-rate-limit.window must be a number > 0, got {window!r}")
        if scope == "operation" or scope == "token":
            return cls(limit=limit, window=float(window), scope=scope)
        raise ValueError(
            f"{where}.x-rate-limit.scope must be 'operation' or 'token', got {scope!r}"
        )


def rate_limits(document: Mapping[str, Any], name: str = "") -> dict[tuple[str, str], RateLimit]:
    """``(METHOD, path template) -> RateLimit`` for every rate-limited operation.

    An operation's own ``x-rate-limit`` overrides the document's root one; operations of a
    document without any ``x-rate-limit`` are absent. ``name`` prefixes error messages.
    """
    prefix = f"{name}: " if name else ""
    root = document.get("x-rate-limit")
    default = RateLimit.from_extension(root, f"{prefix}root") if root is not None else None
    limits: dict[tuple[str, str], RateLimit] = {}
    for method, path, operation in _operations(document):
        own = operation.get("x-rate-limit")
        where = f"{prefix}paths.{path}.{method}"
        chosen = RateLimit.from_extension(own, where) if own is not None else default
        if chosen is not None:
            limits[(method.upper(), path)] = chosen
    return limits


def _operations(document: Mapping[str, Any]) -> Iterator[tuple[str, str, Mapping[str, Any]]]:
    for path, item in (document.get("paths") or {}).items():
        for method in METHODS:
            operation = item.get(method) if isinstance(item, Mapping) else None
            if isinstance(operation, Mapping):
                yield method, path, operation


# ------------------------------------------------------------------ x-pagination


@dataclass(frozen=True)
class PaginationRule:
    """An operation's ``x-pagination``, checked once (format in ``specs/README.md``)."""

    style: Literal["cursor", "page"]
    items: str
    location: Literal["query", "body"]
    size_param: str | None
    default_size: int | None
    max_size: int | None
    cursor_param: str | None = None
    next_cursor: str | None = None
    has_more: str | None = None
    page_param: str | None = None
    first_page: int = 1
    #: Where the page count may be: one pointer, or several when the vendor's sources disagree
    #: about the envelope (the first that holds an integer counts).
    total_pages: tuple[str, ...] = ()

    @property
    def preferred_size(self) -> int | None:
        """The page size to ask for: the largest the server accepts, for fewer round trips."""
        return self.max_size if self.max_size is not None else self.default_size

    @property
    def position_param(self) -> str:
        """The parameter that says which page to fetch (the cursor or the page number)."""
        name = self.cursor_param if self.style == "cursor" else self.page_param
        assert name is not None  # checked by from_extension
        return name

    @classmethod
    def from_extension(cls, raw: Any, where: str) -> PaginationRule:
        """Read and check ``raw``; ``where`` names it in errors (``specs/x.yaml listX``)."""

        def fail(problem: str) -> ValueError:
            return ValueError(f"{where}: x-pagination {problem}")

        if not isinstance(raw, Mapping):
            raise fail("must be a mapping")

        def text(key: str, *, required: bool = False) -> str | None:
            value = raw.get(key)
            if value is None and not required:
                return None
            if not isinstance(value, str) or not value:
                raise fail(f"needs {key} as a non-empty string")
            return value

        def number(key: str) -> int | None:
            value = raw.get(key)
            if value is None:
                return None
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise fail(f"{key} must be a non-negative integer")
            return value

        def pointers(key: str) -> tuple[str, ...]:
            value = raw.get(key)
            if value is None:
                return ()
            listed = value if isinstance(value, list) else [value]
            if not listed or not all(isinstance(item, str) and item for item in listed):
                raise fail(f"needs {key} as a pointer or a non-empty list of pointers")
            return tuple(listed)

        style = raw.get("style")
        location = raw.get("in", "query")
        if style not in ("cursor", "page"):
            raise fail(f"style must be cursor or page, not {style!r}")
        if location not in ("query", "body"):
            raise fail(f"in must be query or body, not {location!r}")
        items = text("items", required=True)
        assert items is not None
        first_page = number("firstPage")
        rule = cls(
            style=style,
            items=items,
            location=location,
            size_param=text("sizeParam"),
            default_size=number("defaultSize"),
            max_size=number("maxSize"),
            cursor_param=text("cursorParam", required=style == "cursor"),
            next_cursor=text("nextCursor", required=style == "cursor"),
            has_more=text("hasMore"),
            page_param=text("pageParam", required=style == "page"),
            first_page=1 if first_page is None else first_page,
            total_pages=pointers("totalPages"),
        )
        for pointer in (rule.items, rule.next_cursor, rule.has_more, *rule.total_pages):
            if pointer is not None and not pointer.startswith("/"):
                raise fail(f"pointer {pointer!r} must start with '/'")
        return rule


def pagination_rule(operation: Mapping[str, Any], where: str) -> PaginationRule | None:
    """The checked ``x-pagination`` of an operation object; ``None`` when it has none."""
    raw = operation.get("x-pagination")
    return None if raw is None else PaginationRule.from_extension(raw, where)
