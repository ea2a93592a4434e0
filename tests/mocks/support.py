"""Helpers for the mock tests: a synchronous in-process client, and an independent spec check.

`SpecCheck` validates responses with python-jsonschema (not the jsonschema-rs validators the
mock itself uses), so a test that passes is not the engine agreeing with itself.
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine, Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

import crm_overlays.specs
import httpx
from crm_overlays.auth import auth_scheme
from jsonschema import Draft202012Validator
from referencing import Registry
from referencing.jsonschema import DRAFT202012
from starlette.applications import Starlette

from mocks.openapi import SpecDocument

TOKEN = "test-token"
FIXED_NOW = datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)

def auth_headers(api: str, token: str) -> dict[str, str]:
    """The header the ready clients send the token in, from the spec's security scheme."""
    scheme = auth_scheme(api)
    return {scheme.header: scheme.value(token)}


def fixed_clock() -> datetime:
    return FIXED_NOW


class MockClient:
    """Requests to one in-process app, with the API's base path and (by default) its token."""

    def __init__(self, app: Starlette, api: str, *, token: str = TOKEN) -> None:
        self.app = app
        self.api = api
        self.token = token
        self.base_path = SpecDocument.load(api).base_path
        self.loop = asyncio.new_event_loop()
        self.client = httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url=f"https://mock.test{self.base_path}"
        )

    @property
    def engine(self) -> Any:
        return self.app.state.engine

    def run(self, coroutine: Coroutine[Any, Any, Any]) -> Any:
        return self.loop.run_until_complete(coroutine)

    def request(
        self,
        method: str,
        path: str,
        *,
        auth: bool = True,
        headers: Mapping[str, str] | None = None,
        **kwargs: Any,
    ) -> httpx.Response:
        sent = auth_headers(self.api, self.token) if auth else {}
        sent.update(headers or {})
        return self.run(self.client.request(method, path.lstrip("/"), headers=sent, **kwargs))

    def get(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", path, **kwargs)

    def post(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("POST", path, **kwargs)

    def put(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("PUT", path, **kwargs)

    def patch(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("PATCH", path, **kwargs)

    def delete(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("DELETE", path, **kwargs)

    def close(self) -> None:
        self.run(self.client.aclose())
        self.loop.close()


class SpecCheck:
    """Validates a response against the spec's schema for its operation and status."""

    def __init__(self, api: str) -> None:
        self.document = SpecDocument(api, crm_overlays.specs.load(api))
        resource = DRAFT202012.create_resource(dict(self.document.document))
        self.registry: Registry[Any] = Registry().with_resource("urn:spec", resource)
        self.operations = {op.operation_id: op for op in self.document.operations()}

    def schema_pointer(self, operation_id: str, status: int) -> str | None:
        op = self.operations[operation_id]
        responses = op.node["responses"]
        key = next((k for k in (str(status), f"{str(status)[0]}XX") if k in responses), None)
        if key is None:
            raise AssertionError(f"{operation_id} does not document {status}")
        node, pointer = self.document.resolve(responses[key], f"{op.pointer}/responses/{key}")
        content = node.get("content", {}).get("application/json")
        if content is None or "schema" not in content:
            return None
        return f"{pointer}/content/application~1json/schema"

    def errors(self, operation_id: str, response: httpx.Response) -> list[str]:
        pointer = self.schema_pointer(operation_id, response.status_code)
        if pointer is None:
            return []
        return self.errors_at(pointer, response.json())

    def errors_at(self, pointer: str, value: Any) -> list[str]:
        """Validation errors of `value` against the schema at a "#/..." pointer of the spec."""
        validator = Draft202012Validator(
            {"$ref": "urn:spec#" + quote(pointer[1:], safe="/~")},
            registry=self.registry,
            format_checker=Draft202012Validator.FORMAT_CHECKER,
        )
        return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(value)]

    def assert_valid(self, operation_id: str, response: httpx.Response) -> None:
        assert response.headers["content-type"].startswith("application/json"), response.headers
        errors = self.errors(operation_id, response)
        assert not errors, f"{operation_id} {response.status_code}: {errors}"


