"""`create_app`: the ASGI app for one API, with its store, seed data and middlewares.

Layers, outermost first: the error guard (a bug answers the vendor's 500 envelope, never a text
trace), fault injection, then the engine, which owns every path (Starlette's own text/plain 404
and 405 never answer) and applies the rate limit (when the spec declares `x-rate-limit`) after
routing and auth. Faults and the engine act on one match of the request: whichever first needs
it resolves it (`mocks.routing.route_request`), the other reads it from the scope. The app is
a Starlette app for its lifespan and `app.state`, but HTTP requests skip Starlette's router and
exception layers: the engine needs neither, and together they cost more than routing does.
"""

from __future__ import annotations

import contextlib
import logging
import random
from collections.abc import AsyncIterator, Callable
from typing import Any

from crm_overlays.spec_extensions import rate_limits
from starlette.applications import Starlette
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from mocks.api import compile_api
from mocks.encoding import dumps
from mocks.engine import MockEngine
from mocks.envelope import ErrorBody
from mocks.faults import FaultMiddleware, FaultPlan, InjectedDisconnect
from mocks.hooks import load_hooks
from mocks.oauth import Flow, OAuthEndpoints, OAuthServer, OAuthSettings
from mocks.ratelimit import RateLimiter
from mocks.seeding import Seeder
from mocks.store import open_store
from mocks.values import Clock, utc_now
from mocks.webhooks import WebhookSender
from mocks.wire import send_json

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
    oauth: OAuthSettings | None = None,
    oauth_now: Callable[[], float] | None = None,
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
    oauth: the app and user of the OAuth authorization server, served for a spec with an
        oauth2 authorization-code flow (`mocks/oauth.py`; default `OAuthSettings()`); its
        lifetimes are compressed by `time_scale` too. `app.state.oauth` is the server.
    oauth_now: the OAuth server's clock in seconds since the epoch (tests move it).
    """
    compiled = compile_api(api)
    spec = compiled.document.document
    limiter = (
        RateLimiter(spec, compiled.operations, time_scale=time_scale)
        if rate_limit and rate_limits(spec)
        else None
    )
    plan = FaultPlan.parse(faults) if faults else None
    if plan is not None:
        plan.check_path_filter(compiled.router.templates())
    store = open_store(db)
    rng = random.Random(seed_random)
    flow = Flow.from_spec(spec)
    oauth_server = (
        OAuthServer(flow, oauth, time_scale=time_scale, **({"now": oauth_now} if oauth_now else {}))
        if flow is not None
        else None
    )
    engine = MockEngine(
        compiled,
        store=store,
        token=token,
        hooks=load_hooks(api),
        clock=clock,
        rng=rng,
        cursor_secret=rng.randbytes(32) if seed_random is not None else None,
        check_responses=check_responses,
        limiter=limiter,
        oauth=oauth_server,
    )
    sender = WebhookSender(webhook_url) if webhook_url else None
    engine.webhooks = sender
    if seed:
        Seeder(engine, random.Random(seed_random)).seed(seed)

    error_body = compiled.errors.as_callable()
    layers: list[Layer] = []
    if plan is not None:
        layers.append(
            lambda app: FaultMiddleware(
                app, plan=plan, router=compiled.router, error_body=error_body
            )
        )

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        try:
            yield
        finally:
            if sender is not None:
                await sender.aclose()
            store.close()

    if oauth_server is not None:
        # Outermost: the authorization server is another host of the vendor's, so the API's
        # fault plan does not reach it.
        server = oauth_server
        layers.insert(0, lambda app: OAuthEndpoints(app, server))
    app = MockApp(ErrorGuard(_wrapped(engine, layers), error_body), lifespan=lifespan)
    app.state.engine = engine
    app.state.oauth = oauth_server
    app.state.error_body = error_body  # for the HTTP server's own answers (mocks/server.py)
    app.state.faults = plan  # what was injected, for tests and benchmarks to report
    return app


# Wraps the app below it in one middleware; listed outermost first.
Layer = Callable[[ASGIApp], ASGIApp]


def _wrapped(app: ASGIApp, layers: list[Layer]) -> ASGIApp:
    for layer in reversed(layers):
        app = layer(app)
    return app


class MockApp(Starlette):
    """HTTP goes to `http_app`; the lifespan (and anything else) to Starlette's router."""

    def __init__(self, http_app: ASGIApp, *, lifespan: Any) -> None:
        super().__init__(lifespan=lifespan)
        self.http_app = http_app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            await self.http_app(scope, receive, send)
        else:
            await super().__call__(scope, receive, send)


class ErrorGuard:
    """An unhandled error answers the vendor's 500 envelope (if no answer has started) and is
    logged here, with its traceback, in the server's log.

    Once the 500 is answered the error is not propagated: a server that sees an exception from
    its app after a complete answer closes the connection (uvicorn does, in `run_asgi` of both
    its HTTP protocols), and the client's next request on that keep-alive connection would be
    reset. An answer cut off half-way (and an injected drop) still propagates, so the server
    closes a connection whose answer is broken. (uvicorn 0.54: protocols/http/httptools_impl.py:431
    and h11_impl.py:420 close the transport when the app raises after the answer started.)
    """

    def __init__(self, app: ASGIApp, error_body: ErrorBody) -> None:
        self.app = app
        self.error_body = error_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        started = False

        async def watched(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, watched)
        except InjectedDisconnect:  # an injected drop is the plan, not an error
            raise
        except Exception:
            log.exception("unhandled error on %s %s", scope["method"], scope["path"])
            if started:
                raise
            body = self.error_body(500, "The mock failed to answer this request.")
            await send_json(send, 500, dumps(body), {})
