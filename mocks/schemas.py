"""JSON Schema access for the engine: compiled validators and structural views of schemas.

Validators are compiled with jsonschema-rs straight from the spec document (it is registered
once as a resource, and each validator is a `$ref` into it), so no schema is ever copied and
each is compiled once per app, on first use.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

import jsonschema_rs
from crm_overlays.specs import JSON_TYPES, json_type

from mocks.openapi import SpecDocument, join_pointer

SPEC_URI = "urn:crm-api-kit:spec"
# OpenAPI's integer formats are ranges; clients (and Schemathesis) treat them as bounds.
INTEGER_FORMAT_BOUNDS = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}
# Keywords that imply a type when `type` is absent.
_OBJECT_KEYWORDS = ("properties", "required", "additionalProperties")


@dataclass(frozen=True, slots=True)
class SchemaRef:
    """A schema node of the spec and its JSON pointer (the pointer is what validators compile)."""

    pointer: str
    node: Mapping[str, Any]

    def child(self, *tokens: str | int) -> SchemaRef:
        node: Any = self.node
        for token in tokens:
            node = node[token]
        return SchemaRef(join_pointer(self.pointer, *tokens), node)


@dataclass(frozen=True, slots=True)
class ObjectView:
    """The properties an object schema declares, with `allOf` branches merged."""

    properties: dict[str, SchemaRef] = field(default_factory=dict)
    required: frozenset[str] = frozenset()
    # None: additionalProperties unspecified; True/False; or the schema extra values follow.
    additional: SchemaRef | bool | None = None


@dataclass(frozen=True, slots=True)
class FieldError:
    """One validation failure: where in the instance, and the validator's message."""

    location: str
    message: str


class Schemas:
    """Compiled validators and cached structural views for one spec."""

    def __init__(self, document: SpecDocument) -> None:
        self.document = document
        validated = _with_integer_bounds(copy.deepcopy(dict(document.document)))
        self._registry = jsonschema_rs.Registry([(SPEC_URI, validated)])
        self._validators: dict[str, jsonschema_rs.Draft202012Validator] = {}
        self._views: dict[str, ObjectView | None] = {}
        self._types: dict[str, frozenset[str]] = {}
        # Resolved targets by pointer: resolving walks the document from its root, and the
        # request path asks for the same few schemas over and over.
        self._resolved: dict[str, SchemaRef] = {}

    def ref(self, pointer: str) -> SchemaRef:
        return SchemaRef(pointer, self.document.at(pointer))

    def resolve(self, ref: SchemaRef) -> SchemaRef:
        """Follow `$ref` chains; sibling keywords of a `$ref` are annotations in our specs."""
        cached = self._resolved.get(ref.pointer)
        if cached is not None:
            return cached
        node, pointer = self.document.resolve(ref.node, ref.pointer)
        resolved = SchemaRef(pointer, node)
        self._resolved[ref.pointer] = resolved
        return resolved

    # ------------------------------------------------------------------ validation

    def validator(self, ref: SchemaRef) -> jsonschema_rs.Draft202012Validator:
        compiled = self._validators.get(ref.pointer)
        if compiled is None:
            fragment = quote(ref.pointer[1:], safe="/~!$&'()*+,;=:@")
            compiled = jsonschema_rs.Draft202012Validator(
                {"$ref": f"{SPEC_URI}#{fragment}"},
                registry=self._registry,
                validate_formats=True,
            )
            self._validators[ref.pointer] = compiled
        return compiled

    def is_valid(self, ref: SchemaRef, value: Any) -> bool:
        return bool(self.validator(ref).is_valid(value))

    def errors(self, ref: SchemaRef, value: Any, *, prefix: str = "") -> list[FieldError]:
        found = []
        for error in self.validator(ref).iter_errors(value):
            path = ".".join(str(token) for token in error.instance_path)
            location = ".".join(part for part in (prefix, path) if part) or "body"
            found.append(FieldError(location, str(error.message)))
        return found

    # ------------------------------------------------------------------ structure

    def branches(self, ref: SchemaRef) -> list[SchemaRef]:
        """The alternatives of a `oneOf` / `anyOf` schema (after resolving `$ref`s)."""
        resolved = self.resolve(ref)
        for keyword in ("oneOf", "anyOf"):
            options = resolved.node.get(keyword)
            if isinstance(options, list):
                return [resolved.child(keyword, index) for index in range(len(options))]
        return []

    def types(self, ref: SchemaRef) -> frozenset[str]:
        """The JSON types a value of this schema may have (all of them when unconstrained)."""
        cached = self._types.get(ref.pointer)
        if cached is None:
            self._types[ref.pointer] = frozenset()  # recursion guard
            cached = self._compute_types(self.resolve(ref))
            self._types[ref.pointer] = cached
        return cached

    def _compute_types(self, ref: SchemaRef) -> frozenset[str]:
        node = ref.node
        declared = node.get("type")
        if isinstance(declared, str):
            found = frozenset({declared})
        elif isinstance(declared, list):
            found = frozenset(str(item) for item in declared)
        elif "const" in node or isinstance(node.get("enum"), list):
            values = [node["const"]] if "const" in node else list(node["enum"])
            found = frozenset(json_type(value) for value in values)
        elif any(keyword in node for keyword in _OBJECT_KEYWORDS):
            found = frozenset({"object"})
        elif "items" in node:
            found = frozenset({"array"})
        elif self.branches(ref):
            found = frozenset().union(*(self.types(branch) for branch in self.branches(ref)))
        elif isinstance(node.get("allOf"), list):
            parts = [self.types(ref.child("allOf", i)) for i in range(len(node["allOf"]))]
            narrowed = [part for part in parts if part != JSON_TYPES and part]
            found = frozenset.intersection(*narrowed) if narrowed else JSON_TYPES
        else:
            found = JSON_TYPES
        return found

    def object_view(self, ref: SchemaRef) -> ObjectView | None:
        """The merged properties of an object schema, or None when it is not an object schema."""
        resolved = self.resolve(ref)
        if resolved.pointer in self._views:
            return self._views[resolved.pointer]
        self._views[resolved.pointer] = None  # recursion guard
        view = self._compute_view(resolved)
        self._views[resolved.pointer] = view
        return view

    def _compute_view(self, ref: SchemaRef) -> ObjectView | None:
        types = self.types(ref)
        if "object" not in types or (types == JSON_TYPES and not _is_objectish(ref)):
            return None
        properties: dict[str, SchemaRef] = {}
        required: set[str] = set(ref.node.get("required") or [])
        additional: SchemaRef | bool | None = None
        for name in ref.node.get("properties") or {}:
            properties[name] = ref.child("properties", name)
        raw_additional = ref.node.get("additionalProperties")
        if isinstance(raw_additional, bool):
            additional = raw_additional
        elif isinstance(raw_additional, Mapping):
            additional = ref.child("additionalProperties")
        for index in range(len(ref.node.get("allOf") or [])):
            part = self.object_view(ref.child("allOf", index))
            if part is None:
                continue
            for name, prop in part.properties.items():
                properties.setdefault(name, prop)
            required |= part.required
            if part.additional is False or additional is None:
                additional = part.additional if part.additional is not None else additional
        return ObjectView(properties, frozenset(required), additional)


def _with_integer_bounds(node: Any) -> Any:
    """The document with `format: int32/int64` turned into minimum/maximum, in place."""
    if isinstance(node, dict):
        bounds = INTEGER_FORMAT_BOUNDS.get(str(node.get("format")))
        declared = node.get("type")
        if bounds and (
            declared == "integer" or isinstance(declared, list) and "integer" in declared
        ):
            low, high = bounds
            node["minimum"] = max(node.get("minimum", low), low)
            node["maximum"] = min(node.get("maximum", high), high)
        for value in node.values():
            _with_integer_bounds(value)
    elif isinstance(node, list):
        for value in node:
            _with_integer_bounds(value)
    return node


def _is_objectish(ref: SchemaRef) -> bool:
    node = ref.node
    return any(keyword in node for keyword in _OBJECT_KEYWORDS) or "allOf" in node
