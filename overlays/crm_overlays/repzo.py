"""Repzo: a ready client configured from ``specs/repzo.yaml``.

``repzo.client(token=None, *, base_url=None, retry=DEFAULT_RETRY_POLICY, rate_limit=True,
transport=None, async_transport=None, timeout=30.0)`` returns the generated
``repzo_client.AuthenticatedClient``; the token defaults to ``$REPZO_TOKEN``.
"""

from __future__ import annotations

from repzo_client import AuthenticatedClient

from .clients import ClientFactory

client = ClientFactory("repzo", AuthenticatedClient)

__all__ = ["client"]
