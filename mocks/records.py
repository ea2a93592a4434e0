"""Stored records: request bodies turned into the vendor's read shape, with server-made fields.

A record is stored already shaped like the collection's read schema, so reads and lists serve it
as it is. On create the server sets the id (in the id field's format), and the timestamps and
version the record declares; on update it refreshes the update timestamp. What a client may write
is what the request body or the record declares, minus the fields the server manages (the id,
and the record fields that the create body does not declare, such as Repzo's `createdAt`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from mocks.roles import Collection
from mocks.schemas import SchemaRef, Schemas
from mocks.shaping import Shaper
from mocks.store import Record, Store
from mocks.values import MISSING, Ids, Timestamps

CREATED_FIELDS = ("created_at", "createdAt")
UPDATED_FIELDS = ("updated_at", "updatedAt")
VERSION_FIELDS = ("__v",)


class ShapeError(Exception):
    """A record could not be made to fit its schema (a bug in the engine or a hook)."""


class UnreadableValues(ValueError):
    """A write holds text values the record's read schema cannot hold (Kanbert's birthday
    "2019-02-30", a Wealthbox start time "13:00pm"): storing the record without them would
    lose them, so the write is refused (the engine answers its validation status)."""

    def __init__(self, paths: list[str]) -> None:
        self.paths = tuple(dict.fromkeys(paths))
        super().__init__(f"values the record cannot hold: {', '.join(self.paths)}")

    def field_errors(self) -> dict[str, list[str]]:
        return {path: [FIELD_MESSAGE] for path in self.paths}


FIELD_MESSAGE = "is not a value this field can hold (no real date or time, or out of range)"


class Records:
    def __init__(
        self, schemas: Schemas, shaper: Shaper, timestamps: Timestamps, ids: Ids, store: Store
    ) -> None:
        self.schemas = schemas
        self.shaper = shaper
        self.timestamps = timestamps
        self.ids = ids
        self.store = store
        self._allowed: dict[tuple[str, str | None], frozenset[str]] = {}

    def _writable_names(
        self, collection: Collection, body_schema: SchemaRef | None
    ) -> frozenset[str]:
        key = (collection.template, body_schema.pointer if body_schema is not None else None)
        allowed = self._allowed.get(key)
        if allowed is None:
            names = set(collection.writable)
            view = self.schemas.object_view(body_schema) if body_schema is not None else None
            if view is not None:
                names |= set(view.properties)
            allowed = self._allowed[key] = frozenset(names - collection.managed)
        return allowed

    def writable(
        self, collection: Collection, body: Any, body_schema: SchemaRef | None
    ) -> dict[str, Any]:
        if not isinstance(body, Mapping):
            return {}
        allowed = self._writable_names(collection, body_schema)
        return {name: value for name, value in body.items() if name in allowed}

    def new_id(self, collection: Collection) -> Any:
        view = self.schemas.object_view(collection.record)
        assert view is not None
        id_ref = view.properties[collection.id_field]
        return self.ids.make(id_ref, lambda: self.store.next_number(collection.template))

    def _stamp(
        self, collection: Collection, fields: dict[str, Any], names: tuple[str, ...]
    ) -> None:
        view = self.schemas.object_view(collection.record)
        if view is None:
            return
        # One clock reading for every field: a created record's created and updated times are
        # equal, as a server that stamps both in one write makes them.
        moment = self.timestamps.clock()
        for name in names:
            if name in view.properties:
                now = self.timestamps.now(view.properties[name], moment)
                if now is not MISSING:
                    fields[name] = now

    def create(
        self, collection: Collection, body: Any, body_schema: SchemaRef | None
    ) -> dict[str, Any]:
        fields = self.writable(collection, body, body_schema)
        fields[collection.id_field] = self.new_id(collection)
        self._stamp(collection, fields, CREATED_FIELDS + UPDATED_FIELDS)
        view = self.schemas.object_view(collection.record)
        for name in VERSION_FIELDS:
            if view is not None and name in view.properties:
                fields[name] = 0
        return self.fit(collection, fields, written=True)

    def update(
        self,
        collection: Collection,
        record: Record,
        body: Any,
        body_schema: SchemaRef | None,
        *,
        replace: bool,
    ) -> dict[str, Any]:
        fields = self.writable(collection, body, body_schema)
        if replace:
            merged = {name: value for name, value in record.items() if name in collection.managed}
        else:
            merged = dict(record)
        merged.update(fields)
        self._stamp(collection, merged, UPDATED_FIELDS)
        return self.fit(collection, merged, written=bool(fields), fresh=False)

    def fit(
        self,
        collection: Collection,
        fields: Mapping[str, Any],
        *,
        written: bool = False,
        fresh: bool = True,
    ) -> dict[str, Any]:
        """`fields` shaped to the collection's record schema; ShapeError when impossible,
        UnreadableValues when `written` fields hold text the record cannot hold.

        written: the fields come from a request body (in the write shape, which often
        differs from the read shape), rather than from a record being changed.
        fresh: they are all the body's (a create), not a stored record with the body's
        fields laid over it (an update, shaped the faster way when it still fits).
        """
        lost: list[str] | None = [] if written else None
        if written and fresh:
            shaped = self.shaper.conform(dict(fields), collection.record, lost=lost)
        else:
            shaped = self.shaper.refit(fields, collection.record, lost=lost)
        if lost:
            raise UnreadableValues(lost)
        if shaped is MISSING or not isinstance(shaped, dict):
            errors = self.schemas.errors(collection.record, dict(fields))
            raise ShapeError(f"{collection.template}: cannot shape a record: {errors[:3]}")
        return shaped
