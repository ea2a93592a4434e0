"""Benchmarks 1, 3 and 5 of the overlays: pagination overhead, recovery under injected faults,
and the cost of the drift watch.

Both page through the same 10,000 Pylon contacts served by our mock over real HTTP. Runs
alternate (hand-written, overlay, hand-written, ...) so that drift of the machine's speed hits
both sides alike, and each side reports its median.
"""

from __future__ import annotations

import statistics
import time
from typing import Any

from crm_overlays import RetryPolicy, paginate, pylon
from pylon_client.api.contacts import list_contacts
from pylon_client.models import ContactList
from pylon_client.types import UNSET, Unset

from mocks.serving import free_port

from .servers import mock_command, serve

TOKEN = "test-token"
ITEMS = 10_000
PAGE = 100
SEED = ["--seed", str(ITEMS), "--seed-random", "1", "--no-rate-limit"]


def _hand_written(client: Any) -> list[str]:
    """What a user writes without the overlay: the documented cursor loop."""
    ids: list[str] = []
    cursor: str | Unset = UNSET
    while True:
        page = list_contacts.sync_detailed(client=client, cursor=cursor, limit=PAGE).parsed
        assert isinstance(page, ContactList), page
        ids.extend(contact.id for contact in page.data)
        # The SDK types `pagination` as absent on the last page (specs/pylon.yaml, Decision).
        if isinstance(page.pagination, Unset) or not page.pagination.has_next_page:
            return ids
        cursor = page.pagination.cursor


def _overlay(client: Any) -> list[str]:
    return [contact.id for contact in paginate(list_contacts, client=client, limit=PAGE)]


def _timed(function: Any, client: Any) -> tuple[float, list[str]]:
    started = time.perf_counter()
    ids = function(client)
    return time.perf_counter() - started, ids


def overhead(repeats: int = 5) -> dict[str, Any]:
    """Benchmark 1: overlay `paginate` / hand-written loop, same client, same server."""
    port = free_port()
    with serve(mock_command("pylon", port, *SEED), port) as url:
        client = pylon.client(TOKEN, base_url=url, retry=None, rate_limit=False)
        _hand_written(client), _overlay(client)  # warm both paths and the server
        hand, overlay = [], []
        for _ in range(repeats):
            seconds, hand_ids = _timed(_hand_written, client)
            hand.append(seconds)
            seconds, overlay_ids = _timed(_overlay, client)
            overlay.append(seconds)
        assert len(hand_ids) == len(overlay_ids) == ITEMS, (len(hand_ids), len(overlay_ids))
        assert hand_ids == overlay_ids
    return {
        "items": ITEMS,
        "hand_s": statistics.median(hand),
        "overlay_s": statistics.median(overlay),
        "ratio": statistics.median(overlay) / statistics.median(hand),
    }


FAULTS = "seed=11,429=0.1,503=0.1,drop=0.1,retry_after=0.05"
# Retries fast enough for a benchmark; the mock's retry-after-ms (50 ms) is honoured as sent.
PATIENT = RetryPolicy(max_attempts=12, backoff_base=0.01, backoff_max=0.2, deadline=120.0)


def recovery() -> dict[str, Any]:
    """Benchmark 3: the same pagination with 30 % of requests failing (429 / 503 / dropped)."""
    port = free_port()
    with serve(mock_command("pylon", port, *SEED), port) as url:
        client = pylon.client(TOKEN, base_url=url, retry=PATIENT, rate_limit=False)
        clean_seconds, expected = _timed(_overlay, client)
    port = free_port()
    with serve(mock_command("pylon", port, *SEED, "--faults", FAULTS), port) as url:
        client = pylon.client(TOKEN, base_url=url, retry=PATIENT, rate_limit=False)
        faulty_seconds, got = _timed(_overlay, client)
    return {
        "items": len(expected),
        "lost": len(set(expected) - set(got)),
        "duplicated": len(got) - len(set(got)),
        "unexpected": len(set(got) - set(expected)),
        "fault_free_s": clean_seconds,
        "faulty_s": faulty_seconds,
        "time_ratio": faulty_seconds / clean_seconds,
    }


def drift_overhead(repeats: int = 5) -> dict[str, Any]:
    """Benchmark 5: the same pagination with the drift watch checking every response, and a
    10 % sample, against no watch; same server, same client settings otherwise.

    Each timed run ends when the watch has checked every response it sampled, so the cost of
    checking is counted in full even though it happens on the watch's own thread; a run that
    dropped a sample (queue full) would not have checked every response and fails the row.
    """
    from crm_overlays.drift import DriftWatch

    port = free_port()
    with serve(mock_command("pylon", port, *SEED), port) as url:
        full, tenth = DriftWatch(sample=1.0, seed=5), DriftWatch(sample=0.1, seed=5)
        clients = {
            "off": (pylon.client(TOKEN, base_url=url, retry=None, rate_limit=False), None),
            "all": (pylon.client(TOKEN, base_url=url, retry=None, rate_limit=False, drift=full),
                    full),
            "tenth": (pylon.client(TOKEN, base_url=url, retry=None, rate_limit=False,
                                   drift=tenth), tenth),
        }

        def run(name: str) -> tuple[float, float, list[str]]:
            client, watch = clients[name]
            started, cpu = time.perf_counter(), time.thread_time()
            ids = _overlay(client)
            cpu = time.thread_time() - cpu  # the caller's own CPU time, before the wait
            if watch is not None:
                assert watch.wait(timeout=120), "the drift watch did not catch up"
            return time.perf_counter() - started, cpu, ids

        for name in clients:  # warm every path, the server and the compiled schemas
            run(name)
        seconds: dict[str, list[float]] = {name: [] for name in clients}
        caller_cpu: dict[str, list[float]] = {name: [] for name in clients}
        for _ in range(repeats):
            for name in clients:
                took, cpu, ids = run(name)
                assert len(ids) == ITEMS, (name, len(ids))
                seconds[name].append(took)
                caller_cpu[name].append(cpu)
    pages = -(-ITEMS // PAGE)
    checked = full.report.counters("pylon")
    assert checked.get("dropped", 0) == 0 and checked["checked"] == pages * (repeats + 1), checked
    findings = sum(1 for _ in full.report.findings())
    off = statistics.median(seconds["off"])
    return {
        "items": ITEMS,
        "off_s": off,
        "all_s": statistics.median(seconds["all"]),
        "tenth_s": statistics.median(seconds["tenth"]),
        "ratio_all": statistics.median(seconds["all"]) / off,
        "ratio_tenth": statistics.median(seconds["tenth"]) / off,
        "caller_cpu_all": statistics.median(caller_cpu["all"]) / statistics.median(
            caller_cpu["off"]),
        "checked": checked["checked"],
        "findings": findings,
    }
