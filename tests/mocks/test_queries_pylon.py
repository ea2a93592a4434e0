"""Pylon's contact search answers its filter tree and `search_text` as the spec declares.

Three contacts are written through the API; every expected set was worked out from them.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.mocks.conftest import ClientFactory
from tests.mocks.support import MockClient, SpecCheck

CONTACTS = [
    {"name": "Ada Lovelace", "email": "ada@acme.test", "account_id": "a1",
     "phone_numbers": ["+442079460018"],
     "custom_fields": [{"slug": "tier", "value": "gold"}, {"slug": "score", "value": "12"},
                       {"slug": "langs", "values": ["en", "fr"]},
                       {"slug": "joined", "value": "2024-01-10T00:00:00Z"}]},
    {"name": "Grace Hopper", "email": "grace@navy.test", "account_id": "a2",
     "custom_fields": [{"slug": "tier", "value": "silver"}, {"slug": "score", "value": "5"},
                       {"slug": "langs", "values": ["en"]},
                       {"slug": "joined", "value": "2024-03-01T00:00:00Z"}]},
    {"name": "Alan Turing",
     "custom_fields": [{"slug": "tier", "value": "Gold"}, {"slug": "langs", "values": ["de"]}]},
]  # fmt: skip


@pytest.fixture
def pylon(mock: ClientFactory) -> MockClient:
    client = mock("pylon")
    for contact in CONTACTS:
        created = client.post("/contacts", json=contact)
        assert created.status_code == 200, created.text
    return client


def found(client: MockClient, body: dict[str, Any]) -> set[str]:
    response = client.post("/contacts/search", json=body)
    assert response.status_code == 200, response.text
    return {contact["name"].split()[0] for contact in response.json()["data"]}


def where(field: str, operator: str, **operand: Any) -> dict[str, Any]:
    return {"filter": {"field": field, "operator": operator, **operand}}


@pytest.mark.parametrize(
    ("field", "operator", "operand", "expected"),
    [
        ("email", "equals", {"value": "ada@acme.test"}, {"Ada"}),
        ("email", "equals", {"value": "ADA@acme.test"}, set()),  # equals is exact
        ("email", "in", {"values": ["grace@navy.test", "x@y.z"]}, {"Grace"}),
        ("email", "not_in", {"values": ["grace@navy.test"]}, {"Ada"}),  # Alan has no email
        ("email", "string_contains", {"value": "ACME"}, {"Ada"}),
        ("name", "string_contains", {"value": "hop"}, {"Grace"}),
        ("name", "equals", {"value": "Alan Turing"}, {"Alan"}),
        ("account_id", "equals", {"value": "a2"}, {"Grace"}),
        ("account_id", "in", {"values": ["a1", "a2"]}, {"Ada", "Grace"}),
        ("tier", "equals", {"value": "gold"}, {"Ada"}),
        ("tier", "not_equals", {"value": "gold"}, {"Grace", "Alan"}),
        ("tier", "string_contains", {"value": "GOL"}, {"Ada", "Alan"}),
        ("tier", "string_does_not_contain", {"value": "gol"}, {"Grace"}),
        ("tier", "starts_with", {"value": "S"}, {"Grace"}),
        ("tier", "ends_with", {"value": "LD"}, {"Ada", "Alan"}),
        ("langs", "contains", {"values": ["fr", "de"]}, {"Ada", "Alan"}),
        ("langs", "does_not_contain", {"values": ["en"]}, {"Alan"}),
        ("langs", "includes_all_of", {"values": ["en", "fr"]}, {"Ada"}),
        ("langs", "in", {"values": ["de"]}, {"Alan"}),
        ("langs", "not_in", {"values": ["de"]}, {"Ada", "Grace"}),
        ("score", "is_set", {}, {"Ada", "Grace"}),
        ("score", "is_unset", {}, {"Alan"}),
        ("score", "greater_than", {"value": "5"}, {"Ada"}),
        ("score", "greater_than_or_equals", {"value": "5"}, {"Ada", "Grace"}),
        ("score", "less_than", {"value": "12"}, {"Grace"}),
        ("score", "less_than_or_equals", {"value": "12"}, {"Ada", "Grace"}),
        ("joined", "time_is_after", {"value": "2024-02-01T00:00:00Z"}, {"Grace"}),
        ("joined", "time_is_before", {"value": "2024-02-01T00:00:00Z"}, {"Ada"}),
        ("joined", "time_range",
         {"values": ["2024-01-10T00:00:00Z", "2024-02-01T00:00:00Z"]}, {"Ada"}),
    ],
)  # fmt: skip
def test_every_operator(
    pylon: MockClient, field: str, operator: str, operand: dict[str, Any], expected: set[str]
) -> None:
    assert found(pylon, where(field, operator, **operand)) == expected


def test_nested_and_or(pylon: MockClient) -> None:
    tree = {
        "operator": "or",
        "subfilters": [
            {"operator": "and", "subfilters": [
                {"field": "langs", "operator": "contains", "values": ["en"]},
                {"field": "score", "operator": "less_than", "value": "10"},
            ]},
            {"field": "name", "operator": "string_contains", "value": "turing"},
        ],
    }  # fmt: skip
    assert found(pylon, {"filter": tree}) == {"Grace", "Alan"}


def test_search_text_over_name_emails_and_phones(pylon: MockClient) -> None:
    assert found(pylon, {"search_text": "LOVE"}) == {"Ada"}
    assert found(pylon, {"search_text": "navy.test"}) == {"Grace"}
    assert found(pylon, {"search_text": "7946"}) == {"Ada"}
    assert found(pylon, {"search_text": "a", **where("tier", "equals", value="silver")}) == {
        "Grace"
    }
    assert found(pylon, {}) == {"Ada", "Grace", "Alan"}


@pytest.mark.parametrize(
    ("body", "named"),
    [
        # the spec's schema refuses these three already (its message names the condition)
        (where("name", "starts_with", value="A"), ['"operator":"starts_with"', '"name"']),
        (where("id", "string_contains", value="x"), ['"operator":"string_contains"']),
        (where("email", "equals"), ['"value" is a required property']),
        # the declaration refuses the rest
        (where("score", "starts_with", value="1", values=["2"]), ["takes one value", "/filter"]),
        ({"filter": {"field": "", "operator": "is_set"}}, ["``", "/filter/field"]),
        (where("score", "greater_than", value="many"), ["`many`"]),
        ({"filter": {"operator": "and", "subfilters": [{"operator": "or", "subfilters": [
            {"operator": "and", "subfilters": [where("tier", "is_set")["filter"]]}]}]}},
         ["deeper than 3", "/filter/subfilters/0/subfilters/0/subfilters/0"]),
    ],
)  # fmt: skip
def test_a_bad_filter_is_a_400_in_pylon_envelope(
    pylon: MockClient, spec_check: Any, body: dict[str, Any], named: list[str]
) -> None:
    response = pylon.post("/contacts/search", json=body)
    assert response.status_code == 400, response.text
    check: SpecCheck = spec_check("pylon")
    check.assert_valid("searchContacts", response)
    message = " ".join(response.json()["errors"])
    for part in named:
        assert part in message, message
