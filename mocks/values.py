"""Server-made values in each vendor's own formats: ids and timestamps.

Nothing here knows a vendor. A format is found by asking the spec: every candidate rendering
(RFC 3339 with or without fractions, Wealthbox's `2015-05-24 10:00 AM -0400`, a plain date; an
integer, a 24-hex ObjectId, a uuid) is validated against the field's schema, and the first one
the schema accepts wins; when the schema carries an example, a rendering of the same shape as the
example is preferred. The choice is made once per schema and cached.
"""

from __future__ import annotations

import os
import random
import re
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from typing import Any, Final

from mocks.schemas import SchemaRef, Schemas


class _Missing:
    """The absence of a value (None is a JSON value, null)."""

    _instance: _Missing | None = None

    def __new__(cls) -> _Missing:  # noqa: PYI034 (a singleton: the one instance, not `cls`)
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "MISSING"

    def __bool__(self) -> bool:
        return False


MISSING: Final = _Missing()

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


Renderer = Callable[[datetime], str]


# The year is written with four digits by hand: strftime's `%Y` gives `999` for 999 on glibc
# (a UTC reading of `1000-01-01T00:00:00+01:00`), which no date pattern admits.
def _iso_seconds(moment: datetime) -> str:
    utc = moment.astimezone(UTC)
    return f"{utc.year:04d}" + utc.strftime("-%m-%dT%H:%M:%SZ")


def _iso_millis(moment: datetime) -> str:
    utc = moment.astimezone(UTC)
    return f"{utc.year:04d}" + utc.strftime("-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


def _iso_micros_offset(moment: datetime) -> str:
    utc = moment.astimezone(UTC)
    return f"{utc.year:04d}" + utc.strftime("-%m-%dT%H:%M:%S.%f+00:00")


def _wealthbox(moment: datetime) -> str:
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return f"{aware.year:04d}" + aware.strftime("-%m-%d %I:%M %p %z")


def _date(moment: datetime) -> str:
    return f"{moment.year:04d}" + moment.strftime("-%m-%d")


# Tried in this order; the first one a schema accepts is its style.
RENDERERS: tuple[Renderer, ...] = (_iso_seconds, _iso_millis, _iso_micros_offset, _wealthbox, _date)
_SAMPLE = datetime(2001, 2, 3, 16, 5, 6, 789000, tzinfo=UTC)

_DATE_TIME = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})"  # date
    r"(?:[Tt ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?"  # time, seconds, fraction
    r"\s*([AaPp][Mm])?\s*([Zz]|[+-]\d{2}:?\d{2})?)?$"  # 12-hour clock, offset
)


def parse_timestamp(text: str) -> datetime | None:
    """A date or date-time in any of the forms the specs use, or None if it is not a real one."""
    match = _DATE_TIME.match(text.strip())
    if match is None:
        return None
    year, month, day, hour, minute, second, fraction, meridiem, offset = match.groups()
    hours = int(hour or 0)
    if meridiem:
        if not 1 <= hours <= 12:
            return None
        hours = hours % 12 + (12 if meridiem.lower() == "pm" else 0)
    try:
        zone: timezone = UTC
        if offset and offset not in ("Z", "z"):
            digits = offset.replace(":", "")
            delta = timedelta(hours=int(digits[1:3]), minutes=int(digits[3:5]))
            zone = timezone(delta if digits[0] == "+" else -delta)
        micros = int((fraction or "0")[:6].ljust(6, "0"))
        return datetime(
            int(year), int(month), int(day), hours, int(minute or 0), int(second or 0), micros, zone
        )
    except ValueError:
        return None


def _shape(text: str) -> str:
    return re.sub(r"\d", "0", text)


Examples = Callable[[SchemaRef], list[Any]]


def _no_examples(ref: SchemaRef) -> list[Any]:
    return []


class Timestamps:
    """Renders "now" (or a parsed timestamp) in whatever style a schema asks for."""

    def __init__(self, schemas: Schemas, clock: Clock, examples: Examples = _no_examples) -> None:
        self.schemas = schemas
        self.clock = clock
        # Documented values of a schema beyond its own `examples` (see mocks/examples.py).
        self.examples = examples
        self._styles: dict[str, Renderer | None] = {}

    def style(self, ref: SchemaRef) -> Renderer | None:
        if ref.pointer not in self._styles:
            self._styles[ref.pointer] = self._find_style(ref)
        return self._styles[ref.pointer]

    def _find_style(self, ref: SchemaRef) -> Renderer | None:
        if not {"string"} & self.schemas.types(ref):
            return None
        valid = [render for render in RENDERERS if self.schemas.is_valid(ref, render(_SAMPLE))]
        examples = _examples_of(self.schemas.resolve(ref).node) + self.examples(ref)
        for render in valid:
            if any(
                isinstance(ex, str) and _shape(ex) == _shape(render(_SAMPLE)) for ex in examples
            ):
                return render
        return valid[0] if valid else None

    def now(self, ref: SchemaRef, at: datetime | None = None) -> Any:
        """The time ``at`` (default: the clock's now) in the style of ``ref``."""
        render = self.style(ref)
        return render(at or self.clock()) if render else MISSING

    def coerce(self, text: str, ref: SchemaRef) -> Any:
        """`text` re-rendered in the schema's style (e.g. a date-time sent where a date is read)."""
        moment = parse_timestamp(text)
        render = self.style(ref)
        if moment is None or render is None:
            return MISSING
        try:
            rendered = render(moment)
        except OverflowError:  # its UTC reading falls outside years 1-9999
            return MISSING
        return rendered if self.schemas.is_valid(ref, rendered) else MISSING


def _examples_of(node: Any) -> list[Any]:
    found = list(node.get("examples") or []) if isinstance(node.get("examples"), list) else []
    if "example" in node:
        found.append(node["example"])
    return found


# The version (4) and variant (RFC 4122) bits of a random UUID, as `uuid.UUID(version=4)` sets.
_UUID4_CLEAR = ~((0xF000 << 64) | (0xC000 << 48))
_UUID4_SET = (0x4000 << 64) | (0x8000 << 48)


def uuid4_text(bits: int) -> str:
    """`str(uuid.UUID(int=bits, version=4))`, without building the object (ids and request
    ids are made on every create and every answer)."""
    text = f"{(bits & _UUID4_CLEAR) | _UUID4_SET:032x}"
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def fresh_uuid() -> str:
    """A random version-4 UUID, from the operating system's randomness (as `uuid.uuid4`)."""
    return uuid4_text(int.from_bytes(os.urandom(16)))


class Ids:
    """New record ids in the id field's format: integers, ObjectIds, uuids or opaque strings."""

    def __init__(self, schemas: Schemas, rng: random.Random, clock: Clock) -> None:
        self.schemas = schemas
        self.rng = rng
        self.clock = clock
        self._kinds: dict[str, str] = {}
        # As in MongoDB: a random value fixed per process, then a counter, so ObjectIds made in
        # the same second still sort in creation order.
        self._object_id_process = rng.getrandbits(40)
        self._object_id_counter = rng.randrange(1 << 23)

    def kind(self, ref: SchemaRef) -> str:
        if ref.pointer not in self._kinds:
            self._kinds[ref.pointer] = self._find_kind(ref)
        return self._kinds[ref.pointer]

    def _find_kind(self, ref: SchemaRef) -> str:
        types = self.schemas.types(ref)
        if "integer" in types or types == {"number"}:
            return "integer"
        if self.schemas.is_valid(ref, str(uuid.UUID(int=1, version=4))):
            node = self.schemas.resolve(ref).node
            if node.get("format") == "uuid" or "pattern" in node:
                return "uuid"
        if self.schemas.is_valid(ref, self.object_id()):
            node = self.schemas.resolve(ref).node
            if "pattern" in node:
                return "objectid"
        return "uuid" if self.schemas.is_valid(ref, self.uuid()) else "number-string"

    def make(self, ref: SchemaRef, next_number: Callable[[], int]) -> Any:
        kind = self.kind(ref)
        if kind == "integer":
            return next_number()
        if kind == "objectid":
            return self.object_id()
        if kind == "uuid":
            return self.uuid()
        return str(next_number())

    def uuid(self) -> str:
        return uuid4_text(self.rng.getrandbits(128))

    def object_id(self) -> str:
        """A MongoDB ObjectId: creation second, 5 per-process random bytes, a 3-byte counter."""
        self._object_id_counter = (self._object_id_counter + 1) % (1 << 24)
        seconds = int(self.clock().timestamp()) & 0xFFFFFFFF
        return f"{seconds:08x}{self._object_id_process:010x}{self._object_id_counter:06x}"
