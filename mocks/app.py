"""`create_app`: the ASGI app for one API, with its store, seed data and middlewares.

Layers, outermost first: Starlette's error handling (a bug answers the vendor's 500 envelope,
never a text trace), fault injection, the rate limiter (when the spec declares `x-rate-limit`),
then the engine, which owns every path: Starlette's own text/plain 404 and 405 never answer.
"""

from __future__ import annotations

import contextlib
import logging
import random
from collections.abc import AsyncIterator
from typing import Any

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Match, NoMatchFound
from starlette.types import ASGIApp, Receive, Scope, Send

from mocks.api import compile_api
from mocks.encoding import dumps
from mocks.engine import MockEngine
from mocks.faults import FaultMiddleware, FaultPlan, InjectedDisconnect
from mocks.hooks import load_hooks
from mocks.ratelimit import RateLimitMiddleware
from mocks.seeding import Seeder
from mocks.store import open_store
from mocks.values import Clock, utc_now
from mocks.webhooks import WebhookSender

log = logging.getLogger("mocks")


def create_app(
    api: str,
    *,
    token: str = "test-token",
    db: str | None = None,
    seed: int = 0,
    rate_limit: bool = True,
    time_scale: float = 1.0,
    faults: str | None = None,
    webhook_url: str | None = None,
    seed_random: int | None = None,
    clock: Clock = utc_now,
    check_responses: bool = False,
) -> Starlette:
    """The mock of `api` ("kanbert", "kinbox", "pylon", "repzo" or "wealthbox").

    token: the only credential accepted (bearer token or API key, as the spec says).
    db: a SQLite file that keeps the records across restarts; in memory when None.
    seed: realistic records to create per top-level collection (skipped for a db that has some).
    rate_limit / time_scale: enforce the spec's `x-rate-limit`, with time compressed by the scale.
    faults: a fault plan, e.g. "429=0.1,503=0.1,drop=0.1" or "seq:429,ok,503,drop".
    webhook_url: where the vendor's webhooks are delivered (vendors that have them).
    seed_random: makes seeding and generated ids reproducible.
    clock: the time source for server-set timestamps (tests pin it).
    check_responses: validate every answer against the spec; mismatches are logged and kept
        in `app.state.engine.violations` (for tests; it costs a validation per request).
    """
    compiled = compile_api(api)
    store = open_store(db)
    rng = random.Random(seed_random)
    engine = MockEngine(
        compiled,
        store=store,
        token=token,
        hooks=load_hooks(api),
        clock=clock,
        rng=rng,
        cursor_secret=rng.randbytes(32) if seed_random is not None else None,
        check_responses=check_responses,
    )
    sender = WebhookSender(webhook_url) if webhook_url else None
    engine.webhooks = sender
    if seed:
        Seeder(engine, random.Random(seed_random)).seed(seed)

    error_body = compiled.errors.as_callable()
    middleware: list[Middleware] = []
    plan = FaultPlan.parse(faults) if faults else None
    if plan is not None:
        middleware.append(Middleware(FaultMiddleware, plan=plan, error_body=error_body))
    spec = compiled.document.document
    if rate_limit and _declares_rate_limit(spec):
        middleware.append(
            Middleware(RateLimitMiddleware, spec=spec, time_scale=time_scale, error_body=error_body)
        )

    async def server_error(request: Request, exc: Exception) -> Response:
        if not isinstance(exc, InjectedDisconnect):  # an injected drop is the plan, not a bug
            log.error("unhandled error on %s %s: %r", request.method, request.url.path, exc)
        return Response(
            dumps(error_body(500, "The mock failed to answer this request.")),
            status_code=500,
            media_type="application/json",
        )

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        try:
            yield
        finally:
            if sender is not None:
                await sender.aclose()
            store.close()

    app = Starlette(
        routes=[EngineRoute(engine)],
        middleware=middleware,
        exception_handlers={Exception: server_error},
        lifespan=lifespan,
    )
    app.state.engine = engine
    app.state.faults = plan  # what was injected, for tests and benchmarks to report
    return app


class EngineRoute(BaseRoute):
    """Every HTTP request goes to the engine, whatever its path (even one Starlette's path
    patterns would not match, such as a decoded newline), so no text/plain 404 can answer."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        return (Match.FULL, {}) if scope["type"] == "http" else (Match.NONE, {})

    def url_path_for(self, name: str, /, **path_params: Any) -> Any:
        raise NoMatchFound(name, path_params)

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.app(scope, receive, send)


def _declares_rate_limit(spec: Any) -> bool:
    if "x-rate-limit" in spec:
        return True
    return any(
        isinstance(operation, dict) and "x-rate-limit" in operation
        for item in (spec.get("paths") or {}).values()
        for operation in item.values()
    )
