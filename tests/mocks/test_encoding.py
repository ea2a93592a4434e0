"""JSON out (`mocks/encoding.py`): the bytes are plain JSON; caches never serve stale records."""

from __future__ import annotations

import json
from typing import Any

from mocks.encoding import SPLICE_FROM, JsonEncoder


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


def test_the_caches_stay_within_their_bounds() -> None:
    encoder = JsonEncoder(capacity=10, page_capacity=2)
    pages = [records(SPLICE_FROM, page=n) for n in range(5)]
    for page in pages:
        encoder.encode({"data": page})
    assert len(encoder._cache) <= 10 and len(encoder._pages) <= 2
    # An evicted page still encodes correctly.
    assert json.loads(encoder.encode({"data": pages[0]}))["data"] == pages[0]
