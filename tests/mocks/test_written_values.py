"""Regressions for mock defects the client conformance run found (tests/conformance).

A Kinbox custom field written as a list was dropped (a string or a number was read back as
`{"value": ...}`), seeded Wealthbox workflows shared step ids with each other and with the
next workflow created, and a date or time that names no real moment (Kanbert's birthday
"2019-02-30", a Wealthbox start "13:00pm") was accepted and read back null.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from mocks.values import MISSING
from tests.mocks.conftest import ClientFactory
from tests.mocks.support import MockClient

Unchecked = Callable[[MockClient], MockClient]

# ---------------------------------------------------------------------- kinbox custom fields


@pytest.mark.parametrize("value", [["a", "b"], [1], [], [{"x": 1}]])
def test_kinbox_custom_field_written_as_a_list_reads_back_as_its_value(
    mock: ClientFactory, value: list[Any]
) -> None:
    reply = mock("kinbox").post("/contacts", json={"name": "Ada",
                                                   "customFields": {"interests": value}})
    assert reply.status_code == 201, reply.text
    assert reply.json()["customFields"] == {"interests": {"value": value}}


def test_kinbox_custom_fields_of_every_kind_read_back_in_the_value_shape(
    mock: ClientFactory,
) -> None:
    written = {"cpf": "060.715.303-54", "age": 36, "vip": True, "none": None,
               "wrapped": {"value": ["x"]}}
    reply = mock("kinbox").post("/contacts", json={"name": "Ada", "customFields": written})
    assert reply.json()["customFields"] == {
        "cpf": {"value": "060.715.303-54"}, "age": {"value": 36}, "vip": {"value": True},
        "none": {"value": None}, "wrapped": {"value": ["x"]},
    }


# ---------------------------------------------------------------------- wealthbox step ids


def _step_ids(client: MockClient) -> list[int]:
    workflows = client.get("/v1/workflows").json()["workflows"]
    return [step["id"] for workflow in workflows for step in workflow["workflow_steps"]]


@pytest.mark.parametrize("seed", [0, 2, 3])
def test_wealthbox_step_ids_are_unique_across_workflows(mock: ClientFactory, seed: int) -> None:
    wealthbox = mock("wealthbox", seed=seed, seed_random=1)
    seeded = _step_ids(wealthbox)
    assert len(seeded) == len(set(seeded)) >= seed
    for _ in range(2):
        created = wealthbox.post("/v1/workflows", json={"workflow_template": 1})
        assert created.status_code == 200, created.text
        assert created.json()["workflow_steps"], "the template's steps were not copied"
    every = _step_ids(wealthbox)
    assert len(every) == len(set(every)), every
    # Numbered like any other id: 1, 2, 3... in creation order.
    assert every == list(range(1, len(every) + 1))


def test_a_step_of_a_seeded_workflow_is_reached_by_its_own_id(mock: ClientFactory) -> None:
    wealthbox = mock("wealthbox", seed=2, seed_random=1)
    second = wealthbox.get("/v1/workflows").json()["workflows"][1]
    step = second["workflow_steps"][0]
    done = wealthbox.put(f"/v1/workflows/{second['id']}/steps/{step['id']}",
                         json={"complete": True})
    assert done.status_code == 200, done.text
    first = wealthbox.get("/v1/workflows").json()["workflows"][0]
    assert "completer" not in first["workflow_steps"][0]


# ---------------------------------------------------------------------- values no read can hold
# The mock refuses a written text value the record's read schema cannot hold (Kanbert's birthday
# "2019-02-30", a Wealthbox start "13:00pm") rather than store the record without it and read
# back null. The specs' write patterns admit only real dates and times, so the body check
# refuses these first; with that check left out (as for a write pattern that admits more than
# the read one), the engine's own check must still refuse them, naming each field by path.


@pytest.fixture
def unchecked_bodies(monkeypatch: pytest.MonkeyPatch) -> Unchecked:
    """A mock whose request bodies are parsed but not validated against the write schema."""

    def unchecked(client: MockClient) -> MockClient:
        def parse_only(op: Any, raw: bytes, content_type: str) -> Any:
            return json.loads(raw) if raw else MISSING

        monkeypatch.setattr(client.engine.reader, "body", parse_only)
        return client

    return unchecked


def _stored(client: MockClient, collection: str) -> list[Any]:
    return list(client.engine.store.scan(collection)[1])


@pytest.mark.parametrize("checked", [True, False], ids=["body-check", "engine-check"])
@pytest.mark.parametrize("birthday", ["2019-02-30", "2019-13-01", "2019-02-29T10:00:00Z"])
def test_kanbert_create_with_a_birthday_that_is_no_day_is_refused_and_not_stored(
    mock: ClientFactory, unchecked_bodies: Unchecked, checked: bool, birthday: str
) -> None:
    kanbert = mock("kanbert") if checked else unchecked_bodies(mock("kanbert"))
    before = _stored(kanbert, "/contacts")
    reply = kanbert.post("/contacts", json={"first_name": "Ada", "birthday": birthday})
    assert reply.status_code == 422, reply.text
    assert list(reply.json()["errors"]) == ["birthday"]
    assert _stored(kanbert, "/contacts") == before


@pytest.mark.parametrize("checked", [True, False], ids=["body-check", "engine-check"])
def test_kanbert_update_with_a_birthday_that_is_no_day_leaves_the_contact_unchanged(
    mock: ClientFactory, unchecked_bodies: Unchecked, checked: bool
) -> None:
    kanbert = mock("kanbert") if checked else unchecked_bodies(mock("kanbert"))
    created = kanbert.post("/contacts", json={"first_name": "Ada", "birthday": "1815-12-10"})
    assert created.status_code == 201, created.text
    path = f"/contacts/{created.json()['id']}"
    before = kanbert.get(path).json()
    reply = kanbert.patch(path, json={"last_name": "Lovelace", "birthday": "1815-02-30"})
    assert reply.status_code == 422, reply.text
    assert list(reply.json()["errors"]) == ["birthday"]
    assert kanbert.get(path).json() == before


@pytest.mark.parametrize("checked", [True, False], ids=["body-check", "engine-check"])
def test_wealthbox_workflow_with_times_that_are_none_is_refused_naming_each(
    mock: ClientFactory, unchecked_bodies: Unchecked, checked: bool
) -> None:
    wealthbox = mock("wealthbox") if checked else unchecked_bodies(mock("wealthbox"))
    before = _stored(wealthbox, "/v1/workflows")
    reply = wealthbox.post("/v1/workflows", json={
        "workflow_template": 1, "starts_at": "2019-02-25 13:00pm",
        "workflow_milestones": [{"milestone": "abcdef", "milestone_date": "2019-02-25"},
                                {"milestone": "ghijkl", "milestone_date": "2019-02-25 3:61pm"}],
    })  # fmt: skip
    assert reply.status_code == 422, reply.text
    assert sorted(reply.json()["errors"]) == ["starts_at", "workflow_milestones.1.milestone_date"]
    assert _stored(wealthbox, "/v1/workflows") == before


def test_wealthbox_milestone_ids_written_as_strings_are_no_loss(
    mock: ClientFactory, unchecked_bodies: Unchecked
) -> None:
    # A milestone is named by a string in the write and has an integer id in the read: the
    # engine's check is about text the read holds as text, so this is turned around, not refused.
    wealthbox = unchecked_bodies(mock("wealthbox"))
    reply = wealthbox.post("/v1/workflows", json={
        "workflow_template": 1, "starts_at": "2019-02-25 3:00pm",
        "workflow_milestones": [{"milestone": "abcdef", "milestone_date": "2019-02-26"}],
    })  # fmt: skip
    assert reply.status_code == 200, reply.text
    assert reply.json()["starts_at"] == "2019-02-25 03:00 PM +0000"


@pytest.mark.parametrize("checked", [True, False], ids=["body-check", "engine-check"])
def test_wealthbox_event_update_with_a_time_that_is_none_leaves_it_unchanged(
    mock: ClientFactory, unchecked_bodies: Unchecked, checked: bool
) -> None:
    wealthbox = mock("wealthbox") if checked else unchecked_bodies(mock("wealthbox"))
    created = wealthbox.post("/v1/events", json={
        "title": "Review", "starts_at": "2019-02-25 10:00 AM -0400",
        "ends_at": "2019-02-25 11:00 AM -0400",
    })  # fmt: skip
    assert created.status_code == 200, created.text
    path = f"/v1/events/{created.json()['id']}"
    before = wealthbox.get(path).json()
    reply = wealthbox.put(path, json={"title": "Moved", "ends_at": "2019-02-25 24:00 PM -0400"})
    assert reply.status_code == 422, reply.text
    assert list(reply.json()["errors"]) == ["ends_at"]
    assert wealthbox.get(path).json() == before


def test_pylon_custom_fields_written_as_a_list_are_no_loss(
    mock: ClientFactory, unchecked_bodies: Unchecked
) -> None:
    # Written as a list, read as an object by slug (the vendor hook turns it around).
    pylon = unchecked_bodies(mock("pylon"))
    reply = pylon.post("/contacts", json={
        "name": "Ada", "email": "ada@example.com",
        "custom_fields": [{"slug": "job_title", "value": "Engineer"}],
    })  # fmt: skip
    assert reply.status_code in (200, 201), reply.text
    assert reply.json()["data"]["custom_fields"]["job_title"]["value"] == "Engineer"
