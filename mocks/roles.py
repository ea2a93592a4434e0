"""Infer collections and operation roles from method + path shape + schemas, for any spec.

- A *collection* is a path template that is listed or posted to (`/contacts`), or the parent of
  an item path (`/contacts/{id}` -> `/contacts`). Its *record* schema is the object with an id
  field found in the responses of its item read, create, update, delete or list (in that order of
  preference); the id field is the item path's parameter name, `id` or `_id`, whichever the
  record declares.
- Roles: a paginated operation lists (a POST that pages is a search over the collection whose
  records it returns); POST to a collection creates; GET / PUT / PATCH / DELETE on an item path
  read, update and delete; anything under an item path is an *action* on that record; the rest
  (the login profile) is a *singleton*.
"""

from __future__ import annotations

from typing import Any

# Collection is defined beside Operation (each refers to the other); importable from here too.
from mocks.operations import Collection, Operation, Role
from mocks.schemas import SchemaRef, Schemas

__all__ = ["Collection", "RoleInference"]

ID_CANDIDATES = ("id", "_id")


def _is_param(segment: str) -> bool:
    return segment.startswith("{") and segment.endswith("}")


def _parent(template: str) -> tuple[str, str] | None:
    """(collection template, id parameter) when `template` ends with a parameter."""
    head, _, last = template.rstrip("/").rpartition("/")
    if _is_param(last):
        return head, last[1:-1]
    return None


class RoleInference:
    def __init__(self, schemas: Schemas, operations: list[Operation]) -> None:
        self.schemas = schemas
        self.operations = operations
        self.collections: dict[str, Collection] = {}

    def run(self) -> dict[str, Collection]:
        by_template: dict[str, list[Operation]] = {}
        for op in self.operations:
            by_template.setdefault(op.template, []).append(op)
        templates = set(by_template)
        for template in sorted(templates):
            parent = _parent(template)
            if parent is not None:
                self._collection(parent[0], template, parent[1], by_template)
        for op in self.operations:
            if (
                op.pagination is not None
                and op.method == "GET"
                or (
                    op.method == "POST"
                    and op.pagination is None
                    and _parent(op.template) is None
                    and op.template not in self.collections
                    and not self._is_action_path(op.template)
                )
            ):
                self._collection(op.template, None, None, by_template)
        for op in self.operations:
            self._assign(op)
        return self.collections

    def _is_action_path(self, template: str) -> bool:
        return any(template.startswith(f"{c.item_template}/") for c in self._item_collections())

    def _item_collections(self) -> list[Collection]:
        return [c for c in self.collections.values() if c.item_template]

    def _collection(
        self,
        template: str,
        item_template: str | None,
        id_param: str | None,
        by_template: dict[str, list[Operation]],
    ) -> None:
        existing = self.collections.get(template)
        if existing is not None:
            if item_template and existing.item_template is None:
                existing.item_template, existing.id_param = item_template, id_param
            return
        candidates = (id_param,) + ID_CANDIDATES if id_param else ID_CANDIDATES
        item_ops = by_template.get(item_template or "", [])
        own_ops = by_template.get(template, [])
        ordered = (
            [op for op in item_ops if op.method == "GET"]
            + [op for op in own_ops if op.method == "POST" and op.pagination is None]
            + [op for op in item_ops if op.method in ("PUT", "PATCH", "DELETE")]
        )
        for op in ordered:
            found = self._find_record(op, candidates)
            if found is not None:
                self._register(template, item_template, id_param, found[1], found[2], own_ops)
                return
        for op in own_ops:
            listed = self._list_items(op)
            if listed is not None:
                view = self.schemas.object_view(listed)
                id_field = next((c for c in candidates if view and c in view.properties), None)
                if id_field is not None:
                    self._register(template, item_template, id_param, listed, id_field, own_ops)
                    return

    def _register(
        self,
        template: str,
        item_template: str | None,
        id_param: str | None,
        record: SchemaRef,
        id_field: str,
        own_ops: list[Operation],
    ) -> None:
        create = next((op for op in own_ops if op.method == "POST" and op.pagination is None), None)
        view = self.schemas.object_view(record)
        declared = set(view.properties) if view else set()
        managed = {id_field}
        if create is not None and create.body is not None and create.body.schema is not None:
            body_view = self.schemas.object_view(create.body.schema)
            if body_view is not None:
                managed |= declared - set(body_view.properties)
        examples: list[Any] = []
        if create is None:
            for op in own_ops:
                examples = self._example_items(op) or examples
        self.collections[template] = Collection(
            template=template,
            item_template=item_template,
            id_param=id_param,
            id_field=id_field,
            record=record,
            create=create,
            managed=frozenset(managed),
            writable=frozenset(declared - managed),
            examples=examples,
        )

    def _find_record(
        self, op: Operation, candidates: tuple[str, ...]
    ) -> tuple[tuple[str, ...], SchemaRef, str] | None:
        schema = op.success.schema
        if schema is None:
            return None
        view = self.schemas.object_view(schema)
        if view is None:
            return None
        for candidate in candidates:
            if candidate in view.properties:
                return (), schema, candidate
        for name, prop in view.properties.items():
            inner = self.schemas.object_view(prop)
            if inner is None:
                continue
            for candidate in candidates:
                if candidate in inner.properties:
                    return (name,), prop, candidate
        return None

    def _list_items(self, op: Operation) -> SchemaRef | None:
        """The item schema of a paginated operation's success body."""
        if op.pagination is None or op.success.schema is None:
            return None
        ref: SchemaRef | None = op.success.schema
        for token in op.pagination.items:
            view = self.schemas.object_view(ref) if ref else None
            ref = view.properties.get(token) if view else None
        if ref is None:
            return None
        array = self.schemas.resolve(ref)
        return array.child("items") if "items" in array.node else None

    def _example_items(self, op: Operation) -> list[Any]:
        found, value = op.success.example
        if not found or op.pagination is None:
            return []
        for token in op.pagination.items:
            value = value.get(token) if isinstance(value, dict) else None
        return list(value) if isinstance(value, list) else []

    def _assign(self, op: Operation) -> None:
        parent = _parent(op.template)
        if op.pagination is not None:
            op.role = Role.LIST
            op.collection = self.collections.get(op.template) or self._collection_listing(op)
            items = self._list_items(op)
            op.record_schema = items
            return
        if parent is not None and parent[0] in self.collections:
            collection = self.collections[parent[0]]
            op.collection = collection
            op.role = {
                "GET": Role.READ,
                "PUT": Role.UPDATE,
                "PATCH": Role.UPDATE,
                "DELETE": Role.DELETE,
            }.get(op.method, Role.ACTION)
        elif op.method == "POST" and op.template in self.collections:
            op.collection = self.collections[op.template]
            op.role = Role.CREATE
        else:
            owner = next(
                (
                    c
                    for c in self._item_collections()
                    if op.template.startswith(f"{c.item_template}/")
                ),
                None,
            )
            op.collection = owner
            op.role = Role.ACTION if owner else Role.SINGLETON
        if op.collection is not None:
            found = self._find_record(op, (op.collection.id_field,))
            if found is not None:
                op.record_at, op.record_schema = found[0], found[1]

    def _collection_listing(self, op: Operation) -> Collection | None:
        """The collection a paginated POST (a search) returns records of."""
        items = self._list_items(op)
        if items is None:
            return None
        target = self.schemas.resolve(items).pointer
        for collection in self.collections.values():
            if self.schemas.resolve(collection.record).pointer == target:
                return collection
        return None
