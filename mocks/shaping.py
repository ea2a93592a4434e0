"""Fit values to schemas: the bridge between what a client writes and what the vendor reads back.

Request and response shapes differ (Wealthbox writes tags as names and reads them as objects;
Kanbert writes a country code and reads a `Country`; a Kanbert contact must carry thirty keys, most
of them null, that a create never sends). `Shaper.conform` turns a value into one that validates
against a schema, keeping everything that already fits and dropping what the schema does not
declare; `Shaper.synthesize` makes up a value from the schema alone (its const, default, example,
enum, or a neutral value of its type; null whenever null is allowed). Both only return values
that validate, or MISSING. `Shaper.refit` gives what `conform` gives, faster for a value that
already has the shape (a stored record being changed): it copies first and validates once.

Given a `lost` list, both also name (by path as the input errors name them, `workflow_milestones.1.milestone_date`) every text
value they drop although the read schema holds text there: a value the write schema admits but
the read schema cannot hold (Kanbert's birthday "2019-02-30"). The caller refuses such a write
rather than storing a record without it. Only the branch a union settles on counts, and a value
of another type (a milestone id written as a string and read as an integer, Pylon's custom
fields written as a list and read as an object) is turned around, not lost.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from mocks.plans import Plans, SchemaPlan
from mocks.schemas import SchemaRef, Schemas
from mocks.values import MISSING, Ids, Timestamps

# When a scalar must become an object, the property that receives it, by preference.
LIFT_KEYS = {
    "string": ("name", "address", "label", "title", "value", "text", "id"),
    "number": ("id", "value", "amount"),
    # Only a generic holder takes a list: Kinbox reads a custom field written as `["a", "b"]`
    # back as `{"value": ["a", "b"]}`, as it does a string; a list landing in whichever other
    # property accepts lists would be a guess.
    "array": ("value",),
}
# When an object must become a scalar, the property that provides it, by preference.
LOWER_KEYS = ("id", "email", "address", "name", "value", "label", "text")
ID_NAMES = frozenset({"id", "_id"})
MAX_DEPTH = 16


class _NeedsCare(Exception):
    """Raised by `Shaper._trusted` for a value that copying alone cannot shape."""


class Shaper:
    """Conforms and synthesizes values for one spec.

    Both walk `SchemaPlan`s (mocks/plans.py), so a request pays for the values it shapes, not
    for finding its way through the spec.
    """

    def __init__(
        self,
        schemas: Schemas,
        timestamps: Timestamps,
        ids: Ids,
        next_number: Callable[[str], int],
        plans: Plans | None = None,
    ) -> None:
        self.schemas = schemas
        self.timestamps = timestamps
        self.ids = ids
        # A counter per schema, for the ids of nested objects (addresses, tags...).
        self.next_number = next_number
        self.plans = plans or Plans(schemas)
        # While a `lost` list is given: where it goes, and the path of the value being shaped.
        self._lost: list[str] | None = None
        self._path: list[str] = []

    # ------------------------------------------------------------------ conform

    def conform(
        self, value: Any, ref: SchemaRef, depth: int = 0, *, lost: list[str] | None = None
    ) -> Any:
        """`value` made valid for `ref`, or MISSING when it cannot be; the paths of the text
        values it drops go to `lost` (see the module docstring)."""
        if lost is None:
            return self._fit(value, self.plans.of(ref), depth)
        with self._tracking(lost):
            return self._fit(value, self.plans.of(ref), depth)

    @contextlib.contextmanager
    def _tracking(self, lost: list[str]) -> Iterator[None]:
        outer, outer_path = self._lost, self._path
        self._lost, self._path = lost, []
        try:
            yield
        finally:
            self._lost, self._path = outer, outer_path

    def _note_lost(self, name: str | None = None) -> None:
        assert self._lost is not None
        self._lost.append(".".join(self._path if name is None else [*self._path, name]))

    def refit(self, value: Any, ref: SchemaRef, *, lost: list[str] | None = None) -> Any:
        """`conform` for a value that most likely has this shape already (a stored record being
        updated, a record a hook just changed): what the schema declares is copied and the
        whole validated once; only a value that needs more than copying takes the careful
        way. The result is `conform`'s either way."""
        plan = self.plans.of(ref)
        if not plan.flat:
            try:
                trusted = self._trusted(value, plan, 0)
            except _NeedsCare:
                pass
            else:
                if plan.is_valid(trusted):
                    return trusted
        if lost is None:
            return self._fit(value, plan, 0)
        with self._tracking(lost):
            return self._fit(value, plan, 0)

    def _trusted(self, value: Any, plan: SchemaPlan, depth: int) -> Any:
        """What `_fit` makes of `value` if every part of it already fits (the caller checks
        that on the result), without checking each part; _NeedsCare for anything `_fit`
        would do beyond copying: a made-up value (it would use up an id), a lift, a lowering,
        a coercion, a choice between branches.

        Why the result is `_fit`'s own when it validates: a valid object has valid
        properties, so each per-part check `_fit` makes passes and keeps the same value.
        """
        if plan.flat:
            return list(value) if type(value) is list else value
        if depth > MAX_DEPTH:
            raise _NeedsCare
        properties = plan.properties
        if plan.view is not None:
            if not _is_mapping(value):
                raise _NeedsCare
            for name in plan.required:
                if name not in value and name in properties:
                    raise _NeedsCare
            if depth > 0 and "id" in properties and "id" not in value:
                raise _NeedsCare
            shaped: dict[str, Any] = {}
            for name, prop, flat in plan.fields:
                if name in value:
                    item = value[name]
                    if flat:
                        shaped[name] = list(item) if type(item) is list else item
                    else:
                        shaped[name] = self._trusted(item, prop, depth + 1)
            extras = plan.extras
            if plan.keeps_extras or extras is not None:
                for name, item in value.items():
                    if name not in properties:
                        kept = item if extras is None else self._trusted(item, extras, depth + 1)
                        shaped[name] = kept
            return shaped
        items = plan.items
        if items is not None and not plan.branches and type(value) is list:
            return [self._trusted(item, items, depth + 1) for item in value]
        raise _NeedsCare

    def _fit(self, value: Any, plan: SchemaPlan, depth: int) -> Any:
        if plan.flat and plan.is_valid(value):
            # What the general path below returns for it, minus its detours (a list is
            # still a new list, as the general path makes one).
            return list(value) if type(value) is list else value
        result = self._conform(value, plan, depth)
        if result is MISSING or not plan.is_valid(result):
            return MISSING
        return result

    def _conform(self, value: Any, plan: SchemaPlan, depth: int) -> Any:
        if depth > MAX_DEPTH:
            return value
        view = plan.view
        if view is not None and _is_mapping(value):
            return self._conform_object(value, plan, depth)
        branches = plan.branches
        if branches:
            return self._conform_union(value, plan, branches, depth)
        items = plan.items
        if items is not None and isinstance(value, list):
            if self._lost is not None:
                return self._conform_items(value, items, depth)
            kept = [self._fit(item, items, depth + 1) for item in value]
            return [item for item in kept if item is not MISSING]
        if plan.resolved_is_valid(value):
            return value
        if view is not None and not isinstance(value, Mapping):
            return self._lift(value, plan, depth)
        if isinstance(value, Mapping):
            return self._lower(value, plan, depth)
        if isinstance(value, str):
            return self.timestamps.coerce(value, plan.resolved)
        if isinstance(value, float) and value.is_integer():
            return int(value)
        return MISSING

    def _conform_items(self, value: list[Any], items: SchemaPlan, depth: int) -> list[Any]:
        """The list branch of `_conform`, keeping the path for `lost`."""
        kept = []
        for index, item in enumerate(value):
            self._path.append(str(index))
            try:
                fitted = self._fit(item, items, depth + 1)
            finally:
                self._path.pop()
            if fitted is not MISSING:
                kept.append(fitted)
            elif type(item) is str and "string" in items.types:
                self._note_lost(str(index))
        return kept

    def _fit_field(self, name: str, item: Any, plan: SchemaPlan, depth: int) -> Any:
        """`_fit` for the property `name`, noting a text value lost there (when tracking)."""
        if self._lost is None:
            return self._fit(item, plan, depth)
        self._path.append(name)
        try:
            fitted = self._fit(item, plan, depth)
        finally:
            self._path.pop()
        if fitted is MISSING and type(item) is str and "string" in plan.types:
            self._note_lost(name)
        return fitted

    def _conform_object(self, value: Mapping[str, Any], plan: SchemaPlan, depth: int) -> Any:
        properties = plan.properties
        shaped: dict[str, Any] = {}
        for name, prop, flat in plan.fields:
            if name in value:
                item = value[name]
                if flat and prop.is_valid(item):  # `_fit`'s first step, without the call
                    shaped[name] = list(item) if type(item) is list else item
                    continue
                fitted = self._fit_field(name, item, prop, depth + 1)
                if fitted is not MISSING:
                    shaped[name] = fitted
        extras = plan.extras
        if plan.keeps_extras or extras is not None:
            for name, item in value.items():
                if name in properties:
                    continue
                if extras is not None:
                    item = self._fit_field(name, item, extras, depth + 1)
                if item is not MISSING:
                    shaped[name] = item
        for name in plan.required:
            if name in shaped:
                continue
            required = properties.get(name)
            if required is None:
                continue
            made = self._made(required, name, depth + 1)
            if made is MISSING:
                return MISSING
            shaped[name] = made
        if depth > 0 and "id" in properties and "id" not in shaped:
            # Nested objects the vendor stores (addresses, tags, milestones) get ids of their own.
            made_id = self._made(properties["id"], "id", depth + 1)
            if made_id is not MISSING:
                shaped["id"] = made_id
        return shaped

    def _conform_union(
        self, value: Any, plan: SchemaPlan, branches: list[SchemaPlan], depth: int
    ) -> Any:
        fitting = [branch for branch in branches if branch.is_valid(value)]
        others = [branch for branch in branches if branch not in fitting]
        lost = self._lost
        noted = len(lost) if lost is not None else 0
        for branch in fitting + sorted(others, key=lambda b: b.nullable):
            candidate = self._fit(value, branch, depth + 1)
            if candidate is not MISSING and plan.is_valid(candidate):
                return candidate
            if lost is not None:
                del lost[noted:]  # what a branch not taken would have dropped is not lost
        return MISSING

    def _lift(self, value: Any, plan: SchemaPlan, depth: int) -> Any:
        properties = plan.properties
        kind = "array" if isinstance(value, list) else "string" if isinstance(value, str) else "number"
        preferred = [key for key in LIFT_KEYS[kind] if key in properties]
        others = [] if kind == "array" else [key for key in properties if key not in preferred]
        for key in preferred + others:
            if properties[key].is_valid(value):
                return self._fit({key: value}, plan, depth + 1)
        return MISSING

    def _lower(self, value: Mapping[str, Any], plan: SchemaPlan, depth: int) -> Any:
        preferred = [key for key in LOWER_KEYS if key in value]
        for key in preferred + [key for key in value if key not in preferred]:
            if not isinstance(value[key], (Mapping, list)):
                candidate = self._fit(value[key], plan, depth + 1)
                if candidate is not MISSING:
                    return candidate
        return MISSING

    # ------------------------------------------------------------------ synthesize

    def synthesize(self, ref: SchemaRef, name: str | None = None, depth: int = 0) -> Any:
        """A made-up value for `ref` (named `name` in its object), or MISSING."""
        return self._made(self.plans.of(ref), name, depth)

    def _made(self, plan: SchemaPlan, name: str | None, depth: int) -> Any:
        result = self._synthesize(plan, name, depth)
        if result is MISSING or not plan.is_valid(result):
            return MISSING
        return result

    def _synthesize(self, plan: SchemaPlan, name: str | None, depth: int) -> Any:
        resolved = plan.resolved
        node = resolved.node
        types = plan.types
        if name in ID_NAMES and types & {"integer", "string", "number"} and "null" not in types:
            return self.ids.make(resolved, lambda: self.next_number(resolved.pointer))
        if "null" in types:
            return None
        for candidate in plan.declared_values:
            if plan.resolved_is_valid(candidate):
                return candidate
        if depth > MAX_DEPTH:
            return MISSING
        for branch in plan.branches:
            made = self._made(branch, name, depth + 1)
            if made is not MISSING and plan.resolved_is_valid(made):
                return made
        if plan.view is not None:
            return self._conform_object({}, plan, depth)
        if "array" in types:
            return self._synthesize_array(plan, depth)
        if "string" in types:
            return self._synthesize_string(plan)
        if "integer" in types or "number" in types:
            minimum = node.get("minimum", node.get("exclusiveMinimum", -1) + 1)
            return max(0, int(minimum)) if isinstance(minimum, (int, float)) else 0
        if "boolean" in types:
            return False
        return MISSING

    def _synthesize_array(self, plan: SchemaPlan, depth: int) -> Any:
        count = int(plan.node.get("minItems", 0))
        if count == 0:
            return []
        items = plan.items
        if items is None:
            return MISSING
        made = [self._made(items, None, depth + 1) for _ in range(count)]
        return MISSING if any(item is MISSING for item in made) else made

    def _synthesize_string(self, plan: SchemaPlan) -> Any:
        node = plan.node
        candidates: list[Any] = []
        if node.get("format") in ("date-time", "date") or "pattern" in node:
            candidates.append(self.timestamps.now(plan.resolved))
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
            if candidate is not MISSING and plan.resolved_is_valid(candidate):
                return candidate
        return MISSING


def _is_mapping(value: Any) -> bool:
    # Values are nearly always plain dicts; the ABC check is for the rest.
    return type(value) is dict or isinstance(value, Mapping)
