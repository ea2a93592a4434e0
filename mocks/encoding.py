"""JSON encoding of responses, with each stored record encoded once.

Serialising a page of records dominates the cost of a list request (a page of 100 Wealthbox
contacts is a quarter of a megabyte). Stored records never change in place (a write stores a new
dict), so the bytes of a record stay valid as long as the very same object is served: they are
cached by object identity, holding the object itself so that its identity cannot be reused while
cached. A body whose top-level arrays hold records is encoded as its envelope with those arrays
spliced in from the cache.
"""

from __future__ import annotations

import json
import secrets
from collections import OrderedDict
from collections.abc import Mapping
from typing import Any

# Arrays shorter than this are cheaper to encode than to splice.
SPLICE_FROM = 8


def dumps(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


class JsonEncoder:
    def __init__(self, capacity: int = 50_000) -> None:
        self.capacity = capacity
        self._cache: OrderedDict[int, tuple[Any, bytes]] = OrderedDict()
        # Placeholders no client can guess, so none can appear in an envelope by accident.
        self._marker = f"\x00items-{secrets.token_hex(8)}-"

    def record(self, value: Any) -> bytes:
        key = id(value)
        hit = self._cache.get(key)
        if hit is not None and hit[0] is value:
            self._cache.move_to_end(key)
            return hit[1]
        encoded = dumps(value)
        self._cache[key] = (value, encoded)
        if len(self._cache) > self.capacity:
            self._cache.popitem(last=False)
        return encoded

    def encode(self, body: Any) -> bytes:
        if not isinstance(body, Mapping):
            return dumps(body)
        spliced = {
            name: value
            for name, value in body.items()
            if isinstance(value, list)
            and len(value) >= SPLICE_FROM
            and all(isinstance(item, Mapping) for item in value)
        }
        if not spliced:
            return dumps(body)
        markers = {name: f"{self._marker}{index}" for index, name in enumerate(spliced)}
        envelope = dumps({name: markers.get(name, value) for name, value in body.items()})
        for name, items in spliced.items():
            placeholder = dumps(markers[name])
            array = b"[" + b",".join(self.record(item) for item in items) + b"]"
            envelope = envelope.replace(placeholder, array, 1)
        return envelope
