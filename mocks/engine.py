"""The mock server itself: one ASGI app that serves any compiled spec with state.

A request goes: route (404 / 405 with `Allow`) -> authenticate (401) -> read and validate
parameters and body (400 / 422) -> the operation's vendor hook or generic handler -> JSON reply.
Every error body is the vendor's envelope for that status. Nothing on this path copies the spec
or a stored record.
"""

from __future__ import annotations

import logging
import os
import random
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from mocks.api import CompiledApi
from mocks.auth import Authenticator
from mocks.bodies import Bodies
from mocks.calls import Call, Options, Reply
from mocks.encoding import JsonEncoder
from mocks.handlers import Handlers
from mocks.hooks import HookContext, HookRegistry
from mocks.inputs import InputError, InputReader
from mocks.operations import Operation
from mocks.pagination import CursorCodec, Pager
from mocks.records import Records
from mocks.roles import Collection
from mocks.routing import Matched, NotAllowed
from mocks.shaping import Shaper
from mocks.store import Record, Store
from mocks.values import MISSING, Clock, Ids, Timestamps
from mocks.webhooks import WebhookSender

log = logging.getLogger("mocks")


@dataclass(frozen=True, slots=True)
class Violation:
    """A response that does not match the spec's schema for its status (see `check_responses`)."""

    operation: str
    status: int
    errors: tuple[str, ...]


class MockEngine:
    def __init__(
        self,
        api: CompiledApi,
        *,
        store: Store,
        token: str,
        hooks: HookRegistry,
        clock: Clock,
        rng: random.Random,
        cursor_secret: bytes | None = None,
        check_responses: bool = False,
    ) -> None:
        self.api = api
        self.store = store
        self.hooks = hooks
        self.auth = Authenticator(api.document, token)
        self.reader = InputReader(api.schemas)
        self.timestamps = Timestamps(api.schemas, clock, api.examples.values)
        self.ids = Ids(api.schemas, rng, clock)
        self.shaper = Shaper(api.schemas, self.timestamps, self.ids, store.next_number)
        self.records = Records(api.schemas, self.shaper, self.timestamps, self.ids, store)
        self.bodies = Bodies(api.schemas, self.shaper)
        self.handlers = Handlers(
            schemas=api.schemas,
            store=store,
            shaper=self.shaper,
            records=self.records,
            bodies=self.bodies,
            pager=Pager(CursorCodec(cursor_secret or os.urandom(32))),
            errors=api.errors,
            invalid_cursor=hooks.policy.invalid_cursor,
            emit=self.emit,
            base_path=api.base_path,
        )
        self.encoder = JsonEncoder()
        self.check_responses = check_responses
        self.violations: list[Violation] = []
        # Set by create_app when a webhook URL is configured; vendor hooks deliver through it.
        self.webhooks: WebhookSender | None = None

    def __repr__(self) -> str:
        return f"MockEngine(api={self.api.name!r}, store={type(self.store).__name__})"

    def emit(self, event: str, collection: Collection, record: Record) -> None:
        try:
            self.hooks.emit(event, collection, record, self)
        except Exception:  # a listener must never break the request that caused the event
            log.exception("event listener failed for %s on %s", event, collection.template)

    # ------------------------------------------------------------------ ASGI

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive)
        reply = await self.handle(request)
        await self.respond(reply)(scope, receive, send)

    def respond(self, reply: Reply) -> Response:
        if reply.body is MISSING:
            return Response(status_code=reply.status, headers=reply.headers)
        return Response(
            self.encoder.encode(reply.body),
            status_code=reply.status,
            headers=reply.headers,
            media_type="application/json",
        )

    def error(
        self, status: int, message: str, operation: Operation | None = None, **fields: Any
    ) -> Reply:
        body = self.api.errors.body(
            status, message, operation=operation, fields=fields.get("fields")
        )
        return Reply(status, body, dict(fields.get("headers") or {}))

    async def handle(self, request: Request) -> Reply:
        raw_path = request.scope.get("raw_path")
        path = raw_path.decode("latin-1") if isinstance(raw_path, bytes) else request.url.path
        path = path.split("?", 1)[0]
        resolved = self.api.router.resolve(request.method, path)
        if isinstance(resolved, NotAllowed):
            message = f"The {request.method} method is not supported for this route."
            return self.error(405, message, headers={"Allow": resolved.allow})
        if not isinstance(resolved, Matched):
            return self.error(404, "The route could not be found.")
        op = resolved.operation
        if not self.auth.allows(
            op.security, request.headers, request.query_params, request.cookies
        ):
            headers = {"WWW-Authenticate": 'Bearer realm="mock"'} if self.auth.uses_bearer else {}
            return self.error(401, "Unauthenticated.", op, headers=headers)
        try:
            inputs = self.reader.parameters(
                op, resolved.path_params, request.query_params.multi_items(), request.headers
            )
            inputs.body = self.reader.body(
                op, await request.body(), request.headers.get("content-type", "")
            )
        except InputError as problem:
            return self.error(problem.status, problem.message, op, fields=problem.fields)
        call = Call(op, inputs, request)
        hook = self.hooks.get(op.operation_id)
        if hook is not None:
            reply = await hook(HookContext(self, call))
        else:
            reply = await self.handlers.run(call, Options())
        if self.check_responses:
            self.audit(op, reply)
        return reply

    def audit(self, op: Operation, reply: Reply) -> None:
        spec = op.response_for(reply.status)
        if spec is None or spec.schema is None or reply.body is MISSING:
            return
        errors = self.api.schemas.errors(spec.schema, reply.body)
        if errors:
            found = Violation(
                op.operation_id, reply.status, tuple(f"{e.location}: {e.message}" for e in errors)
            )
            log.error("response does not match the spec: %s", found)
            self.violations.append(found)
