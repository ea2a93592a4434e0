"""Counts that describe a spec at a glance (printed by ``make``)."""

from __future__ import annotations

from typing import Any

from .refs import METHODS


def count_operations(doc: dict[str, Any], top: str = "paths") -> int:
    return sum(1 for item in (doc.get(top) or {}).values() if isinstance(item, dict)
               for method in METHODS if isinstance(item.get(method), dict))


def count_schemas(doc: dict[str, Any]) -> int:
    return len((doc.get("components") or {}).get("schemas") or {})
