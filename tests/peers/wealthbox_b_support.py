"""Small helpers for the Wealthbox part-B peer suites (tasks, workflows, events, opportunities,
projects): a client bound to a served mock, raw read-back, and timestamp comparison.
"""

from __future__ import annotations

import asyncio
import datetime
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from wealthbox_tools.client import WealthboxClient

from tests.peers.conftest import ServedMock

T = TypeVar("T")

# The version prefix the client's BASE_URL carries (`https://api.crmworkspace.com/v1`) and our
# spec puts in each path instead.
VERSION = "/v1"


def client_base_url(mock: ServedMock) -> str:
    return mock.base_url + VERSION


def run(mock: ServedMock, use: Callable[[WealthboxClient], Awaitable[T]]) -> T:
    """Run `use(client)` with a WealthboxClient pointed at `mock` (its own rate limiter off)."""

    async def go() -> T:
        async with WealthboxClient(
            token=mock.token, base_url=client_base_url(mock), rate_limit=False
        ) as client:
            return await use(client)

    return asyncio.run(go())


def read(mock: ServedMock, path: str, **params: Any) -> Any:
    """What the mock serves at `path` (below /v1), through our own raw client."""
    response = mock.http().get(VERSION + path, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def raw_ids(mock: ServedMock, path: str, key: str, **params: Any) -> list[int]:
    """Every id the mock lists at `path` with `params`, walking all pages with our own client."""
    ids: list[int] = []
    page = 1
    while True:
        body = read(mock, path, page=page, per_page=100, **params)
        ids += [item["id"] for item in body[key]]
        if len(body[key]) < 100:
            return ids
        page += 1


def moment(text: str) -> datetime.datetime:
    """A Wealthbox (`2026-04-01 10:00 AM -0700`) or ISO 8601 timestamp as an aware datetime."""
    for form in ("%Y-%m-%d %I:%M %p %z",):
        try:
            return datetime.datetime.strptime(text, form)
        except ValueError:
            pass
    return datetime.datetime.fromisoformat(text)


def same_moment(read_back: str, sent: str) -> bool:
    return moment(read_back) == moment(sent)
