"""Wealthbox lists order and filter as the spec's `order` (x-query) and x-filters declare.

Each record is created an hour after the previous one; the expected orders and sets are
worked out from those hand-chosen records.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from tests.mocks.conftest import ClientFactory
from tests.mocks.support import MockClient


def hourly() -> Iterator[datetime]:
    moment = datetime(2024, 5, 6, 9, tzinfo=UTC)
    while True:
        yield moment
        moment += timedelta(hours=1)


@pytest.fixture
def wealthbox(mock: ClientFactory) -> MockClient:
    ticks = hourly()
    return mock("wealthbox", clock=lambda: next(ticks))


def first_names(client: MockClient, **params: Any) -> list[str]:
    response = client.get("/v1/contacts", params=params)
    assert response.status_code == 200, response.text
    return [contact["first_name"] for contact in response.json()["contacts"]]


def test_contacts_order(wealthbox: MockClient) -> None:
    for first in ("Ann", "Bob", "Cy"):
        assert wealthbox.post("/v1/contacts", json={"first_name": first}).status_code == 200
    wealthbox.put("/v1/contacts/1", json={"nickname": "A"})  # Ann is now the latest update
    assert first_names(wealthbox) == ["Ann", "Bob", "Cy"]  # creation order
    assert first_names(wealthbox, order="asc") == ["Ann", "Bob", "Cy"]
    assert first_names(wealthbox, order="desc") == ["Cy", "Bob", "Ann"]
    assert first_names(wealthbox, order="created") == ["Cy", "Bob", "Ann"]
    assert first_names(wealthbox, order="recent") == ["Ann", "Cy", "Bob"]
    assert first_names(wealthbox, order="updated") == ["Ann", "Cy", "Bob"]
    # order and filters together; a page of one follows the order
    assert first_names(wealthbox, order="desc", name="b") == ["Bob"]
    page = wealthbox.get("/v1/contacts", params={"order": "desc", "per_page": 1, "page": 2})
    assert [c["first_name"] for c in page.json()["contacts"]] == ["Bob"]


def test_contact_filters_declared_in_the_spec(wealthbox: MockClient) -> None:
    wealthbox.post("/v1/contacts", json={
        "first_name": "Kevin", "last_name": "Anderson",
        "email_addresses": [{"address": "k@example.com"}, {"address": "kev@work.example"}],
        "phone_numbers": [{"address": "+1 (555) 123-4567"}],
    })  # fmt: skip
    wealthbox.post("/v1/contacts", json={"first_name": "Ann", "last_name": "Bell"})
    assert first_names(wealthbox, email="KEV@work.example") == ["Kevin"]  # any of the emails
    assert first_names(wealthbox, email="kev") == []  # an email matches whole
    assert first_names(wealthbox, phone="15551234567") == ["Kevin"]
    assert first_names(wealthbox, name="ELL") == ["Ann"]
    # an hour passes per write: Kevin was updated at 09:00, Ann at 10:00
    assert first_names(wealthbox, updated_since="2024-05-06T09:30:00Z") == ["Ann"]
    assert first_names(wealthbox, updated_before="2024-05-06 09:30 AM +0000") == ["Kevin"]


def test_events_order_by_start_and_filter_by_start(wealthbox: MockClient) -> None:
    for title, starts in [
        ("late", "2024-06-03 10:00 AM -0400"),
        ("early", "2024-06-01 10:00 AM -0400"),
        ("middle", "2024-06-02 10:00 AM -0400"),
    ]:
        created = wealthbox.post("/v1/events", json={
            "title": title, "starts_at": starts, "ends_at": starts})  # fmt: skip
        assert created.status_code == 200, created.text

    def titles(**params: Any) -> list[str]:
        response = wealthbox.get("/v1/events", params=params)
        assert response.status_code == 200, response.text
        return [event["title"] for event in response.json()["events"]]

    assert titles(order="asc") == ["early", "middle", "late"]
    assert titles(order="desc") == ["late", "middle", "early"]
    assert titles(order="created") == ["middle", "early", "late"]
    assert titles(startDateMin="2024-06-02", order="asc") == ["middle", "late"]
    assert titles(startDateMax="2024-06-02") == ["early", "middle"]  # the whole day
    assert titles(start_date_min="2024-06-03") == ["late"]  # the x-alias


def test_notes_order(wealthbox: MockClient) -> None:
    for text in ("one", "two"):
        note = {"content": text, "linked_to": [{"id": 1, "type": "Contact"}]}
        assert wealthbox.post("/v1/notes", json=note).status_code == 200

    def contents(**params: Any) -> list[str]:
        response = wealthbox.get("/v1/notes", params=params)
        assert response.status_code == 200, response.text
        return [note["content"] for note in response.json()["notes"]]

    assert contents() == ["one", "two"]
    assert contents(order="asc") == ["one", "two"]
    assert contents(order="created") == ["two", "one"]
    refused = wealthbox.get("/v1/notes", params={"order": "sideways"})  # the enum: 422
    assert refused.status_code == 422 and "order" in refused.json()["errors"]


def test_activity_by_kind_contact_and_time(wealthbox: MockClient) -> None:
    # the stream holds the seed's one item: about contact 1, updated 2015-10-12 11:30 PM -0400
    def ids(**params: Any) -> list[int]:
        response = wealthbox.get("/v1/activity", params=params)
        assert response.status_code == 200, response.text
        return [item["id"] for item in response.json()["stream_items"]]

    assert ids(type="contact") == [1]
    assert ids(type="Task") == []
    assert ids(contact=1) == [1] and ids(contact=2) == []
    assert ids(updated_since="2015-10-13T03:30:00Z") == [1]  # the same instant, in UTC
    assert ids(updated_since="2015-10-13T03:30:01Z") == []
