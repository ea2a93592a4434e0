"""Ready clients per vendor (crm_overlays.<vendor>.client) and unwrap / call / acall.

The expected base URLs and auth headers below are the vendors' documented ones, written out
by hand rather than read from the specs, so a spec edit that changes them fails here.
"""

from __future__ import annotations

import asyncio
import copy
import importlib
import logging
from typing import Any

import httpx
import pytest
from crm_overlays import (
    InvalidResponseError,
    NotFoundError,
    RetryPolicy,
    ServerError,
    UnexpectedStatusError,
    UnprocessableError,
    acall,
    call,
    unwrap,
)
from crm_overlays.clients import ClientFactory

from tests.clients.support import Operation, call_kwargs, deref, operations, spec_document

VENDORS: dict[str, tuple[str, str, str]] = {
    # api: (base URL, auth header, value sent for the token "tok")
    "kanbert": ("https://api.kanbert.com/api/v1", "Authorization", "Bearer {token}"),
    "kinbox": ("https://api4.kinbox.com.br/v1", "Authorization", "Bearer {token}"),
    "pylon": ("https://api.usepylon.com", "Authorization", "Bearer {token}"),
    "repzo": ("https://sv.api.repzo.me", "api-key", "{token}"),
    "wealthbox": ("https://api.crmworkspace.com", "ACCESS_TOKEN", "{token}"),
}


def vendor(api: str) -> Any:
    return importlib.import_module(f"crm_overlays.{api}")


def documented_success(op: Operation) -> tuple[int, Any] | None:
    """The status and body of the operation's first documented 2xx example, if any."""
    doc = spec_document(op.api)
    for status, response in op.spec["responses"].items():
        if not str(status).startswith("2"):
            continue
        response, _ = deref(doc, response, ())
        examples = response.get("content", {}).get("application/json", {}).get("examples", {})
        for example in examples.values():
            example, _ = deref(doc, example, ())
            # A copy: the spec is parsed once and shared, and callers edit the body they get.
            return int(status), copy.deepcopy(example["value"])
    return None


def documented_body(op: Operation) -> Any:
    found = documented_success(op)
    assert found is not None, f"{op.api} {op.id} documents no success example"
    return found[1]


def sample_operation(api: str) -> tuple[Operation, int, Any]:
    """A GET of ``api`` with a documented success body, else its first documented operation."""
    candidates = [(op, documented_success(op)) for op in operations(api)]
    documented = [(op, found) for op, found in candidates if found is not None]
    op, (status, body) = next(
        ((op, found) for op, found in documented if op.method == "get"), documented[0]
    )
    return op, status, body


class Recorder:
    """A MockTransport handler that records requests and answers with a fixed response."""

    def __init__(self, status: int = 200, body: Any = None, **extra: Any) -> None:
        self.requests: list[httpx.Request] = []
        self.replies: list[httpx.Response] = []
        self.status, self.body, self.extra = status, body, extra

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.replies:
            return self.replies.pop(0)
        if isinstance(self.body, bytes):
            return httpx.Response(self.status, content=self.body, **self.extra)
        return httpx.Response(self.status, json=self.body, **self.extra)


# ------------------------------------------------------------------ client factory


@pytest.mark.parametrize("api", sorted(VENDORS))
def test_client_sends_to_the_base_url_with_the_vendor_auth_header(api: str) -> None:
    base_url, header, template = VENDORS[api]
    op, status, body = sample_operation(api)
    recorder = Recorder(status, body)
    token = f"tok-{api}-1234"
    client = vendor(api).client(token, transport=httpx.MockTransport(recorder))
    assert isinstance(client, importlib.import_module(f"{api}_client").AuthenticatedClient)

    model = call(op.module(), **call_kwargs(op, client))
    async_model = asyncio.run(acall(op.module(), **call_kwargs(op, client)))

    assert type(model) is type(async_model)
    assert model.to_dict() == async_model.to_dict()
    assert len(recorder.requests) == 2
    for request in recorder.requests:
        assert str(request.url).startswith(base_url + "/")
        assert request.headers[header] == template.format(token=token)


@pytest.mark.parametrize("api", sorted(VENDORS))
def test_token_comes_from_the_environment(api: str, monkeypatch: pytest.MonkeyPatch) -> None:
    _, header, template = VENDORS[api]
    monkeypatch.setenv(f"{api.upper()}_TOKEN", "from-the-env")
    recorder = Recorder(404, {})
    client = vendor(api).client(transport=httpx.MockTransport(recorder), retry=None)
    client.get_httpx_client().get("/anything")
    assert recorder.requests[0].headers[header] == template.format(token="from-the-env")


def test_explicit_token_wins_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WEALTHBOX_TOKEN", "from-the-env")
    recorder = Recorder(404, {})
    client = vendor("wealthbox").client("explicit", transport=httpx.MockTransport(recorder))
    client.get_httpx_client().get("/v1/me")
    assert recorder.requests[0].headers["ACCESS_TOKEN"] == "explicit"


@pytest.mark.parametrize("value", [None, ""])
def test_missing_token_names_the_variable(
    value: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    if value is None:
        monkeypatch.delenv("REPZO_TOKEN", raising=False)
    else:
        monkeypatch.setenv("REPZO_TOKEN", value)
    with pytest.raises(ValueError, match="REPZO_TOKEN"):
        vendor("repzo").client()


@pytest.mark.parametrize("api", sorted(VENDORS))
def test_nothing_printable_shows_the_token(api: str, caplog: pytest.LogCaptureFixture) -> None:
    token = f"secret-{api}-token-98765"
    recorder = Recorder(200, {})
    client = vendor(api).client(token, transport=httpx.MockTransport(recorder))
    sync_http, async_http = client.get_httpx_client(), client.get_async_httpx_client()
    with caplog.at_level(logging.DEBUG, logger="crm_overlays"):
        sync_http.get("/logged")
    shown = [
        repr(client),
        str(client),
        repr(sync_http),
        repr(async_http),
        repr(sync_http.headers),
        repr(async_http.headers),
        repr(sync_http.auth),
        repr(async_http.auth),
        caplog.text,
    ]
    assert "/logged" in caplog.text  # the request was logged, with its headers
    for text in shown:
        assert token not in text
    assert "REDACTED" in repr(client)
    assert recorder.requests[0].headers[VENDORS[api][1]].endswith(token)


def test_base_url_and_timeout_can_be_overridden() -> None:
    recorder = Recorder(200, {})
    client = vendor("pylon").client(
        "tok",
        base_url="https://api.eu.usepylon.com",
        timeout=5.0,
        transport=httpx.MockTransport(recorder),
    )
    client.get_httpx_client().get("/contacts")
    assert str(recorder.requests[0].url) == "https://api.eu.usepylon.com/contacts"
    assert client.get_httpx_client().timeout == httpx.Timeout(5.0)
    assert client.get_async_httpx_client().timeout == httpx.Timeout(5.0)


class SyncOnlyTransport(httpx.BaseTransport):
    def __init__(self) -> None:
        self.count = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.count += 1
        return httpx.Response(200, json={"side": "sync"})


def test_sync_and_async_clients_each_get_their_own_transport() -> None:
    sync_transport = SyncOnlyTransport()
    async_recorder = Recorder(200, {"side": "async"})
    client = vendor("kanbert").client(
        "tok", transport=sync_transport, async_transport=httpx.MockTransport(async_recorder)
    )

    async def async_side() -> Any:
        return (await client.get_async_httpx_client().get("/contacts")).json()

    assert client.get_httpx_client().get("/contacts").json() == {"side": "sync"}
    assert asyncio.run(async_side()) == {"side": "async"}
    assert (sync_transport.count, len(async_recorder.requests)) == (1, 1)


def test_retry_policy_is_applied_to_calls() -> None:
    op, status, body = sample_operation("wealthbox")
    recorder = Recorder(status, body)
    recorder.replies.append(httpx.Response(503, json={"success": False, "errors": "busy"}))
    sleeps: list[float] = []
    policy = RetryPolicy(sleep=sleeps.append, jitter=False)
    client = vendor("wealthbox").client(
        "tok-retry", retry=policy, transport=httpx.MockTransport(recorder)
    )
    call(op.module(), **call_kwargs(op, client))
    assert len(recorder.requests) == 2
    assert len(sleeps) == 1


def test_without_retries_a_server_error_raises_at_once() -> None:
    op, _, _ = sample_operation("wealthbox")
    recorder = Recorder(503, {"success": False, "errors": "busy"})
    client = vendor("wealthbox").client(
        "tok-noretry", retry=None, transport=httpx.MockTransport(recorder)
    )
    with pytest.raises(ServerError):
        call(op.module(), **call_kwargs(op, client))
    assert len(recorder.requests) == 1


def test_with_headers_copies_keep_the_configured_transport_and_auth() -> None:
    recorder = Recorder(200, {})
    client = vendor("repzo").client("tok-copy", transport=httpx.MockTransport(recorder))
    copy = client.with_headers({"X-Trace": "1"}).with_timeout(httpx.Timeout(3.0))

    async def async_side() -> None:
        await copy.get_async_httpx_client().get("/client-contact")

    copy.get_httpx_client().get("/client-contact")
    asyncio.run(async_side())
    # Both requests reached the mock (not the network) with the token and the new header.
    assert len(recorder.requests) == 2
    for request in recorder.requests:
        assert request.headers["api-key"] == "tok-copy"
        assert request.headers["X-Trace"] == "1"
    assert "tok-copy" not in repr(copy)


def test_factory_rejects_an_unknown_api() -> None:
    with pytest.raises(ValueError, match="unknown API"):
        ClientFactory("nope", httpx.Client)  # type: ignore[type-var]


def test_vendor_modules_are_imported_lazily() -> None:
    import crm_overlays

    assert crm_overlays.wealthbox is vendor("wealthbox")
    with pytest.raises(AttributeError):
        crm_overlays.salesforce  # noqa: B018


# --------------------------------------------------------------------- unwrap / call


def plain_client(api: str, recorder: Recorder, **options: Any) -> Any:
    package = importlib.import_module(f"{api}_client")
    return package.AuthenticatedClient(
        base_url="https://api.example.test",
        token="tok",
        httpx_args={"transport": httpx.MockTransport(recorder)},
        **options,
    )


def test_unwrap_returns_the_success_model() -> None:
    from wealthbox_client.api.contacts import get_contact
    from wealthbox_client.models import Contact

    op = next(op for op in operations("wealthbox") if op.id == "getContact")
    body = documented_body(op)
    client = plain_client("wealthbox", Recorder(200, body))
    contact = unwrap(get_contact.sync_detailed(client=client, id=1))
    assert isinstance(contact, Contact)
    assert contact.to_dict()["id"] == body["id"]


def test_unwrap_raises_the_typed_error_with_the_error_model() -> None:
    from wealthbox_client.api.contacts import get_contact
    from wealthbox_client.models import Error

    client = plain_client("wealthbox", Recorder(404, {"success": False, "errors": "Not found"}))
    response = get_contact.sync_detailed(client=client, id=1)
    with pytest.raises(NotFoundError) as caught:
        unwrap(response)
    assert caught.value.status == 404
    assert isinstance(caught.value.model, Error)
    assert caught.value.model is response.parsed


@pytest.mark.parametrize(
    ("status", "error"), [(404, NotFoundError), (422, UnprocessableError), (500, ServerError)]
)
def test_call_raises_the_typed_error_with_the_request_line(
    status: int, error: type[Exception]
) -> None:
    from kanbert_client.api.contacts import get_contact

    body = {"message": "nope", "errors": {"id": ["bad"]}} if status == 422 else {"message": "x"}
    client = plain_client("kanbert", Recorder(status, body))
    with pytest.raises(error) as caught:
        call(get_contact, client=client, id="abc")
    assert caught.value.method == "GET"  # type: ignore[attr-defined]
    assert caught.value.url == "https://api.example.test/contacts/abc"  # type: ignore[attr-defined]


def test_undocumented_status_raises_unexpected_status_even_when_the_client_raises() -> None:
    from repzo_client.api.client_contacts import get_client_contact

    for raise_on_unexpected in (False, True):
        recorder = Recorder(418, {"teapot": True})
        client = plain_client("repzo", recorder, raise_on_unexpected_status=raise_on_unexpected)
        with pytest.raises(UnexpectedStatusError) as caught:
            call(get_client_contact, "0123456789abcdef01234567", client=client)
        assert caught.value.status == 418


def test_missing_required_field_raises_invalid_response_naming_it() -> None:
    from repzo_client.api.client_contacts import list_client_contacts

    op = next(op for op in operations("repzo") if op.id == "listClientContacts")
    body = documented_body(op)
    item = body["data"][0]
    broken = {**body, "data": [item, {k: v for k, v in item.items() if k != "name"}]}
    client = plain_client("repzo", Recorder(200, broken))
    with pytest.raises(InvalidResponseError) as caught:
        call(list_client_contacts, client=client)
    error = caught.value
    assert error.field_path == "data[1].name"
    assert error.status == 200
    assert "repzo listClientContacts" in str(error)
    assert "data[1].name" in str(error)


def test_body_that_is_not_json_raises_invalid_response() -> None:
    from pylon_client.api.contacts import get_contact

    client = plain_client("pylon", Recorder(200, b"<html>maintenance</html>"))

    async def fetch() -> Any:
        return await acall(get_contact, "c1", client=client)

    with pytest.raises(InvalidResponseError) as caught:
        asyncio.run(fetch())
    assert caught.value.field_path == "$"
    assert "pylon getContact" in str(caught.value)


def test_a_wrong_keyword_is_the_callers_type_error_not_a_response_error() -> None:
    from pylon_client.api.contacts import list_contacts

    recorder = Recorder(200, {})
    client = plain_client("pylon", recorder)
    with pytest.raises(TypeError, match="bogus"):
        call(list_contacts, client=client, bogus=1)  # type: ignore[call-overload]
    assert recorder.requests == []


def test_call_without_a_client_says_so() -> None:
    from pylon_client.api.contacts import list_contacts

    with pytest.raises(TypeError, match="client="):
        call(list_contacts)  # type: ignore[call-overload]
