"""Start the servers a benchmark measures, each as its own process on a free local port."""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PRISM = ROOT / "node_modules" / ".bin" / "prism"


def _wait_for_port(port: int, process: subprocess.Popen[bytes], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode} before listening")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
            return
        time.sleep(0.05)
    raise RuntimeError(f"nothing listened on port {port} within {timeout:.0f} s")


@contextlib.contextmanager
def serve(command: list[str], port: int) -> Iterator[str]:
    with serve_process(command, port) as (url, _):
        yield url


@contextlib.contextmanager
def serve_process(command: list[str], port: int) -> Iterator[tuple[str, int]]:
    """`serve`, also yielding the server's process id (to read its memory, say)."""
    process = subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        _wait_for_port(port, process)
        yield f"http://127.0.0.1:{port}", process.pid
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


def rss_mb(pid: int) -> float:
    """The resident set size of a process, in MB (Linux: /proc/<pid>/status)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for process {pid}")


def mock_command(api: str, port: int, *options: str) -> list[str]:
    """Our mock, as a user starts it (`python -m mocks`), quiet so logging is not measured."""
    return [sys.executable, "-m", "mocks", api, "--port", str(port), "--log-level", "warning",
            *options]


def prism_command(api: str, port: int) -> list[str]:
    """Prism 5 (pinned in package.json) on the same spec, logging only errors, like our mock."""
    return [str(PRISM), "mock", "--port", str(port), "--verboseLevel", "error",
            str(ROOT / "specs" / f"{api}.yaml")]
