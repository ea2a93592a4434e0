"""Read-only access to one OpenAPI document: JSON pointers, `$ref`s and the operations.

Everything the mock knows about an API comes through here, so the rest of the engine never
touches the raw YAML structure. The parsed document is shared with the overlays (it is cached by
`crm_overlays.specs.load`), so nothing here ever mutates it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import crm_overlays.specs
from crm_overlays.specs import METHODS


def join_pointer(pointer: str, *tokens: str | int) -> str:
    """`pointer` extended by `tokens`, e.g. ("#/paths", "/contacts") -> "#/paths/~1contacts"."""
    return pointer + crm_overlays.specs.pointer(tokens)


def split_pointer(pointer: str) -> list[str]:
    """The unescaped tokens of a "#/..." or "/..." pointer."""
    return crm_overlays.specs.pointer_tokens(pointer.removeprefix("#"))


@dataclass(frozen=True, slots=True)
class Parameter:
    """A resolved parameter object and where it lives in the document."""

    name: str
    location: str
    required: bool
    node: Mapping[str, Any]
    pointer: str


@dataclass(frozen=True, slots=True)
class RawOperation:
    """One operation as written in the document, with path-level parameters merged in."""

    method: str
    path: str
    operation_id: str
    node: Mapping[str, Any]
    pointer: str
    parameters: tuple[Parameter, ...]


class SpecDocument:
    """One vendor's OpenAPI document."""

    def __init__(self, api: str, document: Mapping[str, Any]) -> None:
        self.api = api
        self.document = document

    @classmethod
    def load(cls, api: str) -> SpecDocument:
        return cls(api, crm_overlays.specs.load(api))

    @property
    def base_path(self) -> str:
        """The path part of the first server URL, without a trailing slash ("" for a bare host)."""
        servers = self.document.get("servers") or [{"url": "/"}]
        return urlsplit(str(servers[0].get("url", "/"))).path.rstrip("/")

    def at(self, pointer: str) -> Any:
        """The node at a "#/..." pointer; LookupError names the pointer when it is wrong."""
        return crm_overlays.specs.node_at(self.document, pointer)

    def resolve(self, node: Any, pointer: str) -> tuple[Any, str]:
        """Follow `$ref` chains of OpenAPI objects (parameters, responses, examples...).

        The mock keeps its pointers as "#/..." fragments (validators compile them as URIs).
        """
        if not (isinstance(node, Mapping) and "$ref" in node):
            return node, pointer
        node, where = crm_overlays.specs.resolve(self.document, node, pointer)
        return node, "#" + where

    def operations(self) -> Iterator[RawOperation]:
        paths_pointer = "#/paths"
        for path, item in (self.document.get("paths") or {}).items():
            item_pointer = join_pointer(paths_pointer, path)
            shared = self._parameters(
                item.get("parameters") or [], join_pointer(item_pointer, "parameters")
            )
            for method in METHODS:
                if method not in item:
                    continue
                op_pointer = join_pointer(item_pointer, method)
                node = item[method]
                own = self._parameters(
                    node.get("parameters") or [], join_pointer(op_pointer, "parameters")
                )
                merged = {(p.name, p.location): p for p in shared}
                merged.update({(p.name, p.location): p for p in own})
                yield RawOperation(
                    method=method.upper(),
                    path=path,
                    operation_id=str(node.get("operationId") or f"{method} {path}"),
                    node=node,
                    pointer=op_pointer,
                    parameters=tuple(merged.values()),
                )

    def _parameters(self, items: list[Any], pointer: str) -> list[Parameter]:
        parameters = []
        for index, raw in enumerate(items):
            node, node_pointer = self.resolve(raw, join_pointer(pointer, index))
            parameters.append(
                Parameter(
                    name=str(node["name"]),
                    location=str(node["in"]),
                    required=bool(node.get("required", node["in"] == "path")),
                    node=node,
                    pointer=node_pointer,
                )
            )
        return parameters

    def examples(self, media: Mapping[str, Any], pointer: str) -> list[Any]:
        """Every documented example value of a media type object, in document order."""
        found = [media["example"]] if "example" in media else []
        examples = media.get("examples")
        if isinstance(examples, Mapping):
            for name, raw in examples.items():
                example, _ = self.resolve(raw, join_pointer(pointer, "examples", name))
                if isinstance(example, Mapping) and "value" in example:
                    found.append(example["value"])
        return found

    def first_example(self, media: Mapping[str, Any], pointer: str) -> tuple[bool, Any]:
        """The first documented example of a media type object: (found, value)."""
        if "example" in media:
            return True, media["example"]
        examples = media.get("examples")
        if isinstance(examples, Mapping):
            for name, raw in examples.items():
                example, _ = self.resolve(raw, join_pointer(pointer, "examples", name))
                if isinstance(example, Mapping) and "value" in example:
                    return True, example["value"]
        return False, None
