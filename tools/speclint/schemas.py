"""Walking the JSON Schema objects inside a spec."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

Parts = tuple[str | int, ...]

_SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "dependentSchemas")
_SCHEMA_ONES = ("items", "additionalProperties", "not", "if", "then", "else", "contains",
                "propertyNames", "unevaluatedItems", "unevaluatedProperties")
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")


def walk_schema(schema: Any, at: Parts) -> Iterator[tuple[Parts, dict[str, Any]]]:
    """Yield ``schema`` and every schema nested in it, each with its location."""
    if not isinstance(schema, dict):
        return
    yield at, schema
    for key in _SCHEMA_MAPS:
        for name, sub in (schema.get(key) or {}).items():
            yield from walk_schema(sub, at + (key, name))
    for key in _SCHEMA_ONES:
        if isinstance(schema.get(key), dict):
            yield from walk_schema(schema[key], at + (key,))
    for key in _SCHEMA_LISTS:
        for index, sub in enumerate(schema.get(key) or []):
            yield from walk_schema(sub, at + (key, index))
