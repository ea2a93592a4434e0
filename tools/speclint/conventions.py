"""The project's own writing rules (``specs/README.md``) that generic linters do not know."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from crm_overlays.spec_security import oauth_flow_urls, scheme_names
from crm_overlays.specs import METHODS, operation_url, resolve

from .loader import LoadedSpec
from .problems import Problem, pointer
from .schemas import walk_schema

_OPERATION_ID = re.compile(r"^[a-z][a-zA-Z0-9]*$")


def _operations(
    doc: dict[str, Any],
) -> Iterator[tuple[str, tuple[str, str, str], dict[str, Any]]]:
    for top in ("paths", "webhooks"):
        for path, item in (doc.get(top) or {}).items():
            for method in METHODS:
                if isinstance(item, dict) and isinstance(item.get(method), dict):
                    yield top, (top, path, method), item[method]


def _check_operation(spec: LoadedSpec, op: dict[str, Any], at: tuple[str, ...],
                     rate_limited: bool) -> list[Problem]:
    doc, problems = spec.data, []
    schemes = scheme_names(doc)
    security = op.get("security")
    item = (doc.get("paths") or {}).get(at[1]) or {}
    # The authorization server's own endpoints (an oauth2 flow URL) authenticate the client in
    # the request itself: they, and only they, declare `security: []` on purpose.
    oauth_endpoint = operation_url(doc, at[1], item, op) in oauth_flow_urls(doc)
    success = [str(code) for code in (op.get("responses") or {}) if str(code)[0] == "2"]
    if not success and not (oauth_endpoint and "302" in (op.get("responses") or {})):
        # Redocly's operation-2xx-response, except that an authorization endpoint answers with
        # a redirect (RFC 6749 section 4.1.2).
        problems.append(spec.problem(pointer(at + ("responses",)),
                                     "no 2xx response documented", "conventions"))
    if security == [] and oauth_endpoint:
        pass
    elif not security:
        # The generator ignores the top-level `security`: without this, no AuthenticatedClient.
        problems.append(spec.problem(pointer(at), "operation declares no `security`",
                                     "conventions"))
    for index, requirement in enumerate(security or []):
        for name in requirement:
            if name not in schemes:
                problems.append(spec.problem(pointer(at + ("security", index, name)),
                                             f"unknown security scheme {name!r}", "conventions"))
    op_id = op.get("operationId", "")
    if not _OPERATION_ID.match(op_id):
        problems.append(spec.problem(pointer(at + ("operationId",)),
                                     f"operationId {op_id!r} is not lowerCamelCase", "conventions"))
    responses = op.get("responses") or {}
    if not any(str(code).startswith("4") for code in responses):
        problems.append(spec.problem(pointer(at + ("responses",)), "no 4xx response documented",
                                     "conventions"))
    if (rate_limited or "x-rate-limit" in op) and "429" not in responses:
        problems.append(spec.problem(pointer(at + ("responses",)),
                                     "rate-limited operation without a 429 response",
                                     "conventions"))
    return problems


def _check_response(spec: LoadedSpec, response: Any, at: tuple[str | int, ...],
                    status: str) -> list[Problem]:
    problems = []
    if isinstance(response, dict) and "$ref" not in response:
        description = str(response.get("description", ""))
        if response.get("x-inferred") and not description.startswith("Inferred:"):
            problems.append(spec.problem(pointer(at + ("description",)), "a response marked "
                                         "x-inferred must say why, starting with 'Inferred:'",
                                         "conventions"))
    resolved = resolve(spec.data, response)[0]
    if status == "429" and "Retry-After" not in ((resolved or {}).get("headers") or {}):
        problems.append(spec.problem(pointer(at), "429 response without a Retry-After header",
                                     "conventions"))
    return problems


def _check_required_defined(spec: LoadedSpec) -> list[Problem]:
    """A name in ``required`` next to ``properties`` must be one of them (a typo check).

    Redocly's version of this rule also fires inside ``not`` / ``then`` (``not: {required: [a,
    b]}`` for mutually exclusive fields), where it is wrong; this one looks only at objects that
    declare their properties beside the list.
    """
    problems = []
    for name, root in ((spec.data.get("components") or {}).get("schemas") or {}).items():
        for at, schema in walk_schema(root, ("components", "schemas", name)):
            properties = schema.get("properties")
            if not isinstance(properties, dict):
                continue
            for index, required in enumerate(schema.get("required") or []):
                if required not in properties:
                    problems.append(spec.problem(pointer(at + ("required", index)),
                                                 f"required property {required!r} is not "
                                                 "declared in properties", "conventions"))
    return problems


def check_conventions(spec: LoadedSpec) -> list[Problem]:
    doc, problems = spec.data, []
    rate_limited = "x-rate-limit" in doc
    for top, at, op in _operations(doc):
        if top == "paths":
            problems += _check_operation(spec, op, at, rate_limited)
        for status, response in (op.get("responses") or {}).items():
            problems += _check_response(spec, response, at + ("responses", str(status)),
                                        str(status))
    for name, response in ((doc.get("components") or {}).get("responses") or {}).items():
        problems += _check_response(spec, response, ("components", "responses", name), "")
    return problems + _check_required_defined(spec)
