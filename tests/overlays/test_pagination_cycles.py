"""Cycle detection over every cursor and every page seen in one walk, for every list operation.

A server whose cursors go A -> B -> A (or whose page 3 is page 1 again) used to be paged
forever: only a cursor equal to the one just sent, or a page equal to the one just before, was
noticed. Each server below stops cycling after a few dozen requests and then ends the list, so
a paginator without cycle detection finishes without an error instead of hanging the run.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from crm_overlays import PaginationCycleError, PaginationError, apaginate, paginate, specs

from tests.clients.support import Operation, call_kwargs

from .test_pagination import INDEX, KANBERT, PAGINATED, PageServer, op_id

#: Requests after which the cycling servers give up and serve an empty last page.
GIVE_UP = 30


def cycling_server(op: Operation, cursors: list[str]) -> PageServer:
    """Two items per page; cursor style: ``None -> cursors[0] -> ... -> cursors[0]`` again;
    page style: the pages repeat with period ``len(cursors)``."""
    server = PageServer(op, total=1000)
    rule = server.rule

    def cycle(request: httpx.Request, offset: int) -> httpx.Response | None:
        if len(server.requests) > GIVE_UP:
            return httpx.Response(200, json=server.page_body([]))
        values = server.paging_values(request)
        if rule["style"] == "cursor":
            sent = values.get(rule["cursorParam"])
            step = 0 if sent is None else cursors.index(sent) + 1
            following = cursors[step % len(cursors)]
            body = server.page_body([server.item_at(2 * step), server.item_at(2 * step + 1)])
            set_at(body, rule["nextCursor"], following)
            if "hasMore" in rule:
                set_at(body, rule["hasMore"], True)
        else:
            number = int(values.get(rule["pageParam"], rule["firstPage"])) - rule["firstPage"]
            step = number % len(cursors)
            body = server.page_body([server.item_at(2 * step), server.item_at(2 * step + 1)])
            for pointer in pointers(rule["totalPages"]):
                set_at(body, pointer, 500)
        return httpx.Response(200, json=body)

    server.override = cycle
    return server


def pointers(value: str | list[str]) -> list[str]:
    return value if isinstance(value, list) else [value]


def set_at(document: dict[str, Any], pointer: str, value: Any) -> None:
    *parents, leaf = specs.pointer_tokens(pointer)
    for token in parents:
        document = document.setdefault(token, {})
    document[leaf] = value


def collect(op: Operation, server: PageServer, mode: str) -> list[Any]:
    kwargs = call_kwargs(op, server.client())
    if mode == "sync":
        return list(paginate(op.module(), **kwargs))

    async def run() -> list[Any]:
        return [item async for item in apaginate(op.module(), **kwargs)]

    return asyncio.run(run())


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("op", PAGINATED, ids=op_id)
def test_a_cycle_of_two_stops_the_walk_with_a_cycle_error(op: Operation, mode: str) -> None:
    server = cycling_server(op, ["cursor-A-alice@example.com", "cursor-B-bob@example.com"])
    yielded: list[Any] = []
    with pytest.raises(PaginationCycleError) as caught:
        kwargs = call_kwargs(op, server.client())
        if mode == "sync":
            yielded.extend(paginate(op.module(), **kwargs))
        else:

            async def run() -> None:
                async for item in apaginate(op.module(), **kwargs):
                    yielded.append(item)

            asyncio.run(run())

    error = caught.value
    assert isinstance(error, PaginationError)  # existing handlers keep catching it
    assert f"{op.api} {op.id}" in str(error)
    assert error.repeated == 1
    # The cycle is noticed on the first request that comes back, never later.
    assert len(server.requests) == 3
    if server.rule["style"] == "cursor":
        # Sent: none, A, B; B's page points back at A, the first cursor sent.
        assert error.cursors == 2
        assert "cursor 1 of the 2 this walk has sent" in str(error)
        assert "alice" not in str(error) and "cursor-A" not in str(error)
        assert [item.additional_properties[INDEX] for item in yielded] == list(range(6))
    else:
        # Pages 1 and 2 are new; page 3 is page 1 again, and is not yielded twice.
        assert error.cursors == 0
        assert error.pages == 2
        assert "the items of page 1 of this walk" in str(error)
        assert [item.additional_properties[INDEX] for item in yielded] == list(range(4))


def test_a_longer_cycle_is_noticed_when_it_closes() -> None:
    server = cycling_server(KANBERT, ["c1", "c2", "c3", "c4", "c5"])
    with pytest.raises(PaginationCycleError) as caught:
        collect(KANBERT, server, "sync")
    assert len(server.requests) == 6  # none, c1..c5; c5's page points back at c1
    assert caught.value.cursors == 5
    assert caught.value.pages == 6


def test_a_cycle_back_to_the_callers_start_cursor_is_noticed() -> None:
    server = cycling_server(KANBERT, ["start", "middle"])
    kwargs = call_kwargs(KANBERT, server.client())
    kwargs["pagecursor"] = "start"
    with pytest.raises(PaginationCycleError) as caught:
        list(paginate(KANBERT.module(), **kwargs))
    # Sent: start (page of step 1), middle (page of step 2) which points back at start.
    assert len(server.requests) == 2
    assert caught.value.repeated == 1
