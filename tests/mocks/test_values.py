"""Server-made values: timestamps and ids in the format each spec's schema asks for, and the
shaper that fits written values to the read schema."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, datetime, timedelta, timezone

import pytest

from mocks.api import compile_api
from mocks.schemas import SchemaRef
from mocks.shaping import Shaper
from mocks.values import MISSING, Ids, Timestamps, fresh_uuid, parse_timestamp, uuid4_text
from tests.mocks.support import fixed_clock


def prop(api: str, schema: str, name: str) -> SchemaRef:
    return compile_api(api).schemas.ref(f"#/components/schemas/{schema}/properties/{name}")


def timestamps(api: str) -> Timestamps:
    compiled = compile_api(api)
    return Timestamps(compiled.schemas, fixed_clock, compiled.examples.values)


@pytest.mark.parametrize(
    ("api", "schema", "field", "expected"),
    [
        ("kanbert", "Contact", "created_at", "2024-05-06T07:08:09Z"),
        ("kanbert", "Contact", "birthday", "2024-05-06"),
        ("repzo", "ClientContact", "createdAt", "2024-05-06T07:08:09.000Z"),  # as Repzo's examples
        ("wealthbox", "Record", "created_at", "2024-05-06 07:08 AM +0000"),
        ("wealthbox", "WealthboxDate", None, "2024-05-06"),
    ],
)
def test_now_is_rendered_in_the_style_the_schema_takes(
    api: str, schema: str, field: str | None, expected: str
) -> None:
    schemas = compile_api(api).schemas
    ref = (
        schemas.ref(f"#/components/schemas/{schema}") if field is None else prop(api, schema, field)
    )
    assert timestamps(api).now(ref) == expected


def test_a_timestamp_is_coerced_to_the_read_style() -> None:
    # Kanbert takes a date-time for a birthday and reads it back as a date.
    assert (
        timestamps("kanbert").coerce("1815-12-10T09:00:00Z", prop("kanbert", "Contact", "birthday"))
        == "1815-12-10"
    )
    # Wealthbox takes "2019-02-25 3:00pm" when starting a workflow and reads its own full form.
    starts_at = compile_api("wealthbox").schemas.ref("#/components/schemas/WealthboxDateTime")
    assert (
        timestamps("wealthbox").coerce("2019-02-25 3:00pm", starts_at)
        == "2019-02-25 03:00 PM +0000"
    )
    assert timestamps("wealthbox").coerce("not a date", starts_at) is MISSING



def test_a_coerced_timestamp_keeps_four_year_digits_and_an_unrepresentable_one_is_missing() -> None:
    created_at = prop("kanbert", "Contact", "created_at")
    # Its UTC reading is in year 999: strftime's `%Y` alone would write `999-12-31`.
    assert (
        timestamps("kanbert").coerce("1000-01-01T00:30:00+01:00", created_at)
        == "0999-12-31T23:30:00Z"
    )
    # Its UTC reading is in year 10000, which no datetime holds: MISSING, not an OverflowError.
    assert timestamps("kanbert").coerce("9999-12-31T23:30:00-01:00", created_at) is MISSING


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2015-05-24 10:00 AM -0400",
            datetime(2015, 5, 24, 10, 0, tzinfo=timezone(timedelta(hours=-4))),
        ),
        ("2015-05-24 12:30 am +0000", datetime(2015, 5, 24, 0, 30, tzinfo=UTC)),
        ("2019-08-24T14:15:22.5Z", datetime(2019, 8, 24, 14, 15, 22, 500000, tzinfo=UTC)),
        ("1975-10-27", datetime(1975, 10, 27, tzinfo=UTC)),
        ("2019-02-30", None),  # not a real day
        ("3214-00-67t56:81:93.668-55:18", None),  # matches a pattern, is no time at all
        ("2015-05-24 13:00 PM", None),
    ],
)
def test_parse_timestamp(text: str, expected: datetime | None) -> None:
    assert parse_timestamp(text) == expected


@pytest.mark.parametrize(
    ("api", "schema", "field", "kind"),
    [
        ("wealthbox", "Record", "id", "integer"),
        ("repzo", "ClientContact", "_id", "objectid"),
        ("pylon", "Contact", "id", "uuid"),
        ("kanbert", "Contact", "id", "uuid"),
    ],
)
def test_ids_take_the_format_of_the_id_field(api: str, schema: str, field: str, kind: str) -> None:
    compiled = compile_api(api)
    ids = Ids(compiled.schemas, random.Random(1), fixed_clock)
    ref = prop(api, schema, field)
    assert ids.kind(ref) == kind
    assert compiled.schemas.is_valid(ref, ids.make(ref, lambda: 7))


def test_object_ids_sort_in_creation_order_within_a_second() -> None:
    ids = Ids(compile_api("repzo").schemas, random.Random(3), fixed_clock)
    made = [ids.object_id() for _ in range(50)]
    assert made == sorted(made) and len(set(made)) == 50
    assert made[0].startswith(f"{int(fixed_clock().timestamp()):08x}")


def shaper(api: str) -> Shaper:
    compiled = compile_api(api)
    counters: dict[str, int] = {}

    def next_number(name: str) -> int:
        counters[name] = counters.get(name, 0) + 1
        return counters[name]

    return Shaper(
        compiled.schemas,
        timestamps(api),
        Ids(compiled.schemas, random.Random(1), fixed_clock),
        next_number,
    )


def test_a_scalar_is_lifted_into_the_object_the_schema_reads() -> None:
    wealthbox = compile_api("wealthbox").schemas
    tags = wealthbox.ref("#/components/schemas/Note/allOf/2/properties/tags")
    assert shaper("wealthbox").conform(["Clients", "VIP"], tags) == [
        {"name": "Clients", "id": 1},
        {"name": "VIP", "id": 2},
    ]
    template = wealthbox.ref("#/components/schemas/Workflow/allOf/2/properties/workflow_template")
    assert shaper("wealthbox").conform(12, template) == {"id": 12}


def test_an_object_is_lowered_to_the_scalar_the_schema_reads() -> None:
    emails = compile_api("pylon").schemas.ref("#/components/schemas/Contact/properties/emails")
    written = [{"email": "ada@example.com", "is_primary": True}]
    assert shaper("pylon").conform(written, emails) == ["ada@example.com"]


def test_required_fields_are_made_up_null_first_and_undeclared_ones_dropped() -> None:
    contact = compile_api("kanbert").schemas.ref("#/components/schemas/Contact")
    shaped = shaper("kanbert").conform({"id": "c1", "first_name": "Ada", "client_id": "x"}, contact)
    assert (
        shaped["first_name"] == "Ada" and shaped["owner"] is None and shaped["deleted_at"] is None
    )
    assert shaped["custom_fields"] == {} and "client_id" not in shaped
    assert compile_api("kanbert").schemas.is_valid(contact, shaped)


def test_a_value_that_cannot_fit_is_missing() -> None:
    record = compile_api("wealthbox").schemas.ref("#/components/schemas/Record")
    assert shaper("wealthbox").conform("just text", record) is MISSING


def test_uuid_text_is_the_standard_library_rendering_of_a_version_4_uuid() -> None:
    rng = random.Random(5)
    for _ in range(500):
        bits = rng.getrandbits(128)
        assert uuid4_text(bits) == str(uuid.UUID(int=bits, version=4))
    fresh = uuid.UUID(fresh_uuid())
    assert fresh.version == 4 and fresh.variant == uuid.RFC_4122
    assert fresh_uuid() != fresh_uuid()
