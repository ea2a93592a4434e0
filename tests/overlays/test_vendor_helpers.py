"""Vendor helpers for what a spec cannot type: Wealthbox timestamps, Kanbert webhooks."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from crm_overlays.kanbert import WebhookError, parse_webhook
from crm_overlays.wealthbox import parse_datetime
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.clients.support import deref, spec_document

# ------------------------------------------------------------------ Wealthbox timestamps

WEALTHBOX = spec_document("wealthbox")
SCHEMAS = WEALTHBOX["components"]["schemas"]
TIMESTAMP_SCHEMAS = ("WealthboxDateTime", "WealthboxDateOptionalTime", "WealthboxDate")


def example_strings(node: Any, inside_example: bool = False) -> Iterator[str]:
    """Every string inside the spec's `examples`/`example` values."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield from example_strings(value, inside_example or key in ("examples", "example"))
    elif isinstance(node, list):
        for value in node:
            yield from example_strings(value, inside_example)
    elif isinstance(node, str) and inside_example:
        yield node


def documented_timestamps() -> list[str]:
    patterns = [re.compile(SCHEMAS[name]["pattern"]) for name in TIMESTAMP_SCHEMAS]
    found = {text for text in example_strings(WEALTHBOX) if any(p.search(text) for p in patterns)}
    return sorted(found)


DOCUMENTED = documented_timestamps()
UTC_MINUS_4 = timezone(timedelta(hours=-4))


def test_the_spec_documents_timestamps_of_each_kind() -> None:
    for name in TIMESTAMP_SCHEMAS:
        assert set(SCHEMAS[name]["examples"]) <= set(DOCUMENTED)
    assert len(DOCUMENTED) > 10


@pytest.mark.parametrize("text", DOCUMENTED)
def test_every_documented_timestamp_parses(text: str) -> None:
    value = parse_datetime(text)
    full = re.compile(SCHEMAS["WealthboxDateTime"]["pattern"])
    # The Wealthbox form always carries its UTC offset, so its datetime is aware.
    if full.search(text):
        assert value.utcoffset() is not None
    assert value.year == int(text[:4])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The spec's own examples of WealthboxDateTime, WealthboxDateOptionalTime, WealthboxDate
        # and the RFC 3339 member of AnyDateTime.
        ("2015-05-24 10:00 AM -0400", datetime(2015, 5, 24, 10, 0, tzinfo=UTC_MINUS_4)),
        ("2019-02-25 3:00pm", datetime(2019, 2, 25, 15, 0)),
        ("1975-10-27", datetime(1975, 10, 27)),
        ("2022-06-30T00:00:00.000000+00:00", datetime(2022, 6, 30, tzinfo=UTC)),
        # 12-hour clock edges: 12 AM is midnight, 12 PM is noon.
        ("2020-01-01 12:05 AM +0000", datetime(2020, 1, 1, 0, 5, tzinfo=UTC)),
        (
            "2020-01-01 12:30 PM +0530",
            datetime(2020, 1, 1, 12, 30, tzinfo=timezone(timedelta(hours=5, minutes=30))),
        ),
        ("2019-02-25 03:00 PM -0400", datetime(2019, 2, 25, 15, 0, tzinfo=UTC_MINUS_4)),
        ("2019-02-25 15:00", datetime(2019, 2, 25, 15, 0)),
        ("2019-02-25 9:15 am", datetime(2019, 2, 25, 9, 15)),
        ("2022-06-30T10:11:12Z", datetime(2022, 6, 30, 10, 11, 12, tzinfo=UTC)),
        # Iso8601DateTime: seconds, fractions and the offset optional; no offset is the
        # account's own time zone, as for the Wealthbox form without one.
        ("2026-04-01T10:00", datetime(2026, 4, 1, 10, 0)),
        ("2026-04-01T10:00:00", datetime(2026, 4, 1, 10, 0)),
        ("2026-04-01T10:00+0400", datetime(2026, 4, 1, 10, 0, tzinfo=timezone(timedelta(hours=4)))),
    ],
)
def test_values(text: str, expected: datetime) -> None:
    value = parse_datetime(text)
    assert value == expected
    assert (value.utcoffset() is None) == (expected.utcoffset() is None)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "tomorrow",
        "24/05/2015 10:00 AM",
        " 2015-05-24 10:00 AM -0400",
        "2015-05-24 10:00 AM -0400 ",
        "2015-05-24T10:00 AM -0400",
        "2015-05-24 10:00 XM -0400",
        "2015-13-01 10:00 AM -0400",  # month 13
        "2015-02-30",  # 30 February
        "2015-05-24 13:00 PM -0400",  # 13 on a 12-hour clock
        "2015-05-24 0:30 AM -0400",  # 0 on a 12-hour clock
        "2015-05-24 25:00",
        "2015-05-24 10:60 AM -0400",
        "2015-05-24 10:00 AM -2500",  # offset beyond a day
        "2015-05-24 10:00 AM -04:00",
        "2022-06-30T00",  # ISO 8601 without minutes: not a form the spec admits
        "2022-06-30T10:00:00+04",
    ],
)
def test_anything_else_is_a_clear_value_error(text: str) -> None:
    with pytest.raises(ValueError, match=re.escape(repr(text))):
        parse_datetime(text)


# Every schema whose values parse_datetime is documented to read.
PARSED_SCHEMAS = (*TIMESTAMP_SCHEMAS, "Iso8601DateTime")


@pytest.mark.parametrize("name", PARSED_SCHEMAS)
@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_every_value_the_spec_admits_parses(name: str, data: st.DataObject) -> None:
    """Values drawn from the spec's own pattern: read liberally, nothing the spec admits fails."""
    text = data.draw(st.from_regex(SCHEMAS[name]["pattern"], fullmatch=True))
    value = parse_datetime(text)
    assert value.year == int(text[:4])
    assert value.month == int(text[5:7]) and value.day == int(text[8:10])


def test_a_non_string_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        parse_datetime(20150524)  # type: ignore[arg-type]


# ------------------------------------------------------------------ Kanbert webhooks

KANBERT = spec_document("kanbert")


def webhook_examples() -> list[tuple[str, dict[str, Any]]]:
    """(webhook name, documented payload) for every example of every webhook."""
    found = []
    for name, item in KANBERT["webhooks"].items():
        body, _ = deref(KANBERT, item["post"]["requestBody"], ())
        for example in body["content"]["application/json"]["examples"].values():
            example, _ = deref(KANBERT, example, ())
            found.append((name, example["value"]))
    return found


EXAMPLES = webhook_examples()


def test_each_of_the_three_webhooks_has_an_example() -> None:
    assert sorted({name for name, _ in EXAMPLES}) == [
        "contact:create",
        "contact:delete",
        "contact:update",
    ]


@pytest.mark.parametrize("form", ["bytes", "str", "mapping"])
@pytest.mark.parametrize(("name", "payload"), EXAMPLES, ids=[n for n, _ in EXAMPLES])
def test_documented_payloads_parse(name: str, payload: dict[str, Any], form: str) -> None:
    from kanbert_client.models import Contact, ContactWebhookEvent

    raw: Any = {
        "bytes": json.dumps(payload).encode(),
        "str": json.dumps(payload),
        "mapping": payload,
    }[form]
    event = parse_webhook(raw)
    assert isinstance(event, ContactWebhookEvent)
    assert event.event == name
    assert isinstance(event.data, Contact)
    assert event.data.id == payload["data"]["id"]
    assert event.to_dict()["resource"] == payload["resource"]


def test_unknown_event_names_the_documented_ones() -> None:
    payload = {**EXAMPLES[0][1], "event": "contact:merge"}
    with pytest.raises(WebhookError) as caught:
        parse_webhook(payload)
    message = str(caught.value)
    assert "'contact:merge'" in message
    assert "contact:create, contact:delete, contact:update" in message


@pytest.mark.parametrize(
    ("raw", "says"),
    [
        (b"{not json", "not JSON"),
        (b"\xff\xfe", "not JSON"),
        ("[1, 2]", "not an object"),
        ("{}", "unknown Kanbert webhook event None"),
        ('{"event": 7}', "unknown Kanbert webhook event 7"),
        ('{"event": "contact:create", "data": "not an object"}', "invalid contact:create"),
        ('{"event": "contact:update", "resource": [1]}', "invalid contact:update"),
    ],
)
def test_invalid_payloads_raise_a_clear_error(raw: bytes | str, says: str) -> None:
    with pytest.raises(WebhookError, match=re.escape(says)):
        parse_webhook(raw)
    assert issubclass(WebhookError, ValueError)


def test_wrong_payload_type_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        parse_webhook(42)  # type: ignore[arg-type]
