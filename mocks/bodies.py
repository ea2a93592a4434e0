"""Success bodies: the vendor's envelope with the record or the page put in place.

The envelope of an operation is its documented success example when that validates (so the
vendor's constants, such as Repzo's `"success": true`, come from the spec), else a body made up
from the schema. It is built once per operation; a response copies only the objects on the way to
the values it replaces, never the records themselves. A top-level `request_id` is fresh in every
response.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from mocks.operations import Operation
from mocks.pagination import URL_FIELDS, Page, page_fields
from mocks.schemas import ObjectView, SchemaRef, Schemas
from mocks.shaping import Shaper
from mocks.store import Record
from mocks.values import MISSING, fresh_uuid

Tokens = tuple[str, ...]


def put(container: Any, tokens: Tokens, value: Any) -> Any:
    """A copy of `container` with `value` at `tokens`; only the dicts on the way are copied."""
    if not tokens:
        return value
    copied = dict(container) if isinstance(container, Mapping) else {}
    copied[tokens[0]] = put(copied.get(tokens[0]), tokens[1:], value)
    return copied


@dataclass(frozen=True, slots=True)
class _ListPlan:
    items: Tokens
    next_cursor: tuple[Tokens, SchemaRef] | None
    has_more: Tokens | None
    total_pages: Tokens | None
    # Objects holding paging fields: where they are and what they declare.
    meta: tuple[tuple[Tokens, ObjectView], ...]
    # Whether any of those objects has a field whose value is a URL (`next_cursor_url`, `path`).
    shows_urls: bool


class Bodies:
    def __init__(self, schemas: Schemas, shaper: Shaper) -> None:
        self.schemas = schemas
        self.shaper = shaper
        self._skeletons: dict[str, Any] = {}
        self._fresh: dict[str, bool] = {}
        self._plans: dict[str, _ListPlan] = {}

    # ------------------------------------------------------------------ envelopes

    def skeleton(self, op: Operation) -> Any:
        if op.pointer not in self._skeletons:
            self._skeletons[op.pointer] = self._make_skeleton(op)
        return self._skeletons[op.pointer]

    def _make_skeleton(self, op: Operation) -> Any:
        spec = op.success
        if spec.schema is None:
            return MISSING
        found, example = spec.example
        if found and self.schemas.is_valid(spec.schema, example):
            return example
        made = self.shaper.synthesize(spec.schema)
        return {} if made is MISSING else made

    def _with_request_id(self, op: Operation, body: Any) -> Any:
        fresh = self._fresh.get(op.pointer)
        if fresh is None:
            view = self.schemas.object_view(op.success.schema) if op.success.schema else None
            fresh = self._fresh[op.pointer] = bool(view and "request_id" in view.properties)
        if fresh and isinstance(body, Mapping):
            return put(body, ("request_id",), fresh_uuid())
        return body

    def _reshapes(self, op: Operation) -> bool:
        """Whether this operation reads records in another shape than the collection stores."""
        if op.collection is None or op.record_schema is None:
            return False
        own = self.schemas.resolve(op.record_schema).pointer
        return own != self.schemas.resolve(op.collection.record).pointer

    def plain(self, op: Operation) -> Any:
        """The body of an answer that carries no record (a delete's confirmation message)."""
        return self._with_request_id(op, self.skeleton(op))

    def single(self, op: Operation, record: Record) -> Any:
        """The envelope of one record, shaped to this operation's record schema if it differs."""
        if op.record_at is None:
            return self.plain(op)
        if self._reshapes(op):
            assert op.record_schema is not None
            shaped = self.shaper.conform(record, op.record_schema)
            record = record if shaped is MISSING else shaped
        if not op.record_at:
            return record
        return self._with_request_id(op, put(self.skeleton(op), op.record_at, record))

    # ------------------------------------------------------------------ lists

    def _plan(self, op: Operation) -> _ListPlan:
        plan = self._plans.get(op.pointer)
        if plan is None:
            plan = self._plans[op.pointer] = self._make_plan(op)
        return plan

    def _walk(self, op: Operation, tokens: Tokens) -> SchemaRef | None:
        ref = op.success.schema
        for token in tokens:
            view = self.schemas.object_view(ref) if ref is not None else None
            ref = view.properties.get(token) if view else None
        return ref

    def _make_plan(self, op: Operation) -> _ListPlan:
        assert op.pagination is not None
        pagination = op.pagination
        next_cursor = None
        if pagination.next_cursor:
            ref = self._walk(op, pagination.next_cursor)
            next_cursor = (pagination.next_cursor, ref) if ref is not None else None
        parents = {
            pointer[:-1]
            for pointer in (pagination.next_cursor, pagination.has_more, pagination.total_pages)
            if pointer
        }
        meta = []
        for parent in sorted(parents):
            ref = self._walk(op, parent) if parent else op.success.schema
            view = self.schemas.object_view(ref) if ref is not None else None
            if view is not None:
                meta.append((parent, view))
        return _ListPlan(
            shows_urls=any(URL_FIELDS & set(view.properties) for _, view in meta),
            items=pagination.items,
            next_cursor=next_cursor,
            has_more=pagination.has_more,
            total_pages=pagination.total_pages,
            meta=tuple(meta),
        )

    def shows_urls(self, op: Operation) -> bool:
        """Whether a page of this list carries links (then `listing` needs the URLs)."""
        return self._plan(op).shows_urls

    def listing(self, op: Operation, page: Page, url: str, path_url: str) -> Any:
        """The envelope of one page, with the paging fields filled in."""
        assert op.pagination is not None
        plan = self._plan(op)
        records: list[Record] = page.records
        if self._reshapes(op):
            assert op.record_schema is not None
            shaped = [self.shaper.conform(record, op.record_schema) for record in page.records]
            records = [record for record in shaped if record is not MISSING]
        body = put(self.skeleton(op), plan.items, records)
        cursor_param = op.pagination.cursor_param or "cursor"
        conventional = page_fields(page, url, path_url, cursor_param)
        for parent, view in plan.meta:
            for name, prop in view.properties.items():
                if name not in conventional:
                    continue
                value = conventional[name]
                if self.schemas.is_valid(prop, value):
                    body = put(body, parent + (name,), value)
                elif self.schemas.is_valid(prop, None):
                    body = put(body, parent + (name,), None)
        if plan.next_cursor is not None:
            tokens, ref = plan.next_cursor
            cursor: Any = page.next_cursor
            if cursor is None and not self.schemas.is_valid(ref, None):
                cursor = ""
            body = put(body, tokens, cursor)
        if plan.has_more:
            body = put(body, plan.has_more, page.has_more)
        if plan.total_pages and page.total_pages is not None:
            body = put(body, plan.total_pages, page.total_pages)
        return self._with_request_id(op, body)
