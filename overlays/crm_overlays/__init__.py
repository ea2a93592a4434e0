"""Pagination, retries, rate limits and typed errors over the generated CRM clients.

::

    from crm_overlays import paginate, wealthbox
    from wealthbox_client.api.contacts import list_contacts

    client = wealthbox.client()  # token from $WEALTHBOX_TOKEN
    for contact in paginate(list_contacts, client=client, contact_type="Client"):
        ...

The vendor modules (``kanbert``, ``kinbox``, ``pylon``, ``repzo``, ``wealthbox``) are imported
on first use: each imports its generated client, and importing all five would make
``import crm_overlays`` pay for the four a program does not use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from . import exceptions as _exceptions
from ._typed_api import acall, apaginate, call, paginate, unwrap

# Every error class, listed once, in exceptions.__all__ (added to ours below).
from .exceptions import *
from .pagination import AsyncPaginator, Page, PaginationCycleError, PaginationError, Paginator
from .transports.retry import RetryPolicy

if TYPE_CHECKING:
    from . import kanbert, kinbox, pylon, repzo, wealthbox

VENDORS = ("kanbert", "kinbox", "pylon", "repzo", "wealthbox")


def __getattr__(name: str) -> Any:
    # PEP 562: `crm_overlays.wealthbox` imports the vendor module when first touched.
    if name in VENDORS:
        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "AsyncPaginator",
    "Page",
    "PaginationCycleError",
    "PaginationError",
    "Paginator",
    "RetryPolicy",
    "acall",
    "apaginate",
    "call",
    "kanbert",
    "kinbox",
    "paginate",
    "pylon",
    "repzo",
    "unwrap",
    "wealthbox",
]
__all__ += _exceptions.__all__
