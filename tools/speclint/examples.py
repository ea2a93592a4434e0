"""Every ``example`` / ``examples`` value in a spec validates against the schema it illustrates.

The vendors' documented examples are the project's test vectors: an example that its own schema
rejects means the schema is wrong (or the example was mistyped), and either way users would
get a client that fails on what the vendor documents.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from crm_overlays.specs import METHODS, resolve_local
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from .loader import LoadedSpec
from .problems import Problem, pointer
from .schemas import Parts, walk_schema

_SPEC_URI = "urn:crm-api-kit:spec"



@dataclass(frozen=True)
class ExampleSite:
    """One example value and the schema it must satisfy, both located by pointer."""

    example_at: Parts
    schema_at: Parts
    value: Any


def _schema_sites(schema: Any, at: Parts) -> Iterator[ExampleSite]:
    for where, sub in walk_schema(schema, at):
        if "example" in sub:
            yield ExampleSite(where + ("example",), where, sub["example"])
        if isinstance(sub.get("examples"), list):
            for index, value in enumerate(sub["examples"]):
                yield ExampleSite(where + ("examples", index), where, value)


def _holder_sites(doc: dict[str, Any], holder: Any, at: Parts) -> Iterator[ExampleSite]:
    """A media type, parameter or header: ``schema`` plus ``example`` / ``examples``."""
    if not isinstance(holder, dict) or "$ref" in holder:
        return
    if "content" in holder:  # a parameter or header described by a media type
        for media, media_obj in (holder.get("content") or {}).items():
            yield from _holder_sites(doc, media_obj, at + ("content", media))
    if "schema" not in holder:
        return
    schema_at = at + ("schema",)
    yield from _schema_sites(holder["schema"], schema_at)
    if "example" in holder:
        yield ExampleSite(at + ("example",), schema_at, holder["example"])
    for name, example in (holder.get("examples") or {}).items():
        if isinstance(example, dict) and "$ref" in example:
            example = resolve_local(doc, example["$ref"])
        if isinstance(example, dict) and "value" in example:
            yield ExampleSite(at + ("examples", name, "value"), schema_at, example["value"])


def _response_sites(doc: dict[str, Any], response: Any, at: Parts) -> Iterator[ExampleSite]:
    if not isinstance(response, dict) or "$ref" in response:
        return
    for media, media_obj in (response.get("content") or {}).items():
        yield from _holder_sites(doc, media_obj, at + ("content", media))
    for name, header in (response.get("headers") or {}).items():
        yield from _holder_sites(doc, header, at + ("headers", name))


def _operation_sites(doc: dict[str, Any], op: dict[str, Any], at: Parts) -> Iterator[ExampleSite]:
    for index, param in enumerate(op.get("parameters") or []):
        yield from _holder_sites(doc, param, at + ("parameters", index))
    body = op.get("requestBody")
    if isinstance(body, dict) and "$ref" not in body:
        for media, media_obj in (body.get("content") or {}).items():
            yield from _holder_sites(doc, media_obj, at + ("requestBody", "content", media))
    for status, response in (op.get("responses") or {}).items():
        yield from _response_sites(doc, response, at + ("responses", str(status)))


def _path_item_sites(doc: dict[str, Any], item: Any, at: Parts) -> Iterator[ExampleSite]:
    if not isinstance(item, dict) or "$ref" in item:
        return
    for index, param in enumerate(item.get("parameters") or []):
        yield from _holder_sites(doc, param, at + ("parameters", index))
    for method in METHODS:
        if isinstance(item.get(method), dict):
            yield from _operation_sites(doc, item[method], at + (method,))


def example_sites(doc: dict[str, Any]) -> Iterator[ExampleSite]:
    """Every example in the document, with the schema it illustrates."""
    for top in ("paths", "webhooks"):
        for name, item in (doc.get(top) or {}).items():
            yield from _path_item_sites(doc, item, (top, name))
    components = doc.get("components") or {}
    for name, schema in (components.get("schemas") or {}).items():
        yield from _schema_sites(schema, ("components", "schemas", name))
    for kind in ("parameters", "headers"):
        for name, holder in (components.get(kind) or {}).items():
            yield from _holder_sites(doc, holder, ("components", kind, name))
    for name, body in (components.get("requestBodies") or {}).items():
        for media, media_obj in ((body or {}).get("content") or {}).items():
            yield from _holder_sites(doc, media_obj,
                                     ("components", "requestBodies", name, "content", media))
    for name, response in (components.get("responses") or {}).items():
        yield from _response_sites(doc, response, ("components", "responses", name))
    for name, item in (components.get("pathItems") or {}).items():
        yield from _path_item_sites(doc, item, ("components", "pathItems", name))


def schema_validator(doc: dict[str, Any], schema_at: Parts) -> Draft202012Validator:
    """A JSON Schema 2020-12 validator (formats checked) for the schema at ``schema_at``.

    The whole document is registered as one resource, so ``#/components/...`` references inside
    the schema resolve exactly as they do for OpenAPI tools.
    """
    registry: Registry[Any] = Registry().with_resource(
        _SPEC_URI, Resource.from_contents(doc, default_specification=DRAFT202012))
    return Draft202012Validator(
        {"$ref": f"{_SPEC_URI}#{pointer(schema_at)}"},
        registry=registry,
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )


def _shorten(message: str, limit: int = 300) -> str:
    return message if len(message) <= limit else message[: limit - 3] + "..."


def check_examples(spec: LoadedSpec) -> tuple[list[Problem], int]:
    """Validate every example; return the problems and the number of examples checked."""
    problems: list[Problem] = []
    count = 0
    validators: dict[Parts, Draft202012Validator] = {}
    for site in example_sites(spec.data):
        count += 1
        validator = validators.get(site.schema_at)
        if validator is None:
            validator = validators[site.schema_at] = schema_validator(spec.data, site.schema_at)
        for error in sorted(validator.iter_errors(site.value), key=lambda e: list(e.path)):
            inside = pointer(list(error.absolute_path))
            problems.append(spec.problem(
                pointer(site.example_at),
                f"{_shorten(error.message)} (at {inside or '/'} in the example; schema "
                f"{pointer(site.schema_at)})",
                "example"))
    return problems, count
