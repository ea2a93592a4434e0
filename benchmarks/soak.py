"""Soak: hostile and good requests mixed, on many keep-alive connections, against one mock.

One mock process (`python -m mocks pylon`, as a user starts it) is sent a clean run of good
requests, then the same good requests with a bad one between each two (input past the limits of
mocks/limits.py, malformed JSON, bad credentials, unknown routes, undocumented methods), over
the same number of connections. It reports the 5xx answers and connection failures of both runs
(the goal is none), the server's RSS growth over the whole soak (the goal is under 20 MB: bad
input leaves nothing behind), and the p99 latency of the good requests in the mixed run against
the clean run (the goal is no worse than 2x: bad input does not slow good input down).

Good requests change records but never add any, so the store does not grow with the count.

Last, the issue's memory case on the same process: 20 records of 5 MB created, listed and
deleted. The RSS left over once they are gone is reported too (the goal is the same 20 MB;
before the encoding caches were bounded by bytes and dropped deleted records, it was ~300 MB).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import httpx

from mocks.serving import free_port

from .loadgen import LoadResult, Request, run_load
from .servers import mock_command, rss_mb, serve_process

API = "pylon"
TOKEN = "test-token"
SEEDED = 50
REQUESTS = 50_000
CONNECTIONS = 16
GOAL_RSS_MB = 20.0
GOAL_P99_RATIO = 2.0

AUTH = {"Authorization": f"Bearer {TOKEN}", "Accept": "application/json"}
JSON = {**AUTH, "Content-Type": "application/json"}
HUGE = "9" * 5000


def _body(value: bytes) -> bytes:
    return b'{"name": ' + value + b"}"


def good_requests(ids: list[str]) -> list[Request]:
    """What a client does all day: lists, reads and updates of existing records."""
    requests = [Request("GET", "/contacts?limit=100", AUTH)]
    for n, record_id in enumerate(ids[:8]):
        requests.append(Request("GET", f"/contacts/{record_id}", AUTH))
        requests.append(Request("PATCH", f"/contacts/{record_id}", JSON,
                                json.dumps({"name": f"Soak {n}"}).encode()))
    requests.append(Request("GET", "/contacts?limit=10", AUTH))
    return requests


def bad_requests(ids: list[str]) -> list[Request]:
    """Each must be a 4xx and leave nothing behind."""
    item = f"/contacts/{ids[0]}"
    return [
        Request("POST", "/contacts", JSON, _body(b'"\\udfff"')),
        Request("POST", "/contacts", JSON, _body(b'"\xed\xa0\x80"')),
        Request("PATCH", item, JSON, _body(b"[" * 1000 + b"]" * 1000)),
        Request("POST", "/contacts", JSON, _body(b"1e999")),
        Request("PATCH", item, JSON, _body(b"NaN")),
        Request("POST", "/contacts", JSON, _body(HUGE.encode())),
        Request("GET", f"/contacts?limit={HUGE}", AUTH),
        Request("GET", f"/contacts/{HUGE}", AUTH),
        Request("POST", "/contacts", JSON, b"  \r\n  "),
        Request("POST", "/contacts", JSON, b'{"name": "Ada"'),
        Request("POST", "/contacts", {**AUTH, "Content-Type": "text/plain"}, b"name=Ada"),
        Request("GET", "/contacts", {"Authorization": "Bearer not-the-token"}),
        Request("GET", "/no/such/route", AUTH),
        Request("DELETE", "/contacts", AUTH),
    ]


def _p99(latencies: list[float]) -> float:
    ordered = sorted(latencies)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] if ordered else 0.0


def _load(url: str, make: Callable[[int], Request], total: int) -> LoadResult:
    return asyncio.run(
        run_load(url, make, seconds=3600, connections=CONNECTIONS, total=total, record=True)
    )


def run(requests: int = REQUESTS) -> dict[str, Any]:
    port = free_port()
    command = mock_command(API, port, "--no-rate-limit", "--seed", str(SEEDED),
                           "--seed-random", "1")
    with serve_process(command, port) as (url, pid):
        listed = httpx.get(f"{url}/contacts?limit={SEEDED}", headers=AUTH).json()["data"]
        ids = [record["id"] for record in listed]
        good, bad = good_requests(ids), bad_requests(ids)
        good_count = requests // 2
        # A short warm-up, so neither run is measured while caches fill.
        _load(url, lambda i: good[i % len(good)], 500)
        rss_start = rss_mb(pid)
        clean = _load(url, lambda i: good[i % len(good)], good_count)

        def mixed_request(i: int) -> Request:
            # Even: the clean run's good requests, in the same order; odd: a bad one.
            return good[(i // 2) % len(good)] if i % 2 == 0 else bad[(i // 2) % len(bad)]

        mixed = _load(url, mixed_request, requests)
        rss_end = rss_mb(pid)
        after = httpx.get(f"{url}/contacts?limit={SEEDED + 100}", headers=AUTH).json()["data"]
        big_before = rss_mb(pid)
        big_peak = _big_records(url, pid)
        big_after = rss_mb(pid)
    bad_statuses = sorted({s for i, s in mixed.statuses_by_index.items() if i % 2})
    clean_p99 = _p99([latency for _, latency in clean.latencies])
    mixed_p99 = _p99([latency for i, latency in mixed.latencies if i % 2 == 0])
    return {
        "api": API,
        "requests": mixed.requests,
        "connections": CONNECTIONS,
        "5xx": sum(n for status, n in (clean.statuses + mixed.statuses).items() if status >= 500),
        "connection_errors": clean.errors + mixed.errors,
        "bad_statuses": bad_statuses,
        "bad_not_4xx": sum(
            1 for i, status in mixed.statuses_by_index.items() if i % 2 and not 400 <= status < 500
        ),
        "rss_start_mb": rss_start,
        "rss_end_mb": rss_end,
        "rss_growth_mb": rss_end - rss_start,
        "clean_p99_ms": clean_p99 * 1000,
        "mixed_p99_ms": mixed_p99 * 1000,
        "p99_ratio": mixed_p99 / clean_p99 if clean_p99 else float("inf"),
        "mixed_seconds": mixed.seconds,
        "big_records_peak_mb": big_peak,
        "big_records_residue_mb": big_after - big_before,
        "records_added": len(after) - len(ids),  # bad input must have stored nothing
    }


def _big_records(url: str, pid: int, count: int = 20, size: int = 5_000_000) -> float:
    """Create `count` records of `size` bytes, list them, read one, delete them all; the
    server's RSS at its highest (after the list)."""
    with httpx.Client(base_url=url, headers=AUTH, timeout=300) as client:
        ids = []
        for n in range(count):
            created = client.post("/contacts", json={"name": f"Big {n} " + "x" * size})
            ids.append(created.json()["data"]["id"])
        client.get("/contacts", params={"limit": 100}).raise_for_status()
        client.get(f"/contacts/{ids[0]}").raise_for_status()
        peak = rss_mb(pid)
        for record_id in ids:
            client.delete(f"/contacts/{record_id}").raise_for_status()
    return peak


def missed(row: dict[str, Any]) -> list[str]:
    """The goals this row misses."""
    failed = []
    if row["5xx"] or row["connection_errors"] or row["bad_not_4xx"] or row["records_added"]:
        failed.append("soak 5xx/errors")
    if row["rss_growth_mb"] >= GOAL_RSS_MB:
        failed.append("soak RSS")
    if row["p99_ratio"] > GOAL_P99_RATIO:
        failed.append("soak p99")
    if row["big_records_residue_mb"] >= GOAL_RSS_MB:
        failed.append("soak big records")
    return failed
