"""The loops the pagination rows of `make bench` time (benchmarks/overlay_pagination.py), run
small against an in-process mock: both walk the whole list, and they agree.

Only correctness is asserted here; their speed ratios are the benchmark's.
"""

from __future__ import annotations

import httpx
from crm_overlays import pylon

from benchmarks import overlay_pagination
from mocks import create_app

CONTACTS = 250  # three pages of 100, the last one short: the page without `pagination`


def test_hand_written_loop_and_overlay_walk_the_same_contacts() -> None:
    app = create_app("pylon", token=overlay_pagination.TOKEN, seed=CONTACTS, rate_limit=False)
    client = pylon.client(overlay_pagination.TOKEN, base_url="http://mock", retry=None,
                          rate_limit=False, transport=httpx.ASGITransport(app=app))
    hand = overlay_pagination._hand_written(client)
    assert len(hand) == len(set(hand)) == CONTACTS
    assert overlay_pagination._overlay(client) == hand
