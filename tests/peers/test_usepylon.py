"""Pylon's own Python SDK, usepylon 0.1.0a4, against our Pylon mock.

Every contacts operation the SDK offers (`client.contacts.list / create / get / update / delete /
search`, on `Pylon` and on `AsyncPylon`) is driven through the SDK's public API, with the SDK's
own pager for lists and searches. Each usage must succeed, parse into the SDK's pydantic models
(`usepylon.types`), and round-trip: what the test sent is read back through our own raw HTTP
client (`ServedMock.http()`), and the SDK's parsed model equals what the mock stores.

The SDK takes `base_url=` and `token=` (usepylon/client.py, `Pylon.__init__`) and sends
`Authorization: Bearer <token>`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from usepylon import AsyncPylon, Pylon
from usepylon.errors import BadRequestError, NotFoundError
from usepylon.types import (
    Contact,
    CreateContactResponseBody,
    CustomFieldValue,
    DeleteContactResponseBody,
    ExternalId,
    Filter,
    GetContactResponseBody,
    GetContactsResponseBody,
    SearchContactsResponseBody,
    UpdateContactEmail,
    UpdateContactResponseBody,
)

from tests.peers.conftest import MockFactory, ServedMock

SEEDED = 23  # contacts the mock is seeded with in these tests (a prime: pages never divide it)


@pytest.fixture
def pylon(served_mock: MockFactory) -> ServedMock:
    return served_mock("pylon", seed=SEEDED)


def sdk(mock: ServedMock) -> Pylon:
    return Pylon(base_url=mock.base_url, token=mock.token, max_retries=0)


def async_sdk(mock: ServedMock) -> AsyncPylon:
    return AsyncPylon(base_url=mock.base_url, token=mock.token, max_retries=0)


# ------------------------------------------------------------------ reading back, raw


def stored(mock: ServedMock, contact_id: str) -> dict[str, Any]:
    """The contact as the mock serves it to our own raw client."""
    response = mock.http().get(f"/contacts/{contact_id}")
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json()["data"]
    return data


def stored_all(mock: ServedMock) -> list[dict[str, Any]]:
    """Every contact, in list order, through our raw client (one page: 999 is the maximum)."""
    response = mock.http().get("/contacts", params={"limit": 999})
    assert response.status_code == 200, response.text
    body = response.json()
    assert "pagination" not in body, "all contacts fit on one page of 999"
    data: list[dict[str, Any]] = body["data"]
    return data


def stored_status(mock: ServedMock, contact_id: str) -> int:
    return mock.http().get(f"/contacts/{contact_id}").status_code


def as_stored(contact: Contact) -> dict[str, Any]:
    """The SDK model back as JSON (the SDK's own `dict()`: by alias, unset fields left out)."""
    return contact.dict()


def ids(contacts: Iterator[Contact] | list[Contact]) -> list[str]:
    return [contact.id for contact in contacts]


def search_ids(client: Pylon, **kwargs: Any) -> set[str]:
    found = ids(list(client.contacts.search(**kwargs)))
    assert len(found) == len(set(found)), "a search returned a contact twice"
    return set(found)


# ------------------------------------------------------------------ list


def test_list_pages_through_every_seeded_contact_with_the_sdk_pager(pylon: ServedMock) -> None:
    pager = sdk(pylon).contacts.list(limit=5)
    pages = list(pager.iter_pages())
    assert [len(page.items or []) for page in pages] == [5, 5, 5, 5, 3]
    for page in pages[:-1]:
        assert isinstance(page.response, GetContactsResponseBody)
        assert page.response.pagination is not None
        assert page.response.pagination.has_next_page is True
        assert page.response.pagination.cursor
    assert pages[-1].response.pagination is None and pages[-1].has_next is False
    listed = [contact for page in pages for contact in page.items or []]
    assert all(isinstance(contact, Contact) for contact in listed)
    assert len(set(ids(listed))) == SEEDED == len(listed)
    assert [as_stored(contact) for contact in listed] == stored_all(pylon)


def test_list_iterates_items_across_pages(pylon: ServedMock) -> None:
    listed = list(sdk(pylon).contacts.list(limit=7))
    assert ids(listed) == [record["id"] for record in stored_all(pylon)]


def test_list_without_parameters_is_one_default_page(pylon: ServedMock) -> None:
    pager = sdk(pylon).contacts.list()
    # The default page size is 100 (seed and SDK), more than the 23 seeded contacts.
    assert len(pager.items or []) == SEEDED
    assert pager.has_next is False and pager.response.pagination is None
    assert pager.response.request_id


def test_list_with_an_explicit_cursor_resumes_after_the_first_page(pylon: ServedMock) -> None:
    client = sdk(pylon)
    first = client.contacts.list(limit=4)
    assert first.response.pagination is not None
    resumed = client.contacts.list(cursor=first.response.pagination.cursor, limit=4)
    everyone = [record["id"] for record in stored_all(pylon)]
    assert ids(first.items or []) == everyone[:4]
    assert ids(resumed.items or []) == everyone[4:8]


# ------------------------------------------------------------------ get


def test_get_parses_a_seeded_contact_as_the_mock_stores_it(pylon: ServedMock) -> None:
    record = stored_all(pylon)[3]
    got = sdk(pylon).contacts.get(record["id"])
    assert isinstance(got, GetContactResponseBody) and isinstance(got.data, Contact)
    assert got.request_id
    assert as_stored(got.data) == record
    # What the SDK types as required on a contact is there, with real values.
    assert got.data.name and got.data.avatar_url.startswith("https://") and got.data.portal_role


def test_get_by_external_id(pylon: ServedMock) -> None:
    client = sdk(pylon)
    created = client.contacts.create(
        name="Edsger Dijkstra", external_ids=[ExternalId(external_id="crm-1930", label="crm")]
    )
    got = client.contacts.get("crm-1930")
    assert got.data.id == created.data.id
    assert as_stored(got.data) == stored(pylon, created.data.id)


# ------------------------------------------------------------------ create


def test_create_with_only_a_name_fills_what_the_sdk_requires(pylon: ServedMock) -> None:
    created = sdk(pylon).contacts.create(name="Grace Hopper")
    assert isinstance(created, CreateContactResponseBody)
    contact = created.data
    assert contact.name == "Grace Hopper"
    assert contact.portal_role == "no_access"  # the portal default when no role is sent
    assert contact.avatar_url.startswith("https://")
    assert contact.account is None and contact.emails == [] and contact.phone_numbers == []
    assert as_stored(contact) == stored(pylon, contact.id)


def test_create_with_every_documented_field_round_trips(pylon: ServedMock) -> None:
    account_id = stored_all(pylon)[0]["account"]["id"]
    sent: dict[str, Any] = {
        "name": "Barbara Liskov",
        "email": "barbara@peers.test",
        "account_id": account_id,
        "avatar_url": "https://cdn.example.com/avatars/barbara.png",
        "phone_numbers": ["14155550199", "+4365446231"],
        "primary_phone_number": "+4365446231",
        "portal_role": "admin",
        "portal_role_id": "role-7",
    }
    fields = [
        CustomFieldValue(slug="job_title", value="Professor"),
        CustomFieldValue(slug="languages", values=["en", "clu"]),
    ]
    external = [ExternalId(external_id="crm-1939", label="hubspot")]
    created = sdk(pylon).contacts.create(**sent, custom_fields=fields, external_ids=external)
    record = stored(pylon, created.data.id)
    assert as_stored(created.data) == record
    for name in ("name", "email", "avatar_url", "phone_numbers", "primary_phone_number"):
        assert record[name] == sent[name], name
    assert record["portal_role"] == "admin" and record["portal_role_id"] == "role-7"
    assert record["emails"] == ["barbara@peers.test"]
    assert record["account"]["id"] == account_id
    assert record["custom_fields"] == {
        "job_title": {"slug": "job_title", "value": "Professor"},
        "languages": {"slug": "languages", "values": ["en", "clu"]},
    }
    assert record["external_ids"] == [{"external_id": "crm-1939", "label": "hubspot"}]


def test_create_with_an_account_external_id(pylon: ServedMock) -> None:
    created = sdk(pylon).contacts.create(name="Frances Allen", account_external_id="acct-ibm")
    account = stored(pylon, created.data.id)["account"]
    assert {"external_id": "acct-ibm"} in account["external_ids"]
    assert created.data.account is not None and created.data.account.id == account["id"]


def test_create_with_a_custom_portal_role_slug(pylon: ServedMock) -> None:
    # usepylon contacts/client.py `create`: portal_role's known values are "not exhaustive".
    created = sdk(pylon).contacts.create(name="Adele Goldberg", portal_role="billing_viewer")
    assert stored(pylon, created.data.id)["portal_role"] == "billing_viewer"
    assert created.data.portal_role == "billing_viewer"


# ------------------------------------------------------------------ update


def test_update_changes_only_the_fields_sent(pylon: ServedMock) -> None:
    before = stored_all(pylon)[5]
    updated = sdk(pylon).contacts.update(before["id"], name="Ada King", portal_role="admin")
    assert isinstance(updated, UpdateContactResponseBody)
    after = stored(pylon, before["id"])
    assert after == {**before, "name": "Ada King", "portal_role": "admin"}
    assert as_stored(updated.data) == after


def test_update_merges_custom_fields_by_slug(pylon: ServedMock) -> None:
    client = sdk(pylon)
    created = client.contacts.create(
        name="Radia Perlman",
        custom_fields=[
            CustomFieldValue(slug="job_title", value="Engineer"),
            CustomFieldValue(slug="languages", values=["en"]),
            CustomFieldValue(slug="tier", value="gold"),
        ],
    )
    updated = client.contacts.update(
        created.data.id, custom_fields=[CustomFieldValue(slug="job_title", value="Fellow")]
    )
    # usepylon types/custom_field_value.py: custom fields not listed are left unchanged.
    expected = {
        "job_title": {"slug": "job_title", "value": "Fellow"},
        "languages": {"slug": "languages", "values": ["en"]},
        "tier": {"slug": "tier", "value": "gold"},
    }
    assert stored(pylon, created.data.id)["custom_fields"] == expected
    assert as_stored(updated.data)["custom_fields"] == expected


def test_update_unsets_a_custom_field_sent_without_a_value(pylon: ServedMock) -> None:
    client = sdk(pylon)
    created = client.contacts.create(
        name="Shafi Goldwasser",
        custom_fields=[
            CustomFieldValue(slug="job_title", value="Professor"),
            CustomFieldValue(slug="tier", value="silver"),
        ],
    )
    client.contacts.update(created.data.id, custom_fields=[CustomFieldValue(slug="tier")])
    assert stored(pylon, created.data.id)["custom_fields"] == {
        "job_title": {"slug": "job_title", "value": "Professor"}
    }


def test_update_emails_with_a_primary_one(pylon: ServedMock) -> None:
    contact_id = stored_all(pylon)[2]["id"]
    sdk(pylon).contacts.update(
        contact_id,
        emails=[
            UpdateContactEmail(email="first@peers.test"),
            UpdateContactEmail(email="second@peers.test", is_primary=True),
        ],
    )
    record = stored(pylon, contact_id)
    assert record["emails"] == ["first@peers.test", "second@peers.test"]
    assert record["email"] == "second@peers.test"


def test_update_a_single_email_replaces_all_emails(pylon: ServedMock) -> None:
    client = sdk(pylon)
    created = client.contacts.create(name="Joan Clarke", email="joan@peers.test")
    client.contacts.update(
        created.data.id,
        emails=[UpdateContactEmail(email="a@peers.test"), UpdateContactEmail(email="b@peers.test")],
    )
    client.contacts.update(created.data.id, email="only@peers.test")
    record = stored(pylon, created.data.id)
    assert record["emails"] == ["only@peers.test"] and record["email"] == "only@peers.test"


def test_update_an_empty_account_id_removes_the_account(pylon: ServedMock) -> None:
    before = next(record for record in stored_all(pylon) if record.get("account"))
    updated = sdk(pylon).contacts.update(before["id"], account_id="")
    assert stored(pylon, before["id"])["account"] is None
    assert updated.data.account is None


def test_update_phone_numbers_avatar_and_external_ids(pylon: ServedMock) -> None:
    contact_id = stored_all(pylon)[7]["id"]
    sdk(pylon).contacts.update(
        contact_id,
        phone_numbers=["442079460000", "+14155550123"],
        avatar_url="https://cdn.example.com/avatars/new.png",
        external_ids=[ExternalId(external_id="zendesk-9", label="zendesk")],
        portal_role_id="role-9",
    )
    record = stored(pylon, contact_id)
    assert record["phone_numbers"] == ["442079460000", "+14155550123"]
    assert record["primary_phone_number"] == "442079460000"  # the first, none was named
    assert record["avatar_url"] == "https://cdn.example.com/avatars/new.png"
    assert record["external_ids"] == [{"external_id": "zendesk-9", "label": "zendesk"}]
    assert record["portal_role_id"] == "role-9"


def test_update_by_external_id(pylon: ServedMock) -> None:
    client = sdk(pylon)
    created = client.contacts.create(
        name="Hedy Lamarr", external_ids=[ExternalId(external_id="crm-1914")]
    )
    updated = client.contacts.update("crm-1914", name="Hedwig Kiesler")
    assert updated.data.id == created.data.id
    assert stored(pylon, created.data.id)["name"] == "Hedwig Kiesler"


# ------------------------------------------------------------------ delete


def test_delete_then_get_raises_the_sdk_not_found_error(pylon: ServedMock) -> None:
    client = sdk(pylon)
    contact_id = stored_all(pylon)[9]["id"]
    deleted = client.contacts.delete(contact_id)
    assert isinstance(deleted, DeleteContactResponseBody) and deleted.request_id
    assert stored_status(pylon, contact_id) == 404
    assert contact_id not in [record["id"] for record in stored_all(pylon)]
    with pytest.raises(NotFoundError) as raised:
        client.contacts.get(contact_id)
    assert raised.value.status_code == 404
    assert raised.value.body.errors and raised.value.body.request_id
    with pytest.raises(NotFoundError):
        client.contacts.delete(contact_id)


# ------------------------------------------------------------------ search


def make_contacts(client: Pylon, count: int, domain: str) -> list[str]:
    return [
        client.contacts.create(name=f"Peer {i}", email=f"peer{i}@{domain}").data.id
        for i in range(count)
    ]


def test_search_pages_with_the_sdk_pager(pylon: ServedMock) -> None:
    client = sdk(pylon)
    made = make_contacts(client, 7, "pager.peers.test")
    pager = client.contacts.search(
        filter=Filter(field="email", operator="string_contains", value="@pager.peers.test"),
        limit=3,
    )
    pages = list(pager.iter_pages())
    assert [len(page.items or []) for page in pages] == [3, 3, 1]
    assert all(isinstance(page.response, SearchContactsResponseBody) for page in pages)
    assert pages[-1].response.pagination is None
    found = [contact for page in pages for contact in page.items or []]
    assert ids(found) == made
    assert [as_stored(contact) for contact in found] == [stored(pylon, i) for i in made]
    # The body's cursor, given by hand, resumes the same search.
    first = pages[0].response.pagination
    assert first is not None
    resumed = client.contacts.search(
        filter=Filter(field="email", operator="string_contains", value="@pager.peers.test"),
        limit=3,
        cursor=first.cursor,
    )
    assert ids(resumed.items or []) == made[3:6]


def test_search_email_equals_and_in(pylon: ServedMock) -> None:
    client = sdk(pylon)
    first, second, _ = make_contacts(client, 3, "mail.peers.test")
    equals = Filter(field="email", operator="equals", value="peer0@mail.peers.test")
    assert search_ids(client, filter=equals) == {first}
    within = Filter(
        field="email", operator="in", values=["peer0@mail.peers.test", "peer1@mail.peers.test"]
    )
    assert search_ids(client, filter=within) == {first, second}


def test_search_id_in_and_not_in(pylon: ServedMock) -> None:
    client = sdk(pylon)
    everyone = [record["id"] for record in stored_all(pylon)]
    chosen = everyone[1:4]
    assert search_ids(client, filter=Filter(field="id", operator="in", values=chosen)) == set(
        chosen
    )
    assert search_ids(
        client, filter=Filter(field="id", operator="not_in", values=chosen), limit=10
    ) == set(everyone) - set(chosen)
    equals = Filter(field="id", operator="equals", value=everyone[0])
    assert search_ids(client, filter=equals) == {everyone[0]}


def test_search_account_id(pylon: ServedMock) -> None:
    client = sdk(pylon)
    account_id = "acct-peers-1"
    mine = {
        client.contacts.create(name=f"Member {i}", account_id=account_id).data.id for i in range(2)
    }
    equals = Filter(field="account_id", operator="equals", value=account_id)
    assert search_ids(client, filter=equals) == mine
    assert (
        search_ids(client, filter=Filter(field="account_id", operator="in", values=[account_id]))
        == mine
    )
    others = search_ids(
        client, filter=Filter(field="account_id", operator="not_in", values=[account_id])
    )
    assert not others & mine
    everyone_with_another_account = {
        record["id"]
        for record in stored_all(pylon)
        if record.get("account") and record["account"]["id"] != account_id
    }
    assert others == everyone_with_another_account


def test_search_name(pylon: ServedMock) -> None:
    # `name` is filterable per usepylon contacts/client.py `search` (not in the seed's list).
    client = sdk(pylon)
    wanted = client.contacts.create(name="Quokka Peerson").data.id
    namesake = client.contacts.create(name="Quokka Peerson Jr").data.id
    equals = Filter(field="name", operator="equals", value="Quokka Peerson")
    assert search_ids(client, filter=equals) == {wanted}
    contains = Filter(field="name", operator="string_contains", value="quokka peerson")
    assert search_ids(client, filter=contains) == {wanted, namesake}
    within = Filter(field="name", operator="in", values=["Quokka Peerson Jr", "Nobody Else"])
    assert search_ids(client, filter=within) == {namesake}


def test_search_compound_and_or(pylon: ServedMock) -> None:
    client = sdk(pylon)
    made = make_contacts(client, 3, "compound.peers.test")
    domain = Filter(field="email", operator="string_contains", value="@compound.peers.test")
    first = Filter(field="id", operator="equals", value=made[0])
    second = Filter(field="id", operator="equals", value=made[1])
    both = Filter(
        operator="and", subfilters=[domain, Filter(operator="or", subfilters=[first, second])]
    )
    assert search_ids(client, filter=both) == {made[0], made[1]}
    either = Filter(
        operator="or", subfilters=[first, Filter(field="id", operator="equals", value=made[2])]
    )
    assert search_ids(client, filter=either) == {made[0], made[2]}


def test_search_custom_fields_by_slug(pylon: ServedMock) -> None:
    client = sdk(pylon)
    tagged = client.contacts.create(
        name="Katherine Johnson",
        custom_fields=[
            CustomFieldValue(slug="peer_tier", value="gold"),
            CustomFieldValue(slug="peer_langs", values=["en", "fr", "de"]),
        ],
    ).data.id
    plain = client.contacts.create(name="Dorothy Vaughan").data.id
    equals = Filter(field="peer_tier", operator="equals", value="gold")
    assert search_ids(client, filter=equals) == {tagged}
    assert search_ids(client, filter=Filter(field="peer_tier", operator="is_set")) == {tagged}
    unset = search_ids(client, filter=Filter(field="peer_tier", operator="is_unset"))
    assert plain in unset and tagged not in unset
    all_of = Filter(field="peer_langs", operator="includes_all_of", values=["fr", "en"])
    assert search_ids(client, filter=all_of) == {tagged}
    contains = Filter(field="peer_langs", operator="contains", value="de")
    assert search_ids(client, filter=contains) == {tagged}


def test_search_text_and_no_filter(pylon: ServedMock) -> None:
    client = sdk(pylon)
    wanted = client.contacts.create(
        name="Mary Kenneth Keller", email="mkk@text.peers.test", phone_numbers=["16085550100"]
    ).data.id
    assert search_ids(client, search_text="kenneth keller") == {wanted}
    assert search_ids(client, search_text="16085550100") == {wanted}
    domain = Filter(field="email", operator="string_contains", value="@text.peers.test")
    assert search_ids(client, search_text="mary", filter=domain) == {wanted}
    # No filter and no text: every contact (the SDK types both as optional).
    assert search_ids(client, limit=10) == {record["id"] for record in stored_all(pylon)}


def test_search_with_an_operator_the_field_does_not_allow_is_a_bad_request(
    pylon: ServedMock,
) -> None:
    bad = Filter(field="id", operator="string_contains", value="abc")
    with pytest.raises(BadRequestError) as raised:
        sdk(pylon).contacts.search(filter=bad)
    assert raised.value.status_code == 400
    assert raised.value.body.errors and raised.value.body.request_id


def test_create_with_both_account_fields_is_a_bad_request(pylon: ServedMock) -> None:
    before = len(stored_all(pylon))
    with pytest.raises(BadRequestError):
        sdk(pylon).contacts.create(name="Nobody", account_id="a", account_external_id="b")
    assert len(stored_all(pylon)) == before


# ------------------------------------------------------------------ async client


def test_async_list_pages_through_every_contact(pylon: ServedMock) -> None:
    async def walk() -> list[Contact]:
        client = async_sdk(pylon)
        pager = await client.contacts.list(limit=6)
        return [contact async for contact in pager]

    listed = asyncio.run(walk())
    assert [as_stored(contact) for contact in listed] == stored_all(pylon)
    assert len(set(ids(listed))) == SEEDED


def test_async_create_get_update_delete(pylon: ServedMock) -> None:
    async def cycle() -> tuple[str, Contact, Contact, Contact]:
        client = async_sdk(pylon)
        created = await client.contacts.create(
            name="Sophie Wilson",
            email="sophie@async.peers.test",
            custom_fields=[
                CustomFieldValue(slug="job_title", value="Architect"),
                CustomFieldValue(slug="tier", value="gold"),
            ],
        )
        got = await client.contacts.get(created.data.id)
        updated = await client.contacts.update(
            created.data.id, custom_fields=[CustomFieldValue(slug="tier", value="platinum")]
        )
        after_update = stored(pylon, created.data.id)
        assert as_stored(updated.data) == after_update
        deleted = await client.contacts.delete(created.data.id)
        assert deleted.request_id
        with pytest.raises(NotFoundError):
            await client.contacts.get(created.data.id)
        return created.data.id, created.data, got.data, updated.data

    contact_id, created, got, updated = asyncio.run(cycle())
    assert created == got and created.email == "sophie@async.peers.test"
    assert updated.custom_fields is not None
    assert {slug: value.dict() for slug, value in updated.custom_fields.items() if value} == {
        "job_title": {"slug": "job_title", "value": "Architect"},
        "tier": {"slug": "tier", "value": "platinum"},
    }
    assert stored_status(pylon, contact_id) == 404


def test_async_search_pages(pylon: ServedMock) -> None:
    made = make_contacts(sdk(pylon), 5, "async.peers.test")

    async def search() -> list[Contact]:
        client = async_sdk(pylon)
        pager = await client.contacts.search(
            filter=Filter(field="email", operator="string_contains", value="@async.peers.test"),
            limit=2,
        )
        return [contact async for contact in pager]

    assert ids(asyncio.run(search())) == made


def test_the_token_travels_as_a_bearer_header_and_a_wrong_one_is_refused(
    pylon: ServedMock,
) -> None:
    from usepylon.errors import UnauthorizedError

    with pytest.raises(UnauthorizedError) as raised:
        Pylon(base_url=pylon.base_url, token="not-the-token", max_retries=0).contacts.get("x")
    assert raised.value.status_code == 401
    leaked = pylon.token in str(raised.value)
    assert not leaked, "the refused token appears in the SDK's error"
    assert isinstance(sdk(pylon).contacts.get(stored_all(pylon)[0]["id"]).data, Contact)


def test_served_mock_base_url_is_what_the_sdk_calls(pylon: ServedMock) -> None:
    seen: list[httpx.Request] = []
    client = Pylon(
        base_url=pylon.base_url,
        token=pylon.token,
        httpx_client=httpx.Client(event_hooks={"request": [seen.append]}),
    )
    client.contacts.list(limit=1)
    assert str(seen[0].url).startswith(pylon.base_url + "/contacts")
    bearer = seen[0].headers["authorization"] == f"Bearer {pylon.token}"
    assert bearer, "the SDK did not send the token as a bearer header"


def test_with_raw_response_get_and_update_parse_the_same_models(pylon: ServedMock) -> None:
    raw = sdk(pylon).contacts.with_raw_response
    record = stored_all(pylon)[11]
    got = raw.get(record["id"])
    assert got.status_code == 200 and got.headers["content-type"] == "application/json"
    assert isinstance(got.data, GetContactResponseBody) and as_stored(got.data.data) == record
    updated = raw.update(record["id"], avatar_url="https://cdn.example.com/avatars/raw.png")
    assert isinstance(updated.data, UpdateContactResponseBody)
    assert stored(pylon, record["id"]) == {
        **record,
        "avatar_url": "https://cdn.example.com/avatars/raw.png",
    }


def test_search_and_update_with_no_arguments(pylon: ServedMock) -> None:
    # The SDK sends `{}` for both: a search of everyone (one default page of 100) and an
    # update that changes nothing.
    client = sdk(pylon)
    everyone = stored_all(pylon)
    pager = client.contacts.search()
    assert pager.has_next is False and pager.response.pagination is None
    assert [as_stored(contact) for contact in pager.items or []] == everyone
    unchanged = client.contacts.update(everyone[0]["id"])
    assert as_stored(unchanged.data) == everyone[0] == stored(pylon, everyone[0]["id"])
