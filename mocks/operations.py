"""The engine's model of each operation, compiled once from the spec at start-up."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from crm_overlays.spec_extensions import PaginationRule, pagination_rule
from crm_overlays.spec_security import operation_scopes, operation_security

from mocks.openapi import RawOperation, SpecDocument, join_pointer, split_pointer
from mocks.schemas import SchemaRef, Schemas

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
    def from_rule(cls, rule: PaginationRule, where: str) -> Pagination:
        """The rule the spec layer checked, with its pointers split for the engine."""
        if rule.size_param is None or rule.default_size is None:
            raise ValueError(f"{where}: the mock needs x-pagination sizeParam and defaultSize")

        def tokens(pointer: str | None) -> tuple[str, ...] | None:
            return tuple(split_pointer(pointer)) if pointer else None

        return cls(
            style=rule.style,
            items=tuple(split_pointer(rule.items)),
            location=rule.location,
            size_param=rule.size_param,
            default_size=rule.default_size,
            max_size=rule.max_size,
            cursor_param=rule.cursor_param,
            next_cursor=tokens(rule.next_cursor),
            has_more=tokens(rule.has_more),
            page_param=rule.page_param,
            first_page=rule.first_page,
            # Several pointers name the places several envelope shapes keep it; the mock
            # serves the first.
            total_pages=tokens(rule.total_pages[0] if rule.total_pages else None),
        )


@dataclass(slots=True)
class Collection:
    """Records of one kind, stored under the collection's path (its parameters filled in)."""

    template: str
    item_template: str | None
    id_param: str | None
    id_field: str
    record: SchemaRef
    create: Operation | None = None
    # Record properties a client never writes: the id and what the create body does not declare.
    managed: frozenset[str] = frozenset()
    # Writable record properties: declared by the record and not managed.
    writable: frozenset[str] = frozenset()
    # The documented list example's items: a read-only collection (users, tags) starts with them.
    examples: list[Any] = field(default_factory=list)

    @property
    def is_catalog(self) -> bool:
        """A collection the API only reads: its records come from the spec's examples."""
        return self.create is None

    def key(self, path_params: dict[str, Any]) -> str:
        """The store name of the collection, e.g. `/v1/workflows/7/steps` for nested ones."""
        name = self.template
        for param, value in path_params.items():
            name = name.replace("{" + param + "}", str(value))
        return name


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
    return [_compile(raw, document, schemas) for raw in document.operations()]


def _compile(raw: RawOperation, document: SpecDocument, schemas: Schemas) -> Operation:
    security = operation_security(document.document, raw.node)
    scopes = operation_scopes(document.document, raw.node)
    rule = pagination_rule(raw.node, f"{document.api}: {raw.method} {raw.path}")
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
        pagination=None if rule is None else Pagination.from_rule(rule, raw.operation_id),
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
