"""The vendors' documented examples are test vectors for the generated clients.

Every response example goes through the client's own response handling (a real
``AuthenticatedClient`` over ``httpx.MockTransport``) and must come out as a parsed model whose
``to_dict()`` still satisfies the response schema. Every request example must build the body
model and reach the wire as the same JSON.
"""

from __future__ import annotations

import datetime
import json
from typing import Any

import httpx
import pytest

from tests.clients.support import (
    BASE_URL,
    call_kwargs,
    client_apis,
    deref,
    flatten_all_of,
    operations,
    spec_document,
)
from tools.speclint.examples import schema_validator
from tools.speclint.problems import pointer


def _examples(media: dict[str, Any], doc: dict[str, Any]) -> list[tuple[str, Any]]:
    found = []
    if "example" in media:
        found.append(("example", media["example"]))
    for name, example in (media.get("examples") or {}).items():
        example, _ = deref(doc, example, ())
        if isinstance(example, dict) and "value" in example:
            found.append((name, example["value"]))
    return found


def _response_cases():
    for api in client_apis():
        doc = spec_document(api)
        for op in operations(api):
            for status, response in (op.spec.get("responses") or {}).items():
                if not str(status).isdigit():
                    continue  # a range such as 5XX has no single status to replay
                at = ("paths", op.path, op.method, "responses", str(status))
                response, at = deref(doc, response, at)
                media = (response.get("content") or {}).get("application/json")
                if not media or "schema" not in media:
                    continue
                for name, value in _examples(media, doc):
                    yield pytest.param(op, int(status), value,
                                       at + ("content", "application/json", "schema"),
                                       id=f"{api}:{op.id}:{status}:{name}")


def _request_cases():
    for api in client_apis():
        doc = spec_document(api)
        for op in operations(api):
            body, _ = deref(doc, op.spec.get("requestBody"), ())
            media = ((body or {}).get("content") or {}).get("application/json")
            for name, value in _examples(media or {}, doc):
                yield pytest.param(op, value, id=f"{api}:{op.id}:{name}")


def _client(op, handler):
    package = __import__(op.package)
    return package.AuthenticatedClient(base_url=BASE_URL, token="test-token",
                                       httpx_args={"transport": httpx.MockTransport(handler)})


def _to_json(parsed: Any) -> Any:
    if hasattr(parsed, "to_dict"):
        return parsed.to_dict()
    if isinstance(parsed, list):
        return [_to_json(item) for item in parsed]
    return parsed


def same_json(left: Any, right: Any) -> bool:
    """Equal JSON, except that two spellings of the same instant count as equal.

    The generated models hold ``datetime`` objects and write them back with ``isoformat()``:
    ``2023-01-15T10:30:00.000Z`` returns as ``2023-01-15T10:30:00+00:00``. The value is kept;
    only its spelling changes.
    """
    if isinstance(left, dict) and isinstance(right, dict):
        return left.keys() == right.keys() and all(same_json(left[k], right[k]) for k in left)
    if isinstance(left, list) and isinstance(right, list):
        return len(left) == len(right) and all(map(same_json, left, right))
    if isinstance(left, str) and isinstance(right, str) and left != right:
        try:
            return (datetime.datetime.fromisoformat(left)
                    == datetime.datetime.fromisoformat(right))
        except ValueError:
            return False
    return left == right and type(left) is type(right)


@pytest.mark.parametrize(("op", "status", "value", "schema_at"), list(_response_cases()))
def test_response_example_parses_and_still_validates(op, status, value, schema_at):
    client = _client(op, lambda request: httpx.Response(status, json=value))
    response = op.module().sync_detailed(**call_kwargs(op, client))
    assert response.status_code == status
    assert response.parsed is not None, "the client did not parse a documented response"
    assert json.loads(response.content) == value
    validator = schema_validator(spec_document(op.api), schema_at)
    errors = [f"{list(e.absolute_path)}: {e.message[:200]}"
              for e in validator.iter_errors(_to_json(response.parsed))]
    assert not errors, "\n".join(errors)


@pytest.mark.parametrize(("op", "value"), list(_request_cases()))
def test_request_example_reaches_the_wire_unchanged(op, value):
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(204)

    client = _client(op, handler)
    kwargs = call_kwargs(op, client, body=value)
    assert same_json(kwargs["body"].to_dict(), value)
    op.module().sync_detailed(**kwargs)
    assert len(sent) == 1
    assert same_json(json.loads(sent[0].content), value)


def _object_example_cases():
    for case in _response_cases():
        _op, status, value, _schema_at = case.values
        if 200 <= status < 300 and isinstance(value, dict) and value:
            yield case


@pytest.mark.parametrize(("op", "status", "value", "schema_at"), list(_object_example_cases()))
def test_unknown_fields_stay_reachable_and_optional_fields_may_be_absent(op, status, value,
                                                                        schema_at):
    doc = spec_document(op.api)
    schema, at = deref(doc, {"$ref": "#" + pointer(schema_at)}, ())
    if "oneOf" in schema:
        # A response whose shape the vendor's sources disagree about: the branch the
        # documented example is in.
        index = next(i for i in range(len(schema["oneOf"]))
                     if schema_validator(doc, (*at, "oneOf", i)).is_valid(value))
        schema, _ = deref(doc, schema["oneOf"][index], ())
    if "allOf" in schema:
        schema = flatten_all_of(doc, schema)
    required = set(schema.get("required") or [])
    optional = sorted(k for k in value if k not in required)
    sent = {k: v for k, v in value.items() if k not in optional[:1]}
    sent["x_undocumented"] = {"nested": [1, "two", None]}

    client = _client(op, lambda request: httpx.Response(status, json=sent))
    parsed = op.module().sync_detailed(**call_kwargs(op, client)).parsed
    assert parsed.additional_properties["x_undocumented"] == {"nested": [1, "two", None]}
    assert same_json(parsed.to_dict(), sent)
