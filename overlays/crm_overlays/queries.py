"""The ``x-query`` declarations: what a list operation lets a client select, order and expand.

Each list operation of ``specs/<api>.yaml`` that takes a filter, a sort or an include states it
once, as ``x-query`` (format in ``specs/README.md``). The mock's query engine and the overlay's
typed filter builder both read it here, so a field or an operator exists for both or for
neither. This module only reads the declaration; it parses no filter and touches no record.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from crm_overlays.specs import METHODS, follow_ref, load

# What an operator means, whatever the vendor calls it. A declaration maps each of the vendor's
# spellings to one of these; the engine knows only these.
MEANINGS = frozenset(
    {
        "eq", "ne", "lt", "lte", "gt", "gte", "in", "nin", "between",
        "contains", "ncontains", "like", "startswith", "endswith",
        "isnull", "isnotnull", "hasall",
        "any", "none", "all", "count",
    }
)  # fmt: skip
# The field types the engine can compare; `custom` takes its type from each stored value,
# `archive` selects soft-deleted records (values with / only / without), `relation` is a list
# of objects tested with any / none / all / count; `phone` compares digits only.
TYPES = frozenset(
    {"string", "id", "date", "number", "boolean", "enum", "custom", "archive", "relation", "phone"}
)
LANGUAGES = frozenset({"kanbert", "pylon"})
SPECIAL_VALUES = frozenset({"me.id", "now", "sow", "eow", "som", "eom", "today", "today±Nd"})
FAMILY = ".*"  # a field name ending so names a family: `custom_fields.*` is any custom field
ANY_FIELD = "*"  # a sort key list holding this sorts by any field the request names


@dataclass(frozen=True, slots=True)
class QueryField:
    """One field a filter may name: its type, where it sits in a record, what it allows."""

    name: str
    type: str
    path: tuple[str, ...]
    operators: tuple[str, ...]
    values: tuple[str, ...] = ()
    # Where a family member's value sits inside the member (Pylon's `{value, values}`).
    value_keys: tuple[str, ...] = ()
    # relation: the related objects' fields
    fields: Mapping[str, QueryField] = field(default_factory=dict)
    default: str | None = None  # archive: the selection when the filter names no archive field

    @property
    def is_family(self) -> bool:
        return self.name.endswith(FAMILY) or self.name == ANY_FIELD

    def member(self, name: str) -> str:
        """A family member's key: `custom_fields.score` -> `score`; any name for `*`."""
        return name if self.name == ANY_FIELD else name[len(self.name) - 1 :]


@dataclass(frozen=True, slots=True)
class FilterSpec:
    language: str
    param: str
    location: str  # query | body
    operators: Mapping[str, str]  # vendor spelling -> meaning
    fields: Mapping[str, QueryField]
    case_insensitive: frozenset[str]  # meanings that fold case
    special_values: frozenset[str]
    max_depth: int | None = None  # how deep and / or groups may nest (Pylon: 3 levels)

    def meaning(self, spelling: str) -> str | None:
        return self.operators.get(spelling)

    def allows(self, found: QueryField, spelling: str) -> bool:
        """Whether ``found`` takes this operator: any spelling of the same meaning will do."""
        meaning = self.operators.get(spelling)
        return meaning is not None and any(
            self.operators.get(allowed) == meaning for allowed in found.operators
        )

    def field(self, name: str) -> QueryField | None:
        found = self.fields.get(name)
        if found is not None:
            return found
        head, dot, _ = name.rpartition(".")
        while dot:
            family = self.fields.get(head + FAMILY)
            if family is not None:
                return family
            head, dot, _ = head.rpartition(".")
        return self.fields.get(ANY_FIELD)  # every other name (Pylon's custom field slugs)


@dataclass(frozen=True, slots=True)
class ParamFilter:
    """One query parameter that is a condition of its own (its ``x-filter``)."""

    param: str
    fields: tuple[tuple[str, ...], ...]  # record paths; several: any of them may match
    operator: str  # a meaning
    type: str
    case_insensitive: bool
    location: str = "query"  # query: a parameter's x-filter | body: x-query.bodyFilters


@dataclass(frozen=True, slots=True)
class SortSpec:
    param: str
    keys: Mapping[str, tuple[str, ...]]  # key -> record path; `x.*` a family, `*` any field
    descending_prefix: str | None  # `-name` sorts descending (Kanbert)
    # The parameter's values each name signed keys (Wealthbox's `order=recent`: -updated_at).
    choices: Mapping[str, tuple[str, ...]]
    direction_param: str | None  # a parameter of its own holding the direction (Repzo)
    directions: Mapping[str, str]  # its values -> asc | desc
    # A parameter holding a list of objects, each a key and a direction (Repzo's sortBy).
    objects_param: str | None
    object_field: str
    object_direction: str
    default: tuple[str, ...]  # signed keys sorted by when the request names none
    case_insensitive: bool
    nulls: str  # first | last (ascending; descending reverses it)


@dataclass(frozen=True, slots=True)
class IncludeSpec:
    param: str
    fields: Mapping[str, tuple[str, ...]]  # include name -> the record field it adds


@dataclass(frozen=True, slots=True)
class QuerySpec:
    operation_id: str
    filter: FilterSpec | None
    params: tuple[ParamFilter, ...]
    sort: SortSpec | None
    include: IncludeSpec | None
    status: int | None  # the documented status of a bad query (400 / 422)


def _path(name: str, raw: Any) -> tuple[str, ...]:
    if isinstance(raw, str):
        return tuple(raw.strip("/").split("/")) if raw.strip("/") else ()
    return tuple(name.removesuffix(FAMILY).split("."))


def _field(name: str, raw: Any, types: Mapping[str, Any]) -> QueryField:
    node: Mapping[str, Any] = {"type": raw} if isinstance(raw, str) else raw
    kind = str(node["type"])
    operators = node.get("operators", types.get(kind, ()))
    related = {sub: _field(sub, value, types) for sub, value in (node.get("fields") or {}).items()}
    return QueryField(
        name=name,
        type=kind,
        path=_path(name, node.get("path")),
        operators=tuple(str(op) for op in operators),
        values=tuple(str(value) for value in node.get("values") or ()),
        value_keys=tuple(str(key) for key in node.get("valueKeys") or ()),
        fields=related,
        default=node.get("default"),
    )


def _filter(raw: Mapping[str, Any]) -> FilterSpec:
    types = raw.get("types") or {}
    operators = {str(k): str(v) for k, v in (raw.get("operators") or {}).items()}
    folding = raw.get("caseInsensitive", False)
    case = frozenset(operators.values()) if folding is True else frozenset(folding or ())
    return FilterSpec(
        language=str(raw["language"]),
        param=str(raw["param"]),
        location=str(raw.get("in", "query")),
        operators=operators,
        fields={name: _field(name, value, types) for name, value in raw["fields"].items()},
        case_insensitive=case,
        special_values=frozenset(raw.get("specialValues") or ()),
        max_depth=int(raw["maxDepth"]) if "maxDepth" in raw else None,
    )


def _param_filters(document: Mapping[str, Any], parameters: list[Any]) -> tuple[ParamFilter, ...]:
    """The operation's parameters carrying ``x-filter``: each a condition of its own."""
    found = []
    for node in parameters:
        param, _ = follow_ref(document, node)
        if not isinstance(param, dict) or not isinstance(param.get("x-filter"), dict):
            continue
        declared = param["x-filter"]
        name = str(param["name"])
        fields = declared.get("fields") or [declared.get("field", name)]
        found.append(
            ParamFilter(
                param=name,
                fields=tuple(tuple(str(f).split(".")) for f in fields),
                operator=str(declared.get("op", "eq")),
                type=str(declared.get("type", "string")),
                case_insensitive=bool(declared.get("caseInsensitive", False)),
            )
        )
    return tuple(found)


def _sort(raw: Mapping[str, Any]) -> SortSpec:
    keys = raw.get("keys") or []
    paths = (
        {str(key): _path(str(key), path) for key, path in keys.items()}
        if isinstance(keys, Mapping)
        else {str(key): _path(str(key), None) for key in keys}
    )
    objects = raw.get("objects") or {}
    return SortSpec(
        param=str(raw["param"]),
        keys=paths,
        descending_prefix=raw.get("descendingPrefix"),
        choices={
            str(value): tuple(str(key) for key in signed)
            for value, signed in (raw.get("choices") or {}).items()
        },
        direction_param=raw.get("directionParam"),
        directions={str(k): str(v) for k, v in (raw.get("directions") or {}).items()},
        objects_param=objects.get("param"),
        object_field=str(objects.get("field", "field")),
        object_direction=str(objects.get("direction", "type")),
        default=tuple(str(key) for key in raw.get("default") or ()),
        case_insensitive=bool(raw.get("caseInsensitive", False)),
        nulls=str(raw.get("nulls", "first")),
    )


def _include(document: Mapping[str, Any], parameters: list[Any]) -> IncludeSpec | None:
    """The operation's parameter carrying ``x-includes`` (on the parameter, so that every
    operation sharing it shares its includes)."""
    for node in parameters:
        param, _ = follow_ref(document, node)
        if isinstance(param, dict) and isinstance(param.get("x-includes"), list):
            return IncludeSpec(
                param=str(param["name"]),
                fields={str(name): _path(str(name), None) for name in param["x-includes"]},
            )
    return None


def _body_filters(raw: Mapping[str, Any]) -> tuple[ParamFilter, ...]:
    return tuple(
        ParamFilter(
            param=str(name),
            fields=tuple(tuple(str(f).split(".")) for f in node.get("fields") or [name]),
            operator=str(node.get("op", "eq")),
            type=str(node.get("type", "string")),
            case_insensitive=bool(node.get("caseInsensitive", False)),
            location="body",
        )
        for name, node in raw.items()
    )


def parse(
    operation_id: str,
    raw: Mapping[str, Any],
    include: IncludeSpec | None = None,
    params: tuple[ParamFilter, ...] = (),
) -> QuerySpec:
    """The declaration ``raw`` (one operation's ``x-query``), read."""
    return QuerySpec(
        operation_id=operation_id,
        filter=_filter(raw["filter"]) if "filter" in raw else None,
        params=params + _body_filters(raw.get("bodyFilters") or {}),
        sort=_sort(raw["sort"]) if "sort" in raw else None,
        include=include,
        status=int(raw["status"]) if "status" in raw else None,
    )


@functools.cache
def declarations(api: str) -> Mapping[str, QuerySpec]:
    """Every operation of ``api`` with an ``x-query`` or ``x-includes`` / ``x-filter``."""
    return read(load(api))


def read(document: Mapping[str, Any]) -> dict[str, QuerySpec]:
    """Every operation of a spec ``document`` with ``x-query``, ``x-includes`` or ``x-filter``."""
    found: dict[str, QuerySpec] = {}
    for item in document.get("paths", {}).values():
        for method in METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            parameters = list(item.get("parameters") or []) + list(op.get("parameters") or [])
            include = _include(document, parameters)
            params = _param_filters(document, parameters)
            raw = op.get("x-query")
            if isinstance(raw, dict) or include is not None or params:
                found[op["operationId"]] = parse(
                    op["operationId"], raw if isinstance(raw, dict) else {}, include, params
                )
    return found


def includable(api: str) -> frozenset[str]:
    """Every record field some include adds: left out of an answer unless it is asked for."""
    return frozenset(
        name for spec in declarations(api).values() if spec.include for name in spec.include.fields
    )


def declaration(api: str, operation_id: str) -> QuerySpec | None:
    return declarations(api).get(operation_id)
