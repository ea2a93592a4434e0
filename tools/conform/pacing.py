"""Schemathesis rate limits derived from a spec's ``x-rate-limit``.

The limits themselves are read by the spec layer (``crm_overlays.spec_extensions``), the same
reading the client-side limiter uses. Schemathesis takes ``<count>/<unit>`` with a unit of s, m,
h or d and spaces requests with a sliding window, so "at most N in any window" holds. We stay a
margin under the vendor's limit because a real server counts arrivals, not departures, and
network jitter moves them closer together.
"""

from __future__ import annotations

import math

from crm_overlays.spec_extensions import RateLimit

UNITS = (("s", 1), ("m", 60), ("h", 3600), ("d", 86400))
MARGIN = 0.9  # use 90 % of the documented budget


def as_rate(limit: RateLimit, *, time_scale: float = 1.0) -> str:
    """The limit as Schemathesis' ``<count>/<unit>``, never above ``MARGIN`` of it.

    ``time_scale`` compresses the window as the mock's ``--time-scale`` does (60: a minute is a
    second), so a run against a time-compressed mock is paced at the compressed limit.
    """
    per_second = limit.limit * MARGIN * time_scale / limit.window
    for unit, seconds in UNITS:
        count = math.floor(per_second * seconds)
        if count >= 1:
            return f"{count}/{unit}"
    return "1/d"


def requests_per_second(rate: str) -> float:
    count, unit = rate.split("/")
    return int(count) / dict(UNITS)[unit]
