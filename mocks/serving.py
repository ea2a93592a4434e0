"""A mock served over a real socket on a free local port, in a background thread.

For code that cannot take an in-process transport (another language's SDK, a subprocess, a
client built deep inside the code under test): the `crm_mock(..., served=True)` fixture and the
repository's peer and hostile-input suites serve the mock through here. The server is the one
`crm-mock` runs: uvicorn with the mock's own HTTP protocol (mocks/server.py).
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import uvicorn

from mocks.server import config

#: Seconds a server may take to start before `serve` gives up.
START_TIMEOUT = 10.0


def free_port() -> int:
    """A local TCP port nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def serve(app: Any, base: Any = None) -> Iterator[str]:
    """Serve `app` (from `create_app`, or an ASGI wrapper with its `state`) on 127.0.0.1 for
    as long as the block lasts; yields its origin, e.g. "http://127.0.0.1:41234".

    `base` names the uvicorn protocol the mock's is built on (h11's; httptools' if None)."""
    port = free_port()
    options: dict[str, Any] = {"base": base} if base is not None else {}
    server = uvicorn.Server(
        config(app, host="127.0.0.1", port=port, log_level="warning", **options)
    )
    thread = threading.Thread(target=server.run, name=f"mock-server-{port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + START_TIMEOUT
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            raise RuntimeError(f"the mock server on port {port} did not start")
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
