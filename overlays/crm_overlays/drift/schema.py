"""Shape-only checks of a response (and of a rejected request) against its operation's spec.

A check reports *where* a body differs from the operation's response schema and *what kind of
thing* it found there, never a value: undocumented properties with their JSON type, required
properties that are absent, type / format / pattern mismatches with the observed JSON type,
enum values the spec does not list (the one exception: an enum value is vocabulary, and is kept
when :func:`is_vocabulary` says it looks like a word), nulls the schema does not allow,
statuses and content types the operation does not declare.

Each finding carries two pointers: ``pointer`` into the body (``*`` stands for every item of an
array and for a key that is not a name) and ``schema``, the JSON pointer in the spec of the
schema object where a fix belongs (``crm_overlays.drift.propose`` reads it).

Schemas are compiled once per document into :class:`Shape` nodes, keyed by their pointer, so a
``$ref`` used by a hundred operations is compiled once and a recursive schema terminates.
"""

from __future__ import annotations

import itertools
import json
import re
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .. import specs

UNDOCUMENTED_PROPERTY = "undocumented-property"
MISSING_REQUIRED = "missing-required"
TYPE_MISMATCH = "type-mismatch"
FORMAT_MISMATCH = "format-mismatch"
PATTERN_MISMATCH = "pattern-mismatch"
ENUM_MISMATCH = "enum-mismatch"
UNEXPECTED_NULL = "unexpected-null"
UNDOCUMENTED_STATUS = "undocumented-status"
UNDOCUMENTED_CONTENT_TYPE = "undocumented-content-type"
INVALID_BODY = "invalid-body"
REJECTED_REQUEST = "rejected-request"

KINDS = (
    UNDOCUMENTED_PROPERTY, MISSING_REQUIRED, TYPE_MISMATCH, FORMAT_MISMATCH, PATTERN_MISMATCH,
    ENUM_MISMATCH, UNEXPECTED_NULL, UNDOCUMENTED_STATUS, UNDOCUMENTED_CONTENT_TYPE, INVALID_BODY,
    REJECTED_REQUEST,
)

#: Enum values longer than this are data, not vocabulary. The five specs' longest enum value
#: has 23 characters (Wealthbox's "string_does_not_contain"); 32 leaves room for a vendor's
#: new words while a sentence, an address or an opaque id stays out.
ENUM_VALUE_LIMIT = 32
#: Property names longer than this are data (a map keyed by something), not a field name.
NAME_LIMIT = 64
#: An array with more items than this is checked at this many, spread evenly over it and
#: shifted by one position on each response it is checked in, so a page of 100 costs what a
#: page of 10 does and every position is still visited. A field that differs in every item is
#: found in every response; one that differs in a few items is found in a few of them (a
#: finding's count is of responses, so it stays comparable with unbounded checking).
ARRAY_ITEMS = 10

_WORD = re.compile(r"[A-Za-z][A-Za-z0-9_. -]*")
_NAME = re.compile(r"[A-Za-z_@$][A-Za-z0-9_.\-\[\]$@]*")
_DIGITS = re.compile(r"[0-9]")
_SCALARS = (str, int, float, bool)


def is_vocabulary(value: object, secrets: Iterable[str] = ()) -> bool:
    """Whether an enum value may be recorded: a word, not data.

    A string qualifies when it has at most :data:`ENUM_VALUE_LIMIT` characters, starts with a
    letter, holds only letters, digits, ``_``, ``.``, ``-`` and spaces, at most three digits
    (ids, dates, phone numbers and tokens have more), and is not part of a credential the
    request carried (``secrets``). Booleans and integers below 1000 qualify; nothing else does.
    """
    if isinstance(value, bool):
        return True
    if isinstance(value, int):
        return abs(value) < 1000
    if not isinstance(value, str):
        return False
    if len(value) > ENUM_VALUE_LIMIT or not _WORD.fullmatch(value):
        return False
    if len(_DIGITS.findall(value)) > 3:
        return False
    return not any(value in secret for secret in secrets if secret)


def is_name(key: str) -> bool:
    """Whether a property name may be recorded as it is (else it is recorded as ``*``)."""
    return (
        len(key) <= NAME_LIMIT
        and _NAME.fullmatch(key) is not None
        and len(_DIGITS.findall(key)) <= 4
    )




@dataclass(frozen=True, slots=True)
class Finding:
    """One difference between a message and the spec; hashable, so it can be counted."""

    kind: str
    status: str
    pointer: str
    schema: str
    observed: str
    expected: str = ""
    value: str | int | float | bool | None = None

    def key(self) -> tuple[Any, ...]:
        # The same key as a finding read back from a report file (crm_overlays.drift.report).
        return (self.kind, self.status, self.pointer, self.schema, self.observed,
                json.dumps(self.value) if self.value is not None else "")


# A finding before its status is known: (kind, pointer, schema, observed, expected, value).
_Raw = tuple[str, str, str, str, str, Any]

# ---------------------------------------------------------------- formats

_FORMATS: dict[str, re.Pattern[str]] = {
    "date-time": re.compile(
        r"\d{4}-\d\d-\d\d[Tt ]\d\d:\d\d:\d\d(\.\d+)?([Zz]|[+-]\d\d:?\d\d)"
    ),
    "date": re.compile(r"\d{4}-\d\d-\d\d"),
    "time": re.compile(r"\d\d:\d\d:\d\d(\.\d+)?([Zz]|[+-]\d\d:?\d\d)?"),
    "email": re.compile(r"[^@\s]+@[^@\s]+"),
    "uuid": re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"),
    "uri": re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:\S*"),
}
_INT_RANGES = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}

class Shape:
    """A compiled schema object: the checks of its own keywords plus its parts.

    ``parts`` are the schemas that apply too (the ``$ref`` target and the ``allOf`` members);
    ``choices`` the ``oneOf`` / ``anyOf`` branches, of which the best-fitting one is checked.
    """

    __slots__ = (
        "_allowed",
        "_declares",
        "_deep_fields",
        "_enum_at",
        "_fast",
        "_finalizing",
        "_fitted",
        "_fitting",
        "_flat",
        "_known",
        "_known_names",
        "_leaf_fields",
        "_object_work",
        "_ready",
        "_report_extra",
        "_simple",
        "add_at",
        "at",
        "choices",
        "closed",
        "enum",
        "enum_list",
        "extra",
        "format",
        "items",
        "parts",
        "pattern",
        "properties",
        "required",
        "types",
    )

    def __init__(self, at: str) -> None:
        self.at = at
        self.types: frozenset[str] | None = None
        self.enum: frozenset[Any] | None = None
        self.enum_list: tuple[Any, ...] = ()
        self.format: str | None = None
        self.pattern: re.Pattern[str] | None = None
        self.properties: dict[str, Shape] = {}
        self.required: tuple[str, ...] = ()
        self.extra: Shape | None = None  # additionalProperties / patternProperties: a map
        self.closed = False  # additionalProperties: false
        self.items: Shape | None = None
        self.parts: tuple[Shape, ...] = ()
        self.choices: tuple[Shape, ...] = ()
        self._allowed: frozenset[str] | None | bool = False  # False: not computed yet
        self._known: frozenset[str] | None = None
        self._declares: bool | None = None
        self._enum_at: str | None | bool = False
        self.add_at = at  # where a new property goes (computed with `known`)
        self._ready = False
        self._finalizing = False
        self._fast: frozenset[type] | None = None
        self._simple = False
        self._report_extra = False
        self._known_names: frozenset[str] = frozenset()
        self._fitting: dict[str, tuple[Shape, ...]] = {}
        self._fitted: dict[str, int] = {}
        self._object_work = False
        self._leaf_fields: tuple[tuple[str, frozenset[type], Shape], ...] = ()
        self._deep_fields: tuple[tuple[str, Shape], ...] = ()
        self._flat: tuple[Shape, ...] = ()

    # ------------------------------------------------------------ derived, computed once

    def allowed(self, depth: int = 0) -> frozenset[str] | None:
        """The JSON types this schema admits (``None``: any); ``number`` admits ``integer``."""
        if self._allowed is not False:
            return self._allowed  # type: ignore[return-value]
        if depth > 64:  # a $ref loop without any keyword in between admits anything
            return None
        allowed: frozenset[str] | None = self.types
        if self.enum is not None:
            from_enum = frozenset(specs.json_type(v) for v in self.enum_list)
            allowed = from_enum if allowed is None else allowed & _widen(from_enum)
        for part in self.parts:
            inner = part.allowed(depth + 1)
            if inner is not None:
                allowed = inner if allowed is None else _intersect(allowed, inner)
        if self.choices:
            union: set[str] = set()
            for choice in self.choices:
                inner = choice.allowed(depth + 1)
                if inner is None:
                    union = set()
                    break
                union |= inner
            if union:
                allowed = frozenset(union) if allowed is None else _intersect(allowed, union)
        self._allowed = allowed
        return allowed

    def enum_at(self) -> str | None:
        """Where the enum this value must be in is declared (through ``$ref`` / ``allOf``)."""
        if self._enum_at is not False:
            return self._enum_at  # type: ignore[return-value]
        found: str | None = self.at if self.enum is not None else None
        if found is None:
            for part in self.parts:
                found = part.enum_at()
                if found is not None:
                    break
        self._enum_at = found
        return found

    def known(self) -> frozenset[str]:
        """Every property name this schema documents, through parts and choices."""
        if self._known is None:
            self._known = frozenset()  # a recursive schema sees itself as documenting nothing
            names = set(self.properties)
            for inner in (*self.parts, *self.choices):
                names |= inner.known()
            self._known = frozenset(names)
            self.add_at = self._property_home()
        return self._known

    def declares(self) -> bool:
        """Whether undocumented properties are reported here: it lists properties (or closes)."""
        if self._declares is None:
            self._declares = False
            self._declares = bool(self.properties) or self.closed or any(
                part.declares() for part in self.parts
            )
        return self._declares

    def is_open_map(self) -> bool:
        return self.extra is not None or any(part.is_open_map() for part in self.parts)

    def _property_home(self) -> str:
        # A new property goes next to the ones this very schema lists; for an allOf, into the
        # member written inline (the composition's own part) rather than into a shared $ref,
        # so one operation's drift does not widen every schema that uses the component.
        if self.properties or self.closed or not self.parts:
            return self.at
        declaring = [part for part in self.parts if part.declares()]
        inline = [part for part in declaring
                  if part.properties and part.at.startswith(f"{self.at}/allOf/")]
        for part in (inline or declaring)[-1:]:
            part.known()
            return part.add_at
        return self.at

    # ------------------------------------------------------------ checking
    # The walk visits every value of every sampled body, so the derived facts above are
    # frozen into plain attributes on first use (`_finalize`), and a value whose schema is a
    # bare type (most leaves) costs one `type(value) in set` test.

    def _finalize(self) -> None:
        # Once per shape, under one lock: a shape is shared by every thread of the process,
        # and one must never see another's half-finished shape. The lock is re-entrant so a
        # recursive schema can finalize its children; `_finalizing` stops the recursion.
        with _FINALIZE_LOCK:
            if self._ready or self._finalizing:
                return
            self._finalizing = True
            self._finalize_now()
            self._ready = True

    def _finalize_now(self) -> None:
        allowed = self.allowed()
        self._fast = None if allowed is None else _python_types(allowed)
        self._simple = self._fast is not None and not self._has_own_work() and not self.parts
        self._report_extra = self.declares() and not self.is_open_map()  # sets _declares
        self._known_names = self.known()
        self._object_work = bool(self.properties or self.required or self.extra is not None)
        leaf: list[tuple[str, frozenset[type], Shape]] = []
        deep: list[tuple[str, Shape]] = []
        for name, shape in self.properties.items():
            shape._finalize()  # a no-op for one being finalized further up (a recursive schema)
            if shape._simple and shape._fast is not None:
                leaf.append((name, shape._fast, shape))
            else:
                deep.append((name, shape))
        self._leaf_fields = tuple(leaf)
        self._deep_fields = tuple(deep)
        # This schema and every part ($ref target, allOf member) that checks something of its
        # own, flattened once: a value is then checked against each without recursing.
        flat: list[Shape] = []
        seen: set[int] = set()
        stack: list[Shape] = [self]
        while stack:
            shape = stack.pop()
            if id(shape) in seen:
                continue
            seen.add(id(shape))
            if shape._has_own_work():
                flat.append(shape)
            stack.extend(reversed(shape.parts))
        self._flat = tuple(flat)

    def _has_own_work(self) -> bool:
        return bool(
            self.enum is not None or self.format is not None or self.pattern is not None
            or self.properties or self.required or self.extra is not None
            or self.items is not None or self.choices
        )

    def check(self, value: Any, path: list[str], out: list[_Raw], extra: bool = True) -> None:
        if not self._ready:
            self._finalize()
        fast = self._fast
        if fast is not None and type(value) not in fast:
            kind = specs.json_type(value)
            if not _admits(self._allowed, kind):  # type: ignore[arg-type]
                self._wrong_type(value, kind, path, out)
                return
        elif self._simple:
            return
        if value is not None:
            kind = specs.json_type(value)
            self._check_value(value, kind, path, out, extra)

    def _wrong_type(self, value: Any, kind: str, path: list[str], out: list[_Raw]) -> None:
        where = specs.pointer(path)
        allowed: frozenset[str] = self._allowed  # type: ignore[assignment]
        enum_at = self.enum_at()
        if kind == "null":
            out.append((UNEXPECTED_NULL, where, self.at, "null", _types_text(allowed), None))
        elif enum_at is not None:
            # Widening the type alone would leave the value outside the enum.
            out.append(_enum_finding(where, enum_at, kind, value))
        else:
            out.append((TYPE_MISMATCH, where, self.at, kind, _types_text(allowed), None))

    def _check_value(
        self, value: Any, kind: str, path: list[str], out: list[_Raw], extra: bool
    ) -> None:
        if not self._ready:
            self._finalize()
        choice_extra = extra and not self._declares
        for shape in self._flat:
            shape._check_own(value, kind, path, out, choice_extra)
        if kind == "object" and extra and self._report_extra:
            known = self._known_names
            for key, item in value.items():
                if key not in known:
                    name = key if is_name(key) else "*"
                    out.append((UNDOCUMENTED_PROPERTY, specs.pointer([*path, name]), self.add_at,
                                specs.json_type(item), "", None))

    def _check_own(
        self, value: Any, kind: str, path: list[str], out: list[_Raw], choice_extra: bool
    ) -> None:
        """The checks of this schema's own keywords (not its parts')."""
        if not self._ready:
            self._finalize()
        if self.enum is not None and _hashable(value) and value not in self.enum:
            out.append(_enum_finding(specs.pointer(path), self.at, kind, value))
            return
        if kind == "object":
            if self._object_work:
                self._check_fields(value, path, out)
        elif kind == "array":
            items = self.items
            if items is not None:
                if not items._ready:
                    items._finalize()
                fast = items._fast or frozenset()
                if not (items._simple and all(type(i) in fast for i in value)):
                    path.append("*")
                    for item in value if len(value) <= ARRAY_ITEMS else _spread(value):
                        items.check(item, path, out)
                    path.pop()
        elif kind == "string":
            if self.format is not None and not _format_ok(self.format, value):
                out.append((FORMAT_MISMATCH, specs.pointer(path), self.at, "string", self.format,
                            None))
            if self.pattern is not None and self.pattern.search(value) is None:
                out.append((PATTERN_MISMATCH, specs.pointer(path), self.at, "string",
                            self.pattern.pattern, None))
        elif kind == "integer" and self.format in _INT_RANGES:
            low, high = _INT_RANGES[self.format]
            if not low <= value <= high:
                out.append((FORMAT_MISMATCH, specs.pointer(path), self.at, "integer",
                            self.format, None))
        if self.choices:
            self._check_choice(value, kind, path, out, choice_extra)

    def _check_fields(self, value: dict[str, Any], path: list[str], out: list[_Raw]) -> None:
        get = value.get
        for name, fast, shape in self._leaf_fields:
            item = get(name, _ABSENT)
            if item is _ABSENT or type(item) in fast:
                continue
            path.append(name)
            shape.check(item, path, out)
            path.pop()
        for name, shape in self._deep_fields:
            item = get(name, _ABSENT)
            if item is not _ABSENT:
                path.append(name)
                shape.check(item, path, out)
                path.pop()
        for name in self.required:
            if name not in value:
                out.append((MISSING_REQUIRED, specs.pointer([*path, name]), self.at, "absent",
                            "required", None))
        if self.extra is not None:
            documented = self.properties
            path.append("*")
            for key, item in value.items():
                if key not in documented:
                    self.extra.check(item, path, out)
            path.pop()

    def _check_choice(
        self, value: Any, kind: str, path: list[str], out: list[_Raw], extra: bool
    ) -> None:
        fitting = self._fitting.get(kind)
        if fitting is None:
            fitting = self._fitting[kind] = tuple(
                _through_refs(c) for c in self.choices
                if (a := c.allowed()) is None or _admits(a, kind)
            )
        if len(fitting) == 1:  # the usual `oneOf: [X, {type: 'null'}]` with a non-null value
            fitting[0]._check_value(value, kind, path, out, extra)
            return
        # The branch that fitted last time is tried first: bodies of one operation are alike.
        first = self._fitted.get(kind, 0)
        order = fitting if first == 0 else (fitting[first], *fitting[:first], *fitting[first + 1:])
        best: list[_Raw] | None = None
        for choice in order:
            found: list[_Raw] = []
            choice._check_value(value, kind, path, found, extra)
            if not found:
                self._fitted[kind] = fitting.index(choice)
                return
            if best is None or len(found) < len(best):
                best = found
        if best:
            out.extend(best)


_ABSENT = object()
_FINALIZE_LOCK = threading.RLock()
# Shared by every array of every check; `next` on a count is atomic under the GIL.
_ROTATION = itertools.count()


def _spread(values: list[Any]) -> list[Any]:
    """:data:`ARRAY_ITEMS` items of a long array, evenly spaced, at a rotating offset."""
    stride = len(values) // ARRAY_ITEMS  # >= 1: only called for longer arrays
    offset = next(_ROTATION) % stride
    return values[offset::stride][:ARRAY_ITEMS]


def _through_refs(shape: Shape) -> Shape:
    """The schema a bare ``$ref`` branch stands for (its findings are the same)."""
    while len(shape.parts) == 1 and not shape._has_own_work() and shape.types is None:
        shape = shape.parts[0]
    return shape


_PYTHON_TYPES: dict[str, tuple[type, ...]] = {
    "null": (type(None),), "boolean": (bool,), "integer": (int,), "number": (int, float),
    "string": (str,), "array": (list,), "object": (dict,),
}


def _python_types(allowed: frozenset[str]) -> frozenset[type]:
    # Exact classes as json.loads makes them (bool is not int here: type(True) is bool).
    return frozenset(t for name in allowed for t in _PYTHON_TYPES.get(name, ()))


def _enum_finding(where: str, enum_at: str, kind: str, value: Any) -> _Raw:
    if _hashable(value) and isinstance(value, _SCALARS) and is_vocabulary(value, _secrets()):
        return (ENUM_MISMATCH, where, enum_at, kind, "enum", value)
    return (ENUM_MISMATCH, where, enum_at, f"{kind}, not in enum", "enum", None)


_LOCAL = threading.local()


def _secrets() -> tuple[str, ...]:
    # The credentials of the request being checked (set by check_response): an enum value
    # found inside one of them is never recorded, even if it looks like a word.
    secrets: tuple[str, ...] = getattr(_LOCAL, "secrets", ())
    return secrets


def _widen(types: frozenset[str]) -> frozenset[str]:
    return types | {"number"} if "integer" in types else types


def _intersect(a: Iterable[str], b: Iterable[str]) -> frozenset[str]:
    a, b = frozenset(a), frozenset(b)
    both = a & b
    if "integer" in a and "number" in b or "integer" in b and "number" in a:
        both |= {"integer"}
    return both


def _admits(allowed: frozenset[str], kind: str) -> bool:
    return kind in allowed or (kind == "integer" and "number" in allowed)


def _types_text(allowed: frozenset[str]) -> str:
    return " or ".join(sorted(allowed)) or "nothing"


def _hashable(value: Any) -> bool:
    return not isinstance(value, (dict, list))


def _format_ok(name: str, value: str) -> bool:
    checker = _FORMATS.get(name)
    return checker is None or checker.fullmatch(value) is not None


# ---------------------------------------------------------------- compiling


class SchemaIndex:
    """The compiled :class:`Shape` of every schema object of one document, by pointer."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        self._shapes: dict[str, Shape] = {}
        self._lock = threading.RLock()

    def shape(self, at: str) -> Shape:
        """The shape of the schema object at pointer ``at`` (compiled on first use)."""
        shape = self._shapes.get(at)
        if shape is None:
            with self._lock:
                shape = self._shapes.get(at)
                if shape is None:
                    shape = self._compile(specs.at_pointer(self.document, at), at)
        return shape

    def _compile(self, schema: Any, at: str) -> Shape:
        shape = Shape(at)
        self._shapes[at] = shape  # before the children: a recursive schema finds itself
        if schema is True or not isinstance(schema, dict):
            return shape
        parts: list[Shape] = []
        reference = schema.get("$ref")
        if isinstance(reference, str):
            _target, target_at = specs.follow_ref(self.document, {"$ref": reference})
            if _target is not None:
                parts.append(self.shape(target_at))
        for index, _member in enumerate(schema.get("allOf") or ()):
            parts.append(self.shape(f"{at}/allOf/{index}"))
        shape.parts = tuple(parts)
        choices = [
            self.shape(f"{at}/{keyword}/{index}")
            for keyword in ("oneOf", "anyOf")
            for index, _ in enumerate(schema.get(keyword) or ())
        ]
        shape.choices = tuple(choices)
        kind = schema.get("type")
        if isinstance(kind, str):
            shape.types = frozenset({kind})
        elif isinstance(kind, list):
            shape.types = frozenset(str(k) for k in kind)
        if "const" in schema:
            values: list[Any] = [schema["const"]]
        else:
            values = list(schema["enum"]) if isinstance(schema.get("enum"), list) else []
        if ("const" in schema or "enum" in schema) and all(_hashable(v) for v in values):
            shape.enum = frozenset(values)
            shape.enum_list = tuple(values)
        if isinstance(schema.get("format"), str):
            shape.format = schema["format"]
        if isinstance(schema.get("pattern"), str):
            try:
                shape.pattern = re.compile(schema["pattern"])
            except re.error:  # an ECMA-only pattern: not checked rather than misjudged
                shape.pattern = None
        properties = schema.get("properties")
        if isinstance(properties, dict):
            shape.properties = {
                name: self.shape(f"{at}/properties/{specs.pointer([name])[1:]}")
                for name in properties
            }
        required = schema.get("required")
        if isinstance(required, list):
            shape.required = tuple(str(name) for name in required)
        additional = schema.get("additionalProperties")
        if additional is False:
            shape.closed = True
        elif isinstance(additional, dict):
            shape.extra = self.shape(f"{at}/additionalProperties")
        elif additional is True:
            shape.extra = Shape(f"{at}/additionalProperties")
        if isinstance(schema.get("patternProperties"), dict) and shape.extra is None:
            shape.extra = Shape(f"{at}/patternProperties")
        if "items" in schema and isinstance(schema["items"], dict):
            shape.items = self.shape(f"{at}/items")
        return shape


# ---------------------------------------------------------------- operations


def media_type(content_type: str | None) -> str:
    """``application/json; charset=utf-8`` → ``application/json`` (lower case)."""
    return (content_type or "").split(";", 1)[0].strip().lower()


def is_json(media: str) -> bool:
    return media == "application/json" or media.endswith("+json")


_MEDIA = re.compile(r"[a-z0-9!#$&^_.+-]{1,64}/[a-z0-9!#$&^_.+*-]{1,64}")


class OperationCheck:
    """The checks of one operation: its statuses, content types and body schemas."""

    def __init__(
        self, index: SchemaIndex, method: str, path: str, operation_at: str
    ) -> None:
        self.index = index
        self.method = method
        self.path = path
        self.at = operation_at
        document = index.document
        operation = specs.at_pointer(document, operation_at) or {}
        self.operation_id = str(operation.get("operationId") or f"{method.upper()} {path}")
        self.responses: dict[str, tuple[Any, str]] = {}
        for status, response in (operation.get("responses") or {}).items():
            where = f"{operation_at}/responses/{specs.pointer([str(status)])[1:]}"
            resolved, resolved_at = specs.follow_ref(document, response, where)
            self.responses[str(status).upper()] = (resolved, resolved_at)
        self._request_names: dict[str, tuple[str, str]] | None = None
        self._parameters: dict[str, str] | None = None

    def response_for(self, status: int) -> tuple[str, Any, str] | None:
        """The declared response for ``status``: (key, response object, its pointer)."""
        for key in (str(status), f"{str(status)[0]}XX", "DEFAULT"):
            if key in self.responses:
                response, at = self.responses[key]
                return key, response, at
        return None

    def check_response(
        self,
        status: int,
        content_type: str | None,
        body: bytes,
        secrets: tuple[str, ...] = (),
    ) -> list[Finding]:
        """Every finding for one response (``body`` already decoded from its transfer coding)."""
        status_text = str(status)
        media = media_type(content_type)
        declared = self.response_for(status)
        if declared is None:
            responses_at = f"{self.at}/responses"
            observed = _body_kind(media, body)
            return [Finding(UNDOCUMENTED_STATUS, status_text, "", responses_at, observed,
                            media if _MEDIA.fullmatch(media) else "")]
        _key, response, response_at = declared
        content = response.get("content") if isinstance(response, dict) else None
        if not body.strip():
            return []
        if not isinstance(content, dict) or not content:
            return [Finding(UNDOCUMENTED_CONTENT_TYPE, status_text, "", response_at,
                            _safe_media(media))]
        chosen = _choose_media(content, media)
        if chosen is None:
            return [Finding(UNDOCUMENTED_CONTENT_TYPE, status_text, "", response_at,
                            _safe_media(media))]
        media_object = content.get(chosen)
        if not isinstance(media_object, dict) or "schema" not in media_object:
            return []
        if not is_json(media) and not is_json(chosen):
            return []
        try:
            parsed = json.loads(body)
        except ValueError:
            return [Finding(INVALID_BODY, status_text, "", response_at, "not JSON")]
        schema_at = f"{response_at}/content/{specs.pointer([chosen])[1:]}/schema"
        shape = self.index.shape(schema_at)
        raw: list[_Raw] = []
        _LOCAL.secrets = secrets
        try:
            shape.check(parsed, [], raw)
        finally:
            _LOCAL.secrets = ()
        unique = dict.fromkeys(raw)  # a property listed by two allOf members is one finding
        return [Finding(k, status_text, p, s, o, e, v) for k, p, s, o, e, v in unique]

    # ------------------------------------------------------------ rejected requests

    def check_rejection(
        self, status: int, error_body: Any, request_body: Any, query: Iterable[str]
    ) -> list[Finding]:
        """The request fields a 4xx error body names, as ``rejected-request`` findings.

        Only names the operation documents (request-body properties, parameters) can be
        recorded, so no word of the error message and no value of the request is ever kept.
        """
        words = set(_words(error_body))
        if not words:
            return []
        findings: list[Finding] = []
        names = self.request_names()
        sent_query = set(query)
        for name in sorted(words & set(names)):
            where, parent_at = names[name]
            observed = _observed_at(request_body, where)
            findings.append(Finding(REJECTED_REQUEST, str(status), where, parent_at, observed))
        parameters = self.parameters()
        for name in sorted(words & set(parameters)):
            location, at = parameters[name].split(" ", 1)
            sent = "sent" if location != "query" or name in sent_query else "absent"
            findings.append(Finding(REJECTED_REQUEST, str(status), f"{location}:{name}", at, sent))
        return findings

    def request_names(self) -> dict[str, tuple[str, str]]:
        """Property name → (body pointer, pointer of the schema listing it), shallowest first."""
        if self._request_names is None:
            names: dict[str, tuple[str, str]] = {}
            document = self.index.document
            body, body_at = specs.follow_ref(
                document, (specs.at_pointer(document, self.at) or {}).get("requestBody"),
                f"{self.at}/requestBody",
            )
            content = body.get("content") if isinstance(body, dict) else None
            if isinstance(content, dict):
                for media in content:
                    if is_json(media.lower()):
                        at = f"{body_at}/content/{specs.pointer([media])[1:]}/schema"
                        _collect_names(self.index.shape(at), [], names, set())
                        break
            self._request_names = names
        return self._request_names

    def parameters(self) -> dict[str, str]:
        """Parameter name → ``"<in> <pointer>"``, operation-level ones over path-level ones."""
        if self._parameters is None:
            document = self.index.document
            found: dict[str, str] = {}
            item_at = self.at.rsplit("/", 1)[0]
            for where in (item_at, self.at):
                for index, parameter in enumerate(
                    (specs.at_pointer(document, where) or {}).get("parameters") or ()
                ):
                    resolved, at = specs.follow_ref(document, parameter,
                                                    f"{where}/parameters/{index}")
                    if isinstance(resolved, dict) and isinstance(resolved.get("name"), str):
                        found[resolved["name"]] = f"{resolved.get('in', 'query')} {at}"
            self._parameters = found
        return self._parameters


def _collect_names(
    shape: Shape, path: list[str], names: dict[str, tuple[str, str]], seen: set[str]
) -> None:
    if shape.at in seen or len(path) > 6:
        return
    seen = seen | {shape.at}
    for name, child in shape.properties.items():
        names.setdefault(name, (specs.pointer([*path, name]), shape.at))
    for name, child in shape.properties.items():
        _collect_names(child, [*path, name], names, seen)
    for inner in (*shape.parts, *shape.choices):
        _collect_names(inner, path, names, seen)
    if shape.items is not None:
        _collect_names(shape.items, [*path, "*"], names, seen)


_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _words(node: Any, depth: int = 0) -> Iterable[str]:
    """The identifier-like words of an error body: its keys and the words of its strings."""
    if depth > 8:
        return
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _IDENTIFIER.findall(str(key))
            yield from _words(value, depth + 1)
    elif isinstance(node, list):
        for value in node[:100]:
            yield from _words(value, depth + 1)
    elif isinstance(node, str):
        yield from _IDENTIFIER.findall(node[:2000])


def _observed_at(body: Any, where: str) -> str:
    node = body
    for token in specs.pointer_tokens(where):
        if isinstance(node, list):
            node = node[0] if node else None
            if token == "*":
                continue
        if not isinstance(node, dict) or token not in node:
            return "absent"
        node = node[token]
    return specs.json_type(node)


def _body_kind(media: str, body: bytes) -> str:
    if not body.strip():
        return "empty"
    if is_json(media):
        try:
            return specs.json_type(json.loads(body))
        except ValueError:
            return "not JSON"
    return "text"


def _safe_media(media: str) -> str:
    return media if _MEDIA.fullmatch(media) else ("none" if not media else "unreadable")


def _choose_media(content: Mapping[str, Any], media: str) -> str | None:
    if media in content:
        return media
    lowered = {key.lower(): key for key in content}
    if media in lowered:
        return lowered[media]
    family = media.split("/", 1)[0]
    for key in (f"{family}/*", "*/*"):
        if key in lowered:
            return lowered[key]
    return None


__all__ = [
    "ENUM_VALUE_LIMIT",
    "KINDS",
    "NAME_LIMIT",
    "Finding",
    "OperationCheck",
    "SchemaIndex",
    "Shape",
    "is_name",
    "is_vocabulary",
    "media_type",
]
