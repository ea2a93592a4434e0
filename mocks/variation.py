"""Documented example values varied into a new person's record, consistently.

Seeding starts from the vendor's own examples (one person: Ada Lovelace, Kevin Anderson...) and
makes each record someone else. A value is varied by what its field is: names become the new
person's, emails their address, phone digits are redrawn, external ids are numbered,
placeholders (`"string"`) become readable text, and the example person's name inside any other
text (an avatar URL, a background note) is replaced by the new person's. Within one record the
same original value always becomes the same new value, so a primary phone number stays one of
the phone numbers and an email stays among the emails.
"""

from __future__ import annotations

import random
import re
import string
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

FIRST_NAMES = (
    "Ada", "Grace", "Alan", "Katherine", "Linus", "Margaret", "Dennis", "Barbara", "Ken", "Frances",
    "Edsger", "Radia", "Donald", "Hedy", "Tim", "Karen", "Niklaus", "Sophie", "Guido", "Joan",
)  # fmt: skip
LAST_NAMES = (
    "Lovelace", "Hopper", "Turing", "Johnson", "Torvalds", "Hamilton", "Ritchie", "Liskov",
    "Thompson", "Allen", "Dijkstra", "Perlman", "Knuth", "Lamarr", "Berners-Lee", "Spärck Jones",
    "Wirth", "Wilson", "van Rossum", "Clarke",
)  # fmt: skip
# What documentation writes where it means "some text"; such values describe a shape, not data.
PLACEHOLDERS = frozenset({"string", "<string>"})
PHONE_HINTS = ("phone", "mobile", "telephone", "fax")
FIRST_NAME_FIELDS = ("first_name", "firstname")
LAST_NAME_FIELDS = ("last_name", "lastname")
FULL_NAME_FIELDS = ("name", "full_name")
_HEX = frozenset("0123456789abcdefABCDEF")


def slug(text: str) -> str:
    """`text` as lowercase ASCII words joined by dots ("Spärck Jones" -> "sparck.jones")."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", ".", ascii_text.lower()).strip(".")


@dataclass(frozen=True, slots=True)
class Person:
    first: str
    last: str

    @classmethod
    def draw(cls, rng: random.Random) -> Person:
        return cls(rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES))

    @classmethod
    def in_example(cls, example: Any) -> Person | None:
        """The person a documented body describes, from its name fields, if it has them."""
        if not isinstance(example, Mapping):
            return None
        first = next((example[k] for k in FIRST_NAME_FIELDS if isinstance(example.get(k), str)), "")
        last = next((example[k] for k in LAST_NAME_FIELDS if isinstance(example.get(k), str)), "")
        if not (first or last):
            full = next(
                (example[k] for k in FULL_NAME_FIELDS if isinstance(example.get(k), str)), ""
            )
            first, _, last = full.strip().partition(" ")
        return cls(first, last) if first or last else None

    @property
    def handle(self) -> str:
        return slug(f"{self.first} {self.last}")


def is_placeholder(value: Any) -> bool:
    """Whether a documented value is only placeholders (or nothing at all): no data to copy."""
    leaves = list(_leaves(value))
    meaningful = [leaf for leaf in leaves if leaf is not None]
    return not meaningful or all(
        isinstance(leaf, str) and leaf in PLACEHOLDERS for leaf in meaningful
    )


def _leaves(value: Any) -> Any:
    if isinstance(value, Mapping):
        for item in value.values():
            yield from _leaves(item)
    elif isinstance(value, list):
        for item in value:
            yield from _leaves(item)
    else:
        yield value


class Variation:
    """Turns documented values into the values of one new record (see the module docstring)."""

    def __init__(
        self, person: Person, index: int, rng: random.Random, example_person: Person | None
    ) -> None:
        self.person = person
        self.index = index
        self.rng = rng
        self._example_names = self._name_replacements(example_person)
        # Redrawn values by original, so that one value varies the same way everywhere.
        self._redrawn: dict[tuple[str, bool], str] = {}

    def _name_replacements(self, example: Person | None) -> list[tuple[re.Pattern[str], str, str]]:
        if example is None:
            return []
        pairs = [(example.first, self.person.first), (example.last, self.person.last)]
        return [
            (re.compile(rf"\b{re.escape(old)}\b", re.IGNORECASE), new, slug(new))
            for old, new in pairs
            if old and new
        ]

    def vary(self, value: Any, name: str | None = None, *, redraw_ids: bool = False) -> Any:
        """`value` (found under field `name`) made this record's.

        redraw_ids: also redraw string ids inside nested objects, for values copied from a
        documented record (Ada's Slack user id is not Grace's).
        """
        return self._vary(value, name, redraw_ids, nested=False)

    def _vary(self, value: Any, name: str | None, redraw_ids: bool, *, nested: bool) -> Any:
        if isinstance(value, Mapping):
            return {
                key: self._member(item, key, redraw_ids, nested=name is not None or nested)
                for key, item in value.items()
            }
        if isinstance(value, list):
            return [self._vary(item, name, redraw_ids, nested=nested) for item in value]
        if not isinstance(value, str) or name is None:
            return value
        return self._text(value, name.lower(), nested=nested)

    def _member(self, value: Any, key: str, redraw_ids: bool, *, nested: bool) -> Any:
        if redraw_ids and key == "id" and isinstance(value, str):
            return self._redraw(value, letters=True)
        return self._vary(value, key, redraw_ids, nested=nested)

    def _mentions_example_person(self, value: str) -> bool:
        return any(pattern.search(value) for pattern, _, _ in self._example_names)

    def _text(self, value: str, name: str, *, nested: bool = False) -> str:
        person = self.person
        if nested and self._example_names and not self._mentions_example_person(value) and (
            name in FIRST_NAME_FIELDS or name in LAST_NAME_FIELDS or name in FULL_NAME_FIELDS
            or name == "username" or "email" in name
        ):
            # A name inside a nested object that is not the example person's belongs to
            # someone else (Repzo's `creator: {name: "Admin User"}`, the admin who made the
            # record): it stays, rather than making every record its own creator.
            return value
        if name in FIRST_NAME_FIELDS:
            return person.first
        if name in LAST_NAME_FIELDS:
            return person.last
        if name in FULL_NAME_FIELDS:
            return f"{person.first} {person.last}"
        if name == "username":
            return person.handle
        if "email" in name or (name == "address" and "@" in value):
            return f"{person.handle}{self.index + 1}@example.com"
        if any(hint in name for hint in PHONE_HINTS):
            return self._redraw(
                value if re.search(r"\d", value) else "+1 555 0100 000", letters=False
            )
        if name.replace("_", "") == "externalid":
            return f"ext-{self.index + 1:04d}"
        if value in PLACEHOLDERS:
            return f"{name.replace('_', ' ')} {self.index + 1}"
        for pattern, new, new_slug in self._example_names:
            # "Ada" in prose becomes "Grace"; "ada" in a URL or handle becomes "grace".
            value = pattern.sub(_renamer(new, new_slug), value)
        return value

    def _redraw(self, value: str, *, letters: bool) -> str:
        """The same shape with new digits (and letters: hex stays hex, case stays)."""
        key = (value, letters)
        found = self._redrawn.get(key)
        if found is None:
            hexadecimal = all(char in _HEX for char in value if char.isalnum())
            found = "".join(self._redraw_char(char, letters, hexadecimal) for char in value)
            self._redrawn[key] = found
        return found

    def _redraw_char(self, char: str, letters: bool, hexadecimal: bool) -> str:
        if char.isdigit():
            return str(self.rng.randrange(10))
        if not letters or not char.isascii() or not char.isalpha():
            return char
        alphabet = "abcdef" if hexadecimal else string.ascii_lowercase
        drawn = self.rng.choice(alphabet)
        return drawn.upper() if char.isupper() else drawn


def _renamer(name: str, name_slug: str) -> Callable[[re.Match[str]], str]:
    def rename(match: re.Match[str]) -> str:
        return name_slug if match[0].islower() else name

    return rename
