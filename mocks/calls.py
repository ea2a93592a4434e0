"""The values passed between the engine, the generic handlers and the vendor hooks."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from starlette.requests import Request

from mocks.inputs import Inputs
from mocks.operations import Operation
from mocks.store import Record
from mocks.values import MISSING

InvalidCursorPolicy = Literal["reject", "first-page"]


@dataclass(slots=True)
class Reply:
    """What the mock answers: a status, a JSON body (MISSING for none) and extra headers."""

    status: int
    body: Any = MISSING
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class Call:
    """One request on its way through: the operation it matched and its validated inputs."""

    operation: Operation
    inputs: Inputs
    request: Request


@dataclass(slots=True)
class Options:
    """What a hook may change about the generic behaviour (`HookContext.default`)."""

    # Records the operation may see; the others answer 404 and are left out of lists.
    select: Callable[[Record], bool] | None = None
    # The record id to use instead of the one in the path (e.g. found by external id).
    record_id: Any = MISSING
    # The request body to use instead of the one sent.
    body: Any = MISSING
    # A change to a record after the generic create/update, before it is stored.
    transform: Callable[[dict[str, Any]], Mapping[str, Any]] | None = None
    # The store collection a list pages through instead of the operation's own (e.g. the
    # tombstones of deleted records).
    source: str | None = None
    # What a cursor the mock did not issue means (see `mocks.hooks.VendorPolicy`).
    invalid_cursor: InvalidCursorPolicy | None = None
    # The authenticated user's id, for a filter's `me.id` (the spec cannot say who that is).
    me: str | None = None
