"""`create_app`: its options, the middlewares it wires, and the error envelopes it hands them."""

from __future__ import annotations

import inspect
from collections.abc import Callable

import httpx
import pytest

from mocks import create_app
from mocks.api import compile_api
from mocks.calls import Reply
from mocks.envelope import ErrorBody
from mocks.hooks import HookContext, HookRegistry
from tests.mocks.conftest import ClientFactory
from tests.mocks.support import SpecCheck


def test_create_app_takes_the_agreed_options() -> None:
    parameters = inspect.signature(create_app).parameters
    expected = {"token": "test-token", "db": None, "seed": 0, "rate_limit": True, "time_scale": 1.0,
                "faults": None, "webhook_url": None}  # fmt: skip
    for name, default in expected.items():
        assert parameters[name].default == default, name
        assert parameters[name].kind is inspect.Parameter.KEYWORD_ONLY


def test_the_vendor_rate_limit_is_enforced_with_its_envelope(
    mock: ClientFactory, spec_check: Callable[[str], SpecCheck]
) -> None:
    pylon = mock("pylon", rate_limit=True)
    # Pylon allows 10 DELETEs a minute (x-rate-limit on deleteContact).
    statuses = [pylon.delete(f"/contacts/missing-{n}").status_code for n in range(11)]
    assert statuses == [404] * 10 + [429]
    throttled = pylon.delete("/contacts/missing")
    assert int(throttled.headers["retry-after"]) >= 1
    spec_check("pylon").assert_valid("deleteContact", throttled)
    assert pylon.get("/contacts").status_code == 200  # listing has a budget of its own


def test_an_api_without_a_documented_limit_is_not_throttled(mock: ClientFactory) -> None:
    kanbert = mock("kanbert", rate_limit=True)
    assert {kanbert.get("/contacts").status_code for _ in range(80)} == {200}


def test_rate_limiting_can_be_switched_off(mock: ClientFactory) -> None:
    pylon = mock("pylon", rate_limit=False)
    assert {pylon.delete("/contacts/missing").status_code for _ in range(15)} == {404}


def test_faults_are_injected_in_front_of_everything_with_the_vendor_envelope(
    mock: ClientFactory, spec_check: Callable[[str], SpecCheck]
) -> None:
    wealthbox = mock("wealthbox", faults="seq:503,ok")
    failed = wealthbox.get("/v1/me")
    assert failed.status_code == 503
    spec_check("wealthbox").assert_valid("getLoginProfile", failed)  # documented as 5XX
    assert wealthbox.get("/v1/me").status_code == 200


def test_a_failing_hook_answers_the_vendor_500_without_a_trace(mock: ClientFactory) -> None:
    repzo = mock("repzo")
    broken = HookRegistry()

    @broken.operation("listClientContacts")
    async def explode(ctx: HookContext) -> Reply:
        raise RuntimeError("secret internals")

    repzo.engine.hooks = broken
    transport = httpx.ASGITransport(app=repzo.app, raise_app_exceptions=False)
    client = httpx.AsyncClient(transport=transport, base_url="https://mock.test")
    response = repzo.run(client.get("/client-contact", headers={"api-key": "test-token"}))
    repzo.run(client.aclose())
    assert response.status_code == 500
    assert response.json() == {
        "success": False,
        "error": "The mock failed to answer this request.",
    }
    assert "secret internals" not in response.text


def error_body_for(api: str) -> ErrorBody:
    """`error_body(status, message)` of an API's envelopes, as the fault middleware takes it."""
    return compile_api(api).errors.as_callable()


@pytest.mark.parametrize("api", ["kanbert", "kinbox", "pylon", "repzo", "wealthbox"])
def test_error_body_for_builds_bodies_the_spec_documents(
    api: str, spec_check: Callable[[str], SpecCheck]
) -> None:
    check = spec_check(api)
    error_body = error_body_for(api)
    documented = 0
    # The authorization server's endpoints answer RFC 6749 error bodies from mocks/oauth.py,
    # not the API's envelope (tests/oauth/test_mock_oauth.py checks those).
    oauth_endpoints = {"authorize", "requestToken"} if api == "wealthbox" else set()
    for operation_id in set(check.operations) - oauth_endpoints:
        for status in (400, 401, 404, 422, 429, 500, 503):
            try:
                pointer = check.schema_pointer(operation_id, status)
            except AssertionError:
                continue  # not documented for this operation
            if pointer is not None:
                documented += 1
                body = error_body(status, "Something went wrong.")
                assert check.errors_at(pointer, body) == [], (operation_id, status, body)
    assert documented > 0


def test_error_body_for_a_status_nobody_documents_uses_the_common_envelope() -> None:
    assert error_body_for("kanbert")(418, "I am a teapot") == {"message": "I am a teapot"}
    assert error_body_for("kinbox")(503, "later") == {
        "statusCode": 503,
        "error": "Service Unavailable",
        "message": "later",
    }
