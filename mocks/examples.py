"""The spec's documented example values, indexed by the schema each value sits in.

A schema rarely carries an example of its own, but the documented response bodies show what the
vendor really sends for it (Repzo's `createdAt` is `2023-01-15T10:30:00.000Z`, with
milliseconds). Walking each example together with its schema collects those values per schema
pointer, so server-made values can copy the vendor's style.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from mocks.operations import Operation
from mocks.schemas import SchemaRef, Schemas

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
