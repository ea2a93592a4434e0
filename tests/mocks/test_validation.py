"""Validation of path, query and body against the spec: 400 or 422, as each operation documents,
in the vendor's own envelope."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from tests.mocks.conftest import ClientFactory
from tests.mocks.support import SpecCheck


def test_kanbert_answers_laravel_422_with_messages_per_field(
    mock: ClientFactory, spec_check: Callable[[str], SpecCheck]
) -> None:
    response = mock("kanbert").post("/contacts", json={"email": "not-an-email", "gender": "q"})
    assert response.status_code == 422
    spec_check("kanbert").assert_valid("createContact", response)
    body = response.json()
    assert set(body["errors"]) == {"email", "gender"}
    assert body["message"].endswith("(and 1 more error)")


def test_pylon_answers_400_with_a_list_of_errors(
    mock: ClientFactory, spec_check: Callable[[str], SpecCheck]
) -> None:
    # account_id and account_external_id cannot be sent together (the schema's `not`).
    response = mock("pylon").post(
        "/contacts", json={"name": "Ada", "account_id": "a", "account_external_id": "b"}
    )
    assert response.status_code == 400
    spec_check("pylon").assert_valid("createContact", response)
    assert isinstance(response.json()["errors"], list)


def test_kinbox_reports_status_and_reason_phrase(
    mock: ClientFactory, spec_check: Callable[[str], SpecCheck]
) -> None:
    response = mock("kinbox").post("/contacts", json={"name": "Ada"})
    assert response.status_code == 400
    spec_check("kinbox").assert_valid("createContact", response)
    assert response.json()["statusCode"] == 400
    assert response.json()["error"] == "Bad Request"
    assert "customFields" in response.json()["message"]


def test_repzo_rejects_an_id_that_is_not_an_objectid_in_the_path(
    mock: ClientFactory, spec_check: Callable[[str], SpecCheck]
) -> None:
    response = mock("repzo").get("/client-contact/not-an-object-id")
    assert response.status_code == 400
    spec_check("repzo").assert_valid("getClientContact", response)
    assert response.json()["success"] is False


@pytest.mark.parametrize(
    "query",
    [
        "per_page=0",
        "page=0",
        "page=abc",
        "active=yes",
        "type=robot",
        "order=sideways",
        "updated_since=yesterday",
        "householdTitle=Boss",
        "household_title=Boss",
    ],
)
def test_wealthbox_query_parameters_are_typed_and_bounded(
    mock: ClientFactory, spec_check: Callable[[str], SpecCheck], query: str
) -> None:
    response = mock("wealthbox").get(f"/v1/contacts?{query}")
    assert response.status_code == 422
    spec_check("wealthbox").assert_valid("listContacts", response)


@pytest.mark.parametrize(
    "query",
    [
        "per_page=100",
        # No source states a maximum page size (specs/wealthbox.yaml, PerPage).
        "per_page=101",
        "page=3",
        "active=true",
        "type=person",
        "type=Organization",
        "tags[]=a&tags[]=b",
        "tags=a&tags=b",
        "contact_type=Client",
        "household_title=Head",
        "updated_since=2026-04-01T10:00:00Z",
        "updated_before=2026-04-01T10:00:00",
        "updated_since=2015-05-24 10:00 AM -0400",
    ],
)
def test_wealthbox_accepts_what_the_schema_allows(mock: ClientFactory, query: str) -> None:
    assert mock("wealthbox").get(f"/v1/contacts?{query}").status_code == 200


def test_integer_formats_are_ranges(mock: ClientFactory) -> None:
    repzo = mock("repzo")
    assert repzo.get("/client-contact?from_updatedAt=9223372036854775807").status_code == 200
    assert repzo.get("/client-contact?from_updatedAt=9223372036854775808").status_code == 400


def test_a_body_that_is_not_json_is_malformed(mock: ClientFactory) -> None:
    wealthbox = mock("wealthbox")
    headers = {"Content-Type": "application/json"}
    assert wealthbox.post("/v1/notes", content=b"{not json", headers=headers).status_code == 400
    # Kanbert's create documents no 400, so a malformed body there is its validation status.
    assert (
        mock("kanbert").post("/contacts", content=b"{not json", headers=headers).status_code == 422
    )


def test_json_has_no_nan(mock: ClientFactory) -> None:
    response = mock("pylon").post(
        "/contacts/search",
        content=b'{"filter": {"operator": "and", "subfilters": []}, "limit": NaN}',
        headers={"Content-Type": "application/json"},
    )
    assert response.status_code == 400


def test_a_required_body_must_be_sent(mock: ClientFactory) -> None:
    response = mock("repzo").post("/client-contact")
    assert response.status_code == 400
    assert response.json()["error"] == "The request body is required."


def test_an_optional_body_may_be_left_out(mock: ClientFactory) -> None:
    # Kanbert's create body is optional: an empty contact is created.
    response = mock("kanbert").post("/contacts")
    assert response.status_code == 201
    assert response.json()["first_name"] is None


def test_a_body_must_be_json(mock: ClientFactory) -> None:
    response = mock("repzo").post(
        "/client-contact",
        content=b"name=Ada",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert response.status_code == 400
    assert "application/json" in response.json()["error"]


def test_undeclared_query_parameters_are_ignored(mock: ClientFactory) -> None:
    assert mock("pylon").get("/contacts?utm_source=newsletter").status_code == 200


def test_a_get_with_a_documented_body_validates_it(mock: ClientFactory) -> None:
    # Wealthbox documents a JSON body on GET /v1/categories/custom_fields.
    wealthbox = mock("wealthbox")
    assert (
        wealthbox.request(
            "GET", "/v1/categories/custom_fields", json={"document_type": "Contact"}
        ).status_code
        == 200
    )
    assert (
        wealthbox.request(
            "GET", "/v1/categories/custom_fields", json={"document_type": "Nope"}
        ).status_code
        == 422
    )


def test_a_json_content_parameter_reads_json_text_plain_text_and_repeated_keys(
    mock: ClientFactory,
) -> None:
    # Repzo declares `sortBy`, `_id` and `name` with `content: application/json`: the SDK's
    # `JSON.stringify` form, plain text for one value, and repeated keys all read.
    repzo = mock("repzo", seed=3)
    ok = repzo.get("/client-contact", params={"sortBy": '[{"field":"_id","type":"desc"}]'})
    assert ok.status_code == 200
    repeated = [("sortBy", '{"field":"_id"}'), ("sortBy", '{"field":"_id","type":"asc"}')]
    assert repzo.get("/client-contact", params=repeated).status_code == 200
    assert repzo.get("/client-contact", params={"sortBy": '{"field":"_id"}'}).status_code == 200
    for bad in ('[{"field":"_id","type":"sideways"}]', '[{"field":"name"}]', "[{", "_id"):
        assert repzo.get("/client-contact", params={"sortBy": bad}).status_code == 400, bad
    ids = [contact["_id"] for contact in repzo.get("/client-contact").json()["data"][:3]]
    forms = [
        {"_id": json.dumps(ids[:2])},
        [("_id", ids[0]), ("_id", ids[1])],
        {"_id": json.dumps(ids[0])},
        {"_id": ids[0]},
    ]
    expected = [set(ids[:2]), set(ids[:2]), {ids[0]}, {ids[0]}]
    for params, want in zip(forms, expected, strict=True):
        found = repzo.get("/client-contact", params=params).json()["data"]
        assert {contact["_id"] for contact in found} == want, params
    assert repzo.get("/client-contact", params={"_id": '["nope"]'}).status_code == 400
