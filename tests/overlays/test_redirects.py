"""A redirect that leaves the origin loses the vendor's credential header, for all five vendors.

Two real local origins: A answers every request with a redirect to B, and B records what it
got. httpx alone drops only ``Authorization`` off-origin, so Repzo's ``api-key`` and
Wealthbox's ``ACCESS_TOKEN`` reached B before the credential guard.
"""

from __future__ import annotations

import asyncio
import importlib
from typing import Any

import pytest
from crm_overlays.auth import auth_scheme
from crm_overlays.transports import build_transport

from .servers import Answer, LocalServer, Received

TOKEN = "tok_REDIRECT_7f6e5d4c3b"
APIS = ("kanbert", "kinbox", "pylon", "repzo", "wealthbox")


def landing(_: Received) -> Answer:
    return 200, [("Content-Type", "application/json")], b'{"ok": true}'


def redirect_to(target: str, status: int = 302) -> Any:
    def answer(_: Received) -> Answer:
        return status, [("Location", target)], b""

    return answer


def vendor_client(api: str, base_url: str) -> Any:
    vendor = importlib.import_module(f"crm_overlays.{api}")
    return vendor.client(token=TOKEN, base_url=base_url, follow_redirects=True, rate_limit=False)


def assert_no_credentials(received: Received, api: str) -> None:
    for name in {auth_scheme(api).header.lower(), "authorization", "cookie"}:
        if name in received.headers:
            pytest.fail(f"{name} reached the other origin")  # the value is never printed


@pytest.mark.parametrize("status", [302, 307])
@pytest.mark.parametrize("api", APIS)
def test_a_redirect_to_another_origin_drops_the_vendor_credential(api: str, status: int) -> None:
    with LocalServer(landing) as other, LocalServer(
        redirect_to(f"{other.origin}/landing", status)
    ) as origin:
        client = vendor_client(api, origin.origin)
        httpx_client = client.get_httpx_client()
        httpx_client.cookies.set("session", "cookie-value-123")
        response = httpx_client.get("/contacts")

    assert response.status_code == 200
    header = auth_scheme(api).header.lower()
    assert header in origin.received[0].headers  # the token went where it belongs
    assert len(other.received) == 1
    assert_no_credentials(other.received[0], api)


@pytest.mark.parametrize("api", ["repzo", "wealthbox"])
def test_the_async_client_drops_it_too(api: str) -> None:
    async def follow(base_url: str) -> int:
        client = vendor_client(api, base_url)
        response = await client.get_async_httpx_client().get("/contacts")
        return int(response.status_code)

    with LocalServer(landing) as other, LocalServer(
        redirect_to(f"{other.origin}/landing")
    ) as origin:
        assert asyncio.run(follow(origin.origin)) == 200
    assert_no_credentials(other.received[0], api)


def test_another_port_on_the_same_host_is_another_origin() -> None:
    with LocalServer(landing) as other, LocalServer(
        redirect_to(f"{other.origin}/landing")
    ) as origin:
        assert origin.origin.rsplit(":", 1)[0] == other.origin.rsplit(":", 1)[0]
        vendor_client("wealthbox", origin.origin).get_httpx_client().get("/contacts")
    assert_no_credentials(other.received[0], "wealthbox")


def test_a_redirect_within_the_origin_keeps_the_credential() -> None:
    def answer(request: Received) -> Answer:
        if request.target == "/contacts":
            return 302, [("Location", "/v2/contacts")], b""
        return landing(request)

    with LocalServer(answer) as origin:
        response = vendor_client("repzo", origin.origin).get_httpx_client().get("/contacts")
    assert response.status_code == 200
    assert [request.target for request in origin.received] == ["/contacts", "/v2/contacts"]
    assert all(request.headers.get("api-key") == TOKEN for request in origin.received)


def test_a_generated_client_on_the_transport_stack_is_guarded_as_well() -> None:
    # The documented use without the factory: the generated client puts the token in its
    # httpx client's default headers, and build_transport alone must still drop it.
    from repzo_client import AuthenticatedClient

    with LocalServer(landing) as other, LocalServer(
        redirect_to(f"{other.origin}/landing")
    ) as origin:
        client = AuthenticatedClient(
            base_url=origin.origin,
            token=TOKEN,
            prefix="",
            auth_header_name="api-key",
            follow_redirects=True,
            httpx_args={"transport": build_transport("repzo", TOKEN, rate_limit=False)},
        )
        assert client.get_httpx_client().get("/contacts").status_code == 200
    assert origin.received[0].headers.get("api-key") == TOKEN
    assert_no_credentials(other.received[0], "repzo")
