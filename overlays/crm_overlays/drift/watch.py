"""The opt-in drift watch: live responses checked against the spec, off the caller's path.

::

    watch = DriftWatch(sample=0.1, path="drift/pylon-worker-1.json")
    client = pylon.client(drift=watch)        # sync and async calls alike
    ...
    watch.save()                              # also done at exit when `path` is given

A :class:`DriftTransport` layer in the client's transport stack (between logging and retries,
so it sees the response the caller gets, once per call) decides first whether this call is
sampled: one random draw, nothing parsed. A sampled response's body is copied as the client
reads it; when the client closes the response, the copy is handed to a worker (a child
process by default, else a thread), which matches the request to its operation, checks the
body's shape and counts the findings. The call itself is never changed, delayed or failed:
every error of the watch is caught and counted (``watch_errors``), and when the worker's
queue is full the sample is dropped (``dropped``) rather than waited for.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import json
import logging
import os
import pickle
import queue
import random
import re
import subprocess
import sys
import threading
import time
from collections.abc import AsyncIterator, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

import httpx

from .. import specs
from ..redact import credential_values
from .report import DriftReport
from .schema import OperationCheck, SchemaIndex

logger = logging.getLogger("crm_overlays.drift")

#: Bodies larger than this are not copied (the sample is skipped and counted as ``too_large``).
MAX_BODY_BYTES = 8 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Observation:
    """What the worker needs of one sampled exchange; lives only in the queue, never stored."""

    api: str
    base_path: str
    method: str
    path: str
    status: int
    content_type: str | None
    content_encoding: str | None
    body: bytes
    request_body: bytes | None
    query_names: tuple[str, ...]
    secrets: tuple[str, ...]


class Router:
    """Request method and path → the operation's :class:`OperationCheck`.

    Paths are matched relative to the client's base URL path (Kanbert's ``/api/v1``); a
    template with more literal segments wins over one with parameters (``/contacts/search``
    over ``/contacts/{id}``).
    """

    def __init__(self, index: SchemaIndex, base_path: str) -> None:
        self.base_path = base_path.rstrip("/")
        routes: list[tuple[int, int, str, re.Pattern[str], OperationCheck]] = []
        for path, item in (index.document.get("paths") or {}).items():
            if not isinstance(item, dict):
                continue
            for method in specs.METHODS:
                if method in item:
                    at = specs.pointer(["paths", path, method])
                    segments = [s for s in path.strip("/").split("/") if s]
                    literal = sum(1 for s in segments if "{" not in s)
                    routes.append((-literal, -len(path), method,
                                   _template_pattern(path), OperationCheck(index, method, path, at)))
        routes.sort(key=lambda route: route[:2])
        self._routes = [(method, pattern, check) for _l, _n, method, pattern, check in routes]

    def match(self, method: str, path: str) -> OperationCheck | None:
        if self.base_path:
            if path != self.base_path and not path.startswith(self.base_path + "/"):
                return None
            path = path[len(self.base_path):]
        if len(path) > 1:
            path = path.rstrip("/")
        method = method.lower()
        for route_method, pattern, check in self._routes:
            if route_method == method and pattern.fullmatch(path or "/"):
                return check
        return None


def _template_pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}/]+\})", template)
    regex = "".join("[^/]+" if part.startswith("{") else re.escape(part) for part in parts)
    return re.compile(regex.rstrip("/") if len(regex) > 1 else regex)


@functools.cache
def _spec_index(api: str) -> SchemaIndex:
    # One compiled index per shipped spec, shared by every watch in the process.
    return SchemaIndex(specs.load(api))


class Checker:
    """Matches observations to operations and checks them; one per worker (thread or process)."""

    def __init__(self, documents: Mapping[str, Mapping[str, Any]] | None = None) -> None:
        self._documents = dict(documents or {})
        self._indexes: dict[str, SchemaIndex] = {}
        self._routers: dict[tuple[str, str], Router] = {}

    def process(self, observation: Observation, report: DriftReport) -> None:
        """Check one observation and count what it shows in ``report``; never raises."""
        api = observation.api
        try:
            check = self._router(api, observation.base_path).match(observation.method,
                                                                   observation.path)
            if check is None:
                report.count(api, "unmatched")
                return
            body = _decoded(observation)
            findings = check.check_response(observation.status, observation.content_type, body,
                                            observation.secrets)
            if 400 <= observation.status < 500:
                findings += _rejections(check, observation, body)
            report.record(api, check.operation_id, check.method, check.path, findings)
        except Exception as exc:  # noqa: BLE001 - the watch must never fail anything
            report.count(api, "watch_errors")
            # The class name only: an exception's text could quote a value of the body.
            logger.debug("drift watch could not check a %s response: %s", api,
                         type(exc).__name__)

    def _router(self, api: str, base_path: str) -> Router:
        key = (api, base_path)
        router = self._routers.get(key)
        if router is None:
            router = self._routers[key] = Router(self._index(api), base_path)
        return router

    def _index(self, api: str) -> SchemaIndex:
        if api not in self._documents:
            return _spec_index(api)
        index = self._indexes.get(api)
        if index is None:
            index = self._indexes[api] = SchemaIndex(self._documents[api])
        return index


class _ThreadWorker:
    """Checks observations on a daemon thread of this process, straight into ``report``."""

    def __init__(self, checker: Checker, report: DriftReport, queue_size: int) -> None:
        self._checker = checker
        self._report = report
        self._queue: queue.Queue[Observation | None] = queue.Queue(maxsize=queue_size)
        self._thread = threading.Thread(target=self._work, name="crm-overlays-drift",
                                        daemon=True)
        self._thread.start()

    def offer(self, observation: Observation) -> bool:
        try:
            self._queue.put_nowait(observation)
        except queue.Full:
            return False
        return True

    def _work(self) -> None:
        while True:
            observation = self._queue.get()
            try:
                if observation is None:
                    return
                self._checker.process(observation, self._report)
            finally:
                self._queue.task_done()

    def sync(self, timeout: float) -> DriftReport | None:
        deadline = time.monotonic() + timeout
        while self._queue.unfinished_tasks:
            if time.monotonic() >= deadline:
                return None
            time.sleep(0.002)
        return DriftReport()  # already counted in place

    def close(self) -> None:
        self._queue.put(None)
        self._thread.join(timeout=30)


_CHILD = (
    "import json, sys; sys.path[:0] = json.loads(sys.argv[1]); "
    "from crm_overlays.drift.watch import _child_main; _child_main()"
)


class _ProcessWorker:
    """Checks observations in a child Python process, on another core and another GIL.

    A feeder thread starts the child (so no call waits for a process to start), then writes
    length-prefixed pickles to its stdin, so a full pipe never blocks the caller either; a
    reader thread collects the child's reports. The child is started with
    ``sys.executable -c`` (not ``multiprocessing``), so a user's script is never re-imported
    in it. If it cannot be started, the feeder thread checks the observations itself.
    """

    def __init__(self, documents: Mapping[str, Mapping[str, Any]], queue_size: int) -> None:
        self._documents = dict(documents)
        self._queue: queue.Queue[tuple[str, Any] | None] = queue.Queue(maxsize=queue_size)
        self._replies: queue.Queue[tuple[int, dict[str, Any]]] = queue.Queue()
        self._sync_lock = threading.Lock()
        self._token = 0
        self._child: subprocess.Popen[bytes] | None = None
        self._feeder = threading.Thread(target=self._feed, name="crm-overlays-drift-feed",
                                        daemon=True)
        self._feeder.start()

    def offer(self, observation: Observation) -> bool:
        try:
            self._queue.put_nowait(("check", observation))
        except queue.Full:
            return False
        return True

    def _feed(self) -> None:
        try:
            child = subprocess.Popen(
                [sys.executable, "-c", _CHILD, json.dumps([p for p in sys.path if p])],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            )
        except OSError as exc:
            logger.debug("drift watch: no worker process (%s); checking on a thread",
                         type(exc).__name__)
            self._check_here()
            return
        self._child = child
        threading.Thread(target=self._read, args=(child,), name="crm-overlays-drift-read",
                         daemon=True).start()
        stream = child.stdin
        assert stream is not None
        with contextlib.suppress(OSError, ValueError):
            _write_frame(stream, ("init", self._documents))
            while True:
                item = self._queue.get()
                if item is None:
                    break
                _write_frame(stream, item)
        with contextlib.suppress(OSError):
            stream.close()

    def _check_here(self) -> None:
        checker, report = Checker(self._documents), DriftReport()
        while True:
            item = self._queue.get()
            if item is None:
                return
            message, payload = item
            if message == "check":
                checker.process(payload, report)
            elif message == "sync":
                self._replies.put((payload, report.take().to_dict()))

    def _read(self, child: subprocess.Popen[bytes]) -> None:
        stream = child.stdout
        assert stream is not None
        with contextlib.suppress(OSError, EOFError, ValueError, pickle.UnpicklingError):
            while True:
                token, data = _read_frame(stream)
                self._replies.put((token, data))

    def sync(self, timeout: float) -> DriftReport | None:
        """Everything the child counted since the last sync (``None`` on timeout)."""
        with self._sync_lock:
            self._token += 1
            token = self._token
            try:
                self._queue.put(("sync", token), timeout=timeout)
                while True:
                    got, data = self._replies.get(timeout=timeout)
                    if got == token:
                        return DriftReport.from_dict(data, "drift watch worker")
            except (queue.Full, queue.Empty):
                return None

    def close(self) -> None:
        self._queue.put(None)
        self._feeder.join(timeout=30)
        child = self._child
        if child is not None:
            try:
                child.wait(timeout=30)
            except subprocess.TimeoutExpired:
                child.kill()


def _write_frame(stream: Any, item: Any) -> None:
    data = pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(len(data).to_bytes(4, "big") + data)
    stream.flush()


def _read_frame(stream: Any) -> Any:
    head = stream.read(4)
    if len(head) < 4:
        raise EOFError
    size = int.from_bytes(head, "big")
    data = stream.read(size)
    if len(data) < size:
        raise EOFError
    return pickle.loads(data)


def _child_main() -> None:
    """The child process: check what arrives on stdin, answer each sync with a report."""
    source, sink = sys.stdin.buffer, sys.stdout.buffer
    # Below the caller's priority: on a busy machine the checks wait, the caller's calls do not.
    with contextlib.suppress(AttributeError, OSError):
        os.nice(10)
    report = DriftReport()
    checker = Checker()
    with contextlib.suppress(EOFError, OSError):
        while True:
            message, payload = _read_frame(source)
            if message == "init":
                checker = Checker(payload)
            elif message == "check":
                checker.process(payload, report)
            elif message == "sync":
                _write_frame(sink, (payload, report.take().to_dict()))


class DriftWatch:
    """Checks a sample of live responses against the spec and counts the differences.

    ``sample`` is the share of calls checked (``1.0`` every call, ``0`` none); ``seed`` makes
    the draw repeatable. ``path`` names a report file that :meth:`save` (and the interpreter's
    exit) merges this watch's counts into. ``documents`` replaces the shipped spec of an API
    (``{"pylon": parsed_yaml}``), e.g. to watch traffic against a spec being edited.

    ``worker="process"`` (the default) checks in a child Python process, so the checking
    competes neither for the caller's CPU core nor for its GIL; ``worker="thread"`` checks on
    a thread of this process (no child process; the checking then shares the caller's GIL).
    If no child can be started, the process worker's own thread does the checking. Read :attr:`report` after
    :meth:`wait`, which brings the worker's counts in.
    """

    def __init__(
        self,
        sample: float = 1.0,
        *,
        path: str | Path | None = None,
        seed: int | None = None,
        documents: Mapping[str, Mapping[str, Any]] | None = None,
        worker: Literal["process", "thread"] = "process",
        queue_size: int = 256,
    ) -> None:
        if not 0.0 <= float(sample) <= 1.0:
            raise ValueError(f"sample must be between 0 and 1, got {sample!r}")
        if worker not in ("process", "thread"):
            raise ValueError(f"worker must be 'process' or 'thread', got {worker!r}")
        self.sample = float(sample)
        # Absolute now: the report is also saved at exit, when the working folder may differ.
        self.path = Path(path).absolute() if path is not None else None
        self.worker = worker
        self.report = DriftReport()
        self._draw = random.Random(seed).random
        self._documents = dict(documents or {})
        self._queue_size = queue_size
        self._worker: _ThreadWorker | _ProcessWorker | None = None
        self._lock = threading.Lock()
        if self.path is not None:
            atexit.register(self._save_at_exit)

    def __repr__(self) -> str:
        where = str(self.path) if self.path else None
        return f"DriftWatch(sample={self.sample!r}, path={where!r}, worker={self.worker!r})"

    # ------------------------------------------------------------ the call path

    def sampled(self) -> bool:
        """Whether the next call is checked (decided before anything is read or parsed)."""
        sample = self.sample
        return sample >= 1.0 or (sample > 0.0 and self._draw() < sample)

    def submit(self, observation: Observation) -> None:
        """Hand ``observation`` to the worker; drop it (and count that) when the queue is full."""
        worker = self._worker or self._start_worker()
        if not worker.offer(observation):
            self.report.count(observation.api, "dropped")

    def _start_worker(self) -> _ThreadWorker | _ProcessWorker:
        with self._lock:
            if self._worker is None:
                if self.worker == "process":
                    self._worker = _ProcessWorker(self._documents, self._queue_size)
                else:
                    self._worker = _ThreadWorker(Checker(self._documents), self.report,
                                                 self._queue_size)
            return self._worker

    def check_now(self, observation: Observation) -> None:
        """Check ``observation`` on this thread, into :attr:`report` (no worker involved)."""
        Checker(self._documents).process(observation, self.report)

    # ------------------------------------------------------------ results

    def wait(self, timeout: float = 60.0) -> bool:
        """Bring in every count of what was submitted so far; False if ``timeout`` ran out."""
        worker = self._worker
        if worker is None:
            return True
        counted = worker.sync(timeout)
        if counted is None:
            return False
        self.report.merge(counted)
        return True

    def save(self, path: str | Path | None = None) -> Path:
        """Merge the counts so far into the report file (``path`` or the watch's own) and
        start counting afresh, so that saving twice never counts a response twice."""
        target = Path(path) if path is not None else self.path
        if target is None:
            raise ValueError("no report path: pass save(path) or DriftWatch(path=...)")
        self.wait()
        self.report.take().merge_into_file(target)
        return target

    def _save_at_exit(self) -> None:
        with contextlib.suppress(Exception):
            self.wait()
            if self.report.apis():  # nothing new since the last save: the file stays as it is
                self.save()
        with contextlib.suppress(Exception):
            self.close()

    def close(self) -> None:
        """Bring in the last counts, then stop the worker."""
        worker = self._worker
        if worker is not None:
            self.wait()
            self._worker = None
            worker.close()


def _decoded(observation: Observation) -> bytes:
    encoding = (observation.content_encoding or "").strip().lower()
    if not encoding or encoding == "identity":
        return observation.body
    # httpx decodes the content codings it knows when it reads a response it is given.
    return httpx.Response(
        200, headers={"content-encoding": encoding}, content=observation.body
    ).content


def _rejections(check: OperationCheck, observation: Observation, body: bytes) -> list[Any]:
    try:
        error_body = json.loads(body)
    except ValueError:
        return []
    request_body: Any = None
    if observation.request_body:
        with contextlib.suppress(ValueError):
            request_body = json.loads(observation.request_body)
    return check.check_rejection(observation.status, error_body, request_body,
                                 observation.query_names)


# ---------------------------------------------------------------- the transport layer


class _Capture:
    """Shared part of the sync and async body copies."""

    def __init__(self, layer: _DriftLayer, request: httpx.Request, response: httpx.Response) -> None:
        self._layer = layer
        self._request = request
        self._response = response
        self._chunks: list[bytes] | None = []
        self._size = 0
        self._complete = False

    def _keep(self, chunk: bytes) -> None:
        chunks = self._chunks
        if chunks is not None:
            self._size += len(chunk)
            if self._size > MAX_BODY_BYTES:
                self._chunks = None
                self._layer.watch.report.count(self._layer.api, "too_large")
            else:
                chunks.append(chunk)

    def _finish(self) -> None:
        chunks, self._chunks = self._chunks, None
        if chunks is None or not self._complete:
            return  # not read to the end (a streamed response closed early): nothing to check
        try:
            self._layer.submit(self._request, self._response, b"".join(chunks))
        except Exception as exc:  # noqa: BLE001 - never fail the call
            self._layer.failed(exc)


class _SyncCapture(_Capture, httpx.SyncByteStream):
    def __init__(self, inner: httpx.SyncByteStream, *args: Any) -> None:
        super().__init__(*args)
        self._inner = inner

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._inner:
            self._keep(chunk)
            yield chunk
        self._complete = True

    def close(self) -> None:
        try:
            self._inner.close()
        finally:
            self._finish()


class _AsyncCapture(_Capture, httpx.AsyncByteStream):
    def __init__(self, inner: httpx.AsyncByteStream, *args: Any) -> None:
        super().__init__(*args)
        self._inner = inner

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._inner:
            self._keep(chunk)
            yield chunk
        self._complete = True

    async def aclose(self) -> None:
        try:
            await self._inner.aclose()
        finally:
            self._finish()


class _DriftLayer:
    def __init__(self, watch: DriftWatch, api: str, base_url: str | None) -> None:
        if api not in specs.APIS:
            raise ValueError(f"unknown API {api!r}; expected one of {', '.join(specs.APIS)}")
        self.watch = watch
        self.api = api
        if base_url is None:
            servers = specs.load(api).get("servers") or [{}]
            base_url = str(servers[0].get("url", ""))
        self.base_path = urlsplit(base_url).path.rstrip("/")

    def submit(
        self, request: httpx.Request, response: httpx.Response, body: bytes, decoded: bool = False
    ) -> None:
        status = response.status_code
        request_body: bytes | None = None
        query: tuple[str, ...] = ()
        if 400 <= status < 500:
            with contextlib.suppress(httpx.RequestNotRead):
                request_body = request.content
            query = tuple(dict.fromkeys(request.url.params.keys()))
        self.watch.submit(Observation(
            api=self.api,
            base_path=self.base_path,
            method=request.method,
            path=request.url.path,
            status=status,
            content_type=response.headers.get("content-type"),
            content_encoding=None if decoded else response.headers.get("content-encoding"),
            body=body,
            request_body=request_body,
            query_names=query,
            secrets=tuple(credential_values(request.headers)),
        ))

    def failed(self, exc: Exception) -> None:
        self.watch.report.count(self.api, "watch_errors")
        logger.debug("drift watch could not sample a %s call: %s", self.api, type(exc).__name__)

    def wrap(self, request: httpx.Request, response: httpx.Response) -> None:
        self._capture(request, response, httpx.SyncByteStream, _SyncCapture)

    def awrap(self, request: httpx.Request, response: httpx.Response) -> None:
        self._capture(request, response, httpx.AsyncByteStream, _AsyncCapture)

    def _capture(
        self, request: httpx.Request, response: httpx.Response, kind: type, capture: Any
    ) -> None:
        """Copy a sampled response's body as the client reads it (``capture`` wraps a
        stream of ``kind``, the sync or the async one)."""
        try:
            if not self.watch.sampled():
                return
            if _already_read(response):  # built with its content (a MockTransport's)
                self.submit(request, response, response.content, decoded=True)
                return
            stream = response.stream
            if isinstance(stream, kind):
                response.stream = capture(stream, self, request, response)
            else:
                self.watch.report.count(self.api, "watch_errors")
        except Exception as exc:  # noqa: BLE001 - never fail the call
            self.failed(exc)


def _already_read(response: httpx.Response) -> bool:
    try:
        response.content  # noqa: B018 - raises ResponseNotRead while the body is unread
    except httpx.ResponseNotRead:
        return False
    return True


class DriftTransport(httpx.BaseTransport):
    """The sync layer: passes every call through and hands a sample to ``watch``."""

    def __init__(
        self, inner: httpx.BaseTransport, watch: DriftWatch, api: str, base_url: str | None = None
    ) -> None:
        self.inner = inner
        self._layer = _DriftLayer(watch, api, base_url)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        self._layer.wrap(request, response)
        return response

    def close(self) -> None:
        self.inner.close()


class AsyncDriftTransport(httpx.AsyncBaseTransport):
    """The asyncio twin of :class:`DriftTransport`."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        watch: DriftWatch,
        api: str,
        base_url: str | None = None,
    ) -> None:
        self.inner = inner
        self._layer = _DriftLayer(watch, api, base_url)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        self._layer.awrap(request, response)
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


__all__ = [
    "MAX_BODY_BYTES",
    "AsyncDriftTransport",
    "DriftTransport",
    "DriftWatch",
    "Observation",
    "Router",
]
