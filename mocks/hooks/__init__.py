"""Vendor hooks: behaviour a spec cannot express, registered per vendor by operationId.

Each `mocks/hooks/<api>.py` defines `hooks = HookRegistry(...)` and decorates async functions:

    @hooks.operation("restoreContact")
    async def restore(ctx: HookContext) -> Reply:
        ...
        return await ctx.default(select=...)

A hook receives the validated request (`ctx.inputs`: path, query, body) after routing, auth and
validation, and returns a `Reply`. `ctx.default(**options)` runs the generic behaviour of the
operation's role with `Options` changed, so most hooks are a few lines. See mocks/README.md.
"""

from __future__ import annotations

import importlib
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from mocks.calls import Call, InvalidCursorPolicy, Options, Reply
from mocks.inputs import Inputs
from mocks.operations import Operation
from mocks.roles import Collection
from mocks.store import Record, Store
from mocks.values import MISSING

if TYPE_CHECKING:
    from mocks.engine import MockEngine

Hook = Callable[["HookContext"], Awaitable[Reply]]
# (event, collection, record, engine): "created" / "updated" / "deleted" / a hook's own event.
EventHook = Callable[[str, Collection, Record, "MockEngine"], None]


@dataclass(frozen=True, slots=True)
class VendorPolicy:
    """Vendor-wide choices the spec states in prose only."""

    # What a cursor the mock did not issue means: "reject" answers the list's documented 4xx
    # (400, else 422; the first page when the list documents neither); "first-page" ignores it.
    invalid_cursor: InvalidCursorPolicy = "reject"


@dataclass(slots=True)
class HookRegistry:
    policy: VendorPolicy = field(default_factory=VendorPolicy)
    _operations: dict[str, Hook] = field(default_factory=dict)
    _events: list[EventHook] = field(default_factory=list)

    def operation(self, *operation_ids: str) -> Callable[[Hook], Hook]:
        """Register the decorated hook for these operationIds."""

        def register(hook: Hook) -> Hook:
            for operation_id in operation_ids:
                if operation_id in self._operations:
                    raise ValueError(f"a hook for {operation_id} is already registered")
                self._operations[operation_id] = hook
            return hook

        return register

    def on_event(self, listener: EventHook) -> EventHook:
        """Register a listener for record events (webhook delivery, activity streams...)."""
        self._events.append(listener)
        return listener

    def get(self, operation_id: str) -> Hook | None:
        return self._operations.get(operation_id)

    def emit(self, event: str, collection: Collection, record: Record, engine: MockEngine) -> None:
        for listener in self._events:
            listener(event, collection, record, engine)

    @property
    def operation_ids(self) -> frozenset[str]:
        return frozenset(self._operations)


def load_hooks(api: str) -> HookRegistry:
    """The registry of `mocks.hooks.<api>`, or an empty one for a vendor without hooks."""
    try:
        module = importlib.import_module(f"mocks.hooks.{api}")
    except ModuleNotFoundError as error:
        if error.name != f"mocks.hooks.{api}":
            raise
        return HookRegistry()
    registry = getattr(module, "hooks", None)
    if not isinstance(registry, HookRegistry):
        raise TypeError(f"mocks.hooks.{api}.hooks must be a HookRegistry")
    return registry


class HookContext:
    """What a hook sees of the request and of the mock."""

    def __init__(self, engine: MockEngine, call: Call) -> None:
        self.engine = engine
        self.call = call

    # ------------------------------------------------------------------ the request

    @property
    def operation(self) -> Operation:
        return self.call.operation

    @property
    def inputs(self) -> Inputs:
        return self.call.inputs

    @property
    def body(self) -> Any:
        """The validated JSON body, or None when none was sent."""
        return None if self.call.inputs.body is MISSING else self.call.inputs.body

    @property
    def store(self) -> Store:
        return self.engine.store

    @property
    def collection(self) -> Collection:
        if self.call.operation.collection is None:
            raise LookupError(f"{self.call.operation.operation_id} works on no collection")
        return self.call.operation.collection

    @property
    def collection_key(self) -> str:
        return self.engine.handlers.collection_key(self.collection, self.call.inputs.path)

    # ------------------------------------------------------------------ the generic behaviour

    async def default(self, **options: Any) -> Reply:
        """The operation's generic behaviour, with `Options` fields overridden by keyword."""
        return await self.engine.handlers.run(self.call, Options(**options))

    # ------------------------------------------------------------------ records

    def records(self, collection: Collection | None = None, key: str | None = None) -> list[Record]:
        target = collection or self.collection
        name = key or (self.collection_key if collection is None else target.template)
        self.engine.handlers.ensure_catalog(target, name)
        return list(self.store.scan(name)[1])

    def find(self, record_id: Any) -> Record | None:
        self.engine.handlers.ensure_catalog(self.collection, self.collection_key)
        return self.store.get(self.collection_key, str(record_id))

    def find_where(self, predicate: Callable[[Record], bool]) -> Record | None:
        return next((record for record in self.records() if predicate(record)), None)

    def save(
        self, record: Mapping[str, Any], collection: Collection | None = None
    ) -> dict[str, Any]:
        """Shape `record` to the collection's schema and store it (create or replace)."""
        target = collection or self.collection
        shaped = self.engine.records.fit(target, record)
        key = self.collection_key if collection is None else target.template
        self.store.put(key, str(shaped[target.id_field]), shaped)
        return shaped

    def now(self, field_name: str, collection: Collection | None = None) -> Any:
        """The current time in the style of a record field (e.g. Kanbert's `deleted_at`)."""
        target = collection or self.collection
        view = self.engine.api.schemas.object_view(target.record)
        if view is None or field_name not in view.properties:
            raise KeyError(f"{target.template} records have no field {field_name!r}")
        return self.engine.timestamps.now(view.properties[field_name])

    def emit(self, event: str, record: Record, collection: Collection | None = None) -> None:
        self.engine.emit(event, collection or self.collection, record)

    # ------------------------------------------------------------------ answers

    def reply(
        self, body: Any = MISSING, status: int | None = None, headers: dict[str, str] | None = None
    ) -> Reply:
        return Reply(status or self.operation.success_status, body, headers or {})

    def plain_reply(self, status: int | None = None) -> Reply:
        """The operation's documented success body without a record (e.g. a confirmation)."""
        return Reply(
            status or self.operation.success_status, self.engine.bodies.plain(self.operation)
        )

    def record_reply(self, record: Record, status: int | None = None) -> Reply:
        """`record` in this operation's success envelope."""
        return Reply(
            status or self.operation.success_status,
            self.engine.bodies.single(self.operation, record),
        )

    def error(
        self, status: int, message: str, fields: Mapping[str, list[str]] | None = None
    ) -> Reply:
        body = self.engine.api.errors.body(status, message, operation=self.operation, fields=fields)
        return Reply(status, body)

    def not_found(self) -> Reply:
        return self.engine.handlers.not_found(self.operation, self.collection)


__all__ = [
    "EventHook",
    "Hook",
    "HookContext",
    "HookRegistry",
    "Options",
    "Reply",
    "VendorPolicy",
    "load_hooks",
]
