"""Every ``$ref`` must point at something.

openapi-spec-validator crashes on a dangling local reference and the generator skips the
operation that uses it, so this check runs first and names the referring pointer.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from crm_overlays.specs import resolve_local

from .loader import LoadedSpec
from .problems import Problem, pointer


def _refs(node: Any, parts: tuple[str | int, ...]) -> Iterator[tuple[tuple[str | int, ...], str]]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield parts + ("$ref",), ref
        for key, value in node.items():
            # `examples` values and `const`/`enum` are data, not schema: a "$ref" there is a value.
            if key in ("example", "const", "enum", "default") or (
                key == "value" and len(parts) >= 2 and parts[-2] == "examples"):
                continue
            yield from _refs(value, parts + (key,))
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _refs(item, parts + (index,))


def check_refs(spec: LoadedSpec) -> list[Problem]:
    problems = []
    for parts, ref in _refs(spec.data, ()):
        try:
            resolve_local(spec.data, ref)
        except LookupError as exc:
            problems.append(spec.problem(pointer(parts), str(exc), "ref"))
    return problems
