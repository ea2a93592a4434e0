"""Fit values to schemas: the bridge between what a client writes and what the vendor reads back.

Request and response shapes differ (Wealthbox writes tags as names and reads them as objects;
Kanbert writes a country code and reads a `Country`; a Kanbert contact must carry thirty keys, most
of them null, that a create never sends). `Shaper.conform` turns a value into one that validates
against a schema, keeping everything that already fits and dropping what the schema does not
declare; `Shaper.synthesize` makes up a value from the schema alone (its const, default, example,
enum, or a neutral value of its type; null whenever null is allowed). Both only return values
that validate, or MISSING.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from mocks.schemas import ObjectView, SchemaRef, Schemas
from mocks.values import MISSING, Ids, Timestamps

# When a scalar must become an object, the property that receives it, by preference.
LIFT_KEYS = {
    "string": ("name", "address", "label", "title", "value", "text", "id"),
    "number": ("id", "value", "amount"),
}
# When an object must become a scalar, the property that provides it, by preference.
LOWER_KEYS = ("id", "email", "address", "name", "value", "label", "text")
ID_NAMES = frozenset({"id", "_id"})
MAX_DEPTH = 16


class Shaper:
    """Conforms and synthesizes values for one spec."""

    def __init__(
        self,
        schemas: Schemas,
        timestamps: Timestamps,
        ids: Ids,
        next_number: Callable[[str], int],
    ) -> None:
        self.schemas = schemas
        self.timestamps = timestamps
        self.ids = ids
        # A counter per schema, for the ids of nested objects (addresses, tags...).
        self.next_number = next_number

    # ------------------------------------------------------------------ conform

    def conform(self, value: Any, ref: SchemaRef, depth: int = 0) -> Any:
        """`value` made valid for `ref`, or MISSING when it cannot be."""
        result = self._conform(value, ref, depth)
        if result is MISSING or not self.schemas.is_valid(ref, result):
            return MISSING
        return result

    def _conform(self, value: Any, ref: SchemaRef, depth: int) -> Any:
        resolved = self.schemas.resolve(ref)
        if depth > MAX_DEPTH:
            return value
        view = self.schemas.object_view(resolved)
        if isinstance(value, Mapping) and view is not None:
            return self._conform_object(value, view, depth)
        branches = self.schemas.branches(resolved)
        if branches:
            return self._conform_union(value, ref, branches, depth)
        if isinstance(value, list) and "items" in resolved.node:
            items = resolved.child("items")
            kept = [self.conform(item, items, depth + 1) for item in value]
            return [item for item in kept if item is not MISSING]
        if self.schemas.is_valid(resolved, value):
            return value
        if view is not None and not isinstance(value, (list, Mapping)):
            return self._lift(value, view, ref, depth)
        if isinstance(value, Mapping):
            return self._lower(value, ref, depth)
        if isinstance(value, str):
            return self.timestamps.coerce(value, resolved)
        if isinstance(value, float) and value.is_integer():
            return int(value)
        return MISSING

    def _conform_object(self, value: Mapping[str, Any], view: ObjectView, depth: int) -> Any:
        shaped: dict[str, Any] = {}
        for name, prop in view.properties.items():
            if name in value:
                fitted = self.conform(value[name], prop, depth + 1)
                if fitted is not MISSING:
                    shaped[name] = fitted
        keeps_extras = not view.properties or view.additional is True
        if keeps_extras or isinstance(view.additional, SchemaRef):
            for name, item in value.items():
                if name in view.properties:
                    continue
                if isinstance(view.additional, SchemaRef):
                    item = self.conform(item, view.additional, depth + 1)
                if item is not MISSING:
                    shaped[name] = item
        for name in sorted(view.required - shaped.keys()):
            prop_ref = view.properties.get(name)
            if prop_ref is None:
                continue
            made = self.synthesize(prop_ref, name, depth + 1)
            if made is MISSING:
                return MISSING
            shaped[name] = made
        if depth > 0 and "id" in view.properties and "id" not in shaped:
            # Nested objects the vendor stores (addresses, tags, milestones) get ids of their own.
            made_id = self.synthesize(view.properties["id"], "id", depth + 1)
            if made_id is not MISSING:
                shaped["id"] = made_id
        return shaped

    def _conform_union(
        self, value: Any, ref: SchemaRef, branches: list[SchemaRef], depth: int
    ) -> Any:
        fitting = [branch for branch in branches if self.schemas.is_valid(branch, value)]
        others = [branch for branch in branches if branch not in fitting]
        for branch in fitting + sorted(others, key=lambda b: self.schemas.is_nullable(b)):
            candidate = self.conform(value, branch, depth + 1)
            if candidate is not MISSING and self.schemas.is_valid(ref, candidate):
                return candidate
        return MISSING

    def _lift(self, value: Any, view: ObjectView, ref: SchemaRef, depth: int) -> Any:
        kind = "string" if isinstance(value, str) else "number"
        preferred = [key for key in LIFT_KEYS[kind] if key in view.properties]
        for key in preferred + [key for key in view.properties if key not in preferred]:
            if self.schemas.is_valid(view.properties[key], value):
                return self.conform({key: value}, ref, depth + 1)
        return MISSING

    def _lower(self, value: Mapping[str, Any], ref: SchemaRef, depth: int) -> Any:
        preferred = [key for key in LOWER_KEYS if key in value]
        for key in preferred + [key for key in value if key not in preferred]:
            if not isinstance(value[key], (Mapping, list)):
                candidate = self.conform(value[key], ref, depth + 1)
                if candidate is not MISSING:
                    return candidate
        return MISSING

    # ------------------------------------------------------------------ synthesize

    def synthesize(self, ref: SchemaRef, name: str | None = None, depth: int = 0) -> Any:
        """A made-up value for `ref` (named `name` in its object), or MISSING."""
        result = self._synthesize(ref, name, depth)
        if result is MISSING or not self.schemas.is_valid(ref, result):
            return MISSING
        return result

    def _synthesize(self, ref: SchemaRef, name: str | None, depth: int) -> Any:
        resolved = self.schemas.resolve(ref)
        node = resolved.node
        types = self.schemas.types(resolved)
        if name in ID_NAMES and types & {"integer", "string", "number"} and "null" not in types:
            return self.ids.make(resolved, lambda: self.next_number(resolved.pointer))
        if "null" in types:
            return None
        for candidate in _declared_values(node):
            if self.schemas.is_valid(resolved, candidate):
                return candidate
        if depth > MAX_DEPTH:
            return MISSING
        for branch in self.schemas.branches(resolved):
            made = self.synthesize(branch, name, depth + 1)
            if made is not MISSING and self.schemas.is_valid(resolved, made):
                return made
        view = self.schemas.object_view(resolved)
        if view is not None:
            return self._conform_object({}, view, depth)
        if "array" in types:
            return self._synthesize_array(resolved, depth)
        if "string" in types:
            return self._synthesize_string(resolved, name)
        if "integer" in types or "number" in types:
            minimum = node.get("minimum", node.get("exclusiveMinimum", -1) + 1)
            return max(0, int(minimum)) if isinstance(minimum, (int, float)) else 0
        if "boolean" in types:
            return False
        return MISSING

    def _synthesize_array(self, ref: SchemaRef, depth: int) -> Any:
        count = int(ref.node.get("minItems", 0))
        if count == 0:
            return []
        if "items" not in ref.node:
            return MISSING
        items = [self.synthesize(ref.child("items"), None, depth + 1) for _ in range(count)]
        return MISSING if any(item is MISSING for item in items) else items

    def _synthesize_string(self, ref: SchemaRef, name: str | None) -> Any:
        node = ref.node
        candidates: list[Any] = []
        if node.get("format") in ("date-time", "date") or "pattern" in node:
            candidates.append(self.timestamps.now(ref))
        known = {
            "email": "user@example.com",
            "uri": "https://example.com/",
            "uuid": self.ids.uuid(),
        }
        if node.get("format") in known:
            candidates.append(known[str(node["format"])])
        if "pattern" in node:
            candidates += [self.ids.object_id(), self.ids.uuid(), "0"]
        candidates += ["", "string", "x" * int(node.get("minLength", 1))]
        for candidate in candidates:
            if candidate is not MISSING and self.schemas.is_valid(ref, candidate):
                return candidate
        return MISSING


def _declared_values(node: Mapping[str, Any]) -> list[Any]:
    """What the schema itself offers as a value: const, default, examples, enum."""
    values: list[Any] = []
    if "const" in node:
        values.append(node["const"])
    if "default" in node:
        values.append(node["default"])
    if isinstance(node.get("examples"), list):
        values += node["examples"]
    if "example" in node:
        values.append(node["example"])
    if isinstance(node.get("enum"), list):
        values += node["enum"]
    return values
