"""`--seed N`: N realistic records in every top-level collection the API can create into.

A seeded record is made the way a client's record is, from the vendor's own documentation:

1. The body is the richest documented request example of the create (the one with the most
   values: Pylon documents a `minimal` and a `full` one; examples equally rich take turns, so
   Wealthbox tasks are assigned to a user, to a team, or left open), varied into a new person
   (`mocks/variation.py`). A varied body that no longer validates is replaced by the example.
2. It goes through the create operation itself, vendor hook included, so ids, timestamps and
   the write-to-read mapping (Pylon's `account_id` to `account`, `email` to `emails`) are the
   server's own. Seeding is not a client's doing, so no event (webhook) is emitted.
3. Fields of the record schema the create left out are completed from the records the
   vendor's responses document (Pylon's `integration_user_ids`, `portal_role_id`), varied the
   same way, unless the documented value is only placeholders or an alternative to a field
   the record has (see `mocks.examples.DocumentedRecords`).

With the same `random.Random` seed the data is the same every time.
"""

from __future__ import annotations

import random
from collections.abc import Awaitable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from starlette.requests import Request

from mocks.calls import Call, Options, Reply
from mocks.examples import DocumentedRecords
from mocks.hooks import HookContext
from mocks.inputs import Inputs
from mocks.openapi import join_pointer
from mocks.records import ShapeError
from mocks.schemas import SchemaRef
from mocks.store import Record
from mocks.values import MISSING
from mocks.variation import Person, Variation

if TYPE_CHECKING:
    from mocks.engine import MockEngine
    from mocks.operations import Operation
    from mocks.roles import Collection

T = TypeVar("T")


class Seeder:
    def __init__(self, engine: MockEngine, rng: random.Random) -> None:
        self.engine = engine
        self.rng = rng

    def seed(self, count: int) -> dict[str, int]:
        """Create `count` records per top-level writable collection; returns how many, by path."""
        created: dict[str, int] = {}
        for collection in self.engine.api.collections.values():
            if collection.create is None or "{" in collection.template:
                continue
            if self.engine.store.count(collection.template):
                continue  # a database that already holds data is not seeded again
            created[collection.template] = self._seed_collection(collection, count)
        return created

    def _seed_collection(self, collection: Collection, count: int) -> int:
        create = collection.create
        assert create is not None
        schemas = self.engine.api.schemas
        schema = create.body.schema if create.body else None
        templates = self._templates(create, schema)
        documented = DocumentedRecords(schemas, collection, self.engine.api.operations)
        with self.engine.events_muted():
            for index in range(count):
                template = templates[index % len(templates)]
                example_person = Person.in_example(template)
                variation = Variation(Person.draw(self.rng), index, self.rng, example_person)
                body = variation.vary(template)
                if schema is not None and not schemas.is_valid(schema, body):
                    body = template
                record = self._create(collection, create, body)
                self._complete(collection, record, documented, variation)
        return count

    def _templates(self, create: Operation, schema: SchemaRef | None) -> list[Any]:
        """The documented request examples with the most values (that validate), in order."""
        spec = self.engine.api.document
        schemas = self.engine.api.schemas
        candidates: list[Any] = []
        if create.body is not None:
            node, pointer = spec.resolve(
                create.node.get("requestBody"), create.pointer + "/requestBody"
            )
            for media_type, media in (node.get("content") or {}).items():
                candidates += spec.examples(media, join_pointer(pointer, "content", media_type))
        valid = [ex for ex in candidates if schema is None or schemas.is_valid(schema, ex)]
        if valid:
            most = max(map(_count_values, valid))
            return [example for example in valid if _count_values(example) == most]
        if schema is not None:
            made = self.engine.shaper.synthesize(schema)
            if made is not MISSING:
                return [made]
        return [{}]

    def _create(self, collection: Collection, create: Operation, body: Any) -> Record | None:
        """The record a create with `body` stores, made by the operation's own handling."""
        call = Call(create, Inputs(body=body), Request(_seeding_scope(collection.template)))
        hook = self.engine.hooks.get(create.operation_id)
        if hook is not None:
            reply = _completed(hook(HookContext(self.engine, call)))
        else:
            reply = _completed(self.engine.handlers.run(call, Options()))
        if not 200 <= reply.status < 300:
            # The vendor's own example refused (a hook with rules the example breaks): the
            # collection still gets its N records, made by the generic create.
            schema = create.body.schema if create.body else None
            record = self.engine.records.create(collection, body, schema)
            self.engine.store.put(collection.template, str(record[collection.id_field]), record)
            return record
        return self._stored(collection, create, reply)

    def _stored(self, collection: Collection, create: Operation, reply: Reply) -> Record | None:
        """The stored record a create answered with (None when its answer shows none)."""
        if create.record_at is None:
            return None
        shown: Any = reply.body
        for token in create.record_at:
            shown = shown.get(token) if isinstance(shown, Mapping) else None
        if not isinstance(shown, Mapping) or collection.id_field not in shown:
            return None
        return self.engine.store.get(collection.template, str(shown[collection.id_field]))

    def _complete(
        self,
        collection: Collection,
        record: Record | None,
        documented: DocumentedRecords,
        variation: Variation,
    ) -> None:
        view = self.engine.api.schemas.object_view(collection.record)
        if record is None or view is None:
            return
        additions: dict[str, Any] = {}
        for name in view.properties:
            if name in record:
                continue
            value = documented.value_for(name, record)
            if value is not MISSING:
                additions[name] = _without_item_ids(variation.vary(value, name, redraw_ids=True))
        if not additions:
            return
        try:
            completed = self.engine.records.fit(collection, {**record, **additions})
        except ShapeError:
            return  # the documented values do not fit this record: keep it as created
        key = str(completed[collection.id_field])
        self.engine.store.put(collection.template, key, completed)


def _without_item_ids(value: Any) -> Any:
    """`value` without the integer ids of the objects listed in it, at any depth.

    A documented record's listed sub-objects (a Wealthbox workflow's steps, their outcomes,
    its milestones) belong to it, and their ids are the vendor's counters: copied as they are,
    every seeded record would hold step 1. Left out, they are numbered by shaping, from the
    same per-schema counter as the sub-objects of every other record. Ids of single nested
    objects are references (`linked_to`, `creator`) and stay; string ids are redrawn by
    `Variation.vary`.
    """
    if isinstance(value, list):
        return [_without_item_ids(_without_own_id(item)) for item in value]
    if isinstance(value, Mapping):
        return {key: _without_item_ids(item) for key, item in value.items()}
    return value


def _without_own_id(item: Any) -> Any:
    if isinstance(item, Mapping) and type(item.get("id")) is int:
        return {key: value for key, value in item.items() if key != "id"}
    return item


def _count_values(value: Any) -> int:
    if isinstance(value, Mapping):
        return sum(_count_values(item) for item in value.values())
    if isinstance(value, list):
        return sum(_count_values(item) for item in value)
    return 1


def _seeding_scope(path: str) -> dict[str, Any]:
    """The request a seeded create pretends to be (it only shapes the unused Location)."""
    return {
        "type": "http",
        "method": "POST",
        "scheme": "http",
        "server": ("localhost", 80),
        "path": path,
        "raw_path": path.encode(),
        "root_path": "",
        "query_string": b"",
        "headers": [],
    }


def _completed(awaitable: Awaitable[T]) -> T:
    """The result of a hook or handler, run without an event loop.

    `create_app` is synchronous and may run before any loop exists (or inside one, in tests),
    so seeding cannot await. The generic handlers never suspend and a create hook only awaits
    them, so the coroutine finishes on its first step; one that suspends waits for I/O that
    seeding cannot provide, which is a bug in that hook.
    """
    steps = awaitable.__await__()
    try:
        steps.send(None)
    except StopIteration as finished:
        result: T = finished.value
        return result
    steps.close()
    raise RuntimeError("a create hook waited for I/O while seeding; seeding cannot wait")
