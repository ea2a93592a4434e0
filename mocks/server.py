"""How a mock is served: uvicorn, with malformed HTTP answered in the vendor's JSON envelope.

A request the HTTP parser cannot read (a lowercase or unknown method, a NUL byte in the target
or a header, a URL over httptools' 64 KB, a header line without a colon, a bad Content-Length or
chunk) never reaches the app: uvicorn answers it itself, as `text/plain` "Invalid HTTP request
received." (uvicorn 0.54: `send_400_response`, protocols/http/httptools_impl.py:206 and
h11_impl.py:299, called from `data_received` / `handle_events` on a parser error). uvicorn takes
its HTTP protocol as a class (`Config(http=...)`, config.py:450-453), so the mock's protocol is
uvicorn's own with that one method replaced: the same parser, the same 400 and the same closed
connection (after a parse error the stream cannot be read further), with the body the vendor
would send. The CLI (`python -m mocks`) and the tests' servers are both built here.
"""

from __future__ import annotations

import asyncio
from typing import Any

import uvicorn
from starlette.applications import Starlette
from uvicorn.protocols.http.h11_impl import H11Protocol
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from mocks.encoding import dumps
from mocks.envelope import ErrorBody

MALFORMED = "The request is not valid HTTP/1.1 and cannot be read."


def malformed_reply(error_body: ErrorBody, default_headers: list[tuple[bytes, bytes]]) -> bytes:
    """The whole 400 answer to a request the parser refused, as bytes on the wire."""
    body = dumps(error_body(400, MALFORMED))
    lines = [b"HTTP/1.1 400 Bad Request\r\n"]
    lines += [name + b": " + value + b"\r\n" for name, value in default_headers]
    lines += [
        b"content-type: application/json\r\n",
        b"content-length: " + str(len(body)).encode("ascii") + b"\r\n",
        b"connection: close\r\n",
        b"\r\n",
        body,
    ]
    return b"".join(lines)


def protocol_for(
    error_body: ErrorBody,
    # The parser uvicorn's "auto" picks when httptools is installed, as uv.lock has it.
    base: type[HttpToolsProtocol | H11Protocol] = HttpToolsProtocol,
) -> type[asyncio.Protocol]:
    """uvicorn's HTTP protocol `base` (httptools' or h11's), answering requests it cannot
    parse with `error_body(400, ...)`."""

    class MockHttpProtocol(base):  # type: ignore[valid-type,misc]
        def send_400_response(self, msg: str) -> None:
            headers = list(self.server_state.default_headers)
            self.transport.write(malformed_reply(error_body, headers))
            self.transport.close()

    return MockHttpProtocol


def config(
    app: Starlette,
    base: type[HttpToolsProtocol | H11Protocol] = HttpToolsProtocol,
    **options: Any,
) -> uvicorn.Config:
    """A uvicorn configuration serving a mock app (from `create_app`) with its own protocol."""
    return uvicorn.Config(app, http=protocol_for(app.state.error_body, base), **options)
