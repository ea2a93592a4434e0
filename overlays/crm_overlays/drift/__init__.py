"""Drift watch: where the real API differs from its spec, and the spec patch that admits it.

- :class:`DriftWatch` (``vendor.client(drift=DriftWatch(sample=0.1))``) checks a sample of live
  responses against the operation's spec, off the caller's path, and counts the differences;
- :class:`DriftReport` holds the counts, merges reports of several processes and runs, and
  prints a summary per API;
- :func:`propose` turns a report into an OpenAPI Overlay 1.0 document for a spec;
- ``python -m crm_overlays.drift report|summary|propose|merge`` does the same from the shell.

Only shapes are recorded: JSON types, property names, pointers, statuses and media types, and
enum values short and word-like enough to be vocabulary (``schema.is_vocabulary``); never a
field value, a header value or a token.
"""

from __future__ import annotations

from .propose import propose
from .report import DriftReport
from .schema import Finding
from .watch import AsyncDriftTransport, DriftTransport, DriftWatch

__all__ = ["AsyncDriftTransport", "DriftReport", "DriftTransport", "DriftWatch", "Finding",
           "propose"]
