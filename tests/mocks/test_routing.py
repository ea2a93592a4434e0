"""Routing under the spec's base path: JSON 404 for unknown paths and ids, 405 with `Allow`."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.mocks.conftest import ClientFactory
from tests.mocks.support import SpecCheck


def test_paths_are_served_under_the_base_path_of_the_first_server(mock: ClientFactory) -> None:
    kanbert = mock("kanbert")
    assert kanbert.get("/contacts").status_code == 200  # https://mock.test/api/v1/contacts
    outside = kanbert.run(
        kanbert.client.get(
            "https://mock.test/contacts", headers={"Authorization": "Bearer test-token"}
        )
    )
    assert outside.status_code == 404
    assert outside.json() == {"message": "The route could not be found."}


@pytest.mark.parametrize(
    ("api", "expected_keys"),
    [
        ("kanbert", {"message"}),
        ("pylon", {"errors", "request_id"}),
        ("kinbox", {"statusCode", "error", "message"}),
        ("repzo", {"success", "error"}),
        ("wealthbox", {"success", "errors"}),
    ],
)
def test_an_unknown_path_is_a_json_404_in_the_vendor_envelope(
    mock: ClientFactory, api: str, expected_keys: set[str]
) -> None:
    response = mock(api).get("/no/such/thing")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/json"
    assert set(response.json()) == expected_keys


def test_a_path_starlette_would_not_route_still_gets_the_vendor_json(mock: ClientFactory) -> None:
    # A decoded newline defeats Starlette's path patterns; the engine still owns the answer.
    response = mock("kanbert").post("/contacts/a%0Ab/restore")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/json"


@pytest.mark.parametrize(
    ("api", "path", "operation_id"),
    [
        ("kanbert", "/contacts/does-not-exist", "getContact"),
        ("pylon", "/contacts/does-not-exist", "getContact"),
        ("repzo", "/client-contact/60f1b2b3c9e9a12345678901", "getClientContact"),
        ("wealthbox", "/v1/contacts/999", "getContact"),
    ],
)
def test_an_unknown_id_is_404_with_the_documented_body(
    mock: ClientFactory,
    spec_check: Callable[[str], SpecCheck],
    api: str,
    path: str,
    operation_id: str,
) -> None:
    response = mock(api).get(path)
    assert response.status_code == 404
    spec_check(api).assert_valid(operation_id, response)


def test_an_undocumented_method_is_405_with_allow_and_a_json_body(mock: ClientFactory) -> None:
    response = mock("kanbert").put("/contacts")
    assert response.status_code == 405
    assert response.headers["allow"] == "GET, HEAD, POST"
    assert response.json() == {"message": "The PUT method is not supported for this route."}


def test_allow_lists_the_methods_of_the_most_specific_template(mock: ClientFactory) -> None:
    pylon = mock("pylon")
    # /contacts/search (POST) beats /contacts/{id} (GET, PATCH, DELETE) for this path.
    assert pylon.put("/contacts/search").headers["allow"] == "POST"
    # ...but a GET falls through to /contacts/{id}, where "search" is just an unknown id.
    assert pylon.get("/contacts/search").status_code == 404


def test_options_answers_405_listing_exactly_the_documented_methods(mock: ClientFactory) -> None:
    response = mock("kinbox").request("OPTIONS", "/contacts")
    assert response.status_code == 405
    assert response.headers["allow"] == "POST"


def test_head_is_answered_like_get(mock: ClientFactory) -> None:
    wealthbox = mock("wealthbox")
    assert wealthbox.request("HEAD", "/v1/me").status_code == 200


def test_routing_happens_before_authentication(mock: ClientFactory) -> None:
    repzo = mock("repzo")
    assert repzo.get("/nowhere", auth=False).status_code == 404
    assert repzo.request("PATCH", "/client-contact", auth=False).status_code == 405
