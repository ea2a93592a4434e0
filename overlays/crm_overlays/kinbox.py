"""Kinbox: a ready client configured from ``specs/kinbox.yaml``.

``kinbox.client(token=None, *, base_url=None, retry=DEFAULT_RETRY_POLICY, rate_limit=True,
transport=None, async_transport=None, timeout=30.0)`` returns the generated
``kinbox_client.AuthenticatedClient``; the token defaults to ``$KINBOX_TOKEN``.
"""

from __future__ import annotations

from kinbox_client import AuthenticatedClient

from .clients import ClientFactory

client = ClientFactory("kinbox", AuthenticatedClient)

__all__ = ["client"]
