"""The generic behaviour of each role: list, create, read, update, delete, action, singleton.

These are what every operation does unless a vendor hook says otherwise; a hook usually wraps
them (`HookContext.default(...)`) with `Options` rather than replacing them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import urlencode

from mocks.bodies import Bodies
from mocks.calls import Call, InvalidCursorPolicy, Options, Reply
from mocks.envelope import ErrorEnvelopes
from mocks.operations import Operation, Role
from mocks.pagination import InvalidCursor, Pager
from mocks.query_engine import Context, Plan, QueryEngine, QueryError
from mocks.records import Records
from mocks.roles import Collection
from mocks.schemas import Schemas
from mocks.shaping import Shaper
from mocks.store import Record, Store
from mocks.values import MISSING, Clock
from mocks.wire import base_url

SCALAR_TYPES = frozenset({"string", "integer", "number", "boolean", "null"})
BASE_URL_CACHE = 64
EventListener = Callable[[str, Collection, Record], None]


class Handlers:
    def __init__(
        self,
        *,
        schemas: Schemas,
        store: Store,
        shaper: Shaper,
        records: Records,
        bodies: Bodies,
        pager: Pager,
        errors: ErrorEnvelopes,
        invalid_cursor: InvalidCursorPolicy,
        emit: EventListener,
        base_path: str,
        queries: QueryEngine,
        clock: Clock,
    ) -> None:
        self.schemas = schemas
        self.store = store
        self.shaper = shaper
        self.records = records
        self.bodies = bodies
        self.pager = pager
        self.errors = errors
        self.invalid_cursor = invalid_cursor
        self.emit = emit
        self.base_path = base_path
        self.queries = queries
        self.clock = clock
        # Fields an include adds: an answer leaves them out unless its request includes them.
        self.includable = frozenset(
            name
            for spec in queries.declarations.values()
            if spec.include is not None
            for name in spec.include.fields
        )
        self._filters: dict[str, list[tuple[str, str]]] = {}
        self._bases: dict[tuple[Any, ...], str] = {}
        self._by_role: dict[Role, Callable[[Call, Collection, Options], Reply]] = {
            Role.LIST: self.listing,
            Role.CREATE: self.create,
            Role.READ: self.read,
            Role.UPDATE: self.update,
            Role.DELETE: self.delete,
            Role.ACTION: self.action,
        }

    async def run(self, call: Call, options: Options) -> Reply:
        role = call.operation.role
        if call.operation.collection is None or role is Role.SINGLETON:
            return Reply(call.operation.success_status, self.bodies.plain(call.operation))
        return self._by_role[role](call, call.operation.collection, options)

    # ------------------------------------------------------------------ helpers

    def error(self, op: Operation, status: int, message: str) -> Reply:
        return Reply(status, self.errors.body(status, message, operation=op))

    def not_found(self, op: Operation, collection: Collection) -> Reply:
        noun = (
            collection.template.rstrip("/").rsplit("/", 1)[-1].replace("-", " ").replace("_", " ")
        )
        return self.error(op, 404, f"No {noun} record matches this id.")

    @staticmethod
    def collection_key(collection: Collection, path: Mapping[str, Any]) -> str:
        return collection.key({k: v for k, v in path.items() if k != collection.id_param})

    def record_id(self, call: Call, collection: Collection, options: Options) -> Any:
        if options.record_id is not MISSING:
            return options.record_id
        return call.inputs.path.get(collection.id_param or "id")

    def lookup(
        self, call: Call, collection: Collection, options: Options
    ) -> tuple[str, Record | None]:
        key = self.collection_key(collection, call.inputs.path)
        self.ensure_catalog(collection, key)
        record = self.store.get(key, str(self.record_id(call, collection, options)))
        if record is not None and options.select is not None and not options.select(record):
            record = None
        return key, record

    def ensure_catalog(self, collection: Collection, key: str) -> None:
        """A read-only collection starts with the records its documented list example shows."""
        if (
            not collection.is_catalog
            or not collection.examples
            or not self.store.mark(f"catalog:{key}")
        ):
            return
        for example in collection.examples:
            shaped = self.shaper.conform(example, collection.record)
            if isinstance(shaped, dict) and collection.id_field in shaped:
                self.store.put(key, str(shaped[collection.id_field]), shaped)

    def body(self, call: Call, options: Options) -> Any:
        return call.inputs.body if options.body is MISSING else options.body

    def save(
        self, collection: Collection, key: str, record: dict[str, Any], options: Options
    ) -> dict[str, Any]:
        if options.transform is not None:
            record = self.records.fit(collection, options.transform(record))
        self.store.put(key, str(record[collection.id_field]), record)
        return record

    def location(self, call: Call, collection: Collection, record: Record) -> dict[str, str]:
        if not collection.item_template or not collection.id_param:
            return {}
        path = collection.item_template.replace(
            "{" + collection.id_param + "}", str(record[collection.id_field])
        )
        for name, value in call.inputs.path.items():
            path = path.replace("{" + name + "}", str(value))
        return {"Location": f"{self.base_url(call)}{self.base_path}{path}"}

    def base_url(self, call: Call) -> str:
        """The request's `scheme://host/root`, without the trailing slash.

        Rendering it takes a URL parse; the few hosts a mock is called by are cached, and the
        cache is bounded because the Host header is the client's to choose.
        """
        scope = call.request.scope
        host = next((value for name, value in scope["headers"] if name == b"host"), None)
        server = scope.get("server")
        key = (
            scope.get("scheme"),
            host,
            tuple(server) if isinstance(server, list) else server,  # some servers send a list
            scope.get("root_path"),
            scope.get("app_root_path"),
        )
        found = self._bases.get(key)
        if found is None:
            if len(self._bases) >= BASE_URL_CACHE:
                self._bases.clear()
            found = self._bases[key] = base_url(scope).rstrip("/")
        return found

    # ------------------------------------------------------------------ roles

    def listing(self, call: Call, collection: Collection, options: Options) -> Reply:
        op = call.operation
        assert op.pagination is not None
        key = self.collection_key(collection, call.inputs.path)
        self.ensure_catalog(collection, key)
        scope = options.source or key
        sequences, records = self.store.scan(scope)
        spec = self.queries.spec(op.operation_id)
        plan: Plan | None = None
        if spec is not None:
            try:
                plan = self.queries.plan(
                    spec, call.inputs.query, call.inputs.body, Context(self.clock(), options.me)
                )
            except QueryError as problem:
                return self.bad_query(op, spec.status, problem)
            sequences, records = self.queries.apply(spec, plan, scope, sequences, records)
        predicates = self._predicates(call, collection, options)
        if predicates:
            kept = [
                (sequence, record)
                for sequence, record in zip(sequences, records, strict=True)
                if all(predicate(record) for predicate in predicates)
            ]
            sequences = [sequence for sequence, _ in kept]
            records = [record for _, record in kept]
        policy = options.invalid_cursor or self.invalid_cursor
        tolerate = policy == "first-page" or not (op.documents(400) or op.documents(422))
        try:
            page = self.pager.paginate(
                op.pagination,
                key,
                call.inputs.query,
                call.inputs.body,
                sequences,
                records,
                tolerate_invalid_cursor=tolerate,
            )
        except InvalidCursor:
            status = 400 if op.documents(400) else 422
            return self.error(
                op, status, "The cursor is invalid or has expired; start from the first page."
            )
        hidden = self.includable - (plan.includes or frozenset() if plan else frozenset())
        if hidden:
            page = dataclasses.replace(page, records=[without(r, hidden) for r in page.records])
        clean, path_url = "", ""
        if self.bodies.shows_urls(op):  # only some envelopes carry links; building them costs
            url = call.request.url
            cursor = op.pagination.cursor_param or "cursor"
            query = [
                (name, value)
                for name, value in call.request.query_params.multi_items()
                if name != cursor
            ]
            clean = str(url.replace(query=urlencode(query))).rstrip("?")
            path_url = str(url.replace(query=""))
        return Reply(op.success_status, self.bodies.listing(op, page, clean, path_url))

    def bad_query(self, op: Operation, status: int | None, problem: QueryError) -> Reply:
        """A filter, sort or include the declaration does not allow: the documented 4xx."""
        return self.error(op, status or (400 if op.documents(400) else 422), problem.message)

    def hidden(self, op: Operation, query: Mapping[str, Any]) -> frozenset[str]:
        """The includable fields this request did not include (QueryError for an unknown one)."""
        spec = self.queries.spec(op.operation_id)
        included = self.queries.includes(spec, query) if spec is not None else None
        return self.includable - (included or frozenset())

    def _predicates(
        self, call: Call, collection: Collection, options: Options
    ) -> list[Callable[[Record], bool]]:
        predicates: list[Callable[[Record], bool]] = []
        if options.select is not None:
            predicates.append(options.select)
        for param, field in self._filterable(call.operation, collection):
            if param in call.inputs.query:
                predicates.append(_equals(field, call.inputs.query[param]))
        return predicates

    def _filterable(self, op: Operation, collection: Collection) -> list[tuple[str, str]]:
        """Query parameters named like a scalar record field: a generic equality filter."""
        found = self._filters.get(op.pointer)
        if found is None:
            view = self.schemas.object_view(collection.record)
            paging = (
                {op.pagination.size_param, op.pagination.cursor_param, op.pagination.page_param}
                if op.pagination
                else set()
            )
            found = []
            declared = self.queries.read_params(op.operation_id)
            for spec in op.params:
                if spec.location != "query" or spec.name in paging | declared or view is None:
                    continue
                prop = view.properties.get(spec.name)
                if prop is not None and self.schemas.types(prop) <= SCALAR_TYPES:
                    found.append((spec.name, spec.name))
            self._filters[op.pointer] = found
        return found

    def create(self, call: Call, collection: Collection, options: Options) -> Reply:
        op = call.operation
        key = self.collection_key(collection, call.inputs.path)
        body_schema = op.body.schema if op.body else None
        record = self.records.create(collection, self.body(call, options), body_schema)
        record = self.save(collection, key, record, options)
        self.emit("created", collection, record)
        return Reply(
            op.success_status,
            self.bodies.single(op, record),
            self.location(call, collection, record),
        )

    def read(self, call: Call, collection: Collection, options: Options) -> Reply:
        _, record = self.lookup(call, collection, options)
        if record is None:
            return self.not_found(call.operation, collection)
        return Reply(call.operation.success_status, self.bodies.single(call.operation, record))

    def replaces(self, op: Operation) -> bool:
        """PUT with a body that requires properties is a full replacement; anything else merges."""
        if op.method != "PUT" or op.body is None or op.body.schema is None:
            return False
        view = self.schemas.object_view(op.body.schema)
        return bool(view and view.required)

    def update(self, call: Call, collection: Collection, options: Options) -> Reply:
        op = call.operation
        key, record = self.lookup(call, collection, options)
        if record is None:
            return self.not_found(op, collection)
        body_schema = op.body.schema if op.body else None
        updated = self.records.update(
            collection, record, self.body(call, options), body_schema, replace=self.replaces(op)
        )
        updated = self.save(collection, key, updated, options)
        self.emit("updated", collection, updated)
        return Reply(op.success_status, self.bodies.single(op, updated))

    def delete(self, call: Call, collection: Collection, options: Options) -> Reply:
        op = call.operation
        key, record = self.lookup(call, collection, options)
        if record is None:
            return self.not_found(op, collection)
        self.store.delete(key, str(record[collection.id_field]))
        self.emit("deleted", collection, record)
        if op.record_at is not None:
            return Reply(op.success_status, self.bodies.single(op, record))
        return Reply(op.success_status, self.bodies.plain(op))

    def action(self, call: Call, collection: Collection, options: Options) -> Reply:
        """A call on one record: it must exist; fields of the body the record declares are set."""
        op = call.operation
        key, record = self.lookup(call, collection, options)
        if record is None:
            return self.not_found(op, collection)
        body = self.body(call, options)
        if op.record_at is not None and isinstance(body, Mapping) and body:
            changed = self.records.update(collection, record, body, None, replace=False)
            if changed != record:
                record = self.save(collection, key, changed, options)
                self.emit("updated", collection, record)
        if op.record_at is not None:
            return Reply(op.success_status, self.bodies.single(op, record))
        return Reply(op.success_status, self.bodies.plain(op))


def without(record: Record, fields: frozenset[str]) -> Record:
    if not any(name in record for name in fields):
        return record
    return {name: value for name, value in record.items() if name not in fields}


def _equals(field: str, wanted: Any) -> Callable[[Record], bool]:
    values = wanted if isinstance(wanted, list) else [wanted]
    folded = {value.casefold() if isinstance(value, str) else value for value in values}

    def matches(record: Record) -> bool:
        actual = record.get(field)
        if isinstance(actual, (dict, list)):
            return False
        return (actual.casefold() if isinstance(actual, str) else actual) in folded

    return matches
