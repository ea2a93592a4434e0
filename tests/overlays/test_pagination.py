"""crm_overlays.paginate / apaginate against page servers built from each operation's spec.

The fake server below reads the same ``x-pagination`` as the paginator, but the expectations
are written from the spec text (``specs/README.md``): the first cursor request carries no
cursor, later ones carry the previous response's cursor; page numbers count up from
``firstPage``; the page size is the caller's, else ``maxSize``, else ``defaultSize``. The items
come from each operation's documented 200 example, each tagged with its index so the test can
check order and completeness.
"""

from __future__ import annotations

import asyncio
import copy
import gc
import json
import math
import weakref
from collections.abc import Callable
from types import ModuleType
from typing import Any

import httpx
import pytest
from crm_overlays import (
    InvalidResponseError,
    NotFoundError,
    PaginationError,
    RateLimitedError,
    apaginate,
    paginate,
    specs,
)
from crm_overlays.responses import spec_operation
from openapi_python_client.strings import PythonIdentifier

from codegen.overlay_types import typed_operation
from tests.clients.support import BASE_URL, Operation, call_kwargs, deref, operations, spec_document

APIS = ("kanbert", "kinbox", "pylon", "repzo", "wealthbox")
INDEX = "x_test_index"  # an extra property on every served item: its position in the list


def paginated_operations() -> list[Operation]:
    return [op for api in APIS for op in operations(api) if "x-pagination" in op.spec]


PAGINATED = paginated_operations()


def op_id(op: Operation) -> str:
    return f"{op.api}.{op.id}"


# ------------------------------------------------------------------ the page server


def first_pointer(pointer: str | list[str]) -> str:
    """An x-pagination pointer; of a list of them (one per envelope shape), the first."""
    return pointer[0] if isinstance(pointer, list) else pointer


def set_pointer(document: dict[str, Any], pointer: str | list[str], value: Any) -> None:
    *parents, leaf = specs.pointer_tokens(first_pointer(pointer))
    for token in parents:
        document = document.setdefault(token, {})
    document[leaf] = value


def remove_pointer_root(document: dict[str, Any], pointer: str | list[str]) -> None:
    for each in pointer if isinstance(pointer, list) else [pointer]:
        document.pop(specs.pointer_tokens(each)[0], None)


def documented_page(op: Operation) -> tuple[dict[str, Any], dict[str, Any]]:
    """The operation's first documented 200 body and its first item."""
    doc = spec_document(op.api)
    response, _ = deref(doc, op.spec["responses"]["200"], ())
    examples = response["content"]["application/json"]["examples"]
    example, _ = deref(doc, next(iter(examples.values())), ())
    body = copy.deepcopy(example["value"])
    items = specs.node_at(body, op.spec["x-pagination"]["items"])
    return body, items[0]


class PageServer:
    """Serves ``total`` items in pages as the operation's ``x-pagination`` describes."""

    def __init__(self, op: Operation, total: int, *, report_total: bool = True) -> None:
        self.op = op
        self.rule: dict[str, Any] = op.spec["x-pagination"]
        self.template, self.item = documented_page(op)
        self.total = total
        self.report_total = report_total
        self.requests: list[httpx.Request] = []
        self.override: Callable[[httpx.Request, int], httpx.Response | None] | None = None

    def paging_values(self, request: httpx.Request) -> dict[str, Any]:
        """The paging parameters of a request, from where the spec says they travel."""
        if self.rule.get("in", "query") == "body":
            return dict(json.loads(request.content))
        return dict(request.url.params)

    def item_at(self, index: int) -> dict[str, Any]:
        return {**copy.deepcopy(self.item), INDEX: index}

    def page_body(self, items: list[dict[str, Any]], **at: Any) -> dict[str, Any]:
        """The documented body with ``items``; ``at`` sets pointers (``/`` written ``__``)."""
        body = copy.deepcopy(self.template)
        set_pointer(body, self.rule["items"], items)
        for name, value in at.items():
            set_pointer(body, "/" + name.replace("__", "/"), value)
        return body

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        values = self.paging_values(request)
        size = int(values.get(self.rule["sizeParam"], self.rule["defaultSize"]))
        if self.rule["style"] == "cursor":
            cursor = values.get(self.rule["cursorParam"])
            # Our cursors are "cur-<offset>"; a test's own cursor reads as the start.
            offset = int(cursor[4:]) if cursor and cursor.startswith("cur-") else 0
        else:
            page = int(values.get(self.rule["pageParam"], self.rule["firstPage"]))
            offset = (page - self.rule["firstPage"]) * size
        if self.override is not None:
            replaced = self.override(request, offset)
            if replaced is not None:
                return replaced
        end = min(offset + size, self.total)
        body = copy.deepcopy(self.template)
        set_pointer(body, self.rule["items"], [self.item_at(i) for i in range(offset, end)])
        if self.rule["style"] == "cursor":
            more = end < self.total
            set_pointer(body, self.rule["nextCursor"], f"cur-{end}" if more else None)
            if "hasMore" in self.rule:
                set_pointer(body, self.rule["hasMore"], more)
        elif self.report_total:
            set_pointer(body, self.rule["totalPages"], math.ceil(self.total / size))
        else:
            remove_pointer_root(body, self.rule["totalPages"])
        return httpx.Response(200, json=body)

    def client(self) -> Any:
        package = __import__(f"{self.op.api}_client")
        transport = httpx.MockTransport(self.handler)  # serves the sync and the async client
        return package.AuthenticatedClient(
            base_url=BASE_URL, token="test-token", httpx_args={"transport": transport}
        )


def size_argument(op: Operation, kwargs: dict[str, Any], size: int) -> None:
    """Set the caller's page size the way a user would: keyword or body attribute."""
    name = PythonIdentifier(op.spec["x-pagination"]["sizeParam"], "field_")
    if op.spec["x-pagination"].get("in") == "body":
        setattr(kwargs["body"], name, size)
    else:
        kwargs[name] = size


def run_sync(op: Operation, client: Any, kwargs: dict[str, Any]) -> list[Any]:
    return list(paginate(op.module(), **kwargs))


def run_async(op: Operation, client: Any, kwargs: dict[str, Any]) -> list[Any]:
    async def collect() -> list[Any]:
        return [item async for item in apaginate(op.module(), **kwargs)]

    return asyncio.run(collect())


RUNNERS = {"sync": run_sync, "async": run_async}


# -------------------------------------------------------------- every list operation


def test_every_paginated_operation_of_every_spec_is_enumerated() -> None:
    # The specs' own count, so that a new list operation cannot be skipped silently.
    counted = sum(
        1
        for api in APIS
        for item in spec_document(api)["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and "x-pagination" in operation
    )
    assert len(PAGINATED) == counted == 33


@pytest.mark.parametrize("api", APIS)
def test_module_names_map_back_to_their_operations(api: str) -> None:
    # The generator's own snake_case (tests.clients.support) finds each module; the overlay
    # must map that module back to the same operation without re-implementing snake_case.
    for op in operations(api):
        found = spec_operation(op.module())
        assert (found.api, found.operation_id, found.method, found.path) == (
            api,
            op.id,
            op.method,
            op.path,
        )


@pytest.mark.parametrize("mode", sorted(RUNNERS))
@pytest.mark.parametrize("op", PAGINATED, ids=op_id)
def test_pages_through_every_list_operation(op: Operation, mode: str) -> None:
    server = PageServer(op, total=7)
    client = server.client()
    kwargs = call_kwargs(op, client)
    size_argument(op, kwargs, 3)
    items = RUNNERS[mode](op, client, kwargs)

    item_type = typed_operation(op.module()).item
    assert item_type is not None
    assert all(isinstance(item, item_type) for item in items)
    assert [item.additional_properties[INDEX] for item in items] == list(range(7))

    rule = op.spec["x-pagination"]
    sent = [server.paging_values(request) for request in server.requests]
    assert len(sent) == 3  # 3 + 3 + 1 items
    assert [values[rule["sizeParam"]] for values in sent] == (
        [3, 3, 3] if rule.get("in") == "body" else ["3", "3", "3"]
    )
    if rule["style"] == "cursor":
        # The first page is asked for without a cursor; then each response's cursor in turn.
        assert [values.get(rule["cursorParam"]) for values in sent] == [None, "cur-3", "cur-6"]
    else:
        first = rule["firstPage"]
        assert [int(values[rule["pageParam"]]) for values in sent] == [first, first + 1, first + 2]
    if rule.get("in") == "body":
        # Nothing of the paging leaks into the query when the spec puts it in the body.
        assert all(not request.url.params for request in server.requests)
        assert all(request.method == "POST" for request in server.requests)


@pytest.mark.parametrize("op", PAGINATED, ids=op_id)
def test_default_page_size_is_max_size_else_default_size(op: Operation) -> None:
    server = PageServer(op, total=1)
    kwargs = call_kwargs(op, server.client())
    assert len(list(paginate(op.module(), **kwargs))) == 1
    rule = op.spec["x-pagination"]
    (values,) = [server.paging_values(request) for request in server.requests]
    assert int(values[rule["sizeParam"]]) == rule.get("maxSize", rule["defaultSize"])


def by_id(api: str, operation_id: str) -> Operation:
    return next(op for op in PAGINATED if op.api == api and op.id == operation_id)


KANBERT = by_id("kanbert", "listContacts")
PYLON_LIST = by_id("pylon", "listContacts")
PYLON_SEARCH = by_id("pylon", "searchContacts")
REPZO = by_id("repzo", "listClientContacts")
WEALTHBOX = by_id("wealthbox", "listContacts")
WEALTHBOX_ACTIVITY = by_id("wealthbox", "listActivity")


def test_default_sizes_are_the_documented_ones() -> None:
    # Independent of the spec reading above: the numbers the vendors document.
    expected = [(KANBERT, 30), (PYLON_LIST, 999), (REPZO, 100), (WEALTHBOX, 100)]
    for op, size in expected:
        server = PageServer(op, total=0)
        assert paginate(op.module(), **call_kwargs(op, server.client())).page_size == size


# ------------------------------------------------------------------------ the pages


def test_positional_arguments_reach_every_page_request() -> None:
    # The generator makes path parameters positional (`get_contact.sync(id, *, client)`). No
    # list operation of today's specs has one, so this endpoint is the real Wealthbox contact
    # list behind a module of the same name whose first parameter is positional, the way a
    # `/v1/<parent>/{id}/<children>` list would be generated.
    real = WEALTHBOX.module()
    received: list[tuple[Any, ...]] = []

    def sync_detailed(owner: str, *, client: Any, page: Any = None, per_page: Any = None) -> Any:
        received.append((owner,))
        return real.sync_detailed(client=client, page=page, per_page=per_page)

    endpoint = ModuleType(real.__name__)
    endpoint.sync_detailed = sync_detailed  # type: ignore[attr-defined]
    server = PageServer(WEALTHBOX, total=5)

    items = list(paginate(endpoint, "owner-7", client=server.client(), per_page=2))

    assert [item.additional_properties[INDEX] for item in items] == [0, 1, 2, 3, 4]
    assert received == [("owner-7",)] * 3
    assert [int(r.url.params["page"]) for r in server.requests] == [1, 2, 3]


def test_pages_expose_models_numbers_and_totals() -> None:
    server = PageServer(REPZO, total=5)
    client = server.client()
    pages = list(paginate(REPZO.module(), client=client, per_page=2).pages())
    assert [page.number for page in pages] == [1, 2, 3]
    assert [page.total_pages for page in pages] == [3, 3, 3]
    assert [page.is_last for page in pages] == [False, False, True]
    assert [len(page.items) for page in pages] == [2, 2, 1]
    from repzo_client.models import ClientContactList

    assert all(isinstance(page.model, ClientContactList) for page in pages)
    assert all(page.response.status_code == 200 for page in pages)
    assert pages[0].items == pages[0].model.data


def test_cursor_pages_expose_their_cursors() -> None:
    server = PageServer(KANBERT, total=5)
    pages = list(paginate(KANBERT.module(), client=server.client(), pagesize=2).pages())
    assert [(page.cursor, page.next_cursor) for page in pages] == [
        (None, "cur-2"),
        ("cur-2", "cur-4"),
        ("cur-4", None),
    ]
    assert [page.number for page in pages] == [None, None, None]


def test_async_pages() -> None:
    server = PageServer(PYLON_SEARCH, total=5)
    kwargs = call_kwargs(PYLON_SEARCH, server.client())
    kwargs["body"].limit = 2

    async def collect() -> list[tuple[str | None, int]]:
        return [
            (page.cursor, len(page.items))
            async for page in apaginate(PYLON_SEARCH.module(), **kwargs).pages()
        ]

    assert asyncio.run(collect()) == [(None, 2), ("cur-2", 2), ("cur-4", 1)]


# ----------------------------------------------------------------- where paging ends


def test_page_without_total_stops_on_a_short_page() -> None:
    server = PageServer(WEALTHBOX, total=5, report_total=False)
    items = list(paginate(WEALTHBOX.module(), client=server.client(), per_page=2))
    assert len(items) == 5
    assert len(server.requests) == 3  # 2 + 2 + 1: the short page is the last


def test_page_without_total_and_a_full_last_page_stops_on_the_empty_one() -> None:
    server = PageServer(WEALTHBOX, total=4, report_total=False)
    items = list(paginate(WEALTHBOX.module(), client=server.client(), per_page=2))
    assert len(items) == 4
    assert len(server.requests) == 3  # the third page comes back empty


def test_empty_first_page_yields_nothing() -> None:
    for op in (KANBERT, REPZO, WEALTHBOX_ACTIVITY):
        server = PageServer(op, total=0)
        assert list(paginate(op.module(), **call_kwargs(op, server.client()))) == []
        assert len(server.requests) == 1


def test_cursor_style_stops_on_an_empty_page_even_with_a_cursor() -> None:
    server = PageServer(KANBERT, total=10)
    server.override = lambda request, offset: (
        httpx.Response(200, json=server.page_body([], meta__next_cursor="cur-99"))
        if offset >= 2
        else None
    )
    items = list(paginate(KANBERT.module(), client=server.client(), pagesize=2))
    assert len(items) == 2
    assert len(server.requests) == 2


def _pylon_last_page_shapes(server: PageServer, offset: int, bare: bool) -> httpx.Response | None:
    """Pylon's pages of 2 items; the last one without `pagination` (bare) or with an empty one."""
    end = min(offset + 2, server.total)
    items = [server.item_at(i) for i in range(offset, end)]
    body = server.page_body(items)
    if end < server.total:
        body["pagination"] = {"cursor": f"cur-{end}", "has_next_page": True}
    elif bare:
        body.pop("pagination", None)
    else:
        body["pagination"] = {"cursor": "", "has_next_page": False}
    return httpx.Response(200, json=body)


@pytest.mark.parametrize("op", [PYLON_LIST, PYLON_SEARCH], ids=op_id)
@pytest.mark.parametrize("bare", [True, False], ids=["no-pagination", "empty-pagination"])
def test_pylon_last_page_with_or_without_pagination_ends_the_listing(
    op: Operation, bare: bool
) -> None:
    # usepylon 0.1.0a4 types/pagination.py: pagination is "absent when there are no more
    # results"; the official description shows it with an empty cursor. Both end the walk.
    server = PageServer(op, total=5)
    server.override = lambda request, offset: _pylon_last_page_shapes(server, offset, bare)
    kwargs = call_kwargs(op, server.client())
    pages = list(paginate(op.module(), **kwargs).pages())
    assert [[item.additional_properties[INDEX] for item in page.items] for page in pages] == [
        [0, 1],
        [2, 3],
        [4],
    ]
    assert [page.is_last for page in pages] == [False, False, True]
    assert len(server.requests) == 3
    last = pages[-1].model
    if bare:
        from pylon_client.types import UNSET

        assert last.pagination is UNSET
    else:
        assert last.pagination.cursor == "" and last.pagination.has_next_page is False


def test_pylon_generated_model_parses_a_last_page_without_pagination() -> None:
    from pylon_client.models import ContactList
    from pylon_client.types import UNSET

    body, item = documented_page(PYLON_LIST)
    body.pop("pagination")
    parsed = ContactList.from_dict(body)
    assert parsed.pagination is UNSET
    assert [contact.id for contact in parsed.data] == [item["id"]]
    assert parsed.to_dict() == body


def test_pylon_async_walk_stops_on_a_page_without_pagination() -> None:
    server = PageServer(PYLON_LIST, total=3)
    server.override = lambda request, offset: _pylon_last_page_shapes(server, offset, True)

    async def collect() -> list[Any]:
        return [item async for item in apaginate(PYLON_LIST.module(), client=server.client())]

    items = asyncio.run(collect())
    assert [item.additional_properties[INDEX] for item in items] == [0, 1, 2]
    assert len(server.requests) == 2


def test_has_more_false_ends_even_when_a_cursor_is_present() -> None:
    server = PageServer(PYLON_LIST, total=2)
    body = server.page_body(
        [server.item_at(0)], pagination__cursor="x", pagination__has_next_page=False
    )
    server.override = lambda request, offset: httpx.Response(200, json=body)
    assert len(list(paginate(PYLON_LIST.module(), client=server.client()))) == 1
    assert len(server.requests) == 1


# ---------------------------------------------------------------------------- guards


def test_repeated_cursor_raises_instead_of_looping() -> None:
    server = PageServer(KANBERT, total=100)

    def stuck(request: httpx.Request, offset: int) -> httpx.Response:
        # New items every time, but always the same next cursor.
        items = [server.item_at(len(server.requests))]
        return httpx.Response(200, json=server.page_body(items, meta__next_cursor="same"))

    server.override = stuck
    with pytest.raises(PaginationError) as caught:
        list(paginate(KANBERT.module(), client=server.client()))
    message = str(caught.value)
    assert "kanbert listContacts" in message
    assert "is the cursor that fetched this page" in message
    assert "same" not in message  # cursor values can carry data: never quoted
    assert len(server.requests) == 2  # noticed on the first repetition


def test_server_ignoring_the_page_number_raises_instead_of_looping() -> None:
    # A Repzo integration that never advances reads page 1 forever; here the server is the
    # one that ignores `page`, and the paginator notices the repeated page.
    server = PageServer(REPZO, total=100)

    def always_page_one(request: httpx.Request, offset: int) -> httpx.Response:
        body = server.page_body([server.item_at(0), server.item_at(1)], pagination__total_page=50)
        return httpx.Response(200, json=body)

    server.override = always_page_one
    with pytest.raises(PaginationError) as caught:
        list(paginate(REPZO.module(), client=server.client(), per_page=2))
    message = str(caught.value)
    assert "repzo listClientContacts" in message
    assert "page 2" in message
    assert len(server.requests) == 2


def test_max_items_stops_without_fetching_more_pages() -> None:
    server = PageServer(REPZO, total=100)
    paginator = paginate(REPZO.module(), client=server.client(), per_page=3).limit(max_items=5)
    assert [item.additional_properties[INDEX] for item in paginator] == [0, 1, 2, 3, 4]
    assert len(server.requests) == 2


def test_max_items_on_a_page_boundary_fetches_no_extra_page() -> None:
    server = PageServer(KANBERT, total=100)
    paginator = paginate(KANBERT.module(), client=server.client(), pagesize=3)
    assert len(list(paginator.limit(max_items=6))) == 6
    assert len(server.requests) == 2


def test_max_pages_limits_requests() -> None:
    server = PageServer(WEALTHBOX_ACTIVITY, total=100)
    paginator = paginate(WEALTHBOX_ACTIVITY.module(), client=server.client(), per_page=4)
    pages = list(paginator.limit(max_pages=2).pages())
    assert [len(page.items) for page in pages] == [4, 4]
    assert pages[-1].is_last
    assert len(server.requests) == 2


def test_async_limits() -> None:
    server = PageServer(PYLON_LIST, total=100)
    paginator = apaginate(PYLON_LIST.module(), client=server.client(), limit=3)

    async def collect() -> list[Any]:
        return [item async for item in paginator.limit(max_items=4, max_pages=5)]

    assert len(asyncio.run(collect())) == 4
    assert len(server.requests) == 2


def test_zero_limits_send_nothing() -> None:
    server = PageServer(KANBERT, total=10)
    paginator = paginate(KANBERT.module(), client=server.client())
    assert list(paginator.limit(max_items=0)) == []
    assert list(paginator.limit(max_pages=0).pages()) == []
    assert server.requests == []


@pytest.mark.parametrize("bad", [-1, 1.5, True])
def test_invalid_limits_are_rejected(bad: Any) -> None:
    paginator = paginate(KANBERT.module(), client=PageServer(KANBERT, 1).client())
    with pytest.raises(ValueError, match="max_items"):
        paginator.limit(max_items=bad)


def test_no_spec_parameter_is_named_like_a_limit() -> None:
    # The limits are arguments of .limit(), never of the endpoint; still, a parameter of that
    # name would confuse readers of a call.
    names = {
        parameter.get("name")
        for api in APIS
        for item in spec_document(api)["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict)
        for parameter in operation.get("parameters", [])
    }
    assert not names & {"max_items", "max_pages", "limit_items"}


# ------------------------------------------------------------------ caller arguments


def test_caller_start_cursor_and_page_are_honoured() -> None:
    server = PageServer(KANBERT, total=6)
    items = list(paginate(KANBERT.module(), client=server.client(), pagesize=2, pagecursor="cur-2"))
    assert [item.additional_properties[INDEX] for item in items] == [2, 3, 4, 5]
    server = PageServer(REPZO, total=6)
    items = list(paginate(REPZO.module(), client=server.client(), per_page=2, page=2))
    assert [item.additional_properties[INDEX] for item in items] == [2, 3, 4, 5]


def test_filters_are_sent_on_every_page() -> None:
    server = PageServer(WEALTHBOX, total=5)
    list(paginate(WEALTHBOX.module(), client=server.client(), contact_type="Client", per_page=2))
    assert [request.url.params.get("contactType") for request in server.requests] == ["Client"] * 3


def test_callers_search_body_is_not_modified() -> None:
    server = PageServer(PYLON_SEARCH, total=5)
    query = {"filter": {"field": "email", "operator": "equals", "value": "ada@example.com"}}
    kwargs = call_kwargs(PYLON_SEARCH, server.client(), body=query)
    body = kwargs["body"]
    before = body.to_dict()
    assert before == query
    list(paginate(PYLON_SEARCH.module(), **kwargs))
    assert body.to_dict() == before
    sent = [json.loads(request.content) for request in server.requests]
    assert all(values["filter"] == before["filter"] for values in sent)


def test_not_a_list_operation_is_rejected_at_the_call() -> None:
    from wealthbox_client.api.contacts import get_contact

    client = PageServer(WEALTHBOX, 1).client()
    with pytest.raises(ValueError, match="wealthbox getContact .* not a list operation"):
        # mypy accepts this through the untyped fallback overload; the call fails at once.
        paginate(get_contact, client=client, id=1)


def test_not_an_endpoint_module_is_rejected() -> None:
    with pytest.raises(TypeError, match="generated endpoint module"):
        paginate(json, client=None)  # type: ignore[call-overload]


def test_search_without_a_body_says_what_is_missing() -> None:
    client = PageServer(PYLON_SEARCH, 1).client()
    with pytest.raises(TypeError, match="pass body="):
        paginate(PYLON_SEARCH.module(), client=client)


# ------------------------------------------------------------------- errors on a page


def test_error_status_on_a_later_page_raises_the_typed_error() -> None:
    server = PageServer(WEALTHBOX, total=10)
    server.override = lambda request, offset: (
        httpx.Response(404, json={"success": False, "errors": "gone"}) if offset else None
    )
    with pytest.raises(NotFoundError) as caught:
        list(paginate(WEALTHBOX.module(), client=server.client(), per_page=2))
    assert caught.value.status == 404
    assert "page=2" in caught.value.url


def test_async_rate_limited_page_raises_the_typed_error() -> None:
    server = PageServer(PYLON_LIST, total=10)
    server.override = lambda request, offset: httpx.Response(
        429, headers={"Retry-After": "7"}, json={"errors": ["slow down"], "request_id": "r1"}
    )

    async def collect() -> list[Any]:
        return [item async for item in apaginate(PYLON_LIST.module(), client=server.client())]

    with pytest.raises(RateLimitedError) as caught:
        asyncio.run(collect())
    assert caught.value.retry_after == 7


def test_malformed_page_raises_invalid_response_naming_the_field() -> None:
    server = PageServer(REPZO, total=10)
    broken = {"success": True, "pagination": {"total_page": 5}}  # no `data`
    server.override = lambda request, offset: httpx.Response(200, json=broken)
    with pytest.raises(InvalidResponseError) as caught:
        list(paginate(REPZO.module(), client=server.client()))
    assert caught.value.field_path == "data"
    assert "repzo listClientContacts" in str(caught.value)


# ---------------------------------------------------------------------- flat memory


def test_only_the_current_page_is_alive() -> None:
    server = PageServer(KANBERT, total=40)
    seen: list[weakref.ref[Any]] = []
    alive_earlier: list[int] = []
    for page in paginate(KANBERT.module(), client=server.client(), pagesize=2).pages():
        gc.collect()
        alive_earlier.append(sum(ref() is not None for ref in seen))
        seen.append(weakref.ref(page.model))
        del page
    assert len(seen) == 20
    # While page n is being read, none of pages 1 .. n-1 is referenced by the paginator.
    assert alive_earlier == [0] * 20


def test_items_of_earlier_pages_are_released_while_iterating_items() -> None:
    server = PageServer(WEALTHBOX, total=30)
    first_items: list[weakref.ref[Any]] = []
    for position, item in enumerate(
        paginate(WEALTHBOX.module(), client=server.client(), per_page=3)
    ):
        if position < 3:
            first_items.append(weakref.ref(item))
        if position == 12:
            gc.collect()
            assert all(ref() is None for ref in first_items)
        del item
    assert len(first_items) == 3


def test_async_paginator_releases_earlier_pages() -> None:
    server = PageServer(REPZO, total=20)

    async def walk() -> list[int]:
        seen: list[weakref.ref[Any]] = []
        alive: list[int] = []
        async for page in apaginate(REPZO.module(), client=server.client(), per_page=2).pages():
            gc.collect()
            alive.append(sum(ref() is not None for ref in seen))
            seen.append(weakref.ref(page.model))
            del page
        return alive

    assert asyncio.run(walk()) == [0] * 10
