"""Schemathesis rate limits derived from a spec's ``x-rate-limit``.

Schemathesis takes ``<count>/<unit>`` with a unit of s, m, h or d and spaces requests with a
sliding window, so "at most N in any window" holds. We stay a margin under the vendor's limit
because a real server counts arrivals, not departures, and network jitter moves them closer
together.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

UNITS = (("s", 1), ("m", 60), ("h", 3600), ("d", 86400))
MARGIN = 0.9  # use 90 % of the documented budget


@dataclass(frozen=True)
class Budget:
    limit: int
    window: float  # seconds
    scope: str  # "operation" or "token"


def budget_of(spec: dict[str, Any], operation: dict[str, Any]) -> Budget | None:
    declared = operation.get("x-rate-limit", spec.get("x-rate-limit"))
    if declared is None:
        return None
    return Budget(int(declared["limit"]), float(declared["window"]), declared.get("scope", "token"))


def as_rate(budget: Budget, *, time_scale: float = 1.0) -> str:
    """The budget as Schemathesis' ``<count>/<unit>``, never above ``MARGIN`` of the limit.

    ``time_scale`` compresses the window as the mock's ``--time-scale`` does (60: a minute is a
    second), so a run against a time-compressed mock is paced at the compressed limit.
    """
    per_second = budget.limit * MARGIN * time_scale / budget.window
    for unit, seconds in UNITS:
        count = math.floor(per_second * seconds)
        if count >= 1:
            return f"{count}/{unit}"
    return "1/d"
