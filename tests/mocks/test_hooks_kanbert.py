"""Kanbert hooks: external ids with origin, soft delete and restore, companies, webhooks."""

from __future__ import annotations

import json
from typing import Any

import httpx

from mocks.hooks.kanbert import INTEGRATION_SLUG
from mocks.webhooks import WebhookSender
from tests.mocks.conftest import ClientFactory
from tests.mocks.support import SpecCheck


def test_a_contact_is_found_by_external_id_and_origin(mock: ClientFactory) -> None:
    kanbert = mock("kanbert")
    mine = kanbert.post("/contacts", json={"first_name": "Ada", "external_id": "crm-1"}).json()
    theirs = kanbert.post(
        "/contacts", json={"first_name": "Bob", "external_id": "crm-1", "external_origin": "other"}
    ).json()
    assert mine["external_origin"] == INTEGRATION_SLUG  # "if not set, the integration's slug"

    by_default_origin = kanbert.get("/contacts/crm-1", params={"find_by": "external_id"})
    assert by_default_origin.json()["id"] == mine["id"]
    by_origin = kanbert.get("/contacts/crm-1", params={"find_by": "external_id", "origin": "other"})
    assert by_origin.json()["id"] == theirs["id"]
    assert (
        kanbert.get(
            "/contacts/crm-1", params={"find_by": "external_id", "origin": "nobody"}
        ).status_code
        == 404
    )
    assert kanbert.get("/contacts/crm-1").status_code == 404  # find_by=id is the default

    patched = kanbert.patch(
        "/contacts/crm-1", params={"find_by": "external_id"}, json={"last_name": "Lovelace"}
    )
    assert patched.json()["id"] == mine["id"] and patched.json()["last_name"] == "Lovelace"


def test_the_external_identifier_can_be_overwritten(mock: ClientFactory) -> None:
    kanbert = mock("kanbert")
    contact = kanbert.post("/contacts", json={"first_name": "Ada"}).json()
    updated = kanbert.put(
        f"/contacts/{contact['id']}/external-identifier", json={"external_id": "crm-9"}
    )
    assert updated.json()["external_id"] == "crm-9"
    assert updated.json()["external_origin"] == INTEGRATION_SLUG
    assert (
        kanbert.get("/contacts/crm-9", params={"find_by": "external_id"}).json()["id"]
        == contact["id"]
    )


def test_delete_is_soft_and_restore_brings_the_contact_back(
    mock: ClientFactory, spec_check: Any
) -> None:
    kanbert = mock("kanbert")
    check: SpecCheck = spec_check("kanbert")
    contact = kanbert.post("/contacts", json={"first_name": "Ada"}).json()
    path = f"/contacts/{contact['id']}"
    assert kanbert.delete(path).status_code == 200
    assert kanbert.get(path).status_code == 404
    assert kanbert.delete(path).status_code == 404
    assert kanbert.get("/contacts").json()["data"] == []
    trashed = kanbert.get("/contacts", params={"filter": "archived eq only"}).json()["data"]
    assert [c["id"] for c in trashed] == [contact["id"]]
    assert trashed[0]["deleted_at"] == "2024-05-06T07:08:09Z"
    assert (
        len(kanbert.get("/contacts", params={"filter": "archived eq 'with'"}).json()["data"]) == 1
    )

    restored = kanbert.post(f"{path}/restore")
    check.assert_valid("restoreContact", restored)
    assert restored.json()["deleted_at"] is None
    assert kanbert.get(path).status_code == 200
    assert kanbert.post(f"{path}/restore").status_code == 200  # restoring a live contact: no-op
    assert kanbert.post("/contacts/unknown/restore").status_code == 404


def test_companies_are_attached_detached_and_shown_only_when_included(mock: ClientFactory) -> None:
    kanbert = mock("kanbert")
    contact = kanbert.post("/contacts", json={"first_name": "Ada"}).json()
    path = f"/contacts/{contact['id']}"
    attached = kanbert.put(f"{path}/company/attach", json={"company_id": "c-1", "position": "CTO"})
    assert attached.json() == {"message": "Contact successfully associated with company"}
    kanbert.put(f"{path}/company/attach", json={"company_id": "c-2"})
    kanbert.put(
        f"{path}/company/attach", json={"company_id": "c-1", "position": "CEO"}
    )  # re-attach updates

    assert "companies" not in kanbert.get(path).json()
    companies = kanbert.get(path, params={"include": "companies"}).json()["companies"]
    assert companies == [
        {"id": "c-2", "contact_company": {"position": None}},
        {"id": "c-1", "contact_company": {"position": "CEO"}},
    ]
    listed = kanbert.get("/contacts", params={"include": "companies"}).json()["data"][0]
    assert [c["id"] for c in listed["companies"]] == ["c-2", "c-1"]

    detached = kanbert.put(f"{path}/company/detach", json={"company_id": "c-2"})
    assert detached.json() == {"message": "Contact successfully detached from company"}
    assert [
        c["id"] for c in kanbert.get(path, params={"include": "companies"}).json()["companies"]
    ] == ["c-1"]
    assert (
        kanbert.put("/contacts/nobody/company/attach", json={"company_id": "c-1"}).status_code
        == 404
    )


def test_webhooks_are_delivered_for_create_update_and_delete(
    mock: ClientFactory, spec_check: Any
) -> None:
    received: list[dict[str, Any]] = []

    def receiver(request: httpx.Request) -> httpx.Response:
        received.append(json.loads(request.content))
        # The first delivery is refused once: Kanbert tries again (2 more times).
        return httpx.Response(500 if len(received) == 1 else 200)

    kanbert = mock("kanbert")
    kanbert.engine.webhooks = WebhookSender(
        "https://hooks.example/kanbert", transport=httpx.MockTransport(receiver), sleep=_no_wait
    )
    contact = kanbert.post("/contacts", json={"first_name": "Ada"}).json()
    kanbert.patch(f"/contacts/{contact['id']}", json={"last_name": "Lovelace"})
    kanbert.delete(f"/contacts/{contact['id']}")
    kanbert.run(kanbert.engine.webhooks.drain())

    events = [payload["event"] for payload in kanbert.engine.webhooks.delivered]
    assert events == ["contact:create", "contact:update", "contact:delete"]
    assert len(received) == 4  # one retry
    check: SpecCheck = spec_check("kanbert")
    for payload in kanbert.engine.webhooks.delivered:
        assert payload["resource"] == {"type": "contact", "id": contact["id"]}
        assert check.errors_at("#/components/schemas/ContactWebhookEvent", payload) == []
    assert kanbert.engine.webhooks.delivered[-1]["data"]["deleted_at"] is not None


async def _no_wait(seconds: float) -> None:
    return None
