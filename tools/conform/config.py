"""The Schemathesis configuration for one conformance run, written as TOML.

Everything vendor-specific is read through the overlay, as the ready clients read it: the auth
header from ``crm_overlays.clients.auth_scheme``, the limits from
``crm_overlays.transports.ratelimit.rate_limits``, the operations from ``crm_overlays.specs``.
The token never enters the file or the command line: the file holds a ``${CONFORM_TOKEN}``
placeholder, which Schemathesis resolves from the environment, and Schemathesis' output
sanitisation masks the header in reports.
"""

from __future__ import annotations

import json
from typing import Any

from crm_overlays import specs
from crm_overlays.clients import auth_scheme
from crm_overlays.transports.ratelimit import rate_limits

from .pacing import as_rate, requests_per_second

TOKEN_VARIABLE = "CONFORM_TOKEN"
WRITE_METHODS = ("post", "put", "patch", "delete")


def auth_header(api: str) -> tuple[str, str]:
    """(header name, value template) of the security scheme the operations use."""
    scheme = auth_scheme(api)
    return scheme.header, scheme.value(f"${{{TOKEN_VARIABLE}}}")


def operations(api: str, *, writes: bool) -> list[tuple[str, str, dict[str, Any]]]:
    """The operations a run may call: reads only unless ``writes``."""
    return [(method, path, operation) for method, path, operation in specs.operations(api)
            if writes or method not in WRITE_METHODS]


def settings(
    api: str, *, writes: bool, time_scale: float = 1.0, base: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The configuration as a dict: ``base`` (the repository's schemathesis.toml) plus auth,
    the method filter and the pacing."""
    config: dict[str, Any] = json.loads(json.dumps(base or {}))
    for project in config.get("project", []):
        # The repository's projects authenticate with the mock's default token; against any
        # other server the token is the caller's, sent in the header below.
        project.pop("auth", None)
    name, value = auth_header(api)
    config.setdefault("headers", {})[name] = value
    limits = rate_limits(api)
    per_operation: list[dict[str, Any]] = []
    token_rates = set()
    for method, path, operation in operations(api, writes=writes):
        limit = limits.get((method.upper(), path))
        if limit is None:
            continue
        rate = as_rate(limit, time_scale=time_scale)
        if limit.scope == "token":
            token_rates.add(rate)
        else:
            per_operation.append({"include-operation-id": operation["operationId"],
                                  "rate-limit": rate})
    if token_rates:
        # One budget for all operations of a token: the whole run shares one limiter.
        config["rate-limit"] = min(token_rates, key=requests_per_second)
    config["operations"] = [*config.get("operations", []), *per_operation]
    if not config["operations"]:
        del config["operations"]
    return config


def to_toml(config: dict[str, Any]) -> str:
    """TOML for the subset a Schemathesis config uses: tables, arrays of tables and scalars."""
    lines: list[str] = []
    _emit_table(config, [], lines)
    return "\n".join(lines).strip() + "\n"


def _emit_table(table: dict[str, Any], prefix: list[str], lines: list[str]) -> None:
    nested: list[tuple[str, Any]] = []
    for key, value in table.items():
        if isinstance(value, dict) or (
            isinstance(value, list) and value and all(isinstance(v, dict) for v in value)
        ):
            nested.append((key, value))
        else:
            lines.append(f"{_key(key)} = {_value(value)}")
    for key, value in nested:
        path = [*prefix, key]
        if isinstance(value, dict):
            lines.append(f"\n[{'.'.join(_key(k) for k in path)}]")
            _emit_table(value, path, lines)
        else:
            for entry in value:
                lines.append(f"\n[[{'.'.join(_key(k) for k in path)}]]")
                _emit_table(entry, path, lines)


def _key(key: str) -> str:
    return key if key.replace("-", "").replace("_", "").isalnum() else json.dumps(key)


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, list):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} to TOML")
