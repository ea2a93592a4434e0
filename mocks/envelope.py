"""Error bodies in each vendor's own envelope, built from the spec's error responses.

The envelope for a status is the schema the operation (or, for requests that match no operation,
any operation of the spec) documents for it; a status nobody documents uses the spec's most common
error schema. The documented example of that response is the starting point, so vendor constants
(`"success": false`) come from the spec; then the fields every error envelope in our specs uses
are filled by name:

| field | value |
|---|---|
| `message`, `detail`, `title` | the message |
| `errors` | messages per field if the schema takes an object, else a list, else the message |
| `error` | the HTTP reason phrase (`Bad Request`); the message where no field above holds it |
| `statusCode`, `status_code`, `status`, `code` | the status |
| `success` | false |
| `request_id` | a fresh uuid |

Each candidate value is validated against the field's schema, so a field only gets a value its
schema accepts; keys of the example that are not required and not in the table are dropped.
"""

from __future__ import annotations

import http
from collections import Counter
from collections.abc import Callable, Mapping
from typing import Any

from mocks.operations import Operation, ResponseSpec
from mocks.schemas import Schemas
from mocks.values import fresh_uuid

FieldErrors = Mapping[str, list[str]]
ErrorBody = Callable[[int, str], dict[str, Any]]

_MESSAGE_FIELDS = frozenset({"message", "detail", "title", "error_description"})
_STATUS_FIELDS = frozenset({"statuscode", "status_code", "status", "code"})


def reason(status: int) -> str:
    try:
        return http.HTTPStatus(status).phrase
    except ValueError:
        return "Error"


class ErrorEnvelopes:
    """Builds error bodies for one spec."""

    def __init__(self, schemas: Schemas, operations: list[Operation]) -> None:
        self.schemas = schemas
        self.operations = operations
        self._fallback = self._most_common_error()

    def _most_common_error(self) -> ResponseSpec | None:
        counts: Counter[str] = Counter()
        specs: dict[str, ResponseSpec] = {}
        for op in self.operations:
            for status, spec in op.responses.items():
                if status[0] in "45" and spec.schema is not None:
                    pointer = self.schemas.resolve(spec.schema).pointer
                    counts[pointer] += 1
                    specs.setdefault(pointer, spec)
        return specs[counts.most_common(1)[0][0]] if counts else None

    def _spec_for(self, status: int, operation: Operation | None) -> ResponseSpec | None:
        if operation is not None:
            own = operation.response_for(status)
            if own is not None and own.schema is not None:
                return own
        for op in self.operations:
            documented = op.responses.get(str(status))
            if documented is not None and documented.schema is not None:
                return documented
        return self._fallback

    def body(
        self,
        status: int,
        message: str,
        *,
        operation: Operation | None = None,
        fields: FieldErrors | None = None,
    ) -> dict[str, Any]:
        spec = self._spec_for(status, operation)
        if spec is None or spec.schema is None:
            return {"message": message}
        schema = spec.schema
        view = self.schemas.object_view(schema)
        found, example = spec.example
        template = dict(example) if found and isinstance(example, Mapping) else {}
        if view is None:
            return template or {"message": message}
        body = {name: value for name, value in template.items() if name in view.required}
        says = any(name.lower() in _MESSAGE_FIELDS for name in view.properties)
        for name, prop in view.properties.items():
            for candidate in self._candidates(name, status, message, fields, says):
                if self.schemas.is_valid(prop, candidate):
                    body[name] = candidate
                    break
        if self.schemas.is_valid(schema, body):
            return body
        return template if self.schemas.is_valid(schema, template) else {"message": message}

    def _candidates(
        self, name: str, status: int, message: str, fields: FieldErrors | None, says: bool = True
    ) -> list[Any]:
        key = name.lower()
        if key in _MESSAGE_FIELDS:
            return [message]
        if key == "errors":
            if fields:
                flat = [f"{field}: {text}" for field, texts in fields.items() for text in texts]
                return [dict(fields), flat, message]
            return [message, [message], {"request": [message]}]
        if key == "error":
            # Repzo's `{success: false, error: "Client contact not found"}`: `error` is the
            # message itself when the envelope has no other place for it.
            return [reason(status), message] if says else [message, reason(status)]
        if key in _STATUS_FIELDS:
            return [status, str(status)]
        if key == "success":
            return [False]
        if key == "request_id":
            return [fresh_uuid()]
        return []

    def as_callable(self, operation: Operation | None = None) -> ErrorBody:
        """`error_body(status, message)`, the form the fault middleware and the error guard take."""

        def error_body(status: int, message: str) -> dict[str, Any]:
            return self.body(status, message, operation=operation)

        return error_body


def field_errors_message(fields: FieldErrors) -> str:
    """A Laravel-style summary: the first message, and how many more there are."""
    texts = [text for messages in fields.values() for text in messages]
    if not texts:
        return "The given data was invalid."
    more = len(texts) - 1
    suffix = f" (and {more} more error{'s' if more > 1 else ''})" if more else ""
    return f"{texts[0]}{suffix}"


__all__ = ["ErrorBody", "ErrorEnvelopes", "FieldErrors", "reason"]
