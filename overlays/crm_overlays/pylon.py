"""Pylon: a ready client configured from ``specs/pylon.yaml``.

``pylon.client(token=None, *, base_url=None, retry=DEFAULT_RETRY_POLICY, rate_limit=True,
transport=None, async_transport=None, timeout=30.0)`` returns the generated
``pylon_client.AuthenticatedClient``; the token defaults to ``$PYLON_TOKEN``. The base URL is
the spec's first server (US); a token of the EU region needs
``base_url="https://api.eu.usepylon.com"`` (the spec's second server).

``contact_search_filter`` builds the search's ``filter`` from typed fields
(``crm_overlays.filters``).
"""

from __future__ import annotations

from pylon_client import AuthenticatedClient

from ._filters import PylonSearchContactsFilter
from .clients import ClientFactory

client = ClientFactory("pylon", AuthenticatedClient)
#: The fields of ``search_contacts``'s ``filter`` (see ``crm_overlays.filters``).
contact_search_filter = PylonSearchContactsFilter()

__all__ = ["client", "contact_search_filter"]
