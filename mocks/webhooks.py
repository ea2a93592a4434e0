"""Webhook delivery: POST an event to the configured URL, in the background, with retries.

Delivery never delays or fails the request that caused the event. A delivery counts as
acknowledged on a 200 within the timeout; otherwise it is tried again, up to `attempts` times in
all (Kanbert documents a 10-second deadline and two more tries). Vendor hooks decide which events
exist and what they carry; this module only moves JSON.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

log = logging.getLogger("mocks.webhooks")
Sleep = Callable[[float], Awaitable[None]]


class WebhookSender:
    def __init__(
        self,
        url: str,
        *,
        attempts: int = 3,
        timeout: float = 10.0,
        backoff: float = 1.0,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self.url = url
        self.attempts = attempts
        self.backoff = backoff
        self._sleep = sleep
        self._client = httpx.AsyncClient(timeout=timeout, transport=transport)
        self._tasks: set[asyncio.Task[bool]] = set()
        self.delivered: list[dict[str, Any]] = []

    def __repr__(self) -> str:
        return f"WebhookSender(url={self.url!r}, attempts={self.attempts})"

    def send(self, payload: dict[str, Any]) -> asyncio.Task[bool]:
        """Start delivering `payload`; must be called from the server's event loop."""
        task = asyncio.get_running_loop().create_task(self.deliver(payload))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def deliver(self, payload: dict[str, Any]) -> bool:
        """POST `payload` until it is acknowledged; True when it was."""
        for attempt in range(1, self.attempts + 1):
            try:
                response = await self._client.post(self.url, json=payload)
                if response.status_code == 200:
                    self.delivered.append(payload)
                    return True
                log.warning("webhook answered %s (attempt %d)", response.status_code, attempt)
            except httpx.HTTPError as error:
                log.warning(
                    "webhook delivery failed (attempt %d): %s", attempt, type(error).__name__
                )
            if attempt < self.attempts:
                await self._sleep(self.backoff * attempt)
        return False

    async def drain(self) -> None:
        """Wait for every delivery in flight (tests, shutdown)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def aclose(self) -> None:
        await self.drain()
        await self._client.aclose()
