"""Regressions for mock defects the client conformance run found (tests/conformance).

A Kinbox custom field written as a list was dropped (a string or a number was read back as
`{"value": ...}`), and seeded Wealthbox workflows shared step ids with each other and with the
next workflow created.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.mocks.conftest import ClientFactory
from tests.mocks.support import MockClient

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
