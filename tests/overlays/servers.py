"""Tiny real HTTP servers on 127.0.0.1 for the hardening tests: slow ones and redirecting ones.

Real sockets, because what is under test (per-read timeouts that a trickling server never
trips, headers httpx copies onto a redirect) happens below any mock transport.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from types import TracebackType
from typing import Literal, Self

#: What a handler returns: status, headers, body.
Answer = tuple[int, list[tuple[str, str]], bytes]

_REASONS = {200: "OK", 302: "Found", 307: "Temporary Redirect", 404: "Not Found"}


@dataclass
class Received:
    """One request as the server read it."""

    method: str
    target: str
    headers: dict[str, str]  # lower-case names


def _read_request(connection: socket.socket) -> Received | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = connection.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, target, _version = lines[0].split(" ", 2)
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0") or 0)
    while len(rest) < length:
        chunk = connection.recv(65536)
        if not chunk:
            break
        rest += chunk
    return Received(method, target, headers)


def _encode(answer: Answer) -> tuple[bytes, bytes]:
    status, headers, body = answer
    lines = [f"HTTP/1.1 {status} {_REASONS.get(status, 'Status')}"]
    lines += [f"{name}: {value}" for name, value in headers]
    lines += [f"Content-Length: {len(body)}", "Connection: close", "", ""]
    return "\r\n".join(lines).encode("latin-1"), body


@dataclass
class LocalServer:
    """A threaded HTTP/1.1 server answering each request with ``handler``'s answer.

    ``trickle`` sends the headers (``"headers"``: the whole response) or only the body
    (``"body"``) one byte every ``interval`` seconds, for at most ``give_up_after`` seconds, after
    which it closes the connection: a client without a total deadline then fails late instead of
    hanging the test run.
    """

    handler: Callable[[Received], Answer]
    trickle: Literal["headers", "body"] | None = None
    interval: float = 0.1
    give_up_after: float = 8.0
    # Not in the repr: the requests carry the test's token, and a failing test prints reprs.
    received: list[Received] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.1)
        host, port = self._listener.getsockname()[:2]
        self.origin = f"http://{host}:{port}"
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._accepting = threading.Thread(target=self._accept, daemon=True)

    def __enter__(self) -> Self:
        self._accepting.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._stop.set()
        self._accepting.join()
        for thread in self._threads:
            thread.join()
        self._listener.close()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self._listener.accept()
            except TimeoutError:
                continue
            thread = threading.Thread(target=self._serve, args=(connection,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve(self, connection: socket.socket) -> None:
        with connection:
            connection.settimeout(5)
            try:
                request = _read_request(connection)
                if request is None:
                    return
                self.received.append(request)
                head, body = _encode(self.handler(request))
                if self.trickle is None:
                    connection.sendall(head + body)
                elif self.trickle == "headers":
                    self._send_slowly(connection, head + body)
                else:
                    connection.sendall(head)
                    self._send_slowly(connection, body)
            except OSError:
                pass  # the client gave up and closed: exactly what a deadline does

    def _send_slowly(self, connection: socket.socket, data: bytes) -> None:
        started = time.monotonic()
        for index in range(len(data)):
            if self._stop.is_set() or time.monotonic() - started > self.give_up_after:
                return
            connection.sendall(data[index : index + 1])
            self._stop.wait(self.interval)
