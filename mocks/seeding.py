"""`--seed N`: N realistic records in every top-level collection the API can create into.

Each record starts from the create operation's documented request example (the vendor's own
idea of a realistic body) and is varied: names, emails, phone digits, external ids and
placeholder strings (`"string"`, `"<string>"`) change from record to record. The varied body must
still validate against the request schema (otherwise the example is used as it is) and then goes
through the same path as a real create, so ids, timestamps and shapes are the server's own.
With the same `random.Random` seed the data is the same every time.
"""

from __future__ import annotations

import random
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from mocks.values import MISSING

if TYPE_CHECKING:
    from mocks.engine import MockEngine
    from mocks.roles import Collection

FIRST_NAMES = (
    "Ada", "Grace", "Alan", "Katherine", "Linus", "Margaret", "Dennis", "Barbara", "Ken", "Frances",
    "Edsger", "Radia", "Donald", "Hedy", "Tim", "Karen", "Niklaus", "Sophie", "Guido", "Joan",
)  # fmt: skip
LAST_NAMES = (
    "Lovelace", "Hopper", "Turing", "Johnson", "Torvalds", "Hamilton", "Ritchie", "Liskov",
    "Thompson", "Allen", "Dijkstra", "Perlman", "Knuth", "Lamarr", "Berners-Lee", "Spärck Jones",
    "Wirth", "Wilson", "van Rossum", "Clarke",
)  # fmt: skip
PLACEHOLDERS = frozenset({"string", "<string>"})
PHONE_HINTS = ("phone", "mobile", "telephone", "fax")


class Seeder:
    def __init__(self, engine: MockEngine, rng: random.Random) -> None:
        self.engine = engine
        self.rng = rng

    def seed(self, count: int) -> dict[str, int]:
        """Create `count` records per top-level writable collection; returns how many, by path."""
        created: dict[str, int] = {}
        for collection in self.engine.api.collections.values():
            if collection.create is None or "{" in collection.template:
                continue
            if self.engine.store.count(collection.template):
                continue  # a database that already holds data is not seeded again
            created[collection.template] = self._seed_collection(collection, count)
        return created

    def _seed_collection(self, collection: Collection, count: int) -> int:
        create = collection.create
        assert create is not None
        schema = create.body.schema if create.body else None
        template = self._template(create.body.schema if create.body else None, create)
        for index in range(count):
            person = (self.rng.choice(FIRST_NAMES), self.rng.choice(LAST_NAMES))
            body = self._vary(template, index, person, None)
            if schema is not None and not self.engine.api.schemas.is_valid(schema, body):
                body = template
            record = self.engine.records.create(collection, body, schema)
            self.engine.store.put(collection.template, str(record[collection.id_field]), record)
        return count

    def _template(self, schema: Any, create: Any) -> Any:
        spec = self.engine.api.document
        if create.body is not None:
            node, pointer = spec.resolve(
                create.node.get("requestBody"), create.pointer + "/requestBody"
            )
            for media_type, media in (node.get("content") or {}).items():
                found, example = spec.first_example(media, f"{pointer}/content/{media_type}")
                if found and (schema is None or self.engine.api.schemas.is_valid(schema, example)):
                    return example
        if schema is not None:
            made = self.engine.shaper.synthesize(schema)
            if made is not MISSING:
                return made
        return {}

    def _vary(self, value: Any, index: int, person: tuple[str, str], name: str | None) -> Any:
        if isinstance(value, Mapping):
            return {key: self._vary(item, index, person, key) for key, item in value.items()}
        if isinstance(value, list):
            return [self._vary(item, index, person, name) for item in value]
        if not isinstance(value, str) or name is None:
            return value
        return self._text(value, index, person, name.lower())

    def _text(self, value: str, index: int, person: tuple[str, str], name: str) -> str:
        first, last = person
        handle = re.sub(r"[^a-z0-9]+", ".", f"{first}.{last}".lower()).strip(".")
        if name in ("first_name", "firstname"):
            return first
        if name in ("last_name", "lastname"):
            return last
        if name in ("name", "full_name"):
            return f"{first} {last}"
        if name == "username":
            return handle
        if "email" in name or (name == "address" and "@" in value):
            return f"{handle}{index + 1}@example.com"
        if any(hint in name for hint in PHONE_HINTS):
            digits = value if re.search(r"\d", value) else "+1 555 0100 000"
            return re.sub(r"\d", lambda _: str(self.rng.randrange(10)), digits)
        if name.replace("_", "") == "externalid":
            return f"ext-{index + 1:04d}"
        if value in PLACEHOLDERS:
            return f"{name.replace('_', ' ')} {index + 1}"
        return value
