"""A spec's security schemes and which of them each operation requires, read once.

The ready clients (where the token goes), the mock (where it looks for one), the lint (that
every requirement names a scheme) and the tests' own headers all read them here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

__all__ = ["SecurityScheme", "operation_security", "scheme_names", "security_schemes"]

# Alternatives of requirements; each alternative is the scheme names that must all pass.
Requirements = tuple[tuple[str, ...], ...]


@dataclass(frozen=True, slots=True)
class SecurityScheme:
    """One entry of ``components.securitySchemes``."""

    name: str
    type: str
    #: The HTTP auth scheme (``type: http``), lower case: ``bearer``, ``basic``...
    scheme: str | None = None
    #: Where an API key travels (``type: apiKey``): ``header``, ``query`` or ``cookie``.
    location: str | None = None
    #: The header, query parameter or cookie an API key travels in.
    parameter: str | None = None

    @property
    def is_bearer(self) -> bool:
        """The token travels as ``Authorization: Bearer`` (OAuth and OpenID Connect too)."""
        return self.type in ("oauth2", "openIdConnect") or (
            self.type == "http" and self.scheme == "bearer"
        )

    @property
    def is_api_key(self) -> bool:
        return self.type == "apiKey"

    @classmethod
    def from_object(cls, name: str, node: Any) -> SecurityScheme:
        if not isinstance(node, Mapping) or not isinstance(node.get("type"), str):
            raise ValueError(f"security scheme {name!r} must be a mapping with a type")  # noqa: TRY004
        kind = str(node["type"])
        if kind == "apiKey":
            return cls(
                name, kind, location=str(node.get("in", "header")),
                parameter=str(node.get("name", "")),
            )  # fmt: skip
        scheme = node.get("scheme")
        return cls(name, kind, scheme=str(scheme).lower() if scheme is not None else None)


def scheme_names(document: Mapping[str, Any]) -> frozenset[str]:
    """The names ``components.securitySchemes`` defines, unchecked (the lint reports a
    malformed scheme itself, and still wants to know which names exist)."""
    return frozenset(str(name) for name in _declared(document))


def security_schemes(document: Mapping[str, Any]) -> dict[str, SecurityScheme]:
    """Every scheme of ``components.securitySchemes``, by name."""
    declared = _declared(document)
    return {str(name): SecurityScheme.from_object(str(name), declared[name]) for name in declared}


def _declared(document: Mapping[str, Any]) -> Mapping[Any, Any]:
    components = document.get("components") or {}
    declared = components.get("securitySchemes") if isinstance(components, Mapping) else None
    return declared if isinstance(declared, Mapping) else {}


def operation_security(document: Mapping[str, Any], operation: Mapping[str, Any]) -> Requirements:
    """The requirements that apply to ``operation``: its own ``security``, else the root's."""
    listed = operation.get("security", document.get("security")) or []
    return tuple(tuple(str(name) for name in requirement) for requirement in listed)
