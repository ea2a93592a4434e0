"""A spec's security schemes and which of them each operation requires, read once.

The ready clients (where the token goes), the mock (where it looks for one), the lint (that
every requirement names a scheme) and the tests' own headers all read them here; so do the
OAuth client and the mock's authorization server (a scheme's authorization-code flow, its
``x-oauth`` and the scopes each operation requires).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

__all__ = [
    "OAuthFlowSpec",
    "SecurityScheme",
    "oauth_flow_urls",
    "oauth_flows",
    "operation_scopes",
    "operation_security",
    "scheme_names",
    "security_schemes",
]

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


def operation_scopes(
    document: Mapping[str, Any], operation: Mapping[str, Any]
) -> tuple[tuple[tuple[str, ...], ...], ...]:
    """The scopes each scheme of each alternative requires, parallel to
    :func:`operation_security` (an API key's requirement lists none)."""
    listed = operation.get("security", document.get("security")) or []
    return tuple(
        tuple(tuple(str(scope) for scope in requirement[name] or ()) for name in requirement)
        for requirement in listed
    )


# ------------------------------------------------------------- OAuth 2.0 flows

_FLOW_URL_KEYS = ("authorizationUrl", "tokenUrl", "refreshUrl")


@dataclass(frozen=True, slots=True)
class OAuthFlowSpec:
    """An ``oauth2`` scheme's authorization-code flow and its ``x-oauth``, as the spec states
    them: a lifetime the vendor does not state is None, and each reader picks its default."""

    scheme: str
    authorization_url: str
    token_url: str
    #: Where a refresh grant goes: the flow's ``refreshUrl``, else its ``tokenUrl``.
    refresh_url: str
    scopes: tuple[str, ...]
    default_scopes: tuple[str, ...]
    pkce: bool
    refresh_rotates: bool
    client_authentication: str
    access_token_lifetime: float | None
    refresh_token_lifetime: float | None
    code_lifetime: float | None

    @property
    def urls(self) -> frozenset[str]:
        return frozenset((self.authorization_url, self.token_url, self.refresh_url))

    @property
    def authorize_path(self) -> str:
        return urlsplit(self.authorization_url).path

    @property
    def token_paths(self) -> frozenset[str]:
        return frozenset(urlsplit(url).path for url in (self.token_url, self.refresh_url))

    @classmethod
    def from_scheme(cls, name: str, scheme: Mapping[str, Any]) -> OAuthFlowSpec:
        flow = scheme["flows"]["authorizationCode"]
        extra: Mapping[str, Any] = scheme.get("x-oauth") or {}

        def seconds(key: str) -> float | None:
            return float(extra[key]) if key in extra else None

        return cls(
            scheme=name,
            authorization_url=str(flow["authorizationUrl"]),
            token_url=str(flow["tokenUrl"]),
            refresh_url=str(flow.get("refreshUrl") or flow["tokenUrl"]),
            scopes=tuple(str(scope) for scope in flow.get("scopes") or {}),
            default_scopes=tuple(str(scope) for scope in extra.get("defaultScopes") or ()),
            pkce=bool(extra.get("pkce", False)),
            # RFC 6749 leaves rotation to the server; rotating is the safer assumption for
            # a client (it always stores the newest refresh token it is given).
            refresh_rotates=bool(extra.get("refreshRotates", True)),
            client_authentication=str(extra.get("clientAuthentication", "client_secret_post")),
            access_token_lifetime=seconds("accessTokenLifetime"),
            refresh_token_lifetime=seconds("refreshTokenLifetime"),
            code_lifetime=seconds("codeLifetime"),
        )


def oauth_flows(document: Mapping[str, Any]) -> dict[str, OAuthFlowSpec]:
    """The authorization-code flows of the spec's ``oauth2`` schemes, by scheme name."""
    declared = _declared(document)
    return {
        str(name): OAuthFlowSpec.from_scheme(str(name), scheme)
        for name, scheme in declared.items()
        if isinstance(scheme, Mapping)
        and scheme.get("type") == "oauth2"
        and isinstance((scheme.get("flows") or {}).get("authorizationCode"), Mapping)
    }


def oauth_flow_urls(document: Mapping[str, Any]) -> set[str]:
    """Every authorization, token and refresh URL of the spec's authorization-code flows."""
    return {url for flow in oauth_flows(document).values() for url in flow.urls}
