"""The spec's documented example values: by the schema each sits in, and as whole records.

A schema rarely carries an example of its own, but the documented response bodies show what the
vendor really sends for it (Repzo's `createdAt` is `2023-01-15T10:30:00.000Z`, with
milliseconds). Walking each example together with its schema collects those values per schema
pointer, so server-made values can copy the vendor's style.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from mocks.operations import Operation
from mocks.schemas import SchemaRef, Schemas
from mocks.values import MISSING
from mocks.variation import is_placeholder

if TYPE_CHECKING:
    from mocks.roles import Collection

MAX_DEPTH = 12


class ExampleIndex:
    def __init__(self, schemas: Schemas) -> None:
        self.schemas = schemas
        self._values: dict[str, list[Any]] = {}

    def values(self, ref: SchemaRef) -> list[Any]:
        return self._values.get(ref.pointer, [])

    def collect(self, operations: list[Operation]) -> ExampleIndex:
        for op in operations:
            for response in op.responses.values():
                found, example = response.example
                if found and response.schema is not None:
                    self._walk(example, response.schema, 0)
        return self

    def _walk(self, value: Any, ref: SchemaRef, depth: int) -> None:
        if depth > MAX_DEPTH:
            return
        if not isinstance(value, (Mapping, list)):
            self._values.setdefault(ref.pointer, []).append(value)
            return
        resolved = self.schemas.resolve(ref)
        if isinstance(value, list):
            if "items" in resolved.node:
                for item in value:
                    self._walk(item, resolved.child("items"), depth + 1)
            return
        view = self.schemas.object_view(resolved)
        if view is not None:
            for name, item in value.items():
                if name in view.properties:
                    self._walk(item, view.properties[name], depth + 1)
        for branch in self.schemas.branches(resolved):
            if self.schemas.is_valid(branch, value):
                self._walk(value, branch, depth + 1)


class DocumentedRecords:
    """The records a collection's documented responses show, richest first.

    Seeding completes a record with the fields a create left out (Pylon's integration user ids,
    say) from here. Two documented records that differ only by swapping one field for another
    (a Wealthbox task `assigned_to` a user, or `assigned_to_team`) document alternatives, and
    a field is never taken next to its alternative.
    """

    def __init__(self, schemas: Schemas, collection: Collection, operations: Sequence[Operation]):
        target = schemas.resolve(collection.record).pointer
        found: list[Mapping[str, Any]] = []
        for op in operations:
            if op.collection is not collection or op.record_schema is None:
                continue
            if schemas.resolve(op.record_schema).pointer != target:
                continue  # another shape of the same records (a summary, say)
            found += _records_in(op)
        self.records = sorted(found, key=len, reverse=True)
        self.alternatives: set[tuple[str, str]] = set()
        for first in found:
            for second in found:
                only_first, only_second = first.keys() - second.keys(), second.keys() - first.keys()
                if len(only_first) == 1 and len(only_second) == 1:
                    pair = (next(iter(only_first)), next(iter(only_second)))
                    self.alternatives |= {pair, pair[::-1]}

    def value_for(self, name: str, record: Mapping[str, Any]) -> Any:
        """A documented value of field `name` that fits next to `record`'s fields, or MISSING."""
        if any((name, other) in self.alternatives for other in record):
            return MISSING
        for documented in self.records:
            if name in documented and not is_placeholder(documented[name]):
                return documented[name]
        return MISSING


def _records_in(op: Operation) -> list[Mapping[str, Any]]:
    found, body = op.success.example
    if not found:
        return []
    tokens = op.pagination.items if op.pagination is not None else op.record_at
    if tokens is None:
        return []
    value: Any = body
    for token in tokens:
        value = value.get(token) if isinstance(value, Mapping) else None
    items = value if op.pagination is not None and isinstance(value, list) else [value]
    return [item for item in items if isinstance(item, Mapping)]
