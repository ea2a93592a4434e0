"""The OpenAPI documents the overlays are configured from.

Pagination and rate limits are declared once, as ``x-pagination`` / ``x-rate-limit`` in
``specs/<api>.yaml``; the overlays read them here instead of keeping a second table in Python.
A wheel carries the specs inside the package (``crm_overlays/specs``); a checkout reads the
repository's ``specs/`` folder.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import yaml

_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
APIS = ("kanbert", "kinbox", "pylon", "repzo", "wealthbox")
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def spec_dir() -> Path:
    bundled = Path(__file__).parent / "specs"
    if bundled.is_dir():
        return bundled
    return Path(__file__).resolve().parents[2] / "specs"


@functools.cache
def load(api: str) -> dict[str, Any]:
    """The parsed spec of ``api``; cached, so treat it as read-only."""
    if api not in APIS:
        raise ValueError(f"unknown API {api!r}; expected one of {', '.join(APIS)}")
    with (spec_dir() / f"{api}.yaml").open(encoding="utf-8") as handle:
        # libyaml's loader reads Wealthbox's 290 KB spec in 65 ms instead of 370 ms.
        document: dict[str, Any] = yaml.load(handle, Loader=_SAFE_LOADER)
    return document


def operations(api: str) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Every operation of ``api`` as (method, path template, operation object)."""
    for path, item in load(api).get("paths", {}).items():
        for method in METHODS:
            if method in item:
                yield method, path, item[method]


# ------------------------------------------------------------- JSON pointers and $ref
# The one place the overlays turn JSON pointers into keys and follow a spec's local `$ref`s.


def pointer_tokens(pointer: str) -> list[str]:
    """The reference tokens of a JSON pointer (RFC 6901): ``/a~1b/c`` → ``["a/b", "c"]``."""
    if not pointer:
        return []
    if not pointer.startswith("/"):
        raise ValueError(f"JSON pointer {pointer!r} must be empty or start with '/'")
    return [token.replace("~1", "/").replace("~0", "~") for token in pointer[1:].split("/")]


def pointer(tokens: Iterable[str | int]) -> str:
    """The JSON pointer of ``tokens`` (the inverse of :func:`pointer_tokens`)."""
    return "".join("/" + str(t).replace("~", "~0").replace("/", "~1") for t in tokens)


def at_pointer(document: Any, where: str) -> Any:
    """The node of ``document`` at the JSON pointer ``where``; ``None`` when there is none."""
    try:
        return node_at(document, where)
    except LookupError:
        return None


def node_at(document: Any, where: str) -> Any:
    """The node of ``document`` at the pointer ``where`` (``/a/b``, or a ``#/a/b`` fragment).

    Raises ``LookupError`` naming the pointer when it leads nowhere: a spec that the lint
    accepted never does, so a reader that gets here has a real bug to report.
    """
    node = document
    for token in pointer_tokens(where.removeprefix("#")):
        if isinstance(node, Mapping) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            raise LookupError(f"{where!r} points at nothing")
    return node


def resolve_local(document: Any, ref: str) -> Any:
    """The node a local ``#/...`` reference points at; ``LookupError`` for any other."""
    if not ref.startswith("#"):
        raise LookupError(f"only local references are allowed in specs/, got {ref!r}")
    return node_at(document, ref)


def resolve(document: Any, node: Any, where: str = "") -> tuple[Any, str]:
    """Follow local ``$ref``s from ``node`` (found at pointer ``where``) to a real object.

    Returns the object and its pointer (``/...``, no ``#``). Raises ``LookupError`` for a
    reference that leaves the document, dangles or loops. Siblings of a ``$ref`` are not
    merged: callers that need them (a 3.1 schema may have some) read them from ``node``.
    """
    node, where, broken = _follow(document, node, where)
    if broken is not None:
        raise broken
    return node, where


def follow_ref(document: Mapping[str, Any], node: Any, where: str = "") -> tuple[Any, str]:
    """:func:`resolve` for readers that tolerate a broken reference: ``(None, reference)``
    for a reference that leaves the document, dangles or loops."""
    node, where, broken = _follow(document, node, where)
    return (None, where) if broken is not None else (node, where)


def _follow(document: Any, node: Any, where: str) -> tuple[Any, str, LookupError | None]:
    """The end of the chain, its pointer, and why it broke (the pointer is then the ref)."""
    seen: set[str] = set()
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        reference: str = node["$ref"]
        if reference in seen:
            return None, reference, LookupError(f"the $ref chain through {reference!r} loops")
        seen.add(reference)
        try:
            node = resolve_local(document, reference)
        except LookupError as exc:
            return None, reference, exc
        where = reference[1:]
    return node, where, None


def ref_name(node: Any) -> str | None:
    """The component name a ``$ref`` object names (``#/components/schemas/Contact`` → Contact)."""
    if isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        tokens = pointer_tokens(str(node["$ref"]).removeprefix("#"))
        return tokens[-1] if tokens else None
    return None


#: Every type name of JSON Schema's ``type`` keyword.
JSON_TYPES = frozenset({"object", "array", "string", "integer", "number", "boolean", "null"})

# The JSON type of a parsed value: the common types at one lookup, the rest below.
_JSON_TYPE_OF: dict[type, str] = {
    dict: "object", list: "array", str: "string", int: "integer", bool: "boolean",
    type(None): "null",
}


def json_type(value: object) -> str:
    """The JSON Schema type of a parsed JSON value (``1.0`` is an integer, as in 2020-12)."""
    kind = _JSON_TYPE_OF.get(type(value))
    if kind is not None:
        return kind
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "integer" if value.is_integer() else "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def operation_url(
    document: Mapping[str, Any], path: str, item: Mapping[str, Any], operation: Mapping[str, Any]
) -> str:
    """The absolute URL template of an operation: its own, its path's or the spec's server."""
    for source in (operation, item, document):
        servers = source.get("servers") if isinstance(source, Mapping) else None
        if servers and isinstance(servers[0], Mapping) and servers[0].get("url"):
            return str(servers[0]["url"]).rstrip("/") + path
    return path
