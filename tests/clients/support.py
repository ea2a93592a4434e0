"""Finding the generated code that belongs to each operation of a spec.

The generator names an endpoint module after the operation's first tag and its operationId
(``<package>.api.<tag>.<operation_id>``); these helpers follow the same rule (with the
generator's own ``snake_case``) so that tests can walk a spec and call its client.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import types
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from crm_overlays.spec_security import oauth_flow_urls
from crm_overlays.specs import METHODS, operation_url, pointer_tokens, resolve
from openapi_python_client.strings import snake_case

from codegen.generate import apis
from tests.conftest import ROOT
from tools.speclint.loader import load_spec

BASE_URL = "https://api.example.test"


@dataclass(frozen=True)
class Operation:
    api: str
    path: str
    method: str
    spec: dict[str, Any]

    @property
    def id(self) -> str:
        return self.spec["operationId"]

    @property
    def package(self) -> str:
        return f"{self.api}_client"

    def module(self) -> types.ModuleType:
        tag = (self.spec.get("tags") or ["default"])[0]
        return importlib.import_module(
            f"{self.package}.api.{snake_case(tag)}.{snake_case(self.id)}")


def spec_path(api: str) -> Path:
    return ROOT / "specs" / f"{api}.yaml"


@functools.cache
def spec_document(api: str) -> dict[str, Any]:
    return load_spec(spec_path(api)).data


def client_apis() -> list[str]:
    """The APIs that have a generated client."""
    return apis()


def operations(api: str) -> Iterator[Operation]:
    doc = spec_document(api)
    for path, item in (doc.get("paths") or {}).items():
        for method in METHODS:
            if isinstance(item.get(method), dict):
                yield Operation(api, path, method, item[method])


def is_oauth_endpoint(op: Operation) -> bool:
    """Whether ``op`` is the authorization server's (an oauth2 flow URL of its spec)."""
    doc = spec_document(op.api)
    item = (doc.get("paths") or {}).get(op.path) or {}
    return operation_url(doc, op.path, item, op.spec) in oauth_flow_urls(doc)


def deref(doc: dict[str, Any], node: Any, at: tuple[str | int, ...]) -> tuple[Any, tuple]:
    """Follow ``$ref`` chains; return the target and its location (as tokens)."""
    if not (isinstance(node, dict) and "$ref" in node):
        return node, at
    target, where = resolve(doc, node)
    return target, tuple(pointer_tokens(where))


def flatten_all_of(doc: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    flat = {k: v for k, v in schema.items() if k != "allOf"}
    flat["properties"] = dict(schema.get("properties") or {})
    flat["required"] = list(schema.get("required") or [])
    for branch in schema["allOf"]:
        branch, _ = deref(doc, branch, ())
        if "allOf" in branch:
            branch = flatten_all_of(doc, branch)
        flat["properties"].update(branch.get("properties") or {})
        flat["required"] += [r for r in branch.get("required") or [] if r not in flat["required"]]
        flat.setdefault("type", branch.get("type"))
    return flat


def minimal_instance(doc: dict[str, Any], schema: Any, depth: int = 0) -> Any:
    """The smallest JSON value with every required member, for arguments a test must pass.

    The value only has to be accepted by the generated ``from_dict`` (which parses formats but
    does not validate), not by the server.
    """
    schema, _ = deref(doc, schema, ())
    if not isinstance(schema, dict) or depth > 12:
        return None
    for key in ("oneOf", "anyOf"):
        branches = [b for b in schema.get(key) or [] if deref(doc, b, ())[0].get("type") != "null"]
        if branches:
            return minimal_instance(doc, branches[0], depth + 1)
    if "allOf" in schema:  # specs put shared properties and `required` in separate parts
        schema = flatten_all_of(doc, schema)
    if "const" in schema:
        return schema["const"]
    if schema.get("enum"):
        return next(v for v in schema["enum"] if v is not None)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind == "object" or "properties" in schema:
        props = schema.get("properties") or {}
        return {name: minimal_instance(doc, props.get(name, {}), depth + 1)
                for name in schema.get("required") or []}
    if kind == "array":
        return []
    if kind == "integer":
        return max(1, schema.get("minimum", 1))
    if kind == "number":
        return 1.0
    if kind == "boolean":
        return True
    if kind == "string":
        return {"date-time": "2020-01-02T03:04:05Z", "date": "2020-01-02",
                "email": "a@example.test", "uuid": "00000000-0000-0000-0000-000000000000",
                }.get(schema.get("format", ""), "1")
    return None


def _model_from(annotation: Any, value: Any) -> Any:
    """Build an argument of type ``annotation`` (a generated model, enum, list or scalar)."""
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        errors = []
        for option in typing.get_args(annotation):
            if option is type(None):
                continue
            try:
                return _model_from(option, value)
            except Exception as exc:  # noqa: BLE001 (any failure: try the next union member)
                errors.append(exc)
        raise TypeError(f"no member of {annotation} accepts {value!r}: {errors}")
    if inspect.isclass(annotation) and issubclass(annotation, Enum):
        return annotation(value) if value is not None else next(iter(annotation))
    if inspect.isclass(annotation) and hasattr(annotation, "from_dict"):
        if not isinstance(value, dict):
            raise TypeError(f"{annotation.__name__} needs an object")
        return annotation.from_dict(value)
    if typing.get_origin(annotation) is list:
        return list(value) if isinstance(value, list) else []
    if annotation in (str, int, float, bool):
        if value is None:
            return annotation(1) if annotation is not str else "1"
        if not isinstance(value, annotation):
            raise TypeError(f"{value!r} is not {annotation}")
        return value
    if annotation is typing.Any:
        return value
    raise TypeError(f"cannot build {annotation}")


def call_kwargs(op: Operation, client: Any, body: Any = None) -> dict[str, Any]:
    """Keyword arguments for ``sync_detailed``: the client, required parameters and the body."""
    doc = spec_document(op.api)
    function = op.module().sync_detailed
    hints = typing.get_type_hints(function)
    kwargs: dict[str, Any] = {"client": client}
    if body is not None:  # an optional body that the test wants sent
        kwargs["body"] = _model_from(hints["body"], body)
    else:
        request = deref(doc, op.spec.get("requestBody"), ())[0] or {}
        content = request.get("content") or {}
        media = content.get("application/json") or content.get("application/x-www-form-urlencoded")
        schema = (media or {}).get("schema")
        body = minimal_instance(doc, schema) if schema is not None else None
    for name, parameter in inspect.signature(function).parameters.items():
        if name in kwargs or parameter.default is not inspect.Parameter.empty:
            continue
        kwargs[name] = _model_from(hints[name], body if name == "body" else None)
    return kwargs
