"""The Pylon, Repzo, Wealthbox and Kinbox hooks, and the hook registry itself."""

from __future__ import annotations

from typing import Any

import pytest

from mocks.hooks import HookContext, HookRegistry, Reply, load_hooks
from tests.mocks.conftest import ClientFactory

# ---------------------------------------------------------------------- registry


def test_an_api_without_a_hook_module_gets_an_empty_registry() -> None:
    assert load_hooks("no_such_vendor").operation_ids == frozenset()


def test_every_hook_names_an_operation_of_its_spec(mock: ClientFactory) -> None:
    for api in ("kanbert", "kinbox", "pylon", "repzo", "wealthbox"):
        declared = {op.operation_id for op in mock(api).engine.api.operations}
        assert load_hooks(api).operation_ids <= declared, api


def test_an_operation_takes_one_hook_only() -> None:
    registry = HookRegistry()

    async def hook(ctx: HookContext) -> Reply:
        return ctx.reply({})

    registry.operation("getContact")(hook)
    with pytest.raises(ValueError, match="already registered"):
        registry.operation("getContact")(hook)


# ---------------------------------------------------------------------- pylon


def test_pylon_maps_write_fields_onto_the_contact_it_reads_back(mock: ClientFactory) -> None:
    pylon = mock("pylon")
    fields = [{"slug": "job_title", "value": "Engineer"}, {"slug": "langs", "values": ["en", "fr"]}]
    created = pylon.post("/contacts", json={
        "name": "Ada", "email": "ada@example.com", "account_id": "acct-1",
        "phone_numbers": ["14155550123", "442079460000"], "custom_fields": fields,
    }).json()["data"]  # fmt: skip
    assert created["emails"] == ["ada@example.com"]
    assert created["account"] == {"id": "acct-1"}
    assert created["primary_phone_number"] == "14155550123"
    assert created["portal_role"] == "no_access"
    assert created["custom_fields"]["langs"] == {"slug": "langs", "values": ["en", "fr"]}

    emails = [{"email": "ada@example.com"}, {"email": "countess@example.org", "is_primary": True}]
    updated = pylon.patch(f"/contacts/{created['id']}", json={
        "emails": emails,
        "custom_fields": [{"slug": "job_title"}],
        "account_external_id": "acct-ext-9",
    }).json()["data"]  # fmt: skip
    assert updated["email"] == "countess@example.org"
    assert updated["emails"] == ["ada@example.com", "countess@example.org"]
    assert "job_title" not in updated["custom_fields"]  # neither value nor values: unset
    assert updated["account"]["external_ids"] == [{"external_id": "acct-ext-9"}]


def test_pylon_update_merges_custom_fields_by_slug(mock: ClientFactory) -> None:
    # usepylon 0.1.0a4 types/custom_field_value.py: fields not listed are left unchanged.
    pylon = mock("pylon")
    fields = [
        {"slug": "job_title", "value": "Engineer"},
        {"slug": "langs", "values": ["en", "fr"]},
        {"slug": "tier", "value": "gold"},
    ]
    created = pylon.post("/contacts", json={"name": "Ada", "custom_fields": fields}).json()["data"]
    patch = {"custom_fields": [{"slug": "tier", "value": "platinum"}]}
    updated = pylon.patch(f"/contacts/{created['id']}", json=patch).json()["data"]
    expected = {
        "job_title": {"slug": "job_title", "value": "Engineer"},
        "langs": {"slug": "langs", "values": ["en", "fr"]},
        "tier": {"slug": "tier", "value": "platinum"},
    }
    assert updated["custom_fields"] == expected
    assert pylon.get(f"/contacts/{created['id']}").json()["data"]["custom_fields"] == expected
    renamed = pylon.patch(f"/contacts/{created['id']}", json={"name": "Ada K"}).json()["data"]
    assert renamed["custom_fields"] == expected  # an update without custom_fields keeps them


def test_pylon_contact_carries_what_the_sdk_requires(mock: ClientFactory) -> None:
    # usepylon 0.1.0a4 types/contact.py requires id, name, avatar_url and portal_role.
    pylon = mock("pylon")
    created = pylon.post("/contacts", json={"name": "Bo", "portal_role_id": "r1"}).json()["data"]
    assert created["name"] == "Bo" and created["portal_role_id"] == "r1"
    assert created["avatar_url"].startswith("https://") and created["portal_role"] == "no_access"
    seeded = pylon.get("/contacts", params={"limit": 999}).json()["data"]
    assert seeded, "the mock fixture seeds contacts"
    for contact in seeded:
        assert {"id", "name", "avatar_url", "portal_role"} <= contact.keys()
        for user in contact.get("integration_user_ids") or []:
            assert user["id"] and user["source"]
        if contact.get("account") is not None:
            assert contact["account"]["id"]


def test_pylon_update_email_account_and_external_id_lookup(mock: ClientFactory) -> None:
    pylon = mock("pylon")
    created = pylon.post("/contacts", json={
        "name": "Cy", "email": "cy@example.com", "account_id": "acct-1",
        "external_ids": [{"external_id": "crm-7", "label": "crm"}],
    }).json()["data"]  # fmt: skip
    pylon.patch("/contacts/crm-7", json={"emails": [{"email": "a@x.test"}, {"email": "b@x.test"}]})
    # usepylon contacts/client.py `update`: `email` replaces all emails; "" leaves the account.
    updated = pylon.patch("/contacts/crm-7", json={"email": "only@x.test", "account_id": ""})
    assert updated.status_code == 200, updated.text
    data = updated.json()["data"]
    assert data["id"] == created["id"]
    assert data["emails"] == ["only@x.test"] and data["email"] == "only@x.test"
    assert data["account"] is None
    assert pylon.get("/contacts/crm-7").json()["data"]["id"] == created["id"]
    assert pylon.delete("/contacts/crm-7").status_code == 200
    assert pylon.get(f"/contacts/{created['id']}").status_code == 404


def test_pylon_last_page_has_no_pagination(mock: ClientFactory) -> None:
    # usepylon 0.1.0a4 types/pagination.py: "Absent when there are no more results".
    pylon = mock("pylon")
    for i in range(3):
        pylon.post("/contacts", json={"name": f"c{i}", "email": f"c{i}@page.test"})
    total = len(pylon.get("/contacts", params={"limit": 999}).json()["data"])
    first = pylon.get("/contacts", params={"limit": total - 1}).json()
    assert first["pagination"]["has_next_page"] is True and first["pagination"]["cursor"]
    last = pylon.get(
        "/contacts", params={"limit": total - 1, "cursor": first["pagination"]["cursor"]}
    ).json()
    assert len(last["data"]) == 1 and "pagination" not in last and last["request_id"]
    found = pylon.post("/contacts/search", json={"search_text": "page.test"}).json()
    assert [c["name"] for c in found["data"]] == ["c0", "c1", "c2"] and "pagination" not in found


def test_pylon_search_filters_by_field_operator_and_combination(mock: ClientFactory) -> None:
    pylon = mock("pylon")
    people = [
        ("Ada", "ada@example.com", "a1"),
        ("Bob", "bob@corp.test", "a1"),
        ("Cy", "cy@example.com", "a2"),
    ]
    ids = {}
    for name, email, account in people:
        ids[name] = pylon.post(
            "/contacts", json={"name": name, "email": email, "account_id": account}
        ).json()["data"]["id"]

    def search(condition: dict[str, Any]) -> list[str]:
        response = pylon.post("/contacts/search", json={"filter": condition})
        assert response.status_code == 200, response.text
        return [contact["name"] for contact in response.json()["data"]]

    assert search({"field": "email", "operator": "equals", "value": "bob@corp.test"}) == ["Bob"]
    assert search({"field": "email", "operator": "string_contains", "value": "EXAMPLE"}) == [
        "Ada",
        "Cy",
    ]
    assert search({"field": "account_id", "operator": "in", "values": ["a2"]}) == ["Cy"]
    assert search({"field": "id", "operator": "not_in", "values": [ids["Ada"]]}) == ["Bob", "Cy"]
    assert search({"operator": "and", "subfilters": [
        {"field": "account_id", "operator": "equals", "value": "a1"},
        {"field": "email", "operator": "string_contains", "value": "@example.com"},
    ]}) == ["Ada"]  # fmt: skip
    assert search({"operator": "or", "subfilters": [
        {"field": "id", "operator": "equals", "value": ids["Cy"]},
        {"field": "email", "operator": "equals", "value": "bob@corp.test"},
    ]}) == ["Bob", "Cy"]  # fmt: skip
    # An operator the field does not allow is refused by the schema (documented 400).
    refused = pylon.post(
        "/contacts/search",
        json={"filter": {"field": "id", "operator": "string_contains", "value": "x"}},
    )
    assert refused.status_code == 400


# ---------------------------------------------------------------------- repzo


def test_repzo_list_filters(mock: ClientFactory) -> None:
    repzo = mock("repzo")
    for name, local in [("John Smith", "جون"), ("Jane Doe", "جين"), ("Johnny Cash", "")]:
        repzo.post("/client-contact", json={"name": name, "local_name": local})
    listed = repzo.get("/client-contact").json()["data"]
    ids = [contact["_id"] for contact in listed]

    def names(**params: Any) -> list[str]:
        response = repzo.get("/client-contact", params=params)
        assert response.status_code == 200, response.text
        return [contact["name"] for contact in response.json()["data"]]

    assert names(search="john") == ["John Smith", "Johnny Cash"]
    assert names(search="جين") == ["Jane Doe"]
    assert names(name=["Jane Doe", "john smith"]) == ["John Smith", "Jane Doe"]
    assert names(_id=[ids[0], ids[2]]) == ["John Smith", "Johnny Cash"]
    assert names(from__id=ids[0]) == ["Jane Doe", "Johnny Cash"]
    assert names(to__id=ids[2]) == ["John Smith", "Jane Doe"]
    updated_at = 1714979289  # the pinned clock, 2024-05-06T07:08:09Z, in seconds...
    assert names(from_updatedAt=updated_at - 1) == ["John Smith", "Jane Doe", "Johnny Cash"]
    assert names(to_updatedAt=updated_at * 1000 - 1) == []  # ...and in milliseconds


# ---------------------------------------------------------------------- wealthbox


def test_wealthbox_contact_filters(mock: ClientFactory) -> None:
    wealthbox = mock("wealthbox")
    wealthbox.post("/v1/contacts", json={
        "first_name": "Kevin", "last_name": "Anderson", "type": "Person", "status": "Active",
        "email_addresses": [{"address": "kevin@example.com"}],
        "phone_numbers": [{"address": "(555) 123-4567"}],
        "tags": ["Clients"], "contact_type": "Client",
    })  # fmt: skip
    wealthbox.post(
        "/v1/contacts",
        json={
            "first_name": "Ann",
            "last_name": "Trust",
            "type": "Trust",
            "status": "Inactive",
            "tags": ["Vendors"],
        },
    )

    def names(query: str) -> list[str]:
        response = wealthbox.get(f"/v1/contacts?{query}")
        assert response.status_code == 200, response.text
        return [contact["first_name"] for contact in response.json()["contacts"]]

    assert names("email=KEVIN@example.com") == ["Kevin"]
    assert names("phone=555-123-4567") == ["Kevin"]
    assert names("name=ders") == ["Kevin"]
    assert names("type=trust") == ["Ann"]
    assert names("active=false") == ["Ann"]
    assert names("contactType=client") == ["Kevin"]
    assert names("tags[]=Vendors&tags[]=Nobody") == ["Ann"]
    assert names("id=2") == ["Ann"]


def test_wealthbox_lists_deleted_contacts_as_stubs(mock: ClientFactory) -> None:
    wealthbox = mock("wealthbox")
    wealthbox.post("/v1/contacts", json={"first_name": "Kevin", "last_name": "Anderson"})
    wealthbox.delete("/v1/contacts/1")
    deleted = wealthbox.get("/v1/contacts?deleted=true").json()["contacts"]
    assert deleted == [{"id": 1, "deleted_at": "2024-05-06 07:08 AM +0000"}]
    assert wealthbox.get("/v1/contacts").json()["contacts"] == []


def test_wealthbox_household_name_reads_back_as_written_even_empty(mock: ClientFactory) -> None:
    wealthbox = mock("wealthbox")
    contact = wealthbox.post("/v1/contacts", json={
        "first_name": "Kim", "household": {"name": "", "title": "Head"}}).json()
    read = wealthbox.get(f"/v1/contacts/{contact['id']}").json()
    assert read["household"]["name"] == ""
    household = wealthbox.get(f"/v1/contacts/{read['household']['id']}").json()
    assert (household["type"], household["name"]) == ("Household", "")


def test_wealthbox_households_keep_members_and_contacts_in_step(mock: ClientFactory) -> None:
    wealthbox = mock("wealthbox")
    head = wealthbox.post(
        "/v1/contacts",
        json={
            "first_name": "Kevin",
            "last_name": "Anderson",
            "household": {"name": "The Andersons", "title": "Head"},
        },
    ).json()
    household_id = head["household"]["id"]
    # A household is a contact of type Household, with the name the member was created with.
    household = wealthbox.get(f"/v1/contacts/{household_id}").json()
    assert (household["type"], household["name"]) == ("Household", "The Andersons")
    assert head["household"]["members"] == [
        {
            "id": head["id"],
            "type": "Person",
            "title": "Head",
            "first_name": "Kevin",
            "last_name": "Anderson",
        }
    ]
    spouse = wealthbox.post(
        "/v1/contacts", json={"first_name": "Ann", "last_name": "Anderson"}
    ).json()

    added = wealthbox.post(
        f"/v1/households/{household_id}/members", json={"id": spouse["id"], "title": "Spouse"}
    )
    assert added.status_code == 200
    assert [(m["id"], m["title"]) for m in added.json()["members"]] == [
        (head["id"], "Head"),
        (spouse["id"], "Spouse"),
    ]
    assert wealthbox.get(f"/v1/contacts/{spouse['id']}").json()["household"]["title"] == "Spouse"
    assert len(wealthbox.get(f"/v1/contacts/{head['id']}").json()["household"]["members"]) == 2

    removed = wealthbox.delete(f"/v1/households/{household_id}/members/{spouse['id']}")
    assert [m["id"] for m in removed.json()["members"]] == [head["id"]]
    assert "household" not in wealthbox.get(f"/v1/contacts/{spouse['id']}").json()
    assert (
        wealthbox.delete(f"/v1/households/{household_id}/members/{spouse['id']}").status_code == 404
    )
    assert (
        wealthbox.post("/v1/households/999/members", json={"id": 1, "title": "Head"}).status_code
        == 404
    )
    # A person is no household: members cannot be added to it.
    assert (
        wealthbox.post(
            f"/v1/households/{spouse['id']}/members", json={"id": head["id"], "title": "Head"}
        ).status_code
        == 404
    )


def test_wealthbox_workflow_steps_complete_and_revert(mock: ClientFactory) -> None:
    wealthbox = mock("wealthbox")
    template = wealthbox.get("/v1/workflow_templates").json()["workflow_templates"][0]
    workflow = wealthbox.post(
        "/v1/workflows", json={"workflow_template": template["id"], "label": "Onboard"}
    ).json()
    assert workflow["workflow_template"]["name"] == template["name"]
    step = workflow["workflow_steps"][0]
    assert step["workflow"] == workflow["id"]

    path = f"/v1/workflows/{workflow['id']}/steps/{step['id']}"
    assert workflow["active_step"]["id"] == step["id"] and workflow["completed_at"] == ""
    completed = wealthbox.put(path, json={"complete": True})
    assert completed.status_code == 200 and completed.json()["completer"] == 1
    assert completed.json()["completed_at"]
    read = wealthbox.get(f"/v1/workflows/{workflow['id']}").json()
    assert read["workflow_steps"][0]["completer"] == 1
    if len(read["workflow_steps"]) == 1:  # the last step done: the workflow is completed
        assert read["completed_at"] == completed.json()["completed_at"]
        assert read["active_step"]["id"] == step["id"]  # kept, as the live API does
        listed = wealthbox.get("/v1/workflows?status=completed").json()["workflows"]
        assert [w["id"] for w in listed] == [workflow["id"]]
    reverted = wealthbox.put(path, json={"revert": True})
    # wealthbox-cli's workflows.md: a revert clears completed_at and the completer.
    assert reverted.json()["completer"] is None and reverted.json()["completed_at"] == ""
    assert wealthbox.get(f"/v1/workflows/{workflow['id']}").json()["completed_at"] == ""
    assert (
        wealthbox.put(
            f"/v1/workflows/{workflow['id']}/steps/999", json={"revert": True}
        ).status_code
        == 404
    )


def test_wealthbox_tasks_filter_by_completion_and_linked_resource(mock: ClientFactory) -> None:
    wealthbox = mock("wealthbox")
    due = "2024-05-07 10:00 AM -0400"
    wealthbox.post(
        "/v1/tasks",
        json={
            "name": "a",
            "due_date": due,
            "complete": True,
            "linked_to": [{"id": 5, "type": "Contact"}],
        },
    )
    wealthbox.post(
        "/v1/tasks",
        json={"name": "b", "due_date": due, "linked_to": [{"id": 6, "type": "Project"}]},
    )
    assert [t["name"] for t in wealthbox.get("/v1/tasks?completed=true").json()["tasks"]] == ["a"]
    assert [
        t["name"]
        for t in wealthbox.get("/v1/tasks?resource_id=6&resource_type=project").json()["tasks"]
    ] == ["b"]
