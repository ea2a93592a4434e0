"""JSON encoding of responses, with each stored record encoded once.

Serialising a page of records dominates the cost of a list request (a page of 100 Wealthbox
contacts is a quarter of a megabyte). Stored records never change in place (a write stores a new
dict), so the bytes of a record stay valid as long as the very same object is served: they are
cached by object identity, holding the object itself so that its identity cannot be reused while
cached. A body whose top-level arrays hold records is encoded as its envelope with those arrays
spliced in from the cache. The joined array of a whole page is cached the same way, keyed by the
identities of its records: a client paging through an unchanged collection (or a load test
asking for the same page) costs one dictionary lookup per page instead of one per record.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Mapping
from typing import Any

# Arrays shorter than this are cheaper to encode than to splice.
SPLICE_FROM = 8
# Bytes of encoded records kept: every record of a seeded mock (a Pylon contact is ~700 bytes,
# so 30,000 of them), while a handful of 5 MB records cannot pin hundreds of megabytes.
RECORD_BUDGET = 24 * 1024 * 1024
# Bytes of encoded pages kept, and how many pages (a page of 100 Pylon contacts is ~60 kB).
PAGE_BUDGET = 8 * 1024 * 1024
PAGE_CAPACITY = 64


def dumps(value: Any) -> bytes:
    """Strict JSON as UTF-8: a NaN, an infinity or a lone surrogate raises ValueError instead
    of being written as something no JSON parser reads."""
    return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode(
        "utf-8"
    )


class JsonEncoder:
    """Encodes answers, caching records and pages within byte budgets.

    `forget(record)` drops a record the store no longer holds (deleted or replaced), with the
    pages it is on: a cached entry holds its object, so without it a deleted record would stay
    in memory until enough newer entries pushed it out. An entry larger than its whole budget
    is encoded every time instead of cached.
    """

    def __init__(
        self,
        budget: int = RECORD_BUDGET,
        page_budget: int = PAGE_BUDGET,
        page_capacity: int = PAGE_CAPACITY,
    ) -> None:
        self.budget = budget
        self.page_budget = page_budget
        self.page_capacity = page_capacity
        # Oldest first; both caches evict in insertion order.
        self._cache: dict[int, tuple[Any, bytes]] = {}
        self._pages: dict[tuple[int, ...], tuple[list[Any], bytes]] = {}
        # Bytes the entries of each cache hold (their encoded JSON), kept as they change.
        self.record_bytes = 0
        self.page_bytes = 0
        # Placeholders no client can guess, so none can appear in an envelope by accident.
        self._marker = f"\x00items-{secrets.token_hex(8)}-"

    def record(self, value: Any) -> bytes:
        key = id(value)
        hit = self._cache.get(key)
        if hit is not None and hit[0] is value:
            return hit[1]
        encoded = dumps(value)
        self.remember(value, encoded)
        return encoded

    def remember(self, value: Any, encoded: bytes) -> None:
        """Cache ``encoded`` as the JSON of ``value`` (the store hands over what it wrote)."""
        key = id(value)
        if key in self._cache:
            self._drop_record(key)
        if len(encoded) > self.budget:
            return
        while self._cache and self.record_bytes + len(encoded) > self.budget:
            self._drop_record(next(iter(self._cache)))
        self._cache[key] = (value, encoded)
        self.record_bytes += len(encoded)

    def _drop_record(self, key: int) -> None:
        _, encoded = self._cache.pop(key)
        self.record_bytes -= len(encoded)

    def array(self, items: list[Any]) -> bytes | None:
        """`items` as a JSON array, or None when they are not all records."""
        # While an entry holds its records, their identities cannot be reused by other
        # objects, so equal keys mean the very same records in the same order.
        key = tuple(map(id, items))
        hit = self._pages.get(key)
        if hit is not None:
            return hit[1]
        if not all(type(item) is dict or isinstance(item, Mapping) for item in items):
            return None
        encoded = b"[" + b",".join([self.record(item) for item in items]) + b"]"
        if len(encoded) > self.page_budget:
            return encoded
        while self._pages and (
            len(self._pages) >= self.page_capacity
            or self.page_bytes + len(encoded) > self.page_budget
        ):
            self._drop_page(next(iter(self._pages)))
        self._pages[key] = (list(items), encoded)
        self.page_bytes += len(encoded)
        return encoded

    def _drop_page(self, key: tuple[int, ...]) -> None:
        _, encoded = self._pages.pop(key)
        self.page_bytes -= len(encoded)

    def forget(self, record: Any) -> None:
        """Drop `record` and every page holding it (the store discarded it)."""
        key = id(record)
        hit = self._cache.get(key)
        if hit is not None and hit[0] is record:
            self._drop_record(key)
        # A page entry holds its records, so an id on a page key is this very record.
        for page in [page for page in self._pages if key in page]:
            self._drop_page(page)

    def encode(self, body: Any) -> bytes:
        if not isinstance(body, Mapping):
            return dumps(body)
        arrays: dict[str, bytes] = {}
        for name, value in body.items():
            if type(value) is list and len(value) >= SPLICE_FROM:
                encoded = self.array(value)
                if encoded is not None:
                    arrays[name] = encoded
        if not arrays:
            return dumps(body)
        markers = {name: f"{self._marker}{index}" for index, name in enumerate(arrays)}
        envelope = dumps({name: markers.get(name, value) for name, value in body.items()})
        for name, encoded in arrays.items():
            envelope = envelope.replace(dumps(markers[name]), encoded, 1)
        return envelope
