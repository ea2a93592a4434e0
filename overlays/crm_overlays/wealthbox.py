"""Wealthbox: a ready client, and a parser for the timestamps its spec can only describe.

``wealthbox.client(token=None, *, base_url=None, retry=DEFAULT_RETRY_POLICY, rate_limit=True,
transport=None, async_transport=None, timeout=30.0)`` returns the generated
``wealthbox_client.AuthenticatedClient`` with the ``ACCESS_TOKEN`` header; the token defaults
to ``$WEALTHBOX_TOKEN``.

Wealthbox timestamps are not RFC 3339 (``"2015-05-24 10:00 AM -0400"``), so the spec types
them as strings with a ``pattern`` and the generated models keep them as ``str``;
:func:`parse_datetime` turns them into ``datetime``.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

from wealthbox_client import AuthenticatedClient

from .clients import ClientFactory

client = ClientFactory("wealthbox", AuthenticatedClient)

# The union of the spec's WealthboxDateTime ("2015-05-24 10:00 AM -0400"), WealthboxDate
# ("1975-10-27") and WealthboxDateOptionalTime ("2019-02-25 3:00pm", an optional meridiem in
# either case, with or without a space, and an optional offset).
_WEALTHBOX_FORM = re.compile(
    r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})"
    r"(?: (?P<hour>\d{1,2}):(?P<minute>\d{2})"
    r"(?: ?(?P<meridiem>[AaPp][Mm]))?"
    r"(?: (?P<offset>[+-]\d{4}))?)?"
)
# The ISO 8601 forms: AnyDateTime's RFC 3339 ("2022-06-30T00:00:00.000000+00:00") and the
# spec's Iso8601DateTime, whose seconds, fractions and offset are optional ("2026-04-01T10:00",
# "2026-04-01T10:00:00+0400").
_ISO_FORM = re.compile(
    r"\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:?\d{2})?"
)

_EXPECTED = (
    'a Wealthbox timestamp such as "2015-05-24 10:00 AM -0400", "2019-02-25 3:00pm" or '
    '"1975-10-27", or an ISO 8601 timestamp such as "2026-04-01T10:00:00Z"'
)


def parse_datetime(value: str) -> datetime:
    """A Wealthbox timestamp as a ``datetime``.

    Timezone-aware when the text carries an offset (``-0400``, or ISO 8601's ``Z``/``+00:00``);
    naive otherwise, because Wealthbox then means the account's own time zone, which the API
    does not state. A date alone is midnight of that day. Anything else raises ``ValueError``.
    """
    if not isinstance(value, str):
        raise TypeError(f"expected a str, got {type(value).__name__}")
    iso = _ISO_FORM.fullmatch(value) is not None
    match = None if iso else _WEALTHBOX_FORM.fullmatch(value)
    if not iso and match is None:
        raise ValueError(f"{value!r} is not {_EXPECTED}")
    try:
        if match is None:
            # Python 3.11's fromisoformat reads these forms, `Z` included, once upper-cased.
            return datetime.fromisoformat(value.upper())
        return datetime(
            int(match["year"]),
            int(match["month"]),
            int(match["day"]),
            _hour(match["hour"], match["meridiem"]),
            int(match["minute"] or 0),
            tzinfo=_offset(match["offset"]),
        )
    except ValueError as exc:
        raise ValueError(f"{value!r} is not a valid timestamp: {exc}") from None


def _hour(hour: str | None, meridiem: str | None) -> int:
    if hour is None:
        return 0
    number = int(hour)
    if meridiem is None:
        return number  # a 24-hour clock; datetime() rejects 24 and above
    if not 1 <= number <= 12:
        raise ValueError(f"hour {number} on a 12-hour clock")
    # 12 AM is midnight and 12 PM noon.
    return number % 12 + (12 if meridiem.lower() == "pm" else 0)


def _offset(offset: str | None) -> timezone | None:
    if offset is None:
        return None
    sign = -1 if offset[0] == "-" else 1
    hours, minutes = int(offset[1:3]), int(offset[3:5])
    if hours > 23 or minutes > 59:
        raise ValueError(f"UTC offset {offset} out of range")
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


__all__ = ["client", "parse_datetime"]
