"""Benchmark 2 of the overlays: how much of a vendor's rate limit the client-side limiter uses.

Our mock enforces the spec's ``x-rate-limit`` with its clock running ``SCALE`` times fast
(``--time-scale``); the client's limiter gets a clock running as fast, so a five-minute Wealthbox
window passes in seconds. Concurrent asyncio tasks call as fast as the limiter lets them for a
whole number of windows; achieved / allowed is the share of the documented budget used, and
every 429 received is counted (retries are off, so none is hidden).
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from crm_overlays import pylon, wealthbox
from crm_overlays.transports.ratelimit import LimiterOptions
from pylon_client.api.contacts import list_contacts as pylon_list_contacts
from wealthbox_client.api.contacts import list_contacts as wealthbox_list_contacts
from wealthbox_client.api.me import get_login_profile
from wealthbox_client.api.tasks import list_tasks

from mocks.serving import free_port

from .servers import mock_command, serve

TOKEN = "test-token"
TASKS = 8


async def saturate(
    calls: Sequence[Callable[[], Awaitable[Any]]], seconds: float, *, workers: int = TASKS
) -> Counter[int]:
    """Call round-robin from ``workers`` tasks, each as fast as the limiter lets it, until
    ``seconds`` pass; count the answers received in time by status."""
    statuses: Counter[int] = Counter()
    deadline = time.monotonic() + seconds
    turn = iter(range(10**9))

    async def worker() -> None:
        while True:
            response = await calls[next(turn) % len(calls)]()
            if time.monotonic() >= deadline:
                return
            statuses[int(response.status_code)] += 1

    await asyncio.gather(*(worker() for _ in range(workers)))
    return statuses


def _utilisation(
    api: str, factory: Any, calls: Callable[[Any], list[Callable[[], Awaitable[Any]]]],
    *, limit: int, window: float, scale: float, windows: int,
) -> dict[str, Any]:
    port = free_port()
    command = mock_command(api, port, "--time-scale", str(scale), "--seed", "5")
    with serve(command, port) as url:
        options = LimiterOptions.compressed(scale)
        client = factory(TOKEN, base_url=url, retry=None, limiter_options=options)
        seconds = windows * window / scale
        statuses = asyncio.run(saturate(calls(client), seconds))
    allowed = windows * limit
    ok = sum(count for status, count in statuses.items() if 200 <= status < 300)
    return {
        "api": api, "limit": f"{limit}/{window:g}s", "time_scale": scale,
        "allowed": allowed, "achieved": ok, "utilisation": ok / allowed,
        "429s": statuses.get(429, 0), "other": sum(statuses.values()) - ok - statuses.get(429, 0),
    }


def utilisation() -> list[dict[str, Any]]:
    return [
        # Pylon: 60 a minute for each operation; listContacts is measured.
        _utilisation("pylon", pylon.client,
                     lambda c: [lambda: pylon_list_contacts.asyncio_detailed(client=c, limit=10)],
                     limit=60, window=60, scale=30, windows=5),
        # Wealthbox: 300 per five minutes for the whole token, shared by every operation.
        _utilisation("wealthbox", wealthbox.client,
                     lambda c: [lambda: get_login_profile.asyncio_detailed(client=c),
                                lambda: wealthbox_list_contacts.asyncio_detailed(client=c),
                                lambda: list_tasks.asyncio_detailed(client=c)],
                     limit=300, window=300, scale=100, windows=4),
    ]
