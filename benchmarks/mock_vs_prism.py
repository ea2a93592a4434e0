"""Requests per second of our mock and of Prism 5 serving the same spec, same load generator.

Prism answers from the spec's examples and keeps no state; ours stores what is created, validates
every request and response shape, and pages through real records. The ratio says what that costs
(or saves). Pylon is measured: its list pages (`limit=100`) and its create has a documented body.
The first page of the list row is always in our page cache; the walking row (`walking.py`)
pages through 10,000 records with creates interleaved, so no page is served from a cache.
"""

from __future__ import annotations

import asyncio
import functools
import json
from collections.abc import Callable
from typing import Any

from crm_overlays import specs

from mocks.serving import free_port

from . import walking
from .loadgen import LoadResult, Request, run_load
from .servers import mock_command, prism_command, serve

API = "pylon"
TOKEN = "test-token"
SEEDED = 300  # more than one page of 100, so the list really pages


@functools.cache
def _create_body() -> bytes:
    operation = next(op for _, _, op in specs.operations(API) if op["operationId"] == "createContact")
    example = operation["requestBody"]["content"]["application/json"]["examples"]["full"]["value"]
    return json.dumps(example).encode()


def _create_request(number: int) -> Request:
    """A create with its own name and email (the walk sends thousands)."""
    body = json.loads(_create_body())
    body.update(name=f"Walker {number}", email=f"walker{number}@example.com")
    headers = {**_AUTH, "Content-Type": "application/json"}
    return Request("POST", "/contacts", headers, json.dumps(body).encode())


_AUTH = {"Authorization": f"Bearer {TOKEN}", "Accept": "application/json"}
WALK_SCENARIO = f"walk {walking.RECORDS:,} + creates"


def _scenarios() -> dict[str, Request]:
    auth = {"Authorization": f"Bearer {TOKEN}", "Accept": "application/json"}
    return {
        "list (page of 100)": Request("GET", "/contacts?limit=100", auth),
        "create": Request("POST", "/contacts", {**auth, "Content-Type": "application/json"},
                          _create_body()),
    }


def _measure(url: str, request: Request, seconds: float, connections: int) -> LoadResult:
    # A short warm-up so neither server is measured while it compiles or fills caches.
    asyncio.run(run_load(url, lambda _: request, seconds=min(1.0, seconds / 4), connections=2))
    return asyncio.run(run_load(url, lambda _: request, seconds=seconds, connections=connections))


def run(seconds: float = 5.0, connections: int = 8) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    servers: dict[str, Callable[[int], list[str]]] = {
        "mock": lambda port: mock_command(API, port, "--no-rate-limit", "--seed", str(SEEDED)),
        "prism": lambda port: prism_command(API, port),
    }
    results: dict[tuple[str, str], LoadResult] = {}
    for name, command in servers.items():
        port = free_port()
        with serve(command(port), port) as url:
            for scenario, request in _scenarios().items():
                results[(name, scenario)] = _measure(url, request, seconds, connections)
    walks: dict[str, walking.WalkResult] = {}
    walk_servers: dict[str, Callable[[int], list[str]]] = {
        "mock": lambda port: mock_command(
            API, port, "--no-rate-limit", "--seed", str(walking.RECORDS)
        ),
        "prism": lambda port: prism_command(API, port),
    }
    for name, command in walk_servers.items():
        port = free_port()
        with serve(command(port), port) as url:
            walks[name] = asyncio.run(walking.run_walk(
                url, _AUTH, _create_request, seconds=seconds, connections=connections
            ))
    for scenario in _scenarios():
        ours, prism = results[("mock", scenario)], results[("prism", scenario)]
        rows.append({
            "scenario": scenario,
            "mock_rps": ours.rate,
            "prism_rps": prism.rate,
            "ratio": ours.rate / prism.rate if prism.rate else float("inf"),
            "mock_statuses": dict(ours.statuses),
            "prism_statuses": dict(prism.statuses),
        })
    ours_walk, prism_walk = walks["mock"], walks["prism"]
    rows.append({
        "scenario": WALK_SCENARIO,
        "mock_rps": ours_walk.rate,
        "prism_rps": prism_walk.rate,
        "ratio": ours_walk.rate / prism_walk.rate if prism_walk.rate else float("inf"),
        "mock_statuses": dict(ours_walk.statuses),
        "prism_statuses": dict(prism_walk.statuses),
        "mock_walks_finished": ours_walk.walks_finished,
    })
    return rows
