"""Repzo: the list filters of `GET /client-contact` beyond plain equality.

- `search`: case-insensitive text search in `name` and `local_name`.
- `name`: one name or several (exact, case-insensitive; the generic filter does `_id`).
- `from_updatedAt` / `to_updatedAt`: updated after / before a Unix time. The spec leaves the unit
  open; like most JavaScript servers, a value above 10^11 is read as milliseconds, else seconds.
- `from__id` / `to__id`: ids above / below an ObjectId (ObjectIds order by creation time).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from mocks.calls import Reply
from mocks.hooks import HookContext, HookRegistry
from mocks.store import Record
from mocks.values import parse_timestamp

hooks = HookRegistry()

MILLISECONDS_ABOVE = 10**11


def _seconds(value: int) -> float:
    return value / 1000 if abs(value) > MILLISECONDS_ABOVE else float(value)


def _updated(record: Record) -> float | None:
    moment = parse_timestamp(str(record.get("updatedAt", "")))
    return moment.timestamp() if moment else None


def _predicates(query: dict[str, Any]) -> list[Callable[[Record], bool]]:
    tests: list[Callable[[Record], bool]] = []
    if query.get("search"):
        text = str(query["search"]).casefold()
        tests.append(
            lambda r: any(text in str(r.get(f, "")).casefold() for f in ("name", "local_name"))
        )
    if "name" in query:
        names = query["name"] if isinstance(query["name"], list) else [query["name"]]
        folded = {str(name).casefold() for name in names}
        tests.append(lambda r: str(r.get("name", "")).casefold() in folded)
    if "from_updatedAt" in query:
        after = _seconds(query["from_updatedAt"])
        tests.append(lambda r: (_updated(r) or float("-inf")) > after)
    if "to_updatedAt" in query:
        before = _seconds(query["to_updatedAt"])
        tests.append(lambda r: (_updated(r) or float("inf")) < before)
    if "from__id" in query:
        low = str(query["from__id"]).lower()
        tests.append(lambda r: str(r["_id"]).lower() > low)
    if "to__id" in query:
        high = str(query["to__id"]).lower()
        tests.append(lambda r: str(r["_id"]).lower() < high)
    return tests


@hooks.operation("listClientContacts")
async def list_client_contacts(ctx: HookContext) -> Reply:
    tests = _predicates(ctx.inputs.query)
    return await ctx.default(select=lambda record: all(test(record) for test in tests))
