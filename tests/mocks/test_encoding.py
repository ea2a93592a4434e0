"""JSON out (`mocks/encoding.py`): the bytes are plain JSON; caches never serve stale records."""

from __future__ import annotations

import json
from typing import Any

from mocks.app import create_app
from mocks.encoding import PAGE_BUDGET, RECORD_BUDGET, SPLICE_FROM, JsonEncoder
from tests.mocks.conftest import ClientFactory
from tests.mocks.support import MockClient


def records(count: int, **extra: Any) -> list[dict[str, Any]]:
    return [{"id": n, "name": f"Contact {n}", **extra} for n in range(count)]


def test_a_page_encodes_exactly_as_json_does() -> None:
    body = {"data": records(20, tags=["a", "é"]), "pagination": {"cursor": "x", "more": True}}
    encoded = JsonEncoder().encode(body)
    assert json.loads(encoded) == body
    assert encoded == json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()


def test_a_changed_record_is_a_new_object_and_is_encoded_again() -> None:
    encoder = JsonEncoder()
    page = records(SPLICE_FROM)
    first = encoder.encode({"data": page})
    assert encoder.encode({"data": list(page)}) == first  # same records, same bytes
    changed = [*page[:-1], {**page[-1], "name": "Renamed"}]  # copy on write, as the store does
    assert json.loads(encoder.encode({"data": changed}))["data"][-1]["name"] == "Renamed"


def test_arrays_that_are_not_records_are_not_spliced() -> None:
    body = {"data": list(range(SPLICE_FROM * 2)), "mixed": [*records(SPLICE_FROM), 7]}
    assert json.loads(JsonEncoder().encode(body)) == body


def cached_sizes(encoder: JsonEncoder) -> tuple[int, int]:
    """What the caches really hold, counted from their entries (not from their own tally)."""
    records_held = sum(len(encoded) for _, encoded in encoder._cache.values())
    pages_held = sum(len(encoded) for _, encoded in encoder._pages.values())
    return records_held, pages_held


def test_the_caches_stay_within_their_byte_budgets() -> None:
    encoder = JsonEncoder(budget=2_000, page_budget=1_500, page_capacity=2)
    pages = [records(SPLICE_FROM, page=n) for n in range(5)]
    for page in pages:
        encoder.encode({"data": page})
    assert len(encoder._pages) <= 2
    assert cached_sizes(encoder) == (encoder.record_bytes, encoder.page_bytes)
    assert 0 < encoder.record_bytes <= 2_000 and 0 < encoder.page_bytes <= 1_500
    # An evicted page still encodes correctly.
    assert json.loads(encoder.encode({"data": pages[0]}))["data"] == pages[0]


def test_an_entry_larger_than_its_budget_is_encoded_but_not_kept() -> None:
    encoder = JsonEncoder(budget=1_000, page_budget=1_000)
    page = records(SPLICE_FROM, note="x" * 2_000)
    assert json.loads(encoder.encode({"data": page}))["data"] == page
    assert (encoder.record_bytes, encoder.page_bytes) == (0, 0) == cached_sizes(encoder)


def test_a_forgotten_record_leaves_both_caches() -> None:
    encoder = JsonEncoder()
    page = records(SPLICE_FROM)
    encoder.encode({"data": page})
    other = records(SPLICE_FROM, page=2)
    encoder.encode({"data": other})
    encoder.forget(page[3])
    assert all(entry is not page[3] for entry, _ in encoder._cache.values())
    assert all(page[3] not in items for items, _ in encoder._pages.values())
    assert len(encoder._pages) == 1  # the other page stays
    assert cached_sizes(encoder) == (encoder.record_bytes, encoder.page_bytes)


def test_big_records_created_listed_and_deleted_leave_nothing_cached() -> None:
    """The issue's case: 20 records of 5 MB kept ~370 MB alive after they were all deleted."""
    # Not the `mock` fixture: validating every 100 MB answer would be most of the time.
    pylon = MockClient(create_app("pylon", rate_limit=False), "pylon")
    encoder = pylon.engine.encoder
    ids = []
    for n in range(20):
        created = pylon.post("/contacts", json={"name": f"{n} " + "x" * 5_000_000})
        assert created.status_code == 200  # Pylon's documented create status
        ids.append(created.json()["data"]["id"])
    listed = pylon.get("/contacts", params={"limit": 100})
    assert len(listed.json()["data"]) == 20
    assert pylon.get(f"/contacts/{ids[0]}").status_code == 200
    # Bounded while they exist: the 100 MB page and most records are not kept.
    assert encoder.record_bytes <= RECORD_BUDGET and encoder.page_bytes <= PAGE_BUDGET
    assert cached_sizes(encoder) == (encoder.record_bytes, encoder.page_bytes)
    for record_id in ids:
        assert pylon.delete(f"/contacts/{record_id}").status_code == 200
    assert cached_sizes(encoder) == (0, 0) == (encoder.record_bytes, encoder.page_bytes)
    pylon.close()


def test_a_replaced_record_leaves_the_cache(mock: ClientFactory) -> None:
    repzo = mock("repzo")
    ids = [repzo.post("/client-contact", json={"name": f"C{n}"}).json()["data"]["_id"] for n in range(9)]
    repzo.get("/client-contact")  # a page of 9: its records and the page are cached
    held = {id(entry) for entry, _ in repzo.engine.encoder._cache.values()}
    old = repzo.engine.store.get("/client-contact", ids[0])
    assert id(old) in held
    assert repzo.put(f"/client-contact/{ids[0]}", json={"name": "Renamed"}).status_code == 200
    encoder = repzo.engine.encoder
    assert all(entry is not old for entry, _ in encoder._cache.values())
    assert all(all(item is not old for item in items) for items, _ in encoder._pages.values())
