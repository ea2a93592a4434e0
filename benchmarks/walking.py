"""The walking scenario of the Prism comparison: page through a whole list while creates land.

The list row of ``mock_vs_prism`` asks for the same first page again and again, which our mock
answers from its page cache. Here each connection walks Pylon's contacts page by page (100 a
page, each next request carrying the cursor the previous answer gave) through 10,000 seeded
records, and sends a create after every page, so every page is a different one and the list
changes under the walk: no page is ever served twice from a cache. A walk that reaches the
end (no further page) starts again; so does one after ``WALK_PAGES`` pages, because Prism
answers every cursor with the same documented first page and would never end.

Both servers get the same requests from the same client, which reads each page's cursor from
the end of the body.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import quote, urlsplit

from .loadgen import Request, read_response

RECORDS = 10_000
PAGE = 100
WALK_PAGES = RECORDS // PAGE


@dataclass
class WalkResult:
    pages: int = 0
    creates: int = 0
    walks_finished: int = 0
    seconds: float = 0.0
    statuses: Counter[int] = field(default_factory=Counter)
    errors: int = 0

    @property
    def rate(self) -> float:
        """Requests (pages and creates) answered per second."""
        return (self.pages + self.creates) / self.seconds if self.seconds else 0.0


# Pylon's envelope ends with `"pagination": {"cursor": ..., "has_next_page": ...}`. Reading
# only that, not the whole page, keeps the client's cost per page small and the same for a
# page of 100 records (ours) and Prism's one-record example.
_CURSOR = re.compile(rb'"cursor"\s*:\s*"([^"\\]*)"')
_MORE = re.compile(rb'"has_next_page"\s*:\s*true')


def next_cursor(body: bytes) -> str | None:
    """The cursor of Pylon's next page, ``None`` on the last page (or an unreadable one)."""
    tail = body[-512:]
    cursor = _CURSOR.search(tail)
    if cursor is None or not cursor.group(1) or _MORE.search(tail) is None:
        return None
    return cursor.group(1).decode("ascii", errors="replace")


async def _walker(
    url: str,
    headers: dict[str, str],
    create: Callable[[int], Request],
    deadline: float,
    result: WalkResult,
) -> None:
    parts = urlsplit(url)
    host = f"{parts.hostname}:{parts.port}"
    reader, writer = await asyncio.open_connection(parts.hostname, parts.port)
    cursor: str | None = None
    walked = 0
    try:
        while time.perf_counter() < deadline:
            target = f"/contacts?limit={PAGE}" + (f"&cursor={quote(cursor)}" if cursor else "")
            for request in (Request("GET", target, headers), create(result.creates)):
                writer.write(request.encode(host))
                try:
                    status, body = await read_response(reader)
                except (asyncio.IncompleteReadError, ConnectionError):
                    result.errors += 1
                    writer.close()
                    reader, writer = await asyncio.open_connection(parts.hostname, parts.port)
                    cursor, walked = None, 0
                    break
                result.statuses[status] += 1
                if request.method == "GET":
                    result.pages += 1
                    walked += 1
                    cursor = next_cursor(body) if status == 200 else None
                else:
                    result.creates += 1
            if cursor is None or walked >= WALK_PAGES:
                result.walks_finished += cursor is None
                cursor, walked = None, 0
    finally:
        writer.close()


async def run_walk(
    url: str,
    headers: dict[str, str],
    create: Callable[[int], Request],
    *,
    seconds: float,
    connections: int,
) -> WalkResult:
    """``connections`` walkers against ``url`` for ``seconds``."""
    result = WalkResult()
    started = time.perf_counter()
    deadline = started + seconds
    await asyncio.gather(
        *(_walker(url, headers, create, deadline, result) for _ in range(connections))
    )
    result.seconds = time.perf_counter() - started
    return result
