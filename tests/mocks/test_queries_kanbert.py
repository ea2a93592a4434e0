"""Kanbert's list answers its filter, sort and include the way the seed documents them.

Six contacts are chosen by hand so that each documented example, operator and special value
selects a set that a wrong reading would change; every expected set below was worked out from
the records and the seed's wording, not from the mock's output. The clock is fixed at
2024-05-06T07:08:09Z, a Monday.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.mocks.conftest import ClientFactory
from tests.mocks.support import MockClient, SpecCheck

ME = "integration"  # the integration's user: `me.id`


def _company(cid: str, name: str, email: str | None) -> dict[str, Any]:
    return {"id": cid, "company_name": name, "email": email}


CONTACTS: list[dict[str, Any]] = [
    {
        "id": "c1", "first_name": "Ada", "last_name": "Lovelace", "title": "Acme Ltd",
        "birthday": "1815-12-10", "created_at": "2023-12-15T10:00:00Z",
        "client": {"id": "k1", "name": "Analytical Corp"}, "owner": {"id": ME},
        "address_country": {"id": "gb", "name": "United Kingdom", "code": "GB"},
        "custom_fields": {"my_flag": "yes", "score": 12},
        "companies": [_company("co1", "Acme GmbH", "info@acme.test"),
                      _company("co2", "Engines plc", None)],
    },
    {
        "id": "c2", "first_name": "Grace", "last_name": "Hopper", "title": "ACME Navy",
        "birthday": "1906-12-09", "created_at": "2024-02-01T09:00:00Z",
        "client": {"id": "k2", "name": "Navy"}, "owner": {"id": "u2"},
        "custom_fields": {"my_flag": "no", "score": 10},
        "companies": [_company("co3", "Cobol Inc", "x@cobol.test")],
    },
    {
        "id": "c3", "first_name": "Alan", "last_name": "Turing", "title": "Bletchley",
        "birthday": "1912-06-23", "created_at": "2024-03-01T12:00:00Z",
        "client": {"id": "k3", "name": "Bletchley Corp"}, "owner": None,
        "custom_fields": {"my_flag": True, "score": 10}, "companies": [],
    },
    {
        "id": "c4", "first_name": "Edsger", "last_name": "dijkstra", "title": "acme research",
        "birthday": "1930-05-11", "created_at": "2024-05-06T06:00:00Z",
        "client": None, "owner": {"id": ME}, "custom_fields": {},
    },
    {
        "id": "c5", "first_name": "Barbara", "last_name": "Liskov", "title": "Acme",
        "created_at": "2024-04-01T08:00:00Z", "deleted_at": "2024-04-20T08:00:00Z",
        "client": {"id": "k5", "name": "MIT Corp"}, "custom_fields": {},
    },
    {
        "id": "c6", "first_name": None, "last_name": "Anon", "title": None,
        "created_at": "2024-05-08T12:00:00Z", "owner": {"id": "u2"},
        "custom_fields": {"score": 15},
    },
]  # fmt: skip
LIVE = {"c1", "c2", "c3", "c4", "c6"}


@pytest.fixture
def kanbert(mock: ClientFactory) -> MockClient:
    client = mock("kanbert")
    engine = client.engine
    collection = engine.api.collections["/contacts"]
    for contact in CONTACTS:
        owner = contact.get("owner")
        if owner:  # a whole UserData, as the schema wants
            contact = {
                **contact,
                "owner": {
                    "first_name": "F",
                    "last_name": "L",
                    "type": "user",
                    "email": f"{owner['id']}@example.test",
                    "space": {"id": "s", "name": "S"},
                    **owner,
                },
            }
        if contact.get("client"):
            contact = {
                **contact,
                "client": {
                    "external_id": None,
                    "external_origin": None,
                    "shortcode": None,
                    "primary_contact": None,
                    "origin_space": None,
                    **contact["client"],
                },
            }
        companies = [
            {
                "external_id": None,
                "external_origin": None,
                "tax_uid": None,
                "iban": None,
                "bic": None,
                "phone": None,
                "fax": None,
                "email_general": None,
                "homepage": None,
                **company,
            }
            for company in contact.get("companies") or []
        ]
        record = engine.records.fit(collection, {**contact, "companies": companies})
        engine.store.put("/contacts", contact["id"], record)
    return client


def ids(response: Any) -> list[str]:
    assert response.status_code == 200, response.text
    return [contact["id"] for contact in response.json()["data"]]


def listed(client: MockClient, **params: str) -> list[str]:
    return ids(client.get("/contacts", params={"page[size]": "100", **params}))


def selected(client: MockClient, expression: str) -> set[str]:
    found = listed(client, filter=expression)
    assert len(found) == len(set(found))
    return set(found)


# ------------------------------------------------------------------ the seed's examples


def test_the_seed_filter_example(kanbert: MockClient) -> None:
    # title has "Acme" (any case) and (created in 2024 or the client's name has "Corp"):
    # c1 by its client, c2 and c4 by their dates; c5 would match but is archived.
    expression = (
        'title contains "Acme" and (created_at >= "2024-01-01" or client.name contains "Corp")'
    )
    assert selected(kanbert, expression) == {"c1", "c2", "c4"}


def test_the_seed_custom_field_example(kanbert: MockClient) -> None:
    # my_flag 'yes' (c1; c3 holds the boolean true) or score at least 10 (c2, c3, c6).
    assert selected(kanbert, "custom_fields.my_flag eq 'yes' or custom_fields.score gte 10") == {
        "c1",
        "c2",
        "c3",
        "c6",
    }
    assert selected(kanbert, "custom_fields.my_flag eq 'yes'") == {"c1", "c3"}


def test_the_seed_sort_example(kanbert: MockClient) -> None:
    # newest first; the seed's `sort=` prefix is the parameter name, not part of the value
    assert listed(kanbert, sort="-created_at,title") == ["c6", "c4", "c3", "c2", "c1"]


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("owner.id eq me.id", {"c1", "c4"}),  # the seed: `id eq me.id`
        ("created_at lt now", {"c1", "c2", "c3", "c4"}),  # `dueOn lt now`
        ("created_at gt sow", {"c4", "c6"}),  # `dueOn gt sow`: after Monday 00:00
        ("created_at lt eow", LIVE),  # `dueOn lt eow`
        ("created_at gt som", {"c4", "c6"}),  # after 1 May
        ("created_at lt som", {"c1", "c2", "c3"}),
        ("created_at lt eom", LIVE),
        ("created_at eq today", {"c4"}),  # `dueOn eq today`: the whole of 6 May
        ("created_at gte today-30d", {"c4", "c6"}),  # from 6 April on
        ("created_at gte today-100d", {"c2", "c3", "c4", "c6"}),  # from 27 January on
        ("created_at lt today+2d", {"c1", "c2", "c3", "c4"}),  # before 8 May
        ("created_at lte today+2d", LIVE),  # 8 May included
        ('created_at lt "9999-12-31"', LIVE),  # the calendar's last day
    ],
)
def test_special_values(kanbert: MockClient, expression: str, expected: set[str]) -> None:
    assert selected(kanbert, expression) == expected


# ------------------------------------------------------------------ every operator


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ('first_name eq "ada"', {"c1"}),  # case-insensitive
        ('first_name = "Ada"', {"c1"}),
        ('first_name ne "Ada"', {"c2", "c3", "c4"}),  # c6 has no first name: SQL's rule
        ('first_name neq "Ada"', {"c2", "c3", "c4"}),
        ('first_name != "Ada"', {"c2", "c3", "c4"}),
        ('first_name in ("Ada", "alan")', {"c1", "c3"}),
        ('first_name nin ("Ada", "Alan")', {"c2", "c4"}),
        ('first_name notin ["Ada", "Alan"]', {"c2", "c4"}),
        ('first_name contains "a"', {"c1", "c2", "c3"}),
        ('first_name like "a%"', {"c1", "c3"}),
        ('first_name like "gra"', {"c2"}),  # no wildcard: anywhere
        ('first_name like "_da"', {"c1"}),
        ('first_name startswith "AL"', {"c3"}),
        ('first_name endswith "er"', {"c4"}),
        ("first_name isnull", {"c6"}),
        ("first_name isnotnull", {"c1", "c2", "c3", "c4"}),
        ("first_name notnull", {"c1", "c2", "c3", "c4"}),
        ('birthday eq "1906-12-09"', {"c2"}),
        ('birthday ne "1906-12-09"', {"c1", "c3", "c4"}),
        ('birthday lt "1900-01-01"', {"c1"}),
        ('birthday lte "1906-12-09"', {"c1", "c2"}),
        ('birthday le "1906-12-09"', {"c1", "c2"}),
        ('birthday gt "1912-06-23"', {"c4"}),
        ('birthday gte "1912-06-23"', {"c3", "c4"}),
        ('birthday ge "1912-06-23"', {"c3", "c4"}),
        ('birthday in ("1815-12-10", "1930-05-11")', {"c1", "c4"}),
        ('birthday nin ("1815-12-10", "1930-05-11")', {"c2", "c3"}),
        ("birthday isnull", {"c6"}),
        ('created_at eq "2024-02-01T09:00:00Z"', {"c2"}),  # an instant
        ('created_at > "2024-02-01T09:00:00Z"', {"c3", "c4", "c6"}),
        ('owner.id eq "u2"', {"c2", "c6"}),
        ('owner.id ne "u2"', {"c1", "c4"}),
        ('owner.id in ("u2", "integration")', {"c1", "c2", "c4", "c6"}),
        ("owner.id isnull", {"c3"}),
        ('client.name contains "corp"', {"c1", "c3"}),
        ("client.id notnull", {"c1", "c2", "c3"}),
        ('address_country.name eq "United Kingdom"', {"c1"}),
        ("custom_fields.score gt 10", {"c1", "c6"}),
        ("custom_fields.score lte 10", {"c2", "c3"}),
        ("custom_fields.score in (10, 15)", {"c2", "c3", "c6"}),
        ("custom_fields.score isnull", {"c4"}),
        ("custom_fields.my_flag eq no", {"c2"}),
        ('custom_fields.my_flag startswith "y"', {"c1"}),
    ],
)
def test_operators(kanbert: MockClient, expression: str, expected: set[str]) -> None:
    assert selected(kanbert, expression) == expected


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ('first_name eq "Ada" or last_name eq "Turing" and title contains "x"', {"c1"}),
        ('(first_name eq "Ada" or last_name eq "Turing") and title contains "ey"', {"c3"}),
        ('first_name eq "Ada" AND (last_name eq "Hopper" OR title isnotnull)', {"c1"}),
        ('((first_name eq "Grace"))', {"c2"}),
    ],
)
def test_and_binds_tighter_than_or_and_parentheses_group(
    kanbert: MockClient, expression: str, expected: set[str]
) -> None:
    assert selected(kanbert, expression) == expected


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ('companies any (company_name contains "acme")', {"c1"}),
        ("companies any", {"c1", "c2"}),
        ("companies none", {"c3", "c4", "c6"}),
        ('companies none (company_name eq "Cobol Inc")', {"c1", "c3", "c4", "c6"}),
        ("companies all (email isnotnull)", {"c2", "c3", "c4", "c6"}),  # vacuous for none
        ("companies count gte 2", {"c1"}),
        ("companies count eq 0", {"c3", "c4", "c6"}),
        ("companies count (email isnotnull) eq 1", {"c1", "c2"}),
        ('companies any (id in ("co2", "co3"))', {"c1", "c2"}),
    ],
)
def test_relations(kanbert: MockClient, expression: str, expected: set[str]) -> None:
    assert selected(kanbert, expression) == expected


def test_archived_with_only_and_without(kanbert: MockClient) -> None:
    assert set(listed(kanbert)) == LIVE
    assert selected(kanbert, "archived eq without") == LIVE
    assert selected(kanbert, "archived eq only") == {"c5"}
    assert selected(kanbert, "archived eq 'with'") == LIVE | {"c5"}
    assert selected(kanbert, 'archived eq with and title eq "acme"') == {"c5"}


def test_the_json_tree_says_what_the_dsl_says(kanbert: MockClient) -> None:
    tree = {
        "and": [
            {"field": "title", "op": "contains", "value": "Acme"},
            {"or": [
                {"field": "created_at", "op": ">=", "value": "2024-01-01"},
                {"field": "client.name", "op": "contains", "value": "Corp"},
            ]},
        ]
    }  # fmt: skip
    assert selected(kanbert, json.dumps(tree)) == {"c1", "c2", "c4"}
    listed_and = [
        {"field": "first_name", "op": "in", "value": ["Ada", "Grace"]},
        {"field": "companies", "op": "count", "cmp": "gte", "value": 2},
    ]
    assert selected(kanbert, json.dumps(listed_and)) == {"c1"}
    relation = {
        "field": "companies",
        "op": "any",
        "where": {"field": "company_name", "op": "startswith", "value": "cobol"},
    }
    assert selected(kanbert, json.dumps(relation)) == {"c2"}


# ------------------------------------------------------------------ sort and include


def test_sort_by_several_keys_descending_and_custom_fields(kanbert: MockClient) -> None:
    # scores: c4 none, c2 10, c3 10, c1 12, c6 15; a missing value first; the tie at 10 is
    # broken by the second key, newest first (c3 in March before c2 in February)
    assert listed(kanbert, sort="custom_fields.score,-created_at") == ["c4", "c3", "c2", "c1", "c6"]
    assert listed(kanbert, sort="custom_fields.score,created_at") == ["c4", "c2", "c3", "c1", "c6"]
    # descending puts the missing value last
    assert listed(kanbert, sort="-custom_fields.score") == ["c6", "c1", "c2", "c3", "c4"]
    # text orders without regard to case: `dijkstra` between Anon and Hopper
    assert listed(kanbert, sort="last_name") == ["c6", "c4", "c2", "c1", "c3"]
    assert listed(kanbert, sort="-first_name") == ["c2", "c4", "c3", "c1", "c6"]


def test_a_sorted_list_pages_in_its_order(kanbert: MockClient) -> None:
    seen: list[str] = []
    params = {"sort": "last_name", "page[size]": "2"}
    while True:
        page = kanbert.get("/contacts", params=params).json()
        seen += [contact["id"] for contact in page["data"]]
        if not page["meta"]["next_cursor"]:
            break
        params["page[cursor]"] = page["meta"]["next_cursor"]
    assert seen == ["c6", "c4", "c2", "c1", "c3"]


def test_companies_only_with_include(kanbert: MockClient) -> None:
    plain = kanbert.get("/contacts", params={"filter": 'first_name eq "Ada"'}).json()["data"]
    assert "companies" not in plain[0]
    included = kanbert.get(
        "/contacts", params={"filter": 'first_name eq "Ada"', "include": "companies"}
    ).json()["data"]
    assert [c["company_name"] for c in included[0]["companies"]] == ["Acme GmbH", "Engines plc"]
    one = kanbert.get("/contacts/c1", params={"include": "companies"}).json()
    assert [c["id"] for c in one["companies"]] == ["co1", "co2"]
    assert "companies" not in kanbert.get("/contacts/c1").json()


# ------------------------------------------------------------------ bad queries


@pytest.mark.parametrize(
    ("params", "named"),
    [
        ({"filter": "foo eq 1"}, ["`foo`", "position 1"]),
        ({"filter": 'position eq "CEO"'}, ["`position`", "position 1"]),
        ({"filter": 'birthday contains "x"'}, ["`contains`", "position 10", "`birthday`"]),
        ({"filter": "archived ne only"}, ["`ne`", "position 10"]),
        ({"filter": "companies eq 1"}, ["`companies`", "`eq`"]),
        ({"filter": "first_name eq"}, ["`eq`", "position 12"]),
        ({"filter": 'first_name eq "a" and ('}, ["position 24"]),
        ({"filter": 'first_name eq "a" "b"'}, ['`"b"`', "position 19"]),
        ({"filter": 'first_name eq "a" xor last_name eq "b"'}, ["position 19"]),
        ({"filter": 'birthday lt "soon"'}, ["`soon`", "position 10"]),
        ({"filter": "archived eq maybe"}, ["`maybe`", "position 10"]),
        ({"filter": 'birthday lt "2024-13-45"'}, ["`2024-13-45`"]),
        ({"filter": "created_at gt today+99999999999d"}, ["`today+99999999999d`"]),
        ({"filter": 'custom_fields.score gt "abc"'}, ["`gt`", "`abc`"]),
        ({"filter": "first_name in ()"}, ["`in`"]),
        ({"filter": "first_name isnull 3"}, ["`isnull`", "takes no value"]),
        ({"filter": "companies count gte many"}, ["`many`"]),
        (
            {"filter": '{"and": [{"field": "nope", "op": "eq", "value": 1}]}'},
            ["`nope`", "/and/0/field"],
        ),
        ({"filter": '[{"field": "birthday", "op": "like", "value": "x"}]'}, ["`like`", "/0/op"]),
        ({"filter": "{bad"}, ["position 2"]),
        ({"sort": "position"}, ["`position`"]),
        ({"sort": "first_name,-bogus"}, ["`bogus`", "position 12"]),
        ({"sort": "custom_fields."}, ["`custom_fields.`"]),
        ({"include": "companies,bogus"}, ["`bogus`"]),
    ],
)
def test_a_bad_query_is_a_400_naming_the_token_and_its_position(
    kanbert: MockClient, spec_check: Any, params: dict[str, str], named: list[str]
) -> None:
    response = kanbert.get("/contacts", params=params)
    assert response.status_code == 400, response.text
    check: SpecCheck = spec_check("kanbert")
    check.assert_valid("listContacts", response)
    message = response.json()["message"]
    for part in named:
        assert part in message, message


def test_an_unknown_include_on_one_contact_is_a_400(kanbert: MockClient) -> None:
    response = kanbert.get("/contacts/c1", params={"include": "everything"})
    assert response.status_code == 400
    assert "`everything`" in response.json()["message"]
