"""Repzo's client-contact list sorts, searches and filters as its spec's `x-query` declares.

The contacts are chosen by hand; each expected order or set is worked out from them.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.mocks.conftest import ClientFactory
from tests.mocks.support import MockClient, SpecCheck

# ObjectIds order as their hex text does (creation time first)
CONTACTS = [
    {"_id": "60f1b2b3c9e9a10000000003", "name": "Omar", "local_name": "عمر",
     "updatedAt": "2024-05-01T10:00:00.000Z", "title": None},
    {"_id": "60f1b2b3c9e9a10000000001", "name": "amal", "local_name": "أمل",
     "updatedAt": "2024-05-03T10:00:00.000Z", "title": "Eng"},
    {"_id": "60f1b2b3c9e9a10000000002", "name": "Zaid", "local_name": "",
     "updatedAt": "2024-05-02T10:00:00.000Z", "title": "Dr"},
]  # fmt: skip


@pytest.fixture
def repzo(mock: ClientFactory) -> MockClient:
    client = mock("repzo")
    for contact in CONTACTS:
        client.post("/client-contact", json={"name": contact["name"]})  # a real record shape
    engine = client.engine
    collection = engine.api.collections["/client-contact"]
    stored = engine.store.scan("/client-contact")[1]
    for record, contact in zip(list(stored), CONTACTS, strict=True):
        engine.store.delete("/client-contact", record["_id"])
        written = {**record, **contact}
        engine.store.put("/client-contact", contact["_id"], engine.records.fit(collection, written))
    return client


def names(client: MockClient, **params: Any) -> list[str]:
    response = client.get("/client-contact", params=params)
    assert response.status_code == 200, response.text
    return [contact["name"] for contact in response.json()["data"]]


def test_sort_by_a_field_in_either_direction(repzo: MockClient) -> None:
    assert names(repzo) == ["Omar", "amal", "Zaid"]  # store order
    assert names(repzo, sort="name") == ["Omar", "Zaid", "amal"]  # byte order: no folding
    assert names(repzo, sort="name", sortPageOrder="dsc") == ["amal", "Zaid", "Omar"]
    assert names(repzo, sort="updatedAt") == ["Omar", "Zaid", "amal"]
    assert names(repzo, sort="title") == ["Omar", "Zaid", "amal"]  # missing first: Dr < Eng


def test_sort_by_the_sdk_sort_by_list(repzo: MockClient) -> None:
    newest = json.dumps([{"field": "_id", "type": "desc"}])  # as the SDK's JSON.stringify
    assert names(repzo, sortBy=newest) == ["Omar", "Zaid", "amal"]
    assert names(repzo, sortBy=json.dumps([{"field": "_id"}])) == ["amal", "Zaid", "Omar"]


def test_name_and_id_take_one_value_or_several_as_the_sdk_sends_them(repzo: MockClient) -> None:
    assert names(repzo, name="AMAL") == ["amal"]
    assert names(repzo, name=json.dumps(["zaid", "Omar"])) == ["Omar", "Zaid"]
    assert names(repzo, name=["zaid", "Omar"]) == ["Omar", "Zaid"]  # repeated keys
    ids = json.dumps(["60f1b2b3c9e9a10000000001", "60f1b2b3c9e9a10000000002"])
    assert names(repzo, _id=ids) == ["amal", "Zaid"]
    assert names(repzo, _id="60f1b2b3c9e9a10000000003") == ["Omar"]


def test_search_and_ranges(repzo: MockClient) -> None:
    assert names(repzo, search="MA") == ["Omar", "amal"]
    assert names(repzo, search="أمل") == ["amal"]
    assert names(repzo, from__id="60f1b2b3c9e9a10000000001") == ["Omar", "Zaid"]
    assert names(repzo, to__id="60f1b2b3c9e9a10000000003") == ["amal", "Zaid"]
    may_2 = 1714644000  # 2024-05-02T10:00:00Z in seconds
    assert names(repzo, from_updatedAt=may_2) == ["amal"]  # strictly after
    assert names(repzo, to_updatedAt=may_2 * 1000) == ["Omar"]  # milliseconds, strictly before
    assert names(repzo, from_updatedAt=may_2 - 1, sort="name") == ["Zaid", "amal"]
    assert names(repzo, from_updatedAt=10**18) == []  # beyond the calendar: nothing after it
    assert names(repzo, to_updatedAt=10**18) == ["Omar", "amal", "Zaid"]


def test_a_bad_sort_is_a_400_in_repzo_envelope(repzo: MockClient, spec_check: Any) -> None:
    response = repzo.get("/client-contact", params={"sort": ""})
    assert response.status_code == 200  # no key: store order
    bad = repzo.get("/client-contact", params={"sortBy": json.dumps([{"type": "desc"}])})
    assert bad.status_code == 400, bad.text
    check: SpecCheck = spec_check("repzo")
    check.assert_valid("listClientContacts", bad)
