"""A small closed-loop HTTP/1.1 load generator, the same one for every server it is pointed at.

Benchmarks compare our mock with Prism on one machine, so the generator must cost little and cost
the same against both: raw asyncio streams with keep-alive connections, one request in flight per
connection, no HTTP library in the measured loop. It understands only what the two servers send:
a status line, headers and a `Content-Length` or chunked body.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit


@dataclass(frozen=True)
class Request:
    method: str
    target: str  # path and query, e.g. "/contacts?limit=100"
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""

    def encode(self, host: str) -> bytes:
        lines = [f"{self.method} {self.target} HTTP/1.1", f"Host: {host}"]
        lines += [f"{name}: {value}" for name, value in self.headers.items()]
        if self.body or self.method in {"POST", "PUT", "PATCH"}:
            lines.append(f"Content-Length: {len(self.body)}")
        return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + self.body


@dataclass
class LoadResult:
    requests: int
    seconds: float
    statuses: Counter[int]
    errors: int
    # Requests handed to connections so far: the index `make_request` is called with.
    issued: int = 0
    # (request index, seconds from sending it to reading its whole answer), when recorded.
    latencies: list[tuple[int, float]] = field(default_factory=list)
    statuses_by_index: dict[int, int] = field(default_factory=dict)

    @property
    def rate(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


async def _read_response(reader: asyncio.StreamReader) -> int:
    return (await read_response(reader))[0]


async def read_response(reader: asyncio.StreamReader) -> tuple[int, bytes]:
    """The status and the body of the next response on ``reader``."""
    head = await reader.readuntil(b"\r\n\r\n")
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    status = int(status_line.split(" ", 2)[1])
    headers = {}
    for line in header_lines:
        if ":" in line:
            name, value = line.split(":", 1)
            headers[name.strip().lower()] = value.strip()
    if "content-length" in headers:
        return status, await reader.readexactly(int(headers["content-length"]))
    chunks = []
    if headers.get("transfer-encoding", "").lower() == "chunked":
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
            chunks.append((await reader.readexactly(size + 2))[:-2])
            if size == 0:
                break
    return status, b"".join(chunks)


async def _worker(
    url: str,
    make_request: Callable[[int], Request],
    deadline: float,
    result: LoadResult,
    total: int | None,
    record: bool,
) -> None:
    parts = urlsplit(url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    reader, writer = await asyncio.open_connection(host, port)
    try:
        while time.perf_counter() < deadline and (total is None or result.issued < total):
            index = result.issued
            result.issued += 1
            request = make_request(index)
            sent = time.perf_counter()
            writer.write(request.encode(f"{host}:{port}"))
            try:
                status = await _read_response(reader)
            except (asyncio.IncompleteReadError, ConnectionError):
                result.errors += 1
                writer.close()
                reader, writer = await asyncio.open_connection(host, port)
                continue
            if record:
                result.latencies.append((index, time.perf_counter() - sent))
                result.statuses_by_index[index] = status
            result.requests += 1
            result.statuses[status] += 1
    finally:
        writer.close()


async def run_load(
    url: str,
    make_request: Callable[[int], Request],
    *,
    seconds: float,
    connections: int,
    total: int | None = None,
    record: bool = False,
) -> LoadResult:
    """Keep ``connections`` requests in flight against ``url`` for ``seconds``, or until
    ``total`` requests have been sent when it is given (``seconds`` is then a cap).
    ``record`` keeps each request's latency and status (a soak reads them; a throughput run
    need not pay for them)."""
    result = LoadResult(requests=0, seconds=0.0, statuses=Counter(), errors=0)
    started = time.perf_counter()
    deadline = started + seconds
    await asyncio.gather(
        *(
            _worker(url, make_request, deadline, result, total, record)
            for _ in range(connections)
        )
    )
    result.seconds = time.perf_counter() - started
    return result
