"""Repzo: both envelopes the vendor's own sources admit parse and page, and JSON query values.

The seed and the vendor's description of the page (repzo@1.0.254
docs/generated/client-contact-bundled.yaml) answer `{success, data, pagination}` and
`{success, data}`; the SDK types a flat `DefaultPaginationResult` and a bare record
(repzo@1.0.254 src/types/index.ts). specs/repzo.yaml admits both; these tests hold the generated
client and the overlay's paginator to that.
"""

from __future__ import annotations

import json
import math
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from crm_overlays import paginate
from repzo_client import AuthenticatedClient
from repzo_client.api.client_contacts import get_client_contact, list_client_contacts
from repzo_client.models import ClientContact, ClientContactResponse

RECORD: dict[str, Any] = {
    "_id": "60f1b2b3c9e9a12345678901",
    "creator": {"_id": "60f1b2b3c9e9a12345678902", "type": "rep", "rep": "r-1"},
    "name": "Ada Lovelace",
    "company_namespace": ["company1"],
    "createdAt": "2023-01-15T10:30:00.000Z",
    "updatedAt": "2023-01-15T10:30:00.000Z",
    "__v": 0,
}


def record(index: int) -> dict[str, Any]:
    return {**RECORD, "_id": f"{index:024x}", "name": f"Contact {index}"}


def client(handler: Any) -> AuthenticatedClient:
    return AuthenticatedClient(
        base_url="https://sv.api.repzo.me", token="test-token",
        httpx_args={"transport": httpx.MockTransport(handler)},
    )


def seed_page(page: int, size: int, total: int) -> dict[str, Any]:
    items = [record(i) for i in range((page - 1) * size, min(page * size, total))]
    pages = math.ceil(total / size)
    return {"success": True, "data": items, "pagination": {
        "page": page, "per_page": size, "pre_page": page - 1, "total": total, "total_page": pages,
        "next_page": page + 1 if page < pages else None}}


def sdk_page(page: int, size: int, total: int) -> dict[str, Any]:
    items = [record(i) for i in range((page - 1) * size, min(page * size, total))]
    pages = math.ceil(total / size)
    url = "https://sv.api.repzo.me/client-contact"
    return {"data": items, "total_result": total, "current_count": len(items),
            "total_pages": pages, "current_page": page, "per_page": size,
            "first_page_url": f"{url}?page=1", "last_page_url": f"{url}?page={pages}",
            "next_page_url": f"{url}?page={page + 1}" if page < pages else None,
            "prev_page_url": f"{url}?page={page - 1}" if page > 1 else None, "path": url}


@pytest.mark.parametrize("shape", [seed_page, sdk_page], ids=["seed", "sdk"])
def test_both_list_envelopes_page_to_the_end_by_their_page_count(shape: Any) -> None:
    # 20 records in pages of 10: exactly two full pages, so only the page count can tell
    # that page 2 is the last (a short page cannot).
    requests: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        requests.append(page)
        return httpx.Response(200, json=shape(page, int(request.url.params["per_page"]), 20))

    pages = list(paginate(list_client_contacts, client=client(handler), per_page=10).pages())
    assert requests == [1, 2]
    assert [page.total_pages for page in pages] == [2, 2]
    assert [item.field_id for page in pages for item in page.items] == [
        f"{i:024x}" for i in range(20)
    ]


@pytest.mark.parametrize(
    ("body", "model"),
    [({"success": True, "data": RECORD}, ClientContactResponse), (RECORD, ClientContact)],
    ids=["seed", "sdk"],
)
def test_both_record_envelopes_parse(body: dict[str, Any], model: type) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=body)

    parsed = get_client_contact.sync(RECORD["_id"], client=client(handler))
    assert isinstance(parsed, model)
    contact = parsed.data if isinstance(parsed, ClientContactResponse) else parsed
    assert isinstance(contact, ClientContact)
    assert (contact.field_id, contact.name, contact.company_namespace, contact.field_v) == (
        RECORD["_id"], RECORD["name"], RECORD["company_namespace"], RECORD["__v"])
    assert contact.creator.to_dict() == RECORD["creator"]
    assert contact.created_at.isoformat() == "2023-01-15T10:30:00+00:00"


def test_json_query_values_reach_the_wire_as_given() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=seed_page(1, 25, 0))

    sort_by = json.dumps([{"field": "_id", "type": "desc"}])
    ids = json.dumps(["60f1b2b3c9e9a12345678901", "60f1b2b3c9e9a12345678902"])
    list_client_contacts.sync(client=client(handler), sort_by=sort_by, field_id=ids)
    query = parse_qs(urlsplit(str(seen[0].url)).query)
    assert json.loads(query["sortBy"][0]) == [{"field": "_id", "type": "desc"}]
    assert json.loads(query["_id"][0]) == json.loads(ids)
