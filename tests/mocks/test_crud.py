"""State round trips per vendor: what is created is read, listed, updated and deleted, with ids
and server-set fields in the vendor's own formats. Every response is checked against the spec
with an independent validator (and by the engine itself, see conftest)."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from tests.mocks.conftest import ClientFactory
from tests.mocks.support import SpecCheck

WEALTHBOX_TIME = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2} (AM|PM) [+-]\d{4}$")


def test_kanbert_contact_lifecycle(
    mock: ClientFactory, spec_check: Callable[[str], SpecCheck]
) -> None:
    kanbert, check = mock("kanbert"), spec_check("kanbert")
    created = kanbert.post(
        "/contacts",
        json={"first_name": "Ada", "email": "ada@example.com", "birthday": "1815-12-10T09:00:00Z"},
    )
    assert created.status_code == 201
    check.assert_valid("createContact", created)
    contact = created.json()
    uuid.UUID(contact["id"])  # the spec types ids as free strings; the mock uses uuids
    assert contact["created_at"] == contact["updated_at"] == "2024-05-06T07:08:09Z"
    assert contact["deleted_at"] is None
    # A date-time sent as the birthday reads back as the date the read shape declares.
    assert contact["birthday"] == "1815-12-10"
    assert created.headers["location"] == f"https://mock.test/api/v1/contacts/{contact['id']}"

    path = f"/contacts/{contact['id']}"
    fetched = kanbert.get(path)
    check.assert_valid("getContact", fetched)
    assert fetched.json() == contact

    patched = kanbert.patch(path, json={"last_name": "Lovelace", "email": None})
    check.assert_valid("updateContact", patched)
    assert patched.json()["first_name"] == "Ada"  # PATCH merges
    assert patched.json()["last_name"] == "Lovelace"
    assert patched.json()["email"] is None

    listed = kanbert.get("/contacts")
    check.assert_valid("listContacts", listed)
    assert [item["id"] for item in listed.json()["data"]] == [contact["id"]]

    deleted = kanbert.delete(path)
    check.assert_valid("deleteContact", deleted)
    assert deleted.json() == {"message": "Contact deleted successfully"}
    assert kanbert.get(path).status_code == 404


def test_pylon_contact_lifecycle(
    mock: ClientFactory, spec_check: Callable[[str], SpecCheck]
) -> None:
    pylon, check = mock("pylon"), spec_check("pylon")
    created = pylon.post("/contacts", json={"name": "Ada Lovelace", "email": "ada@example.com"})
    assert created.status_code == 200  # Pylon answers a create with 200
    check.assert_valid("createContact", created)
    contact = created.json()["data"]
    assert uuid.UUID(contact["id"]).version == 4
    assert (
        created.json()["request_id"] != pylon.get(f"/contacts/{contact['id']}").json()["request_id"]
    )

    updated = pylon.patch(f"/contacts/{contact['id']}", json={"name": "Ada King"})
    check.assert_valid("updateContact", updated)
    assert updated.json()["data"]["name"] == "Ada King"
    assert updated.json()["data"]["email"] == "ada@example.com"

    deleted = pylon.delete(f"/contacts/{contact['id']}")
    check.assert_valid("deleteContact", deleted)
    assert set(deleted.json()) == {"request_id"}
    assert pylon.get(f"/contacts/{contact['id']}").status_code == 404
    assert pylon.delete(f"/contacts/{contact['id']}").status_code == 404


def test_repzo_client_contact_lifecycle(
    mock: ClientFactory, spec_check: Callable[[str], SpecCheck]
) -> None:
    repzo, check = mock("repzo"), spec_check("repzo")
    created = repzo.post("/client-contact", json={"name": "Ada", "email": "ada@example.com"})
    assert created.status_code == 201
    check.assert_valid("createClientContact", created)
    body = created.json()
    assert body["success"] is True
    contact = body["data"]
    assert re.fullmatch(r"[0-9a-f]{24}", contact["_id"])
    assert contact["createdAt"] == "2024-05-06T07:08:09.000Z"  # the style of Repzo's examples
    assert contact["__v"] == 0

    path = f"/client-contact/{contact['_id']}"
    # PUT merges: the update body declares no required field, and the read-only fields a
    # client sends back ("for internal use") do not change the record's id.
    updated = repzo.put(path, json={"title": "Countess", "_id": "60f1b2b3c9e9a12345678901"})
    check.assert_valid("updateClientContact", updated)
    assert updated.json()["data"]["_id"] == contact["_id"]
    assert updated.json()["data"]["name"] == "Ada"
    assert updated.json()["data"]["title"] == "Countess"

    deleted = repzo.delete(path)
    check.assert_valid("deleteClientContact", deleted)
    assert repzo.get(path).status_code == 404


def test_a_created_record_is_stamped_from_one_clock_reading(mock: ClientFactory) -> None:
    # A clock that moves a millisecond at every reading, as a busy machine's does between two
    # reads: the created and updated times of a new record still agree (one write, one time).
    ticks = iter(range(10_000))

    def ticking() -> datetime:
        return datetime(2024, 5, 6, tzinfo=UTC) + timedelta(milliseconds=next(ticks))

    repzo = mock("repzo", clock=ticking)
    contact = repzo.post("/client-contact", json={"name": "Ada"}).json()["data"]
    assert contact["createdAt"] == contact["updatedAt"]
    assert contact["createdAt"] != "2024-05-06T00:00:00.000Z"  # the clock did move before


def test_kinbox_create_answers_the_full_contact(
    mock: ClientFactory, spec_check: Callable[[str], SpecCheck]
) -> None:
    created = mock("kinbox").post(
        "/contacts", json={"customFields": {"cpf": "060.715.303-54"}, "name": "João"}
    )
    assert created.status_code == 201
    spec_check("kinbox").assert_valid("createContact", created)
    contact = created.json()
    # Custom fields are written as values and read back as {"value": ...} (the documented shape).
    assert contact["customFields"] == {"cpf": {"value": "060.715.303-54"}}
    assert contact["newContact"] is True


def test_wealthbox_contact_lifecycle(
    mock: ClientFactory, spec_check: Callable[[str], SpecCheck]
) -> None:
    wealthbox, check = mock("wealthbox"), spec_check("wealthbox")
    created = wealthbox.post(
        "/v1/contacts", json={"first_name": "Kevin", "last_name": "Anderson", "tags": ["Clients"]}
    )
    assert created.status_code == 200
    check.assert_valid("createContact", created)
    contact = created.json()
    assert contact["id"] == 1 and isinstance(contact["id"], int)
    assert WEALTHBOX_TIME.match(contact["created_at"]), contact["created_at"]
    # Tags are written as names and read back as objects.
    assert [tag["name"] for tag in contact["tags"]] == ["Clients"]
    assert isinstance(contact["tags"][0]["id"], int)

    second = wealthbox.post("/v1/contacts", json={"first_name": "Grace", "last_name": "Hopper"})
    assert second.json()["id"] == 2

    updated = wealthbox.put("/v1/contacts/1", json={"nickname": "Kev"})
    check.assert_valid("updateContact", updated)
    assert updated.json()["first_name"] == "Kevin"  # ContactUpdate requires nothing: PUT merges
    assert updated.json()["nickname"] == "Kev"

    deleted = wealthbox.delete("/v1/contacts/1")
    check.assert_valid("deleteContact", deleted)
    assert deleted.json()["id"] == 1  # Wealthbox answers a delete with the deleted contact
    assert wealthbox.get("/v1/contacts/1").status_code == 404


def test_wealthbox_task_put_changes_only_what_it_sends(mock: ClientFactory) -> None:
    wealthbox = mock("wealthbox")
    task = {
        "name": "Call",
        "due_date": "2024-05-07 10:00 AM -0400",
        "description": "about the fees",
    }
    created = wealthbox.post("/v1/tasks", json=task).json()
    # TaskUpdate requires nothing (wealthbox-cli sends partial PUTs), so PUT merges.
    updated = wealthbox.put(f"/v1/tasks/{created['id']}", json={"name": "Call back"})
    assert updated.status_code == 200
    assert updated.json()["name"] == "Call back"
    assert updated.json()["description"] == "about the fees"
    assert updated.json()["due_date"] == task["due_date"]
    assert updated.json()["created_at"] == created["created_at"]  # server fields survive


def test_read_only_collections_start_with_the_documented_examples(mock: ClientFactory) -> None:
    wealthbox = mock("wealthbox")
    users = wealthbox.get("/v1/users").json()["users"]
    assert users and users[0]["email"] == "bill@example.com"
    template = wealthbox.get("/v1/workflow_templates").json()["workflow_templates"][0]
    assert (
        wealthbox.get(f"/v1/workflow_templates/{template['id']}").json()["name"] == template["name"]
    )
    assert wealthbox.get("/v1/me").json()["current_user"]["id"] == 1
