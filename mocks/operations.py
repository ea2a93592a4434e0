"""The engine's model of each operation, compiled once from the spec at start-up."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from mocks.openapi import RawOperation, SpecDocument, join_pointer, split_pointer
from mocks.schemas import SchemaRef, Schemas

if TYPE_CHECKING:
    from mocks.roles import Collection

JSON_MEDIA = ("application/json",)


class Role(StrEnum):
    """What an operation does to the store, inferred from its method, path and schemas."""

    LIST = "list"
    CREATE = "create"
    READ = "read"
    UPDATE = "update"
    DELETE = "delete"
    # A call on one record that is not CRUD (restore, attach, external-identifier...).
    ACTION = "action"
    # A call on no record at all (the login profile).
    SINGLETON = "singleton"


@dataclass(frozen=True, slots=True)
class ParamSpec:
    name: str
    location: str
    required: bool
    schema: SchemaRef
    explode: bool
    types: frozenset[str]
    item_types: frozenset[str]
    # The value travels as JSON text (`content: application/json` instead of `schema`).
    json: bool = False
    # `x-aliases`: other wire names the server reads for this parameter (a spelling a client
    # uses that the generator cannot take as a second parameter of the same Python name).
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class BodySpec:
    required: bool
    schema: SchemaRef | None


@dataclass(frozen=True, slots=True)
class ResponseSpec:
    status: str
    schema: SchemaRef | None
    example: tuple[bool, Any]
    headers: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Pagination:
    """`x-pagination`, as specs/README.md defines it; pointers are split into tokens."""

    style: str
    items: tuple[str, ...]
    location: str
    size_param: str
    default_size: int
    max_size: int | None
    cursor_param: str | None = None
    next_cursor: tuple[str, ...] | None = None
    has_more: tuple[str, ...] | None = None
    page_param: str | None = None
    first_page: int = 1
    total_pages: tuple[str, ...] | None = None

    @classmethod
    def parse(cls, raw: Mapping[str, Any]) -> Pagination:
        def pointer(key: str) -> tuple[str, ...] | None:
            # A list names the places several envelope shapes keep it; the mock serves the first.
            value = raw.get(key)
            if isinstance(value, list):
                value = value[0] if value else None
            return tuple(split_pointer(str(value))) if value else None

        max_size = raw.get("maxSize")
        return cls(
            style=str(raw["style"]),
            items=tuple(split_pointer(str(raw["items"]))),
            location=str(raw.get("in", "query")),
            size_param=str(raw["sizeParam"]),
            default_size=int(raw["defaultSize"]),
            max_size=int(max_size) if max_size is not None else None,
            cursor_param=raw.get("cursorParam"),
            next_cursor=pointer("nextCursor"),
            has_more=pointer("hasMore"),
            page_param=raw.get("pageParam"),
            first_page=int(raw.get("firstPage", 1)),
            total_pages=pointer("totalPages"),
        )


@dataclass(slots=True)
class Operation:
    """One operation: what to check on the way in and what to answer on the way out."""

    operation_id: str
    method: str
    template: str
    pointer: str
    node: Mapping[str, Any]
    params: tuple[ParamSpec, ...]
    body: BodySpec | None
    # Alternatives of security requirements; each is the scheme names that must all pass.
    security: tuple[tuple[str, ...], ...]
    responses: dict[str, ResponseSpec]
    pagination: Pagination | None
    role: Role = Role.SINGLETON
    collection: Collection | None = None
    # Where the record sits in the success body (() = the body is the record), for this operation.
    record_at: tuple[str, ...] | None = None
    record_schema: SchemaRef | None = None
    # The scopes each scheme of each `security` alternative requires (parallel to `security`).
    scopes: tuple[tuple[tuple[str, ...], ...], ...] = ()

    @property
    def segments(self) -> list[str]:
        return [segment for segment in self.template.split("/") if segment]

    @property
    def success(self) -> ResponseSpec:
        """The documented success response: the lowest 2xx (201 for a create that says so)."""
        codes = sorted(code for code in self.responses if code.isdigit() and code.startswith("2"))
        if codes:
            return self.responses[codes[0]]
        return ResponseSpec("200", None, (False, None), ())

    @property
    def success_status(self) -> int:
        return int(self.success.status)

    def response_for(self, status: int) -> ResponseSpec | None:
        """The response object that documents `status`: exact code, then `4XX`, then default."""
        return (
            self.responses.get(str(status))
            or self.responses.get(f"{str(status)[0]}XX")
            or self.responses.get("default")
        )

    def documents(self, status: int) -> bool:
        return str(status) in self.responses or f"{str(status)[0]}XX" in self.responses

    @property
    def validation_status(self) -> int:
        """The status for a request that breaks the schema: 422 where documented, else 400."""
        return 422 if self.documents(422) or not self.documents(400) else 400

    @property
    def malformed_status(self) -> int:
        """The status for a body that is not JSON at all: 400 where documented, else 422."""
        return 400 if self.documents(400) or not self.documents(422) else 422


def compile_operations(document: SpecDocument, schemas: Schemas) -> list[Operation]:
    root_security = document.document.get("security")
    return [_compile(raw, document, schemas, root_security) for raw in document.operations()]


def _compile(
    raw: RawOperation, document: SpecDocument, schemas: Schemas, root_security: Any
) -> Operation:
    security_raw = raw.node.get("security", root_security) or []
    security = tuple(tuple(requirement) for requirement in security_raw)
    scopes = tuple(
        tuple(tuple(requirement[name] or ()) for name in requirement)
        for requirement in security_raw
    )
    pagination = raw.node.get("x-pagination")
    return Operation(
        operation_id=raw.operation_id,
        method=raw.method,
        template=raw.path,
        pointer=raw.pointer,
        node=raw.node,
        params=tuple(_param(parameter, schemas) for parameter in raw.parameters),
        body=_body(raw, document, schemas),
        security=security,
        scopes=scopes,
        responses=_responses(raw, document, schemas),
        pagination=Pagination.parse(pagination) if isinstance(pagination, Mapping) else None,
    )


def _param(parameter: Any, schemas: Schemas) -> ParamSpec:
    json_media = next(
        (
            media
            for media in parameter.node.get("content") or {}
            if media in JSON_MEDIA or media.endswith("+json")
        ),
        None,
    )
    if json_media is not None:
        schema = schemas.ref(join_pointer(parameter.pointer, "content", json_media, "schema"))
    else:
        schema = schemas.ref(join_pointer(parameter.pointer, "schema"))
    resolved = schemas.resolve(schema)
    types = schemas.types(resolved)
    item_types: frozenset[str] = frozenset()
    array_branches = [resolved] + schemas.branches(resolved)
    for candidate in array_branches:
        candidate = schemas.resolve(candidate)
        if "items" in candidate.node:
            item_types = item_types | schemas.types(candidate.child("items"))
    style = parameter.node.get(
        "style", "form" if parameter.location in ("query", "cookie") else "simple"
    )
    return ParamSpec(
        name=parameter.name,
        location=parameter.location,
        required=parameter.required,
        schema=schema,
        explode=bool(parameter.node.get("explode", style == "form")),
        types=types,
        item_types=item_types,
        json=json_media is not None,
        aliases=tuple(parameter.node.get("x-aliases") or ()),
    )


def _body(raw: RawOperation, document: SpecDocument, schemas: Schemas) -> BodySpec | None:
    if "requestBody" not in raw.node:
        return None
    node, pointer = document.resolve(
        raw.node["requestBody"], join_pointer(raw.pointer, "requestBody")
    )
    content = node.get("content") or {}
    schema = None
    for media_type in content:
        if media_type in JSON_MEDIA or media_type.endswith("+json"):
            if "schema" in content[media_type]:
                schema = schemas.ref(join_pointer(pointer, "content", media_type, "schema"))
            break
    return BodySpec(required=bool(node.get("required", False)), schema=schema)


def _served_branch(schemas: Schemas, schema: SchemaRef, example: tuple[bool, Any]) -> SchemaRef:
    """The shape the mock answers in: for a response that admits several (`oneOf`/`anyOf`,
    where the vendor's own sources disagree), the first branch its documented example matches."""
    found, value = example
    resolved = schemas.resolve(schema)
    for keyword in ("oneOf", "anyOf"):
        for index in range(len(resolved.node.get(keyword) or [])):
            branch = resolved.child(keyword, index)
            if found and schemas.is_valid(branch, value):
                return branch
    return schema


def _responses(
    raw: RawOperation, document: SpecDocument, schemas: Schemas
) -> dict[str, ResponseSpec]:
    found: dict[str, ResponseSpec] = {}
    for status, value in (raw.node.get("responses") or {}).items():
        node, pointer = document.resolve(value, join_pointer(raw.pointer, "responses", str(status)))
        schema = None
        example: tuple[bool, Any] = (False, None)
        for media_type, media in (node.get("content") or {}).items():
            if media_type in JSON_MEDIA or media_type.endswith("+json"):
                media_pointer = join_pointer(pointer, "content", media_type)
                if "schema" in media:
                    schema = schemas.ref(join_pointer(media_pointer, "schema"))
                example = document.first_example(media, media_pointer)
                if schema is not None:
                    schema = _served_branch(schemas, schema, example)
                break
        headers = tuple(str(name) for name in node.get("headers") or {})
        found[str(status).upper()] = ResponseSpec(str(status).upper(), schema, example, headers)
    return found
