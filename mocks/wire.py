"""The HTTP edge: a request read straight from the ASGI scope, a reply written straight back.

Starlette's `Request` and `Response` are convenient but cost a few dozen microseconds per call
(header and query wrappers, cookie parsing on every access, a response object per answer), which
is a fifth of answering a create. The engine needs little of them: the method, the raw path, the
headers (first value wins, as Starlette's `Headers.get`), the query (last value wins, as
`QueryParams`, and every pair in order), cookies only for a spec with a cookie API key, and the
body only for an operation that takes one. Everything here is parsed on first use.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qsl

from starlette.datastructures import URL
from starlette.requests import cookie_parser
from starlette.types import Receive, Scope, Send

from mocks.limits import check_body_size

JSON_TYPE = (b"content-type", b"application/json")
# Statuses whose answer has no body, hence no Content-Length (as Starlette's Response).
_BODILESS = frozenset({204, 304})


class ClientGone(Exception):
    """The client disconnected before its request body arrived: there is no one to answer."""


class Incoming:
    """One HTTP request as the engine reads it."""

    __slots__ = ("_cookies", "_query", "_query_items", "headers", "method", "path", "scope")

    def __init__(self, scope: Scope) -> None:
        self.scope = scope
        self.method: str = scope["method"]
        raw_path = scope.get("raw_path")
        # The raw path keeps percent-escapes, so a segment holding an encoded "/" stays one
        # segment; some servers (and httpx's ASGI transport) leave the query on it.
        path = raw_path.decode("latin-1") if isinstance(raw_path, bytes) else URL(scope=scope).path
        self.path: str = path.split("?", 1)[0]
        headers: dict[str, str] = {}
        for name, value in scope["headers"]:
            headers.setdefault(name.decode("latin-1").lower(), value.decode("latin-1"))
        self.headers = headers
        self._query_items: list[tuple[str, str]] | None = None
        self._query: dict[str, str] | None = None
        self._cookies: dict[str, str] | None = None

    @property
    def query_items(self) -> list[tuple[str, str]]:
        """Every query pair in order, blank values kept."""
        if self._query_items is None:
            text = self.scope.get("query_string", b"").decode("latin-1")
            self._query_items = parse_qsl(text, keep_blank_values=True) if text else []
        return self._query_items

    @property
    def query(self) -> Mapping[str, str]:
        """The query as a mapping; a repeated key reads as its last value."""
        if self._query is None:
            self._query = dict(self.query_items)
        return self._query

    @property
    def cookies(self) -> Mapping[str, str]:
        if self._cookies is None:
            self._cookies = cookie_parser(self.headers.get("cookie", ""))
        return self._cookies


async def read_body(receive: Receive) -> bytes:
    """The whole request body; ClientGone if the client left before sending it, InputRefused
    (mocks/limits.py) as soon as it is larger than a request body may be, whatever its
    Content-Length said (the server discards the rest of it)."""
    message = await receive()
    if message["type"] == "http.disconnect":
        raise ClientGone
    body: bytes = message.get("body", b"")
    if not message.get("more_body", False):
        check_body_size(len(body))
        return body
    chunks = [body]
    size = len(body)
    while True:
        check_body_size(size)
        message = await receive()
        if message["type"] == "http.disconnect":
            raise ClientGone
        chunk = message.get("body", b"")
        chunks.append(chunk)
        size += len(chunk)
        if not message.get("more_body", False):
            check_body_size(size)
            return b"".join(chunks)


def _encoded(headers: Mapping[str, str]) -> list[tuple[bytes, bytes]]:
    return [
        (name.lower().encode("latin-1"), value.encode("latin-1")) for name, value in headers.items()
    ]


async def send_json(send: Send, status: int, body: bytes, headers: Mapping[str, str]) -> None:
    """An answer with a JSON body (`body` is already encoded)."""
    raw = _encoded(headers) if headers else []
    raw.append((b"content-length", str(len(body)).encode("latin-1")))
    raw.append(JSON_TYPE)
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})


async def send_empty(send: Send, status: int, headers: Mapping[str, str]) -> None:
    """An answer without a body (a 204, say)."""
    raw = _encoded(headers) if headers else []
    if status >= 200 and status not in _BODILESS:
        raw.append((b"content-length", b"0"))
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": b""})


def base_url(scope: Scope) -> str:
    """`scheme://host/root_path/` of a request, as Starlette's `Request.base_url` renders it."""
    root = scope.get("app_root_path", scope.get("root_path", ""))
    path = root if root.endswith("/") else root + "/"
    shaped: dict[str, Any] = {**scope, "path": path, "query_string": b"", "root_path": root}
    return str(URL(scope=shaped))
