"""Requests per second of our mock and of Prism 5 serving the same spec, same load generator.

Prism answers from the spec's examples and keeps no state; ours stores what is created, validates
every request and response shape, and pages through real records. The ratio says what that costs
(or saves). Pylon is measured: its list pages (`limit=100`) and its create has a documented body.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

from crm_overlays import specs

from mocks.serving import free_port

from .loadgen import LoadResult, Request, run_load
from .servers import mock_command, prism_command, serve

API = "pylon"
TOKEN = "test-token"
SEEDED = 300  # more than one page of 100, so the list really pages


def _create_body() -> bytes:
    operation = next(op for _, _, op in specs.operations(API) if op["operationId"] == "createContact")
    example = operation["requestBody"]["content"]["application/json"]["examples"]["full"]["value"]
    return json.dumps(example).encode()


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
    return rows
