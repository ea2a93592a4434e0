"""One authenticated GET before the run, so that a rejected token fails loudly.

Schemathesis treats 401 and 403 as acceptable answers to any request, so a run whose every
request bounced off a wrong or expired token would otherwise report success.
"""

from __future__ import annotations

import httpx
from crm_overlays import specs
from crm_overlays.clients import auth_scheme


def probe_operation(api: str) -> str | None:
    """A GET path that needs no parameter, or None when the API has none (Kinbox)."""
    document = specs.load(api)
    for method, path, operation in specs.operations(api):
        if method != "get" or "{" in path:
            continue
        # The path item's parameters apply too, and a `$ref`'d one may be required.
        listed = [*(document["paths"][path].get("parameters") or []),
                  *(operation.get("parameters") or [])]
        parameters = [specs.resolve(document, parameter)[0] for parameter in listed]
        if not any(parameter.get("required") for parameter in parameters):
            return path
    return None


def check_token(api: str, url: str, token: str) -> str | None:
    """None when the server accepts the token; otherwise why the run should not start."""
    path = probe_operation(api)
    if path is None:
        return None
    scheme = auth_scheme(api)
    try:
        response = httpx.get(url.rstrip("/") + path, headers={scheme.header: scheme.value(token)},
                             timeout=30.0)
    except httpx.HTTPError as error:
        return f"GET {path} failed: {type(error).__name__}"
    if response.status_code in (401, 403):
        return f"GET {path} answered {response.status_code}: the server rejects the token"
    return None
