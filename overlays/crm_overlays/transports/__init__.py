"""Every httpx transport of the overlay, one module per layer, as httpx keeps ``_transports/``.

=================  ==========================================================================
``stack``          :func:`build_transport` / :func:`build_async_transport`: the layers in order
``credentials``    drops the token off a redirect that leaves the origin
``http_log``       one DEBUG line per request and response, credentials redacted
``deadline``       one total deadline per call (attempts, sleeps, body), the network transport
``retry``          :class:`~.retry.RetryPolicy` and the retry layer that applies it
``ratelimit``      the client-side limiter of the spec's ``x-rate-limit`` and its layer
=================  ==========================================================================

The drift watch's layer lives with the rest of the drift watch, in :mod:`crm_overlays.drift`;
the stack places it. What a layer knows about a spec it reads through the spec layer
(:mod:`crm_overlays.specs` and its ``spec_*`` siblings), never from the document itself.
"""

from __future__ import annotations

from .stack import AsyncToSyncTransport, build_async_transport, build_transport

__all__ = ["AsyncToSyncTransport", "build_async_transport", "build_transport"]
