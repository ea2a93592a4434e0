"""A user's test suite against the `crm_mock` fixture: run by pytester here
(tests/packaging/test_pytest_plugin.py) and, from the built wheels in a fresh venv, by
tests/packaging/test_wheels.py. Each test is named for what it shows."""

from __future__ import annotations

import asyncio

from crm_overlays import paginate
from pylon_client.api.contacts import create_contact, list_contacts
from pylon_client.models import ContactCreate


def test_what_the_code_wrote_is_stored(crm_mock):
    mock = crm_mock("pylon", seed=3, seed_random=1)
    response = create_contact.sync_detailed(client=mock.client, body=ContactCreate(name="Ada"))
    assert response.status_code == 200, response.content
    names = [record["name"] for record in mock.records("/contacts")]
    assert len(names) == 4 and names[-1] == "Ada"


def test_state_is_not_shared_between_tests(crm_mock):
    mock = crm_mock("pylon", seed=3, seed_random=1)
    assert [r["name"] for r in mock.records("/contacts")].count("Ada") == 0
    assert len(list(paginate(list_contacts, client=mock.client, limit=2))) == 3


def test_async_client_and_faults(crm_mock):
    mock = crm_mock("pylon", seed=5, faults="seq:503,ok")

    async def first_page():
        return await list_contacts.asyncio_detailed(client=mock.async_client, limit=10)

    response = asyncio.run(first_page())
    assert response.status_code == 200  # the overlay retried the injected 503
    assert [exchange.status for exchange in mock.exchanges] == [503, 200]


def test_served_on_a_real_socket(crm_mock):
    import httpx

    mock = crm_mock("pylon", seed=2, served=True)
    assert mock.base_url.startswith("http://127.0.0.1:")
    answer = httpx.get(mock.base_url + "/contacts", headers={"Authorization": f"Bearer {mock.token}"})
    assert answer.status_code == 200 and len(answer.json()["data"]) == 2
