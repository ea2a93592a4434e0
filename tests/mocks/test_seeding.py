"""`seed=N`: realistic, varied, valid records in every top-level collection, reproducibly."""

from __future__ import annotations

import asyncio
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from mocks import create_app
from mocks.calls import Reply
from mocks.hooks import HookContext, HookRegistry, kanbert
from tests.mocks.conftest import ClientFactory
from tests.mocks.support import MockClient, SpecCheck


def test_each_top_level_collection_gets_n_records(mock: ClientFactory) -> None:
    wealthbox = mock("wealthbox", seed=4)
    for key in ("contacts", "tasks", "events", "opportunities", "projects", "notes", "workflows"):
        path = f"/v1/{key}"
        records = wealthbox.get(path).json()[key]
        if key == "contacts":
            # Each seeded person joins the household its documented example names, and a
            # household is itself a contact of type Household (mocks/hooks/wealthbox.py).
            households = {r["household"]["id"] for r in records if r.get("household")}
            assert households
            assert all(r["type"] == "Household" for r in records if r["id"] in households)
            records = [r for r in records if r["id"] not in households]
            assert len(records) == 4, path
            continue
        if key == "tasks":
            # A task list holds open tasks unless `completed=true` asks for the completed ones
            # (specs/wealthbox.yaml, listTasks); seeded tasks are of both kinds.
            records += wealthbox.get(path, params={"completed": "true"}).json()[key]
            records.sort(key=lambda record: record["id"])
        assert len(records) == 4, path
        assert [record["id"] for record in records] == [1, 2, 3, 4]


def test_seeded_records_vary_and_look_real(mock: ClientFactory) -> None:
    contacts = mock("kanbert", seed=10).get("/contacts").json()["data"]
    assert len({(c["first_name"], c["last_name"]) for c in contacts}) > 3
    assert len({c["email"] for c in contacts}) == 10
    assert all(re.fullmatch(r"[a-z.\-]+\d+@example\.com", c["email"]) for c in contacts)
    # The documented placeholders ("string") are replaced by readable values.
    assert all(c["title"] != "string" for c in contacts)


def test_seeding_is_reproducible_with_the_same_random_seed(mock: ClientFactory) -> None:
    def names(seed_random: int) -> list[str]:
        contacts = mock("pylon", seed=5, seed_random=seed_random).get("/contacts").json()["data"]
        return [c["name"] for c in contacts]

    assert names(11) == names(11)
    assert names(11) != names(12)


def test_an_existing_database_is_not_seeded_again(mock: ClientFactory, tmp_path: Path) -> None:
    db = str(tmp_path / "repzo.db")
    first = mock("repzo", db=db, seed=3)
    assert first.get("/client-contact").json()["pagination"]["total"] == 3
    first.engine.store.close()
    assert mock("repzo", db=db, seed=3).get("/client-contact").json()["pagination"]["total"] == 3


def test_seed_zero_creates_nothing(mock: ClientFactory) -> None:
    assert mock("repzo").get("/client-contact").json()["data"] == []


def test_pylon_seeded_contacts_fill_every_field_the_contact_declares(
    mock: ClientFactory, spec_check: Callable[[str], SpecCheck]
) -> None:
    pylon = mock("pylon", seed=5)
    page = pylon.get("/contacts")
    spec_check("pylon").assert_valid("listContacts", page)
    api = pylon.engine.api
    declared = set(api.schemas.object_view(api.collections["/contacts"].record).properties)
    contacts = page.json()["data"]
    assert len(contacts) == 5
    for contact in contacts:
        assert set(contact) == declared, declared - set(contact)


def test_pylon_seeded_values_belong_to_the_contact_they_describe(mock: ClientFactory) -> None:
    contacts = mock("pylon", seed=8).get("/contacts").json()["data"]
    for contact in contacts:
        first = contact["name"].split(" ")[0]
        # The address is made from the name: ASCII, lowercase, words joined by dots
        # ("Katherine Spärck Jones" -> katherine.sparck.jones3@example.com).
        plain = unicodedata.normalize("NFKD", contact["name"]).encode("ascii", "ignore").decode()
        handle = re.sub(r"[^a-z0-9]+", ".", plain.lower()).strip(".")
        assert re.fullmatch(rf"{re.escape(handle)}\d+@example\.com", contact["email"])
        assert contact["emails"] == [contact["email"]]  # the create hook's email -> emails
        assert contact["primary_phone_number"] in contact["phone_numbers"]
        assert all(re.fullmatch(r"[0-9]{1,15}", phone) for phone in contact["phone_numbers"])
        assert contact["avatar_url"].endswith(f"/{first.lower()}.png")  # was Ada's ada.png
        # Written as `account_id` and `custom_fields: [{slug, value}]`, read back as the spec's
        # read shape, as a client's create would be.
        assert set(contact["account"]) == {"id"}
        assert set(contact["custom_fields"]) == {"job_title", "languages"}
        assert contact["custom_fields"]["job_title"]["slug"] == "job_title"
    # Per-person documented values are redrawn, shared ones (the account) are kept.
    assert len({c["integration_user_ids"][0]["id"] for c in contacts}) == len(contacts)
    assert len({c["phone_numbers"][0] for c in contacts}) == len(contacts)
    assert len({c["account"]["id"] for c in contacts}) == 1


def test_fields_documented_as_alternatives_are_not_filled_side_by_side(
    mock: ClientFactory,
) -> None:
    # Wealthbox documents a task assigned to a user and the same task assigned to a team.
    tasks = mock("wealthbox", seed=6).get("/v1/tasks").json()["tasks"]
    assert all(("assigned_to" in t) != ("assigned_to_team" in t) for t in tasks), tasks
    # Fields the create leaves out but the documented task shows are completed.
    assert all(t["creator"] == 1 and "description_html" in t for t in tasks)


def test_documented_placeholders_are_not_copied_into_records(mock: ClientFactory) -> None:
    # Kanbert documents `contact_company: {"position": "string"}`: a shape, not data (and
    # only shown for a contact loaded through a company).
    contacts = mock("kanbert", seed=4).get("/contacts").json()["data"]
    assert all("contact_company" not in contact for contact in contacts)


def test_seeding_emits_no_events(monkeypatch: pytest.MonkeyPatch) -> None:
    events: list[str] = []
    registry = HookRegistry(policy=kanbert.hooks.policy)
    for operation_id in kanbert.hooks.operation_ids:
        hook = kanbert.hooks.get(operation_id)
        assert hook is not None
        registry.operation(operation_id)(hook)
    registry.on_event(lambda event, collection, record, engine: events.append(event))
    monkeypatch.setattr("mocks.app.load_hooks", lambda api: registry)
    client = MockClient(create_app("kanbert", seed=3, rate_limit=False), "kanbert")
    try:
        assert len(client.get("/contacts").json()["data"]) == 3
        assert events == []  # nobody created those: no webhook either
        client.post("/contacts", json={"first_name": "Ada"})
        assert events == ["created"]
    finally:
        client.close()


def registry_with_create(hook: Any) -> HookRegistry:
    registry = HookRegistry()
    registry.operation("createClientContact")(hook)
    return registry


def test_a_create_the_hook_refuses_is_still_seeded_generically(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    async def refuse(ctx: HookContext) -> Reply:
        return ctx.error(422, "no")

    monkeypatch.setattr("mocks.app.load_hooks", lambda api: registry_with_create(refuse))
    app = create_app("repzo", seed=3, rate_limit=False)
    assert app.state.engine.store.count("/client-contact") == 3


def test_a_create_hook_that_waits_for_io_fails_seeding_loudly(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    async def wait(ctx: HookContext) -> Reply:
        await asyncio.sleep(0)
        return await ctx.default()

    monkeypatch.setattr("mocks.app.load_hooks", lambda api: registry_with_create(wait))
    with pytest.raises(RuntimeError, match="waited for I/O while seeding"):
        create_app("repzo", seed=1, rate_limit=False)


def test_repzo_seeded_contacts_are_made_by_the_documented_admin_not_by_themselves(
    mock: ClientFactory,
) -> None:
    # The documented create body names its creator and editor ("Admin User"); varying the
    # example person into a new contact must not rename that admin after the contact.
    contacts = mock("repzo", seed=4).get("/client-contact").json()["data"]
    assert len({contact["name"] for contact in contacts}) == 4
    for contact in contacts:
        for who in ("creator", "editor"):
            assert contact[who]["name"] == "Admin User"
            assert contact[who]["username"] == "admin_user"
            assert contact[who]["name"] != contact["name"]
