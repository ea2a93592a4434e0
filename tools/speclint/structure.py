"""Structural validity against the OpenAPI 3.1 meta-schema (openapi-spec-validator)."""

from __future__ import annotations

from openapi_spec_validator import OpenAPIV31SpecValidator

from .loader import LoadedSpec
from .problems import Problem, pointer


def check_structure(spec: LoadedSpec) -> list[Problem]:
    if spec.data.get("openapi") != "3.1.0":
        return [spec.problem("/openapi", "every spec is OpenAPI 3.1.0", "openapi")]
    problems = []
    try:
        for error in OpenAPIV31SpecValidator(spec.data).iter_errors():
            path = list(getattr(error, "absolute_path", []) or [])
            message = getattr(error, "message", None) or str(error)
            problems.append(spec.problem(pointer(path), message, "openapi"))
    except Exception as exc:  # noqa: BLE001 -- the validator raises on shapes it cannot walk; report, not crash
        problems.append(spec.problem("", f"openapi-spec-validator failed: {exc!r:.300}", "openapi"))
    return problems
