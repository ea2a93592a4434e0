"""Per-schema facts compiled once, so that shaping a value does no pointer or `$ref` work.

Shaping a Pylon contact visits some twenty schema nodes, and for each one the generic code used to
resolve `$ref` chains, merge `allOf` views, list `oneOf` branches and look up validators. None
of that depends on the request, so a `SchemaPlan` holds it per schema pointer: the resolved
node, a plan per property, the branches, the items, and the bound `is_valid` of the compiled
validator. A plan is registered before its children are linked, so recursive schemas (a Pylon
filter holds filters) link to themselves; plans live as long as the compiled spec.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from mocks.schemas import ObjectView, SchemaRef, Schemas

# Keywords that never change what a `$ref`'s target accepts: a node made of these and a
# `$ref` validates exactly like its target.
_ANNOTATIONS = frozenset({
    "$ref", "$comment", "description", "summary", "title", "example", "examples", "default",
    "deprecated", "readOnly", "writeOnly", "externalDocs", "xml", "discriminator",
})  # fmt: skip


class SchemaPlan:
    """What shaping needs to know about one schema node (as written, `$ref` or not)."""

    __slots__ = (
        "branches",
        "declared_values",
        "extras",
        "fields",
        "flat",
        "is_valid",
        "items",
        "keeps_extras",
        "nullable",
        "properties",
        "ref",
        "required",
        "resolved",
        "resolved_is_valid",
        "types",
        "view",
    )

    def __init__(self, schemas: Schemas, ref: SchemaRef) -> None:
        self.ref = ref
        self.resolved = schemas.resolve(ref)
        self.is_valid: Callable[[Any], bool] = schemas.validator(ref).is_valid
        # The target's own validator, for the steps that test the resolved schema; the same
        # callable when the `$ref` adds no assertion of its own.
        adds_assertions = ref.pointer != self.resolved.pointer and not _ANNOTATIONS.issuperset(
            key for key in ref.node if not key.startswith("x-")
        )
        self.resolved_is_valid: Callable[[Any], bool] = (
            schemas.validator(self.resolved).is_valid if adds_assertions else self.is_valid
        )
        self.types = schemas.types(ref)
        self.nullable = "null" in self.types
        self.view: ObjectView | None = schemas.object_view(self.resolved)
        self.required: tuple[str, ...] = tuple(sorted(self.view.required)) if self.view else ()
        self.declared_values = _declared_values(self.resolved.node)
        # Children, set by `Plans.of` right after this plan is registered.
        self.properties: dict[str, SchemaPlan] = {}
        # (name, plan, plan.flat): the properties as the object loop wants them.
        self.fields: tuple[tuple[str, SchemaPlan, bool], ...] = ()
        # The plan extra properties follow (`additionalProperties: {schema}`), if any.
        self.extras: SchemaPlan | None = None
        # Whether undeclared properties are kept (no properties declared, or allowed).
        self.keeps_extras = False
        self.branches: list[SchemaPlan] = []
        self.items: SchemaPlan | None = None
        # Conforming a value this schema accepts returns that value unchanged: a scalar schema,
        # an array of such, or a union of such. (False until linked: the safe answer in a
        # cycle.)
        self.flat = False

    def __repr__(self) -> str:
        return f"SchemaPlan({self.ref.pointer!r})"

    @property
    def node(self) -> Mapping[str, Any]:
        """The resolved schema object."""
        return self.resolved.node

    def link(self, plans: Plans) -> None:
        schemas = plans.schemas
        view = self.view
        if view is not None:
            self.properties = {name: plans.of(prop) for name, prop in view.properties.items()}
            self.fields = tuple((name, plan, plan.flat) for name, plan in self.properties.items())
            if isinstance(view.additional, SchemaRef):
                self.extras = plans.of(view.additional)
            self.keeps_extras = not view.properties or view.additional is True
        self.branches = [plans.of(branch) for branch in schemas.branches(self.resolved)]
        if "items" in self.resolved.node:
            self.items = plans.of(self.resolved.child("items"))
        if view is not None:
            self.flat = False
        elif self.branches:
            # A value valid for the union is valid for one of its branches, and a flat branch
            # gives it back unchanged; the union's own check then passes too.
            self.flat = all(branch.flat for branch in self.branches)
        else:
            self.flat = self.items is None or self.items.flat


class Plans:
    """The plan of every schema pointer used so far, for one spec."""

    def __init__(self, schemas: Schemas) -> None:
        self.schemas = schemas
        self._plans: dict[str, SchemaPlan] = {}

    def of(self, ref: SchemaRef) -> SchemaPlan:
        plan = self._plans.get(ref.pointer)
        if plan is None:
            plan = self._plans[ref.pointer] = SchemaPlan(self.schemas, ref)
            plan.link(self)
        return plan


def _declared_values(node: Mapping[str, Any]) -> tuple[Any, ...]:
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
    return tuple(values)
