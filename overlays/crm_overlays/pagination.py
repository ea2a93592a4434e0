"""Every page of a list operation, driven by the operation's ``x-pagination`` in its spec.

One mechanism serves the five APIs: the spec says which parameter carries the cursor or the
page number, where the items and the next cursor sit in the body, and whether the paging
parameters travel in the query or in the JSON body (``specs/README.md``). Nothing here names
a vendor.

Pages are fetched one at a time, when the iteration reaches them, and only the current page
is referenced, so memory stays flat however long the list. A server that does not advance
(a cursor this walk already sent, or the items of a page it already fetched: a cycle of any
length, A -> B -> A) raises :class:`PaginationCycleError` instead of looping forever.

The typed entry points ``crm_overlays.paginate`` / ``apaginate`` are overloads generated into
:mod:`crm_overlays._typed_api`; they construct the :class:`Paginator` and
:class:`AsyncPaginator` defined here.
"""

from __future__ import annotations

import copy
import functools
import hashlib
import inspect
import json
import re
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import attrs

from . import specs
from .responses import GeneratedResponse, Outcome, ainvoke, invoke, spec_operation
from .spec_extensions import PaginationRule, pagination_rule

M = TypeVar("M")
T = TypeVar("T")


class PaginationError(Exception):
    """The server's paging does not advance or breaks the operation's ``x-pagination``.

    ``operation`` is the label of the operation (``wealthbox listContacts (GET /v1/contacts)``).
    """

    def __init__(self, message: str, *, operation: str) -> None:
        super().__init__(f"{operation}: {message}")
        self.operation = operation


class PaginationCycleError(PaginationError):
    """The walk came back to where it had been: a cursor it already sent, or a page it has seen.

    ``pages`` is the number of pages fetched in this walk, ``cursors`` the number of distinct
    cursors sent (0 in page style), ``repeated`` the 1-based position of the earlier cursor or
    page that came back (cursor 1 is the first one sent; page 1 the first page fetched). The
    cursor values themselves are not in the message: an opaque cursor can encode record data
    (a sort key, an email), and messages end up in logs.
    """

    def __init__(
        self, message: str, *, operation: str, pages: int, cursors: int, repeated: int
    ) -> None:
        super().__init__(message, operation=operation)
        self.pages = pages
        self.cursors = cursors
        self.repeated = repeated


# ------------------------------------------------------------------ x-pagination


# ------------------------------------------------------------- reading the model


def _squash(name: str) -> str:
    # The generator turns a JSON name into a Python one (`page[size]` → `pagesize`,
    # `contactType` → `contact_type`, `filter` → `filter_`); squashing both sides to lower-case
    # letters and digits matches them without re-implementing its rules.
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _is_unset(value: Any) -> bool:
    # Each generated package has its own `types.Unset`; its single instance UNSET is falsy.
    kind = type(value)
    return kind.__name__ == "Unset" and kind.__module__.endswith("_client.types")


_ATTRIBUTES: dict[tuple[type, str], str | None] = {}


def model_attribute(model_class: type, json_name: str) -> str | None:
    """The attrs attribute of a generated model that holds the JSON property ``json_name``."""
    key = (model_class, json_name)
    if key not in _ATTRIBUTES:
        found: str | None = None
        if attrs.has(model_class):
            names = [a.name for a in attrs.fields(model_class) if a.name != "additional_properties"]
            matches = [name for name in names if _squash(name) == _squash(json_name)]
            found = json_name if json_name in names else (matches[0] if len(matches) == 1 else None)
        _ATTRIBUTES[key] = found
    return _ATTRIBUTES[key]


def follow(value: Any, pointer: str) -> Any:
    """The value at JSON ``pointer`` inside a parsed generated model; ``None`` when absent.

    Models are walked by attribute (the pointer names JSON properties, the model Python ones);
    properties a model does not declare are looked up in its ``additional_properties``.
    """
    for token in specs.pointer_tokens(pointer):
        if value is None or _is_unset(value):
            return None
        if isinstance(value, Mapping):
            value = value.get(token)
        elif isinstance(value, list):
            value = value[int(token)] if token.isdigit() and int(token) < len(value) else None
        else:
            attribute = model_attribute(type(value), token)
            if attribute is not None:
                value = getattr(value, attribute)
            else:
                extra = getattr(value, "additional_properties", None)
                value = extra.get(token) if isinstance(extra, Mapping) else None
    return None if _is_unset(value) else value


def _items_digest(items: list[Any]) -> str:
    """A fingerprint of a page's items, to notice a server serving the same page again.

    Only the count and the first and last items are serialised: a page served again matches
    on all three, a real next page does not, and serialising every item would cost about a
    third of the client-side time of a long listing.
    """
    ends = [items[0], items[-1]] if items else []
    plain = [len(items), *(item.to_dict() if hasattr(item, "to_dict") else item for item in ends)]
    encoded = json.dumps(plain, sort_keys=True, default=str).encode()
    return hashlib.blake2b(encoded, digest_size=16).hexdigest()


def _cursor_digest(cursor: str) -> bytes:
    """A cursor as the walk remembers it: fixed size, and not the cursor's data."""
    return hashlib.blake2b(cursor.encode("utf-8", "surrogatepass"), digest_size=16).digest()


# ------------------------------------------------------------------------ pages


@dataclass(frozen=True, slots=True)
class Page(Generic[M, T]):
    """One fetched page.

    ``number`` is the page number (page style), ``cursor`` the cursor that fetched this page
    (cursor style; ``None`` for the first page), ``next_cursor`` the one for the next page,
    ``total_pages`` what the server reported (``None`` when it does not say), ``is_last``
    whether the paginator will stop after this page.
    """

    items: list[T]
    model: M
    response: GeneratedResponse[Any]
    number: int | None
    cursor: str | None
    next_cursor: str | None
    total_pages: int | None
    is_last: bool


@dataclass(frozen=True)
class _Plan:
    """How to call one endpoint page after page (fixed for one paginate() call)."""

    endpoint: Any
    label: str
    rule: PaginationRule
    args: tuple[Any, ...]
    kwargs: Mapping[str, Any]
    size: int | None
    size_key: str | None  # the keyword (query) or body attribute of the page size
    position_key: str  # the keyword (query) or body attribute of the cursor / page number
    start: str | int | None

    def arguments(self, position: str | int | None) -> dict[str, Any]:
        """The keyword arguments that fetch the page at ``position``."""
        kwargs = dict(self.kwargs)
        changes: dict[str, Any] = {}
        if self.size_key is not None and self.size is not None:
            changes[self.size_key] = self.size
        if position is not None:
            changes[self.position_key] = position
        if self.rule.location == "body":
            # A copy: the caller's body object is never modified.
            body = copy.copy(kwargs["body"])
            for name, value in changes.items():
                setattr(body, name, value)
            kwargs["body"] = body
        else:
            kwargs.update(changes)
        return kwargs


@functools.cache
def _rule_and_keywords(endpoint: Any) -> tuple[str, PaginationRule, str | None, str]:
    """The operation label, its rule, and the generated keywords of its paging parameters."""
    operation = spec_operation(endpoint)
    where = f"specs/{operation.api}.yaml {operation.operation_id}"
    rule = pagination_rule(operation.spec, where)
    if rule is None:
        raise ValueError(f"{operation.label} is not a list operation (no x-pagination in its spec)")
    parameters = inspect.signature(endpoint.sync_detailed).parameters
    if rule.location == "body":
        if "body" not in parameters:
            raise ValueError(f"{where}: x-pagination says in: body but the endpoint takes no body")
        # The attributes are resolved against the body model when the body is known.
        return operation.label, rule, rule.size_param, rule.position_param
    names = [name for name in parameters if name != "client"]

    def keyword(wire: str) -> str:
        matches = [name for name in names if _squash(name) == _squash(wire)]
        if len(matches) != 1:
            raise ValueError(f"{where}: no single generated keyword for parameter {wire!r}")
        return matches[0]

    size_key = keyword(rule.size_param) if rule.size_param else None
    return operation.label, rule, size_key, keyword(rule.position_param)


def _given(value: Any) -> bool:
    return value is not None and not _is_unset(value)


def _plan(endpoint: Any, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> _Plan:
    label, rule, size_key, position_key = _rule_and_keywords(endpoint)
    size: int | None
    start: Any
    if rule.location == "body":
        body = kwargs.get("body")
        if body is None or not attrs.has(type(body)):
            raise TypeError(f"{label} pages through its JSON body: pass body=<the request model>")
        size_key = model_attribute(type(body), size_key) if size_key else None
        body_position = model_attribute(type(body), position_key)
        if body_position is None:
            raise ValueError(f"{label}: the body model has no {position_key!r} attribute")
        position_key = body_position
        explicit_size = getattr(body, size_key) if size_key else None
        # The model fills the size with its schema default; only a different value is the
        # caller's own choice (an explicit value equal to the default changes nothing).
        default = attrs.fields_dict(type(body))[size_key].default if size_key else None
        size = explicit_size if _given(explicit_size) and explicit_size != default else None
        start = getattr(body, position_key)
    else:
        size = kwargs.get(size_key) if size_key else None
        start = kwargs.get(position_key)
    if not _given(size):
        size = rule.preferred_size
    if not _given(start):
        start = rule.first_page if rule.style == "page" else None
    return _Plan(endpoint, label, rule, args, kwargs, size, size_key, position_key, start)


def _limit(name: str, value: int | None) -> int | None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
        raise ValueError(f"{name} must be a non-negative integer or None, not {value!r}")
    return value


class _Walk:
    """The state of one pass over the pages: where we are and whether to go on.

    Shared by the sync and the async paginator, which only differ in how they fetch.
    """

    def __init__(self, plan: _Plan, max_pages: int | None) -> None:
        self._plan = plan
        self._rule = plan.rule
        self._position: str | int | None = plan.start
        self._pages_left = max_pages
        self._finished = max_pages == 0
        # Everything this walk has been through, to notice a cycle of any length (A -> B -> A):
        # each page's items digest and each cursor's digest, with the 1-based position where it
        # was first seen. About 100 bytes per page, however large the pages.
        self._pages_seen: dict[str, int] = {}
        self._cursors_sent: dict[bytes, int] = {}
        self._pending: PaginationCycleError | None = None
        if plan.rule.style == "cursor" and plan.start is not None:
            self._cursors_sent[_cursor_digest(str(plan.start))] = 1

    def next_arguments(self) -> dict[str, Any] | None:
        """The keywords for the next request, or ``None`` when the walk is over."""
        if self._finished:
            return None
        if self._pending is not None:
            raise self._pending
        return self._plan.arguments(self._position)

    def accept(self, outcome: Outcome[Any]) -> Page[Any, Any] | None:
        """Read a fetched page, decide what comes next; ``None`` for an empty page."""
        rule = self._rule
        model = outcome.model
        found = follow(model, rule.items)
        if found is None:
            found = []
        if not isinstance(found, list):
            raise PaginationError(
                f"the items at {rule.items} are a {type(found).__name__}, not a list",
                operation=self._plan.label,
            )
        items: list[Any] = found
        if self._pages_left is not None:
            self._pages_left -= 1
        if not items:
            self._finished = True
            return None
        digest = _items_digest(items)
        page_number = len(self._pages_seen) + 1
        earlier = self._pages_seen.get(digest)
        if earlier is not None:
            raise self._cycle(self._repeat_message(page_number, earlier), earlier)
        self._pages_seen[digest] = page_number
        position = self._position
        if rule.style == "cursor":
            page = self._after_cursor_page(items, model, outcome, position)
        else:
            page = self._after_numbered_page(items, model, outcome, position)
        if self._pages_left == 0:
            self._finished = True
        return page

    def _cycle(self, message: str, repeated: int) -> PaginationCycleError:
        return PaginationCycleError(
            message,
            operation=self._plan.label,
            pages=len(self._pages_seen),
            cursors=len(self._cursors_sent),
            repeated=repeated,
        )

    def _repeat_message(self, page_number: int, earlier: int) -> str:
        rule = self._rule
        if rule.style == "cursor":
            asked = f"page {page_number} of this walk ({rule.position_param})"
        else:
            asked = f"page {self._position} ({rule.position_param})"
        return (
            f"the server returned for {asked} the items of page {earlier} of this walk; "
            f"it does not advance, stopping instead of looping"
        )

    def _after_cursor_page(
        self, items: list[Any], model: Any, outcome: Outcome[Any], cursor: str | int | None
    ) -> Page[Any, Any]:
        rule = self._rule
        assert rule.next_cursor is not None
        raw_next = follow(model, rule.next_cursor)
        next_cursor = None if raw_next in (None, "") else str(raw_next)
        has_more = follow(model, rule.has_more) if rule.has_more else None
        if has_more is True and next_cursor is None:
            raise PaginationError(
                f"{rule.has_more} says there are more pages but {rule.next_cursor} is empty",
                operation=self._plan.label,
            )
        last = next_cursor is None or has_more is False
        if not last:
            assert next_cursor is not None
            key = _cursor_digest(next_cursor)
            earlier = self._cursors_sent.get(key)
            if earlier is not None:
                sent = len(self._cursors_sent)
                where = (
                    "the cursor that fetched this page"
                    if next_cursor == cursor
                    else f"cursor {earlier} of the {sent} this walk has sent"
                )
                # This page's items are new: they are yielded, and the walk raises instead of
                # sending the cursor again.
                self._pending = self._cycle(
                    f"the next cursor at {rule.next_cursor} is {where}; the server's cursors "
                    f"cycle, stopping instead of looping",
                    earlier,
                )
            else:
                self._cursors_sent[key] = len(self._cursors_sent) + 1
        self._finished = last
        self._position = next_cursor
        return Page(
            items=items,
            model=model,
            response=outcome.response,
            number=None,
            cursor=None if cursor is None else str(cursor),
            next_cursor=None if last else next_cursor,
            total_pages=None,
            is_last=last or self._pages_left == 0,
        )

    def _after_numbered_page(
        self, items: list[Any], model: Any, outcome: Outcome[Any], number: str | int | None
    ) -> Page[Any, Any]:
        rule = self._rule
        current = int(number) if number is not None else rule.first_page
        total = None
        for pointer in rule.total_pages:
            raw_total = follow(model, pointer)
            if isinstance(raw_total, int) and not isinstance(raw_total, bool):
                total = raw_total
                break
        if total is not None:
            # Counting from firstPage: with firstPage 0 the last of 3 pages is number 2.
            last = current - rule.first_page + 1 >= total
        else:
            # No total in this response: a page shorter than the page size is the last one.
            size = self._plan.size
            last = size is not None and len(items) < size
        self._finished = last
        self._position = current + 1
        return Page(
            items=items,
            model=model,
            response=outcome.response,
            number=current,
            cursor=None,
            next_cursor=None,
            total_pages=total,
            is_last=last or self._pages_left == 0,
        )


class Paginator(Generic[M, T]):
    """The items of every page of a list operation; iterate it, or its :meth:`pages`.

    Nothing is fetched until the iteration starts; each new iteration starts again from the
    first page (or the cursor / page number the caller passed).
    """

    def __init__(
        self,
        endpoint: Any,
        args: tuple[Any, ...],
        kwargs: Mapping[str, Any],
        *,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> None:
        # Planned now, so a wrong endpoint or a missing body fails at the call, not later.
        self._plan = _plan(endpoint, args, kwargs)
        self._endpoint = endpoint
        self._args = args
        self._kwargs = kwargs
        self._max_items = _limit("max_items", max_items)
        self._max_pages = _limit("max_pages", max_pages)

    def limit(
        self, *, max_items: int | None = None, max_pages: int | None = None
    ) -> Paginator[M, T]:
        """A paginator that stops after ``max_items`` items and/or ``max_pages`` requests.

        A method rather than keywords of ``paginate()``: ``paginate`` passes every keyword on
        to the endpoint, and a ParamSpec admits no extra keyword next to them.
        """
        return type(self)(
            self._endpoint, self._args, self._kwargs, max_items=max_items, max_pages=max_pages
        )

    @property
    def page_size(self) -> int | None:
        """The page size requested: the caller's, else the spec's maxSize, else defaultSize."""
        return self._plan.size

    def pages(self) -> Iterator[Page[M, T]]:
        """Each non-empty page, fetched when the iteration reaches it."""
        walk = _Walk(self._plan, self._max_pages)
        while (arguments := walk.next_arguments()) is not None:
            page = walk.accept(invoke(self._endpoint, self._plan.args, arguments))
            if page is not None:
                yield page
            # Drop the reference before fetching the next page: only one page is ever alive.
            del page

    def __iter__(self) -> Iterator[T]:
        return _take(self.pages(), self._max_items)


class AsyncPaginator(Generic[M, T]):
    """The asyncio twin of :class:`Paginator`: ``async for item in ...`` and ``pages()``."""

    def __init__(
        self,
        endpoint: Any,
        args: tuple[Any, ...],
        kwargs: Mapping[str, Any],
        *,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> None:
        self._plan = _plan(endpoint, args, kwargs)
        self._endpoint = endpoint
        self._args = args
        self._kwargs = kwargs
        self._max_items = _limit("max_items", max_items)
        self._max_pages = _limit("max_pages", max_pages)

    def limit(
        self, *, max_items: int | None = None, max_pages: int | None = None
    ) -> AsyncPaginator[M, T]:
        """An async paginator that stops after ``max_items`` items and/or ``max_pages`` pages."""
        return type(self)(
            self._endpoint, self._args, self._kwargs, max_items=max_items, max_pages=max_pages
        )

    @property
    def page_size(self) -> int | None:
        """The page size requested: the caller's, else the spec's maxSize, else defaultSize."""
        return self._plan.size

    async def pages(self) -> AsyncIterator[Page[M, T]]:
        """Each non-empty page, fetched when the iteration reaches it."""
        walk = _Walk(self._plan, self._max_pages)
        while (arguments := walk.next_arguments()) is not None:
            page = walk.accept(await ainvoke(self._endpoint, self._plan.args, arguments))
            if page is not None:
                yield page
            del page

    def __aiter__(self) -> AsyncIterator[T]:
        return _atake(self.pages(), self._max_items)


def _take(pages: Iterator[Page[Any, T]], max_items: int | None) -> Iterator[T]:
    remaining = max_items
    if remaining == 0:
        return
    for page in pages:
        for item in page.items:
            yield item
            if remaining is not None:
                remaining -= 1
                if remaining == 0:
                    # Returning here closes `pages` before it fetches another page.
                    return


async def _atake(pages: AsyncIterator[Page[Any, T]], max_items: int | None) -> AsyncIterator[T]:
    remaining = max_items
    if remaining == 0:
        return
    try:
        async for page in pages:
            for item in page.items:
                yield item
                if remaining is not None:
                    remaining -= 1
                    if remaining == 0:
                        return
    finally:
        # An async generator is not closed by garbage collection in time; close it here.
        aclose: Callable[[], Any] | None = getattr(pages, "aclose", None)
        if aclose is not None:
            await aclose()


__all__ = [
    "AsyncPaginator",
    "Page",
    "PaginationCycleError",
    "PaginationError",
    "PaginationRule",
    "Paginator",
    "follow",
]
