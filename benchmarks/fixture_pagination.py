"""Benchmark 7: the `crm_mock` fixture's in-process Pylon mock (mocks/pytest_plugin.py) answers
its whole list of 1,000 seeded contacts through the overlay's `paginate` (goal: under 1 s).

The mock is built as the fixture builds it (`mocks_for`, the factory behind `crm_mock`), and
the list is walked through its ready client, over `httpx.ASGITransport`. Building the mock
(seeding included) is timed apart: it is paid once per test, before its first call.
"""

from __future__ import annotations

import statistics
import time
from typing import Any

from crm_overlays import paginate
from pylon_client.api.contacts import list_contacts

from mocks.pytest_plugin import mocks_for

ITEMS = 1_000
GOAL_SECONDS = 1.0


def walk(mock: Any) -> list[str]:
    return [contact.id for contact in paginate(list_contacts, client=mock.client)]


def run(items: int = ITEMS, repeats: int = 7) -> dict[str, Any]:
    build, walks = [], []
    for _ in range(repeats):
        with mocks_for() as make:
            started = time.perf_counter()
            mock = make("pylon", seed=items, seed_random=1)
            build.append(time.perf_counter() - started)
            started = time.perf_counter()
            ids = walk(mock)
            walks.append(time.perf_counter() - started)
            assert len(ids) == len(set(ids)) == items, len(ids)
            requests = len(mock.exchanges)
    return {
        "items": items,
        "requests": requests,
        "build_s": statistics.median(build),
        "walk_s": statistics.median(walks),
    }
