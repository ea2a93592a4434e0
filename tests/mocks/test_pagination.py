"""Paging from `x-pagination`: defaults, maxima, cursors (opaque, validated, stable) and pages."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tests.mocks.conftest import ClientFactory
from tests.mocks.support import MockClient, SpecCheck


def fill(
    client: MockClient, path: str, count: int, body: Callable[[int], dict[str, Any]]
) -> list[Any]:
    ids = []
    for index in range(count):
        response = client.post(path, json=body(index))
        assert response.status_code in (200, 201), response.text
        data = response.json()
        record = data.get("data", data)
        ids.append(record.get("id", record.get("_id")))
    return ids


def test_kanbert_pages_30_by_default_and_walks_the_cursor_to_the_end(
    mock: ClientFactory, spec_check: Callable[[str], SpecCheck]
) -> None:
    kanbert = mock("kanbert")
    ids = fill(kanbert, "/contacts", 65, lambda i: {"first_name": f"n{i}"})
    first = kanbert.get("/contacts")
    spec_check("kanbert").assert_valid("listContacts", first)
    meta = first.json()["meta"]
    assert len(first.json()["data"]) == 30 and meta["per_page"] == 30
    assert meta["prev_cursor"] is None
    assert (
        meta["next_cursor_url"]
        == f"https://mock.test/api/v1/contacts?page%5Bcursor%5D={meta['next_cursor']}"
    )
    assert meta["path"] == "https://mock.test/api/v1/contacts"
    seen = [item["id"] for item in first.json()["data"]]
    cursor = meta["next_cursor"]
    while cursor is not None:
        page = kanbert.get("/contacts", params={"page[cursor]": cursor}).json()
        seen += [item["id"] for item in page["data"]]
        cursor = page["meta"]["next_cursor"]
    assert seen == ids  # every contact once, in creation order


def test_kanbert_has_no_maximum_page_size(mock: ClientFactory) -> None:
    kanbert = mock("kanbert")
    fill(kanbert, "/contacts", 120, lambda i: {})
    page = kanbert.get("/contacts", params={"page[size]": 500}).json()
    assert len(page["data"]) == 120 and page["meta"]["next_cursor"] is None


def test_kanbert_reads_a_cursor_it_cannot_decode_as_the_first_page(mock: ClientFactory) -> None:
    # The spec's Decision: Laravel's cursor paginator treats such a cursor as no cursor.
    kanbert = mock("kanbert")
    fill(kanbert, "/contacts", 3, lambda i: {})
    response = kanbert.get("/contacts", params={"page[cursor]": "forged"})
    assert response.status_code == 200 and len(response.json()["data"]) == 3


def test_a_cursor_stays_valid_when_records_are_deleted_and_created_meanwhile(
    mock: ClientFactory,
) -> None:
    pylon = mock("pylon")
    ids = fill(pylon, "/contacts", 6, lambda i: {"name": f"c{i}"})
    first = pylon.get("/contacts", params={"limit": 3}).json()
    assert first["pagination"]["has_next_page"] is True
    pylon.delete(f"/contacts/{ids[1]}")  # on the page already served
    pylon.delete(f"/contacts/{ids[3]}")  # on the page to come
    new = fill(pylon, "/contacts", 1, lambda i: {"name": "late"})
    second = pylon.get(
        "/contacts", params={"limit": 3, "cursor": first["pagination"]["cursor"]}
    ).json()
    assert [c["id"] for c in second["data"]] == [ids[4], ids[5], new[0]]
    assert "pagination" not in second  # Pylon's last page carries none (usepylon Pagination)


def test_pylon_rejects_a_tampered_cursor_with_its_documented_400(
    mock: ClientFactory, spec_check: Callable[[str], SpecCheck]
) -> None:
    pylon = mock("pylon")
    fill(pylon, "/contacts", 4, lambda i: {"name": f"c{i}"})
    cursor = pylon.get("/contacts", params={"limit": 2}).json()["pagination"]["cursor"]
    payload, signature = cursor.split(".")
    for tampered in (
        payload[:-1] + ("A" if payload[-1] != "A" else "B") + "." + signature,
        "eyJvZmZzZXQiOjUwfQ",
        "x",
    ):
        response = pylon.get("/contacts", params={"cursor": tampered})
        assert response.status_code == 400, tampered
        spec_check("pylon").assert_valid("listContacts", response)


def test_a_cursor_from_another_app_is_stale(mock: ClientFactory) -> None:
    first, second = mock("pylon", seed_random=1), mock("pylon", seed_random=2)
    fill(first, "/contacts", 3, lambda i: {"name": "a"})
    fill(second, "/contacts", 3, lambda i: {"name": "b"})
    cursor = first.get("/contacts", params={"limit": 1}).json()["pagination"]["cursor"]
    assert second.get("/contacts", params={"cursor": cursor}).status_code == 400


def test_pylon_search_pages_with_the_cursor_in_the_body(mock: ClientFactory) -> None:
    pylon = mock("pylon")
    fill(pylon, "/contacts", 5, lambda i: {"name": f"c{i}", "email": f"c{i}@example.com"})
    everyone = {"operator": "string_contains", "field": "email", "value": "@example.com"}
    first = pylon.post("/contacts/search", json={"filter": everyone, "limit": 2}).json()
    assert len(first["data"]) == 2 and first["pagination"]["has_next_page"] is True
    rest = pylon.post(
        "/contacts/search",
        json={"filter": everyone, "limit": 10, "cursor": first["pagination"]["cursor"]},
    ).json()
    # The last page carries no pagination (usepylon types/pagination.py: absent at the end).
    assert len(rest["data"]) == 3 and "pagination" not in rest


def test_pylon_limit_has_a_default_of_100_and_a_maximum_of_999(mock: ClientFactory) -> None:
    pylon = mock("pylon")
    fill(pylon, "/contacts", 101, lambda i: {"name": f"c{i}"})
    assert len(pylon.get("/contacts").json()["data"]) == 100
    assert pylon.get("/contacts", params={"limit": 999}).status_code == 200
    assert pylon.get("/contacts", params={"limit": 1000}).status_code == 400


def test_repzo_pages_by_number_with_totals(
    mock: ClientFactory, spec_check: Callable[[str], SpecCheck]
) -> None:
    repzo = mock("repzo")
    fill(repzo, "/client-contact", 30, lambda i: {"name": f"c{i}"})
    first = repzo.get("/client-contact")
    spec_check("repzo").assert_valid("listClientContacts", first)
    assert len(first.json()["data"]) == 25
    assert first.json()["pagination"] == {
        "page": 1, "per_page": 25, "pre_page": 0, "next_page": 2, "total": 30, "total_page": 2,
    }  # fmt: skip
    last = repzo.get("/client-contact", params={"page": 2}).json()
    assert len(last["data"]) == 5 and last["pagination"]["next_page"] is None
    assert repzo.get("/client-contact", params={"page": 9}).json()["data"] == []
    assert repzo.get("/client-contact", params={"per_page": 101}).status_code == 400


def test_wealthbox_meta_gives_the_total_pages(mock: ClientFactory) -> None:
    wealthbox = mock("wealthbox")
    fill(wealthbox, "/v1/notes", 7, lambda i: {"content": f"note {i}"})
    page = wealthbox.get("/v1/notes", params={"per_page": 3, "page": 3}).json()
    assert [note["content"] for note in page["notes"]] == ["note 6"]
    assert page["meta"] == {"total_count": 7, "total_pages": 3, "current_page": 3}


def test_wealthbox_activity_rejects_a_cursor_it_did_not_issue(mock: ClientFactory) -> None:
    # The activity stream documents 400 for a request the server cannot understand.
    response = mock("wealthbox").get("/v1/activity", params={"cursor": "made-up"})
    assert response.status_code == 400
    assert response.json() == {
        "success": False,
        "errors": "The cursor is invalid or has expired; start from the first page.",
    }
