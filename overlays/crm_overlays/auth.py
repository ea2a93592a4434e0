"""Where a vendor's token goes, from the security scheme its spec's operations list first.

HTTP bearer gives ``Authorization: Bearer <token>``; an API key in a header gives that header
with the bare token. The ready clients put the token there, and the transport stack knows from
the same place which header to drop on a redirect that leaves the origin.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from . import specs
from .spec_security import operation_security, security_schemes

__all__ = ["AuthScheme", "auth_scheme"]


@dataclass(frozen=True)
class AuthScheme:
    """Where the token goes: ``header: prefix token`` (no prefix: the bare token)."""

    header: str
    prefix: str

    def value(self, token: str) -> str:
        return f"{self.prefix} {token}" if self.prefix else token


@functools.cache
def auth_scheme(api: str) -> AuthScheme:
    """The header scheme every operation of ``api`` lists first in its ``security``."""
    document = specs.load(api)
    chosen: set[str] = set()
    for _method, _path, operation in specs.operations(api):
        requirements = operation_security(document, operation)
        if requirements and requirements[0]:
            chosen.add(requirements[0][0])
    if len(chosen) != 1:
        raise ValueError(
            f"specs/{api}.yaml: the operations do not agree on one security scheme "
            f"(first listed: {sorted(chosen)})"
        )
    (name,) = chosen
    scheme = security_schemes(document).get(name)
    if scheme is None:
        raise ValueError(f"specs/{api}.yaml: security scheme {name!r} is not defined")
    if scheme.type == "http" and scheme.scheme == "bearer":
        return AuthScheme("Authorization", "Bearer")
    if scheme.is_api_key and scheme.location == "header" and scheme.parameter:
        return AuthScheme(scheme.parameter, "")
    raise ValueError(
        f"specs/{api}.yaml: security scheme {name!r} ({scheme.type}) is neither HTTP bearer "
        f"nor an API key in a header; build the client by hand"
    )
