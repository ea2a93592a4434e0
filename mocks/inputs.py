"""Read a request's parameters and body the way the operation declares them, and validate them.

Query, path and header values arrive as text; each is converted to the JSON type its schema
admits (integer, number, boolean, an exploded array of repeated keys, a JSON object) before it is
validated with the parameter's compiled schema, so `?page=abc` and `?page=0` fail exactly where
the schema says. Parameters the operation does not declare are ignored, as real servers do.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from mocks.envelope import field_errors_message
from mocks.limits import InputRefused, integer_text_fits, parse_json
from mocks.operations import Operation, ParamSpec
from mocks.schemas import Schemas
from mocks.values import MISSING

_INTEGER = re.compile(r"^-?\d+$")
_NUMBER = re.compile(r"^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$")


class InputError(Exception):
    """A request the operation must refuse, with the status and per-field messages to send."""

    def __init__(self, status: int, message: str, fields: dict[str, list[str]] | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.fields = fields or {}


@dataclass(slots=True)
class Inputs:
    """The validated values of one request (body is MISSING when none was sent)."""

    path: dict[str, Any] = field(default_factory=dict)
    query: dict[str, Any] = field(default_factory=dict)
    headers: dict[str, Any] = field(default_factory=dict)
    body: Any = MISSING


def is_json_media_type(content_type: str) -> bool:
    media = content_type.split(";", 1)[0].strip().lower()
    return media in ("", "application/json") or media.endswith("+json")


def refused_input(op: Operation, refused: InputRefused) -> InputError:
    """The answer to input beyond `mocks/limits.py`: 413 for a body too large where the
    operation documents 413, else the status it gives a body it cannot read."""
    status = 413 if refused.too_large and op.documents(413) else op.malformed_status
    return InputError(status, refused.message, {"body": [refused.message]})


class InputReader:
    def __init__(self, schemas: Schemas) -> None:
        self.schemas = schemas

    def _scalar_candidates(self, text: str, types: frozenset[str]) -> list[Any]:
        candidates: list[Any] = []
        if "integer" in types and _INTEGER.match(text) and integer_text_fits(text):
            candidates.append(int(text))
        if "number" in types and _NUMBER.match(text):
            number = float(text)
            if math.isfinite(number):
                candidates.append(
                    int(number) if number.is_integer() and "integer" in types else number
                )
        if "boolean" in types and text in ("true", "false"):
            candidates.append(text == "true")
        if "object" in types or "array" in types:
            try:
                candidates.append(parse_json(text.encode()))
            except ValueError:
                pass
        if "null" in types and text in ("", "null"):
            candidates.append(None)
        candidates.append(text)
        return candidates

    def convert(self, spec: ParamSpec, raw: list[str]) -> Any:
        """The JSON value of a parameter: the first reading of its text that the schema accepts."""
        if spec.json:
            return self._json_value(spec, raw)
        readings: list[Any] = []
        if "array" in spec.types and (len(raw) > 1 or spec.types <= {"array", "null"}):
            values = raw if spec.explode else [part for item in raw for part in item.split(",")]
            item_types = spec.item_types or frozenset({"string"})
            readings.append([self._item(spec, value, item_types) for value in values])
        readings += self._scalar_candidates(raw[-1], spec.types - {"array"} or spec.types)
        for reading in readings:
            if self.schemas.is_valid(spec.schema, reading):
                return reading
        return readings[0]

    def _json_value(self, spec: ParamSpec, raw: list[str]) -> Any:
        """A parameter declared with `content: application/json`: its text is JSON
        (`_id=["a","b"]`). Read liberally, as servers that JSON-decode query values do: text
        that is not JSON, or whose JSON the schema refuses, is the plain string (`_id=a`), and
        repeated keys are an array of such values (`_id=a&_id=b`)."""
        items = self._items_schema(spec)
        if len(raw) > 1:
            return [self._json_reading(value, items) for value in raw]
        value = self._json_reading(raw[0], spec.schema)
        if items is not None and not self.schemas.is_valid(spec.schema, value):
            # One key of the repeated-keys form: a one-item array.
            single = self._json_reading(raw[0], items)
            if self.schemas.is_valid(spec.schema, [single]):
                return [single]
        return value

    def _json_reading(self, text: str, schema: Any) -> Any:
        try:
            parsed = parse_json(text.encode())
        except ValueError:
            return text
        if schema is None or self.schemas.is_valid(schema, parsed):
            return parsed
        return parsed if not self.schemas.is_valid(schema, text) else text

    def _item(self, spec: ParamSpec, text: str, types: frozenset[str]) -> Any:
        """One array item. OpenAPI defines no query form for an object item: JSON is read as
        such, and plain text is taken as the item's first required field (`sortBy=name` reads as
        `[{"field": "name"}]`)."""
        reading = self._scalar_candidates(text, types)[0]
        if "object" in types and not isinstance(reading, dict):
            items = self._items_schema(spec)
            view = self.schemas.object_view(items) if items is not None else None
            if view is not None and view.properties:
                names = sorted(view.required) or list(view.properties)
                return {names[0]: text}
        return reading

    def _items_schema(self, spec: ParamSpec) -> Any:
        for candidate in [spec.schema, *self.schemas.branches(spec.schema)]:
            resolved = self.schemas.resolve(candidate)
            if "items" in resolved.node:
                return resolved.child("items")
        return None

    def parameters(
        self,
        op: Operation,
        path: Mapping[str, str],
        query: list[tuple[str, str]],
        headers: Mapping[str, str],
    ) -> Inputs:
        inputs = Inputs()
        errors: dict[str, list[str]] = {}
        grouped: dict[str, list[str]] = {}
        for name, value in query:
            grouped.setdefault(name, []).append(value)
        for spec in op.params:
            if spec.location == "path":
                raw = [path[spec.name]] if spec.name in path else []
                target = inputs.path
            elif spec.location == "query":
                raw = grouped.get(spec.name, [])
                for alias in spec.aliases:
                    raw = raw or grouped.get(alias, [])
                target = inputs.query
            elif spec.location == "header":
                raw = [headers[spec.name.lower()]] if spec.name.lower() in headers else []
                target = inputs.headers
            else:
                continue
            if not raw:
                if spec.required:
                    errors.setdefault(spec.name, []).append(
                        f"The {spec.name} parameter is required."
                    )
                continue
            value = self.convert(spec, raw)
            if not self.schemas.is_valid(spec.schema, value):  # errors() only when it fails
                for problem in self.schemas.errors(spec.schema, value, prefix=spec.name):
                    errors.setdefault(problem.location, []).append(problem.message)
            target[spec.name] = value
        if errors:
            raise InputError(op.validation_status, field_errors_message(errors), errors)
        return inputs

    def body(self, op: Operation, raw: bytes, content_type: str) -> Any:
        """The parsed, validated JSON body, or MISSING when the operation takes none."""
        if op.body is None:
            return MISSING
        # No bytes at all is no body; whitespace alone is a body, and not JSON.
        if not raw:
            if op.body.required:
                message = "The request body is required."
                raise InputError(op.validation_status, message, {"body": [message]})
            return MISSING
        if not is_json_media_type(content_type):
            message = "The request body must be sent as application/json."
            raise InputError(op.validation_status, message, {"body": [message]})
        try:
            body = parse_json(raw)
        except InputRefused as refused:
            raise refused_input(op, refused) from None
        except ValueError:
            message = "The request body is not valid JSON."
            raise InputError(op.malformed_status, message, {"body": [message]}) from None
        if op.body.schema is not None and not self.schemas.is_valid(op.body.schema, body):
            errors: dict[str, list[str]] = {}
            for problem in self.schemas.errors(op.body.schema, body):
                errors.setdefault(problem.location, []).append(problem.message)
            if errors:
                raise InputError(op.validation_status, field_errors_message(errors), errors)
        return body
