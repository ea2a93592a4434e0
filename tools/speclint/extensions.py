"""The x-pagination, x-rate-limit, x-query, x-includes and x-oauth extensions, checked.

The overlays and the mocks read these declarations instead of keeping their own tables, so a
typo here would surface as a client that stops after one page. The format is documented in
``specs/README.md``; this module is its executable form, plus cross-checks that every name and
pointer in a declaration exists in the operation it decorates.
"""

from __future__ import annotations

from typing import Any

from crm_overlays.queries import LANGUAGES, MEANINGS, SPECIAL_VALUES, TYPES
from crm_overlays.specs import METHODS, pointer_tokens, resolve
from jsonschema import Draft202012Validator

from .loader import LoadedSpec
from .problems import Problem, pointer

_JSON_POINTER = {"type": "string", "pattern": "^(/[^/]*)+$"}

PAGINATION_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["style", "items", "sizeParam", "defaultSize"],
    "properties": {
        "style": {"enum": ["cursor", "page"]},
        "items": _JSON_POINTER,
        "in": {"enum": ["query", "body"]},
        "sizeParam": {"type": "string", "minLength": 1},
        "defaultSize": {"type": "integer", "minimum": 1},
        "maxSize": {"type": "integer", "minimum": 1},
        "cursorParam": {"type": "string", "minLength": 1},
        "nextCursor": _JSON_POINTER,
        "hasMore": _JSON_POINTER,
        "pageParam": {"type": "string", "minLength": 1},
        "firstPage": {"type": "integer", "minimum": 0},
        # Several pointers when the vendor's sources disagree about the envelope.
        "totalPages": {"oneOf": [_JSON_POINTER,
                                 {"type": "array", "items": _JSON_POINTER, "minItems": 1}]},
    },
    "additionalProperties": False,
    "allOf": [
        {"if": {"properties": {"style": {"const": "cursor"}}},
         "then": {"required": ["cursorParam", "nextCursor"],
                  "not": {"anyOf": [{"required": ["pageParam"]}, {"required": ["firstPage"]},
                                    {"required": ["totalPages"]}]}}},
        {"if": {"properties": {"style": {"const": "page"}}},
         "then": {"required": ["pageParam", "firstPage"],
                  "not": {"anyOf": [{"required": ["cursorParam"]}, {"required": ["nextCursor"]},
                                    {"required": ["hasMore"]}]}}},
    ],
}

RATE_LIMIT_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["limit", "window", "scope"],
    "properties": {
        "limit": {"type": "integer", "minimum": 1},
        "window": {"type": "number", "exclusiveMinimum": 0},
        "scope": {"enum": ["operation", "token"]},
    },
    "additionalProperties": False,
}

_NAMES = {"type": "array", "items": {"type": "string", "minLength": 1}}
_FIELD: dict[str, Any] = {
    "oneOf": [
        {"enum": sorted(TYPES)},
        {
            "type": "object",
            "required": ["type"],
            "properties": {
                "type": {"enum": sorted(TYPES)},
                "path": _JSON_POINTER,
                "operators": _NAMES,
                "values": _NAMES,
                "valueKeys": _NAMES,
                "default": {"type": "string"},
                "fields": {"type": "object", "additionalProperties": {"$ref": "#/$defs/field"}},
            },
            "additionalProperties": False,
        },
    ]
}
QUERY_SCHEMA: dict[str, Any] = {
    "type": "object",
    "$defs": {"field": _FIELD, "bodyFilter": {
        "type": "object",
        "properties": {"fields": _NAMES, "op": {"enum": sorted(MEANINGS)},
                       "type": {"enum": sorted(TYPES)}, "caseInsensitive": {"type": "boolean"}},
        "additionalProperties": False}},
    "properties": {
        "status": {"enum": [400, 422]},
        "filter": {
            "type": "object",
            "required": ["param", "language", "operators", "fields"],
            "properties": {
                "param": {"type": "string", "minLength": 1},
                "language": {"enum": sorted(LANGUAGES)},
                "in": {"enum": ["query", "body"]},
                "maxDepth": {"type": "integer", "minimum": 1},
                "caseInsensitive": {"oneOf": [{"type": "boolean"}, _NAMES]},
                "specialValues": {"type": "array", "items": {"enum": sorted(SPECIAL_VALUES)}},
                "operators": {"type": "object", "additionalProperties": {"enum": sorted(MEANINGS)}},
                "types": {"type": "object", "additionalProperties": _NAMES},
                "fields": {"type": "object", "additionalProperties": {"$ref": "#/$defs/field"}},
            },
            "additionalProperties": False,
        },
        "bodyFilters": {"type": "object", "additionalProperties": {"$ref": "#/$defs/bodyFilter"}},
        "sort": {
            "type": "object",
            "required": ["param", "keys"],
            "properties": {
                "param": {"type": "string", "minLength": 1},
                "keys": {"oneOf": [_NAMES, {"type": "object",
                                            "additionalProperties": _JSON_POINTER}]},
                "descendingPrefix": {"type": "string", "minLength": 1},
                "directionParam": {"type": "string", "minLength": 1},
                "choices": {"type": "object", "additionalProperties": _NAMES},
                "objects": {"type": "object", "required": ["param"],
                            "properties": {"param": {"type": "string", "minLength": 1},
                                           "field": {"type": "string"},
                                           "direction": {"type": "string"}},
                            "additionalProperties": False},
                "directions": {"type": "object", "additionalProperties": {"enum": ["asc", "desc"]}},
                "default": _NAMES,
                "caseInsensitive": {"type": "boolean"},
                "nulls": {"enum": ["first", "last"]},
            },
            "additionalProperties": False,
        },
    },
    "additionalProperties": False,
}

# A parameter with one of these names pages a list: such an operation must declare x-pagination.
PAGING_PARAMETERS = frozenset({"page", "per_page", "cursor", "page[cursor]", "page[size]"})


def schema_at_pointer(doc: dict[str, Any], schema: Any, ptr: str) -> Any | None:
    """Follow ``ptr`` through ``properties`` (and ``$ref`` / ``allOf`` / ``oneOf`` / ``anyOf``)."""
    tokens = pointer_tokens(ptr)

    def step(node: Any, rest: list[str]) -> Any | None:
        node = resolve(doc, node)[0]
        if not isinstance(node, dict):
            return None
        if not rest:
            return node
        head = rest[0]
        if head in (node.get("properties") or {}):
            found = step(node["properties"][head], rest[1:])
            if found is not None:
                return found
        for key in ("allOf", "oneOf", "anyOf"):
            for branch in node.get(key) or []:
                found = step(branch, rest)
                if found is not None:
                    return found
        return None

    return step(schema, tokens)


def _types(schema: dict[str, Any], doc: dict[str, Any]) -> set[str]:
    found: set[str] = set()
    kind = schema.get("type")
    if isinstance(kind, str):
        found.add(kind)
    elif isinstance(kind, list):
        found.update(kind)
    for key in ("oneOf", "anyOf", "allOf"):
        for branch in schema.get(key) or []:
            found |= _types(resolve(doc, branch)[0] or {}, doc)
    return found


def _success_schema(doc: dict[str, Any], op: dict[str, Any]) -> Any | None:
    for status in ("200", "201"):
        response = resolve(doc, (op.get("responses") or {}).get(status))[0]
        if isinstance(response, dict):
            media = (response.get("content") or {}).get("application/json") or {}
            if "schema" in media:
                return media["schema"]
    return None


def _parameter_names(doc: dict[str, Any], path_item: dict[str, Any],
                     op: dict[str, Any]) -> set[str]:
    names: set[str] = set()
    for param in list(path_item.get("parameters") or []) + list(op.get("parameters") or []):
        param = resolve(doc, param)[0]
        if isinstance(param, dict) and param.get("in") == "query":
            names.add(str(param.get("name")))
    return names


def _body_schema(doc: dict[str, Any], op: dict[str, Any]) -> Any | None:
    body = resolve(doc, op.get("requestBody"))[0]
    if isinstance(body, dict):
        return ((body.get("content") or {}).get("application/json") or {}).get("schema")
    return None


def _check_pagination(spec: LoadedSpec, path_item: dict[str, Any], op: dict[str, Any],
                      at: tuple[str | int, ...]) -> list[Problem]:
    doc = spec.data
    decl = op.get("x-pagination")
    names = _parameter_names(doc, path_item, op)
    if decl is None:
        paging = sorted(n for n in names if n in PAGING_PARAMETERS)
        if paging:
            return [spec.problem(pointer(at), f"takes paging parameters {paging} but declares "
                                 "no x-pagination", "x-pagination")]
        return []
    decl_at = at + ("x-pagination",)
    problems = [spec.problem(pointer(decl_at + tuple(e.absolute_path)), e.message, "x-pagination")
                for e in Draft202012Validator(PAGINATION_SCHEMA).iter_errors(decl)]
    if problems:
        return problems
    where = decl.get("in", "query")
    body = _body_schema(doc, op)
    for key in ("sizeParam", "cursorParam", "pageParam"):
        if key not in decl:
            continue
        name = decl[key]
        exists = (name in names if where == "query"
                  else body is not None and schema_at_pointer(doc, body, "/" + name) is not None)
        if not exists:
            problems.append(spec.problem(pointer(decl_at + (key,)),
                                         f"{name!r} is not a {where} parameter of this operation",
                                         "x-pagination"))
    response = _success_schema(doc, op)
    if response is None:
        return problems + [spec.problem(pointer(decl_at), "the operation has no JSON 200/201 "
                                        "response to page through", "x-pagination")]
    expected = {"items": "array", "nextCursor": None, "hasMore": "boolean", "totalPages": "integer"}
    for key, kind in expected.items():
        if key not in decl:
            continue
        listed = decl[key] if isinstance(decl[key], list) else [decl[key]]
        for index, ptr in enumerate(listed):
            where = decl_at + ((key, index) if isinstance(decl[key], list) else (key,))
            target = schema_at_pointer(doc, response, ptr)
            if target is None:
                problems.append(spec.problem(pointer(where), f"{ptr} is not a "
                                             "property of the success response", "x-pagination"))
            elif kind is not None and kind not in _types(target, doc):
                problems.append(spec.problem(pointer(where), f"{ptr} must be "
                                             f"declared as {kind}", "x-pagination"))
    return problems


def _check_rate_limit(spec: LoadedSpec, decl: Any, at: tuple[str | int, ...]) -> list[Problem]:
    return [spec.problem(pointer(at + tuple(e.absolute_path)), e.message, "x-rate-limit")
            for e in Draft202012Validator(RATE_LIMIT_SCHEMA).iter_errors(decl)]


def _check_query(spec: LoadedSpec, path_item: dict[str, Any], op: dict[str, Any],
                 at: tuple[str | int, ...]) -> list[Problem]:
    decl = op["x-query"]
    decl_at = at + ("x-query",)
    problems = [spec.problem(pointer(decl_at + tuple(e.absolute_path)), e.message, "x-query")
                for e in Draft202012Validator(QUERY_SCHEMA).iter_errors(decl)]
    if problems:
        return problems
    names = _parameter_names(spec.data, path_item, op)

    def parameter(name: str | None, where: tuple[str | int, ...], location: str = "query") -> None:
        if name is None:
            return
        exists = (name in names if location == "query" else
                  (body := _body_schema(spec.data, op)) is not None
                  and schema_at_pointer(spec.data, body, "/" + name) is not None)
        if not exists:
            problems.append(spec.problem(pointer(decl_at + where), f"{name!r} is not a {location} "
                                         "parameter of this operation", "x-query"))

    filter_decl = decl.get("filter")
    if filter_decl is not None:
        parameter(filter_decl["param"], ("filter", "param"), filter_decl.get("in", "query"))
        spellings = set(filter_decl["operators"])
        types = filter_decl.get("types") or {}
        for kind, listed in types.items():
            for unknown in sorted(set(listed) - spellings):
                problems.append(spec.problem(pointer(decl_at + ("filter", "types", kind)),
                                             f"{unknown!r} is not in operators", "x-query"))

        def fields(node: dict[str, Any], where: tuple[str | int, ...]) -> None:
            for name, field in node.items():
                kind = field if isinstance(field, str) else field["type"]
                listed = [] if isinstance(field, str) else field.get("operators") or []
                if kind not in types and not listed:
                    problems.append(spec.problem(pointer(where + (name,)), f"type {kind!r} has "
                                                 "no operators (types) and the field lists none",
                                                 "x-query"))
                for unknown in sorted(set(listed) - spellings):
                    problems.append(spec.problem(pointer(where + (name,)),
                                                 f"{unknown!r} is not in operators", "x-query"))
                if isinstance(field, dict) and "fields" in field:
                    fields(field["fields"], where + (name, "fields"))

        fields(filter_decl["fields"], decl_at + ("filter", "fields"))
    for name in decl.get("bodyFilters") or {}:
        parameter(name, ("bodyFilters", name), "body")
    sort = decl.get("sort")
    if sort is not None:
        parameter(sort["param"], ("sort", "param"))
        parameter((sort.get("objects") or {}).get("param"), ("sort", "objects", "param"))
        keys = sort["keys"] if isinstance(sort["keys"], list) else list(sort["keys"])
        for value, signed in (sort.get("choices") or {}).items():
            for key in signed:
                if key.removeprefix("-") not in keys:
                    problems.append(spec.problem(pointer(decl_at + ("sort", "choices", value)),
                                                 f"{key!r} is not in keys", "x-query"))
        parameter(sort.get("directionParam"), ("sort", "directionParam"))
    return problems


FILTER_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "field": {"type": "string", "minLength": 1},
        "fields": _NAMES,
        "op": {"enum": sorted(MEANINGS)},
        "type": {"enum": sorted(TYPES)},
        "caseInsensitive": {"type": "boolean"},
    },
    "additionalProperties": False,
}


def _check_parameter(spec: LoadedSpec, param: Any, at: tuple[str | int, ...]) -> list[Problem]:
    if not isinstance(param, dict) or "x-filter" not in param:
        return []
    return [spec.problem(pointer(at + ("x-filter",) + tuple(e.absolute_path)), e.message,
                         "x-filter")
            for e in Draft202012Validator(FILTER_SCHEMA).iter_errors(param["x-filter"])]


def _check_includes(spec: LoadedSpec) -> list[Problem]:
    problems: list[Problem] = []
    for name, param in ((spec.data.get("components") or {}).get("parameters") or {}).items():
        problems += _check_parameter(spec, param, ("components", "parameters", name))
        if isinstance(param, dict) and "x-includes" in param:
            listed = param["x-includes"]
            if not (isinstance(listed, list) and listed
                    and all(isinstance(item, str) and item for item in listed)):
                problems.append(spec.problem(pointer(("components", "parameters", name,
                                                      "x-includes")),
                                             "must be a list of record field names", "x-includes"))
    return problems


# On an oauth2 security scheme: what its authorization server does beyond the flow's URLs and
# scopes (lifetimes in seconds; a lifetime the vendor does not state is left out).
OAUTH_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["clientAuthentication", "pkce", "refreshRotates"],
    "properties": {
        "accessTokenLifetime": {"type": "integer", "minimum": 1},
        "refreshTokenLifetime": {"type": "integer", "minimum": 1},
        "codeLifetime": {"type": "integer", "minimum": 1},
        "defaultScopes": {"type": "array", "items": {"type": "string"}},
        "clientAuthentication": {"enum": ["client_secret_post", "client_secret_basic"]},
        "pkce": {"type": "boolean"},
        "refreshRotates": {"type": "boolean"},
        "description": {"type": "string"},
        "x-inferred": {"type": "boolean"},
    },
    "additionalProperties": False,
}


def _check_oauth(spec: LoadedSpec, doc: dict[str, Any]) -> list[Problem]:
    problems: list[Problem] = []
    schemes = (doc.get("components") or {}).get("securitySchemes") or {}
    for name, scheme in schemes.items():
        if not isinstance(scheme, dict) or "x-oauth" not in scheme:
            continue
        at = ("components", "securitySchemes", name, "x-oauth")
        if scheme.get("type") != "oauth2":
            problems.append(spec.problem(pointer(at), "x-oauth belongs on an oauth2 scheme",
                                         "x-oauth"))
            continue
        decl = scheme["x-oauth"]
        problems += [spec.problem(pointer(at + tuple(e.absolute_path)), e.message, "x-oauth")
                     for e in Draft202012Validator(OAUTH_SCHEMA).iter_errors(decl)]
        scopes = ((scheme.get("flows") or {}).get("authorizationCode") or {}).get("scopes") or {}
        for index, scope in enumerate((decl or {}).get("defaultScopes") or []):
            if scope not in scopes:
                problems.append(spec.problem(pointer(at + ("defaultScopes", index)),
                                             f"{scope!r} is not a scope of the flow", "x-oauth"))
    return problems


def check_extensions(spec: LoadedSpec) -> list[Problem]:
    doc = spec.data
    problems: list[Problem] = _check_oauth(spec, doc)
    if "x-pagination" in doc:
        problems.append(spec.problem("/x-pagination", "x-pagination belongs on an operation",
                                     "x-pagination"))
    if "x-rate-limit" in doc:
        problems += _check_rate_limit(spec, doc["x-rate-limit"], ("x-rate-limit",))
    problems += _check_includes(spec)
    for path, item in (doc.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            at = ("paths", path, method)
            problems += _check_pagination(spec, item, op, at)
            for index, param in enumerate(op.get("parameters") or []):
                problems += _check_parameter(spec, param, at + ("parameters", index))
            if "x-query" in op:
                problems += _check_query(spec, item, op, at)
            if "x-rate-limit" in op:
                problems += _check_rate_limit(spec, op["x-rate-limit"], at + ("x-rate-limit",))
    return problems
