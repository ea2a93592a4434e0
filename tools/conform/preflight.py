"""One authenticated GET before the run, so that a rejected token fails loudly.

Schemathesis treats 401 and 403 as acceptable answers to any request, so a run whose every
request bounced off a wrong or expired token would otherwise report success.
"""

from __future__ import annotations

from typing import Any

import httpx

from .config import TOKEN_VARIABLE, auth_header


def probe_operation(spec: dict[str, Any]) -> str | None:
    """A GET path that needs no parameter, or None when the API has none (Kinbox)."""
    for path, item in spec.get("paths", {}).items():
        operation = item.get("get")
        if operation is None or "{" in path:
            continue
        parameters = [*item.get("parameters", []), *operation.get("parameters", [])]
        if not any(p.get("required") for p in parameters if "$ref" not in p):
            return str(path)
    return None


def check_token(spec: dict[str, Any], url: str, token: str) -> str | None:
    """None when the server accepts the token; otherwise why the run should not start."""
    path = probe_operation(spec)
    if path is None:
        return None
    name, template = auth_header(spec)
    value = template.replace(f"${{{TOKEN_VARIABLE}}}", token)
    try:
        response = httpx.get(url.rstrip("/") + path, headers={name: value}, timeout=30.0)
    except httpx.HTTPError as error:
        return f"GET {path} failed: {type(error).__name__}"
    if response.status_code in (401, 403):
        return f"GET {path} answered {response.status_code}: the server rejects the token"
    return None
