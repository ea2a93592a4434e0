"""Drive a client-side ``RateLimiter`` by request line, as the rate-limit transports do.

The shipped limiter only offers what the transports use (``budget_for``, ``wait``,
``learn_from_rejection``); these helpers let a test ask for a slot without an HTTP request.
"""

from __future__ import annotations

import httpx
from crm_overlays.transports.ratelimit import RateLimiter


def acquire(limiter: RateLimiter, method: str, path: str) -> float:
    """Block until the request may start; the seconds waited (0 for an unlimited request)."""
    budget = limiter.budget_for(method, path)
    return limiter.wait(budget) if budget is not None else 0.0


async def acquire_async(limiter: RateLimiter, method: str, path: str) -> float:
    """Like :func:`acquire`, waiting with the event loop's sleep."""
    budget = limiter.budget_for(method, path)
    return await limiter.wait_async(budget) if budget is not None else 0.0


def record_rejection(limiter: RateLimiter, method: str, path: str, headers: httpx.Headers) -> None:
    """Learn from a 429 for the request's budget, as the transports do."""
    budget = limiter.budget_for(method, path)
    if budget is not None:
        limiter.learn_from_rejection(budget, headers)
