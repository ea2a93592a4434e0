"""`crm-mock <api>` (in this repository `python -m mocks <api>`): serve one mock with uvicorn.

Exit status 0 after a clean shutdown, 2 on a usage error (an unknown option or API, a bad
--faults plan, a --db file that cannot be used)."""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sqlite3
import sys
from collections.abc import Sequence

from crm_overlays.specs import APIS

TOKEN_ENV = "MOCK_TOKEN"
SECRET_ENV = "MOCK_OAUTH_CLIENT_SECRET"


def build_parser(prog: str = "crm-mock") -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=prog,
        description=(
            "Serve a stateful mock of one CRM API, driven by specs/<api>.yaml: requests are "
            "validated against the spec, records are kept (in memory or in SQLite) and every "
            "answer follows the spec's schemas."
        ),
    )
    parser.add_argument("api", choices=APIS, help="which API to mock")
    parser.add_argument(
        "--host", default="127.0.0.1", help="interface to bind (default: %(default)s)"
    )
    parser.add_argument(
        "--port", type=int, default=4010, help="port to listen on (default: %(default)s)"
    )
    parser.add_argument(
        "--token",
        default=None,
        help=f"the only accepted token or API key (default: ${TOKEN_ENV}, else 'test-token')",
    )
    parser.add_argument(
        "--db", metavar="PATH", help="keep records in this SQLite file across restarts"
    )
    parser.add_argument(
        "--seed", type=int, default=0, metavar="N", help="create N realistic records per collection"
    )
    parser.add_argument(
        "--seed-random",
        type=int,
        default=None,
        metavar="S",
        help="make seeded data and ids reproducible",
    )
    parser.add_argument(
        "--no-rate-limit", action="store_true", help="do not enforce the spec's x-rate-limit"
    )
    parser.add_argument(
        "--time-scale",
        type=float,
        default=1.0,
        metavar="F",
        help=(
            "compress time: F=60 makes a 60 s rate-limit window, and a 2 h OAuth access token, "
            "last 60 times less (default: 1)"
        ),
    )
    oauth = parser.add_argument_group(
        "OAuth 2.0", "the authorization server of a spec with an oauth2 flow (Wealthbox, Kanbert)"
    )
    oauth.add_argument("--oauth-client-id", default="mock-client", help="(default: %(default)s)")
    oauth.add_argument(
        "--oauth-client-secret",
        default=None,
        help=f"(default: ${SECRET_ENV}, else 'mock-secret')",
    )
    oauth.add_argument(
        "--oauth-redirect-uri",
        action="append",
        metavar="URI",
        help="a registered redirect URI; repeatable (default: http://127.0.0.1/callback)",
    )
    oauth.add_argument(
        "--oauth-user", default="mock-user", help="who signs in and consents (default: %(default)s)"
    )
    oauth.add_argument(
        "--oauth-scopes",
        default=None,
        metavar="SCOPES",
        help="the space-separated scopes the user grants at most (default: all of the flow's)",
    )
    parser.add_argument(
        "--faults",
        metavar="SPEC",
        help='inject faults, e.g. "429=0.1,503=0.1,drop=0.1" or "seq:429,ok,503,drop"',
    )
    parser.add_argument("--webhook-url", metavar="URL", help="deliver the vendor's webhooks here")
    parser.add_argument(
        "--log-level",
        default="info",
        choices=("critical", "error", "warning", "info", "debug"),
        help="server log level (default: %(default)s)",
    )
    return parser


def main(argv: Sequence[str] | None = None, prog: str = "crm-mock") -> int:
    args = build_parser(prog).parse_args(argv)
    import uvicorn

    from mocks.api import compile_api
    from mocks.app import create_app
    from mocks.faults import FaultPlan
    from mocks.oauth import OAuthSettings
    from mocks.server import protocol_for
    from mocks.store import DatabaseBusy, DatabaseUnreadable

    if args.faults:
        try:
            FaultPlan.parse(args.faults).check_path_filter(compile_api(args.api).router.templates())
        except ValueError as error:
            print(f"{prog}: error: --faults: {error}", file=sys.stderr)
            return 2
    if not args.time_scale > 0:
        print(f"{prog}: error: --time-scale must be > 0", file=sys.stderr)
        return 2
    logging.basicConfig(level=args.log_level.upper(), format="%(levelname)s %(name)s: %(message)s")
    try:
        app = create_app(
            args.api,
            token=args.token or os.environ.get(TOKEN_ENV) or "test-token",
            db=args.db,
            seed=args.seed,
            rate_limit=not args.no_rate_limit,
            time_scale=args.time_scale,
            faults=args.faults,
            webhook_url=args.webhook_url,
            seed_random=args.seed_random,
            oauth=OAuthSettings(
                client_id=args.oauth_client_id,
                client_secret=(
                    args.oauth_client_secret or os.environ.get(SECRET_ENV) or "mock-secret"
                ),
                redirect_uris=tuple(args.oauth_redirect_uri or ("http://127.0.0.1/callback",)),
                user=args.oauth_user,
                scopes=tuple(args.oauth_scopes.split()) if args.oauth_scopes else None,
            ),
        )
    except (DatabaseBusy, DatabaseUnreadable) as error:
        print(f"{prog}: error: --db {error}", file=sys.stderr)
        return 2
    except sqlite3.Error as error:
        print(f"{prog}: error: --db {args.db}: {error}", file=sys.stderr)
        return 2
    # What exists now (the spec, compiled plans, seeded records) lives as long as the server:
    # moved out of the collector's sight, it is not rescanned on every full collection.
    gc.collect()
    gc.freeze()
    # Access lines are logged at info: below that level they are never printed, and
    # uvicorn would still format each one's fields on every request.
    access_log = args.log_level in ("info", "debug")
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        log_level=args.log_level,
        access_log=access_log,
        http=protocol_for(app.state.error_body),  # malformed HTTP in the vendor's envelope
    )
    return 0
