"""The walking row of the Prism comparison (benchmarks/walking.py), run small against our mock:
the walk follows the cursors to the end of the list and a create lands after every page.

Its speed ratio is the benchmark's (`python -m benchmarks --only prism`).
"""

from __future__ import annotations

import asyncio
import json

from benchmarks import mock_vs_prism, walking
from benchmarks.servers import mock_command, serve
from mocks.serving import free_port

SEEDED = 250  # three pages of 100


def test_a_walk_reaches_the_end_of_the_list_with_a_create_after_every_page() -> None:
    port = free_port()
    command = mock_command("pylon", port, "--no-rate-limit", "--seed", str(SEEDED))
    with serve(command, port) as url:
        result = asyncio.run(
            walking.run_walk(
                url, mock_vs_prism._AUTH, mock_vs_prism._create_request, seconds=2.0, connections=2
            )
        )
    assert result.errors == 0
    # Pylon answers a create with 200 (its spec documents no 201).
    assert set(result.statuses) == {200}
    assert result.pages == result.creates
    assert result.statuses[200] == result.pages + result.creates
    # The list grows under the walk, so a walk takes more pages than the seeded three.
    assert result.walks_finished >= 1
    assert result.pages >= 3 * result.walks_finished


def test_the_next_cursor_is_read_from_pylons_envelope() -> None:
    page = {"data": [], "pagination": {"cursor": "abc", "has_next_page": True}}
    assert walking.next_cursor(json.dumps(page).encode()) == "abc"
    page["pagination"]["has_next_page"] = False
    assert walking.next_cursor(json.dumps(page).encode()) is None
    assert walking.next_cursor(b"not json") is None
    assert walking.next_cursor(b"[]") is None
