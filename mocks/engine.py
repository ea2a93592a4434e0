"""The mock server itself: one ASGI app that serves any compiled spec with state.

A request goes: route (404 / 405 with `Allow`) -> authenticate (401) -> rate limit (429) ->
read and validate parameters and body (400 / 422) -> the operation's vendor hook or generic
handler -> JSON reply. The route is resolved once (`mocks/routing.py`): when the fault
middleware in front has already resolved it, the engine reads that match from the scope. The
limit comes after auth because a budget is the accepted principal's (`mocks/ratelimit.py`).
Every error body is the vendor's envelope for that status. Nothing on this path copies the spec
or a stored record, and the request is read from the ASGI scope itself (`mocks/wire.py`).
"""

from __future__ import annotations

import contextlib
import logging
import os
import random
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from crm_overlays.queries import read as read_queries
from starlette.requests import Request
from starlette.types import Receive, Scope, Send

from mocks.api import CompiledApi
from mocks.auth import Authenticator, ScopeDenied
from mocks.bodies import Bodies
from mocks.calls import Call, Options, Reply
from mocks.encoding import JsonEncoder
from mocks.envelope import field_errors_message
from mocks.handlers import Handlers
from mocks.hooks import HookContext, HookRegistry
from mocks.inputs import InputError, InputReader, refused_input
from mocks.limits import MAX_BODY_BYTES, InputRefused, check_body_size
from mocks.oauth import OAuthServer
from mocks.operations import Operation
from mocks.pagination import CursorCodec, Pager
from mocks.query_engine import QueryEngine
from mocks.ratelimit import RateLimiter
from mocks.records import Records, UnreadableValues
from mocks.roles import Collection
from mocks.routing import Matched, NotAllowed, Routed, route_request
from mocks.shaping import Shaper
from mocks.store import Record, Store, Unstorable
from mocks.values import MISSING, Clock, Ids, Timestamps
from mocks.webhooks import WebhookSender
from mocks.wire import ClientGone, read_body, send_empty, send_json

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
        limiter: RateLimiter | None = None,
        oauth: OAuthServer | None = None,
    ) -> None:
        self.api = api
        self.store = store
        self.hooks = hooks
        self.auth = Authenticator(api.document, token, oauth)
        self.limiter = limiter
        self.reader = InputReader(api.schemas)
        self.timestamps = Timestamps(api.schemas, clock, api.examples.values)
        self.ids = Ids(api.schemas, rng, clock)
        self.shaper = Shaper(
            api.schemas, self.timestamps, self.ids, store.next_number, plans=api.plans
        )
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
            queries=QueryEngine(read_queries(api.document.document)),
            clock=clock,
        )
        self.encoder = JsonEncoder()
        store.on_discard = self.encoder.forget  # a deleted record leaves the caches at once
        store.on_stored = self.encoder.remember  # its JSON, written once by the store's check
        self.check_responses = check_responses
        self.violations: list[Violation] = []
        # Set by create_app when a webhook URL is configured; vendor hooks deliver through it.
        self.webhooks: WebhookSender | None = None
        self._muted = False

    def __repr__(self) -> str:
        return f"MockEngine(api={self.api.name!r}, store={type(self.store).__name__})"

    @contextlib.contextmanager
    def events_muted(self) -> Iterator[None]:
        """No event is emitted meanwhile (seeding creates records, but no client did)."""
        self._muted = True
        try:
            yield
        finally:
            self._muted = False

    def emit(self, event: str, collection: Collection, record: Record) -> None:
        if self._muted:
            return
        try:
            self.hooks.emit(event, collection, record, self)
        except Exception:  # a listener must never break the request that caused the event
            log.exception("event listener failed for %s on %s", event, collection.template)

    # ------------------------------------------------------------------ ASGI

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            reply = await self.handle(route_request(scope, self.api.router), receive)
        except ClientGone:
            return  # nobody is left to answer
        if reply.body is MISSING:
            await send_empty(send, reply.status, reply.headers)
        else:
            await send_json(send, reply.status, self.encoder.encode(reply.body), reply.headers)

    def error(
        self, status: int, message: str, operation: Operation | None = None, **fields: Any
    ) -> Reply:
        body = self.api.errors.body(
            status, message, operation=operation, fields=fields.get("fields")
        )
        return Reply(status, body, dict(fields.get("headers") or {}))

    async def handle(self, routed: Routed, receive: Receive) -> Reply:
        incoming, resolved = routed.incoming, routed.resolution
        if isinstance(resolved, NotAllowed):
            message = f"The {incoming.method} method is not supported for this route."
            return self.error(405, message, headers={"Allow": resolved.allow})
        if not isinstance(resolved, Matched):
            return self.error(404, "The route could not be found.")
        op = resolved.operation
        principal = self.auth.authenticate(op.security, incoming, op.scopes)
        if principal is None:  # spends no budget and leaves no trace in the limiter
            headers = {"WWW-Authenticate": 'Bearer realm="mock"'} if self.auth.uses_bearer else {}
            if self.auth.oauth is not None and "authorization" in incoming.headers:
                # RFC 6750 section 3.1: an expired, revoked or unknown access token.
                headers = {"WWW-Authenticate": 'Bearer realm="mock", error="invalid_token"'}
            return self.error(401, "Unauthenticated.", op, headers=headers)
        if isinstance(principal, ScopeDenied):
            message = f"The access token lacks the scope {' '.join(principal.required)}."
            return self.error(403, message, op, headers={"WWW-Authenticate": principal.challenge()})
        verdict = self.limiter.acquire(op, principal) if self.limiter is not None else None
        if verdict is not None and not verdict.allowed:
            return self.error(429, verdict.message, op, headers=verdict.rejection_headers())
        try:
            inputs = self.reader.parameters(
                op, resolved.path_params, incoming.query_items, incoming.headers
            )
            if op.body is not None:
                declared = incoming.headers.get("content-length", "")
                if declared.isascii() and declared.isdigit():  # refused before any is read
                    check_body_size(int(declared) if len(declared) < 20 else MAX_BODY_BYTES + 1)
                inputs.body = self.reader.body(
                    op, await read_body(receive), incoming.headers.get("content-type", "")
                )
        except InputRefused as refused:
            problem = refused_input(op, refused)
            return self.error(problem.status, problem.message, op, fields=problem.fields)
        except InputError as problem:
            return self.error(problem.status, problem.message, op, fields=problem.fields)
        call = Call(op, inputs, Request(incoming.scope, receive))
        hook = self.hooks.get(op.operation_id)
        try:
            if hook is not None:
                reply = await hook(HookContext(self, call))
            else:
                reply = await self.handlers.run(call, Options())
        except UnreadableValues as refused:  # stored without them, they would be lost
            fields = refused.field_errors()
            reply = self.error(op.validation_status, field_errors_message(fields), op, fields=fields)
        except Unstorable as refused:  # the belt behind mocks/limits.py: never store it
            log.warning("refused to store a record for %s: %s", op.operation_id, refused)
            message = "The request holds a value that cannot be stored."
            reply = self.error(op.validation_status, message, op, fields={"body": [message]})
        if verdict is not None:
            verdict.add_declared_headers(reply.status, reply.headers)
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
