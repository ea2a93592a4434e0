"""A drift report → an OpenAPI Overlay 1.0 document that makes the spec admit what was seen.

Each finding kind has one fix, applied to a copy of the spec at the finding's ``schema``
pointer:

| finding | fix |
|---|---|
| undocumented-property | add the property with the observed type(s) (a key that is not a name: ``additionalProperties``) |
| missing-required | take the name out of ``required`` |
| type-mismatch, unexpected-null | add the type (``null``) to ``type``; a ``$ref`` / composition becomes ``anyOf: [it, {type: ...}]`` |
| enum-mismatch | add the value to ``enum``; a value that is not vocabulary drops the ``enum`` |
| format-mismatch, pattern-mismatch | drop the ``format`` / ``pattern`` the server does not keep |
| undocumented-status | add the response (its media type and top-level JSON type) |
| undocumented-content-type | add the media type to the response's ``content`` |

``rejected-request`` and ``invalid-body`` have no mechanical fix; :func:`propose` lists them under
``x-unresolved`` for a person to read. The changed nodes are then written as Overlay actions:
a node that is new is an ``update`` of its parent; a node that changed is a ``remove`` of it
followed by an ``update`` of its parent with the new node (an Overlay ``update`` merges objects
and appends to arrays, so it cannot shorten a ``required`` list or change a ``type`` in place).
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from .. import specs
from .report import DriftReport, brief
from .schema import (
    ENUM_MISMATCH,
    FORMAT_MISMATCH,
    MISSING_REQUIRED,
    PATTERN_MISMATCH,
    TYPE_MISMATCH,
    UNDOCUMENTED_CONTENT_TYPE,
    UNDOCUMENTED_PROPERTY,
    UNDOCUMENTED_STATUS,
    UNEXPECTED_NULL,
    is_json,
)

OVERLAY_VERSION = "1.0.0"
_OBSERVED = "Observed by the drift watch; not in the vendor's documentation."


class _Unfixable(Exception):
    """A finding this module has no fix for (it goes to ``x-unresolved``)."""


def propose(
    report: DriftReport,
    api: str,
    document: Mapping[str, Any] | None = None,
    *,
    extends: str | None = None,
) -> dict[str, Any]:
    """The Overlay document that makes ``document`` (default: the shipped spec of ``api``)
    admit every finding of ``api`` in ``report``. ``extends`` names the spec it applies to.

    With nothing to fix, ``actions`` is empty, which Overlay 1.0 does not allow in a document:
    check it before writing one (the command line does, and writes none).
    """
    original = document if document is not None else specs.load(api)
    edited: dict[str, Any] = copy.deepcopy(dict(original))
    touched: dict[str, list[str]] = {}
    unresolved: list[str] = []
    for _api, op_id, finding in report.findings(api):
        line = f"{op_id} {brief(finding)}"
        try:
            for where in _fix(edited, finding):
                touched.setdefault(where, []).append(line)
        except _Unfixable as reason:
            unresolved.append(f"{line} ({reason})")
    overlay: dict[str, Any] = {
        "overlay": OVERLAY_VERSION,
        "info": {
            "title": f"Drift watch: what {api}'s servers were seen to send beyond its spec",
            "version": "1.0.0",
        },
    }
    if extends:
        overlay["extends"] = extends
    overlay["actions"] = _actions(original, edited, touched)
    if unresolved:
        overlay["x-unresolved"] = unresolved
    return overlay


# ---------------------------------------------------------------- fixes on the copy


def _node(document: dict[str, Any], where: str) -> dict[str, Any]:
    node = specs.at_pointer(document, where)
    if not isinstance(node, dict):
        raise _Unfixable(f"the spec has no object at #{where}")
    return node


def _fix(document: dict[str, Any], finding: Mapping[str, Any]) -> list[str]:
    """Apply the fix of ``finding`` to ``document``; the pointers of the nodes it changed."""
    kind, where, observed = finding["kind"], finding["schema"], finding.get("observed", "")
    if kind == UNDOCUMENTED_PROPERTY:
        node = _node(document, where)
        name = specs.pointer_tokens(finding["pointer"])[-1]
        if name == "*":  # keys that are not names: the object is a map
            if not isinstance(node.get("additionalProperties"), dict):
                node["additionalProperties"] = {}
            return [f"{where}/additionalProperties"]
        properties = node.setdefault("properties", {})
        escaped = specs.pointer([name])
        if name in properties:
            _widen(properties[name], observed)
        else:
            properties[name] = {"type": observed, "description": _OBSERVED}
        return [f"{where}/properties{escaped}"]
    if kind == MISSING_REQUIRED:
        node = _node(document, where)
        name = specs.pointer_tokens(finding["pointer"])[-1]
        required = [r for r in node.get("required", []) if r != name]
        if required:
            node["required"] = required
        else:
            node.pop("required", None)
        return [f"{where}/required"]
    if kind in (TYPE_MISMATCH, UNEXPECTED_NULL):
        _widen(_node(document, where), "null" if kind == UNEXPECTED_NULL else observed)
        return [where]
    if kind == ENUM_MISMATCH:
        node = _node(document, where)
        json_type = observed.split(",", 1)[0]
        if "value" in finding:
            values = list(node.get("enum", [node["const"]] if "const" in node else []))
            if finding["value"] not in values:
                values.append(finding["value"])
            node.pop("const", None)
            node["enum"] = values
        else:  # a value that is data, not vocabulary: the list cannot name it
            node.pop("enum", None)
            node.pop("const", None)
        if "type" in node:
            _widen(node, json_type)
        return [where]
    if kind in (FORMAT_MISMATCH, PATTERN_MISMATCH):
        node = _node(document, where)
        node.pop("format" if kind == FORMAT_MISMATCH else "pattern", None)
        return [where]
    if kind == UNDOCUMENTED_STATUS:
        responses = _node(document, where)
        status = str(finding["status"])
        response = responses.setdefault(status, {"description": _OBSERVED})
        media = finding.get("expected") or ""
        if media and observed not in ("empty", ""):
            body = {"type": observed} if observed in specs.JSON_TYPES else {"type": "string"}
            response.setdefault("content", {}).setdefault(media, {"schema": body})
        if status == "429":
            # The project's lint (and RFC 6585) want a 429 to say when to come back.
            response.setdefault("headers", {}).setdefault(
                "Retry-After", {"description": "Seconds to wait.", "schema": {"type": "string"}}
            )
        return [f"{where}{specs.pointer([status])}"]
    if kind == UNDOCUMENTED_CONTENT_TYPE:
        if observed in ("none", "unreadable") or "/" not in observed:
            raise _Unfixable("the response named no readable media type")
        response = _node(document, where)
        schema: dict[str, Any] = {} if is_json(observed) else {"type": "string"}
        response.setdefault("content", {}).setdefault(observed, {"schema": schema})
        return [f"{where}/content{specs.pointer([observed])}"]
    raise _Unfixable("no mechanical fix; read the finding")


def _widen(node: dict[str, Any], observed: str) -> None:
    """Make ``node`` admit the JSON type ``observed`` too."""
    if observed not in specs.JSON_TYPES:
        raise _Unfixable(f"observed {observed!r} is not a JSON type")
    composed = any(k in node for k in ("$ref", "allOf", "oneOf", "anyOf"))
    if "type" in node and not composed:
        types = node["type"] if isinstance(node["type"], list) else [node["type"]]
        if observed not in types and not (observed == "integer" and "number" in types):
            types = [*types, observed]
        types = sorted(types, key=lambda name: name == "null")  # `null` last, as we write it
        node["type"] = types[0] if len(types) == 1 else types
        if observed == "null" and isinstance(node.get("enum"), list) and None not in node["enum"]:
            node["enum"] = [*node["enum"], None]
        return
    if not composed and "enum" in node:
        if observed == "null" and None not in node["enum"]:
            node["enum"] = [*node["enum"], None]
        return
    branch = {"type": observed}
    if "anyOf" in node and not any(k in node for k in ("$ref", "allOf", "oneOf")):
        if branch not in node["anyOf"]:
            node["anyOf"] = [*node["anyOf"], branch]
        return
    # A $ref or a composition: keep it whole as one branch, the new type as the other.
    keep = {"description", "title", "deprecated", "readOnly", "writeOnly", "example",
            "examples", "default"}
    inner = {k: v for k, v in node.items() if k not in keep}
    for key in list(inner):
        del node[key]
    node["anyOf"] = [inner, branch]


# ---------------------------------------------------------------- actions


def _actions(
    original: Mapping[str, Any], edited: Mapping[str, Any], touched: Mapping[str, list[str]]
) -> list[dict[str, Any]]:
    targets: dict[str, list[str]] = {}
    for where, lines in touched.items():
        where = _anchor(original, where)
        targets.setdefault(where, []).extend(lines)
    # A node inside another changed node is written with it.
    chosen = {w: lines for w, lines in targets.items()
              if not any(w != other and w.startswith(other + "/") for other in targets)}
    for where in list(chosen):
        for other, lines in targets.items():
            if other != where and other.startswith(where + "/"):
                chosen[where].extend(lines)
    actions: list[dict[str, Any]] = []
    for where in sorted(chosen):
        tokens = specs.pointer_tokens(where)
        parent, key = tokens[:-1], tokens[-1]
        description = "; ".join(dict.fromkeys(chosen[where]))
        existed = _has(original, parent, key)
        now = specs.at_pointer(edited, where) if _has(edited, parent, key) else _MISSING
        if existed:
            actions.append({"target": jsonpath(tokens, original), "description": description,
                            "remove": True})
        if now is not _MISSING:
            actions.append({"target": jsonpath(parent, original), "description": description,
                            "update": {key: copy.deepcopy(now)}})
    return actions


_MISSING = object()


def _anchor(original: Mapping[str, Any], where: str) -> str:
    """The node to write for a change at ``where``: itself when its parent is an object of the
    original spec, else the nearest ancestor that is (a list item cannot be addressed by an
    Overlay ``update``, and a new node's new parent must be added whole)."""
    tokens = specs.pointer_tokens(where)
    while len(tokens) > 1:
        parent = specs.at_pointer(original, specs.pointer(tokens[:-1]))
        if isinstance(parent, dict):
            break
        tokens = tokens[:-1]
    return specs.pointer(tokens)


def _has(document: Mapping[str, Any], parent: list[str], key: str) -> bool:
    node = specs.at_pointer(document, specs.pointer(parent))
    return isinstance(node, dict) and key in node


def jsonpath(tokens: list[str], document: Any) -> str:
    """The JSONPath of the node at ``tokens`` of ``document`` in bracket notation
    (``$['paths']['/x']``; an item of a list as ``[2]``)."""
    parts = []
    node = document
    for token in tokens:
        if isinstance(node, list):
            parts.append(f"[{int(token)}]")
            node = node[int(token)]
            continue
        node = node.get(token) if isinstance(node, dict) else None
        if "'" in token:
            if '"' in token:
                raise _Unfixable(f"name {token!r} has both quote characters")
            parts.append(f'["{token}"]')
        else:
            parts.append(f"['{token}']")
    return "$" + "".join(parts)


__all__ = ["OVERLAY_VERSION", "jsonpath", "propose"]
