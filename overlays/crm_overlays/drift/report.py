"""The drift report: what the watch found, per API, per operation, per finding; mergeable.

The JSON form (``FORMAT``, version 1)::

    {"format": "crm-overlays-drift-report", "version": 1,
     "apis": {"pylon": {
        "counters": {"checked": 120, "unmatched": 0, "watch_errors": 0, "dropped": 0, ...},
        "operations": {"listContacts": {
            "method": "GET", "path": "/contacts", "checked": 120,
            "first_seen": "2026-12-02T14:00:00Z", "last_seen": "2026-12-02T14:05:00Z",
            "findings": [{"kind": "undocumented-property", "status": "200",
                          "pointer": "/data/*/nickname", "schema": "/components/schemas/Contact",
                          "observed": "string", "expected": "", "count": 120,
                          "first_seen": "...", "last_seen": "..."}]}}}}}

Counts add up and first/last seen take the earliest/latest when reports merge, so reports of
several processes and runs combine into one (``python -m crm_overlays.drift merge``), and
:meth:`DriftReport.merge_into_file` adds a process's counts to a shared file under a lock,
writing it atomically (a reader never sees half a file).
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .schema import KINDS, Finding

FORMAT = "crm-overlays-drift-report"
VERSION = 1
COUNTERS = ("checked", "unmatched", "watch_errors", "dropped", "too_large")

_FINDING_FIELDS = ("kind", "status", "pointer", "schema", "observed", "expected")


def now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


def _finding_key(entry: dict[str, Any]) -> tuple[Any, ...]:
    value = entry.get("value")
    return (*(entry.get(name, "") for name in _FINDING_FIELDS[:-1]),
            json.dumps(value) if "value" in entry else "")


class DriftReport:
    """Counts of findings; thread-safe. ``to_dict`` / ``from_dict`` give the JSON form."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._apis: dict[str, dict[str, Any]] = {}

    # ------------------------------------------------------------ recording

    def _api(self, api: str) -> dict[str, Any]:
        entry = self._apis.get(api)
        if entry is None:
            entry = self._apis[api] = {"counters": dict.fromkeys(COUNTERS, 0), "operations": {}}
        return entry

    def count(self, api: str, counter: str, amount: int = 1) -> None:
        """Add to one of the API's :data:`COUNTERS`."""
        with self._lock:
            counters = self._api(api)["counters"]
            counters[counter] = counters.get(counter, 0) + amount

    def record(
        self, api: str, operation_id: str, method: str, path: str, findings: Iterable[Finding],
        seen: str | None = None,
    ) -> None:
        """Count one checked response of ``operation_id`` and what was found in it."""
        stamp = seen or now()
        with self._lock:
            entry = self._api(api)
            entry["counters"]["checked"] += 1
            operation = entry["operations"].get(operation_id)
            if operation is None:
                operation = entry["operations"][operation_id] = {
                    "method": method.upper(), "path": path, "checked": 0,
                    "first_seen": stamp, "last_seen": stamp, "findings": {},
                }
            operation["checked"] += 1
            operation["last_seen"] = max(operation["last_seen"], stamp)
            table = operation["findings"]
            for finding in findings:
                key = finding.key()
                counted = table.get(key)
                if counted is None:
                    counted = table[key] = _finding_dict(finding, stamp)
                counted["count"] += 1
                counted["last_seen"] = max(counted["last_seen"], stamp)

    def take(self) -> DriftReport:
        """A report with everything counted so far; this one starts again from zero."""
        taken = DriftReport()
        with self._lock:
            taken._apis, self._apis = self._apis, {}
        return taken

    # ------------------------------------------------------------ reading

    def apis(self) -> list[str]:
        return sorted(self._apis)

    def counters(self, api: str) -> dict[str, int]:
        return dict(self._apis.get(api, {}).get("counters", {}))

    def operations(self, api: str) -> dict[str, dict[str, Any]]:
        """Operation id → its entry (``findings`` as a list, as in the JSON form)."""
        return {op_id: _operation_out(op) for op_id, op in
                sorted(self._apis.get(api, {}).get("operations", {}).items())}

    def findings(self, api: str | None = None) -> Iterator[tuple[str, str, dict[str, Any]]]:
        """Every finding as ``(api, operation id, finding dict)``."""
        for name in [api] if api is not None else self.apis():
            for op_id, operation in self.operations(name).items():
                for finding in operation["findings"]:
                    yield name, op_id, finding

    def is_clean(self) -> bool:
        """No finding, no unmatched request and no watch error anywhere."""
        return not any(True for _ in self.findings()) and not any(
            self.counters(api).get(name) for api in self.apis()
            for name in ("unmatched", "watch_errors")
        )

    # ------------------------------------------------------------ JSON

    def to_dict(self) -> dict[str, Any]:
        with self._lock:
            return {
                "format": FORMAT,
                "version": VERSION,
                "apis": {
                    api: {"counters": dict(entry["counters"]),
                          "operations": {op_id: _operation_out(op) for op_id, op in
                                         sorted(entry["operations"].items())}}
                    for api, entry in sorted(self._apis.items())
                },
            }

    @classmethod
    def from_dict(cls, data: Any, source: str = "report") -> DriftReport:
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError(f"{source}: not a drift report (no \"format\": \"{FORMAT}\")")
        if data.get("version") != VERSION:
            raise ValueError(f"{source}: drift report version {data.get('version')!r}; "
                             f"this reader knows version {VERSION}")
        report = cls()
        for api, entry in (data.get("apis") or {}).items():
            target = report._api(str(api))
            for name, amount in (entry.get("counters") or {}).items():
                target["counters"][name] = target["counters"].get(name, 0) + int(amount)
            for op_id, operation in (entry.get("operations") or {}).items():
                findings = {}
                for index, finding in enumerate(operation.get("findings") or []):
                    if finding.get("kind") not in KINDS:
                        raise ValueError(f"{source}: /apis/{api}/operations/{op_id}/findings/"
                                         f"{index}: unknown kind {finding.get('kind')!r}")
                    findings[_finding_key(finding)] = dict(finding)
                target["operations"][str(op_id)] = {**operation, "findings": findings}
        return report

    @classmethod
    def load(cls, path: str | Path) -> DriftReport:
        text = Path(path).read_text(encoding="utf-8")
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}: not JSON ({exc.msg}, line {exc.lineno})") from None
        return cls.from_dict(data, str(path))

    def merge(self, other: DriftReport) -> DriftReport:
        """Add ``other``'s counts to this report (in place); returns this report."""
        with self._lock:
            for api, entry in other._apis.items():
                target = self._api(api)
                for name, amount in entry["counters"].items():
                    target["counters"][name] = target["counters"].get(name, 0) + amount
                for op_id, operation in entry["operations"].items():
                    mine = target["operations"].get(op_id)
                    if mine is None:
                        target["operations"][op_id] = {
                            **operation,
                            "findings": {k: dict(v) for k, v in operation["findings"].items()},
                        }
                        continue
                    mine["checked"] += operation["checked"]
                    mine["first_seen"] = min(mine["first_seen"], operation["first_seen"])
                    mine["last_seen"] = max(mine["last_seen"], operation["last_seen"])
                    for key, finding in operation["findings"].items():
                        counted = mine["findings"].get(key)
                        if counted is None:
                            mine["findings"][key] = dict(finding)
                            continue
                        counted["count"] += finding["count"]
                        counted["first_seen"] = min(counted["first_seen"], finding["first_seen"])
                        counted["last_seen"] = max(counted["last_seen"], finding["last_seen"])
        return self

    def write(self, path: str | Path) -> None:
        """Write the JSON form to ``path`` atomically (a temporary file, then a rename)."""
        write_atomically(Path(path), json.dumps(self.to_dict(), indent=2) + "\n")

    def merge_into_file(self, path: str | Path) -> None:
        """Add this report's counts to the report at ``path`` (created if missing)."""
        target = Path(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        with _file_lock(target):
            merged = DriftReport.load(target) if target.exists() else DriftReport()
            merged.merge(self)
            merged.write(target)

    # ------------------------------------------------------------ text

    def summary(self, api: str | None = None) -> str:
        """A human summary per API: counters, then each drifted operation and its findings."""
        lines: list[str] = []
        for name in [api] if api is not None else self.apis():
            counters = self.counters(name)
            operations = self.operations(name)
            drifted = {k: v for k, v in operations.items() if v["findings"]}
            extra = ", ".join(f"{counters[c]:,} {c.replace('_', ' ')}" for c in COUNTERS[1:]
                              if counters.get(c))
            lines.append(
                f"{name}: {counters.get('checked', 0):,} responses checked, "
                f"{len(drifted)} of {len(operations)} operations drifted"
                + (f" ({extra})" if extra else "")
            )
            for op_id, operation in drifted.items():
                lines.append(f"  {operation['method']} {operation['path']} ({op_id}): "
                             f"{operation['checked']:,} checked")
                for finding in operation["findings"]:
                    lines.append("    " + describe(finding))
            if not drifted:
                lines.append("  no drift")
        return "\n".join(lines) if lines else "no responses checked"


def brief(finding: dict[str, Any]) -> str:
    """One finding in a few words: status, kind, where, what was seen, how often."""
    kind, where = finding["kind"], finding.get("pointer") or "body"
    observed = finding.get("observed", "")
    if "value" in finding:
        observed = f"{json.dumps(finding['value'])} ({observed})"
    if finding.get("expected"):
        joiner = " as " if kind == "undocumented-status" else ", spec: "
        observed += f"{joiner}{finding['expected']}"
    return f"{finding['status']} {kind} {where}: {observed} x{finding['count']:,}"


def describe(finding: dict[str, Any]) -> str:
    """One finding as a line of the summary: :func:`brief`, when it was seen, where to fix."""
    return (f"{brief(finding)}  [{finding['first_seen']} .. {finding['last_seen']}]  "
            f"fix at #{finding['schema']}")


def _finding_dict(finding: Finding, stamp: str) -> dict[str, Any]:
    entry: dict[str, Any] = {name: getattr(finding, name) for name in _FINDING_FIELDS}
    if finding.value is not None:
        entry["value"] = finding.value
    entry.update(count=0, first_seen=stamp, last_seen=stamp)
    return entry


def _operation_out(operation: dict[str, Any]) -> dict[str, Any]:
    findings = sorted(operation["findings"].values(),
                      key=lambda f: (f["kind"], f["status"], f["pointer"], f["observed"]))
    return {**operation, "findings": [dict(f) for f in findings]}


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file in the same folder and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


@contextlib.contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    """An exclusive lock beside ``path`` so processes merging into it take turns."""
    try:
        import fcntl
    except ImportError:  # not POSIX: the rename is still atomic, concurrent merges may race
        yield
        return
    with open(path.with_name(path.name + ".lock"), "a+") as lock:
        fcntl.flock(lock.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock.fileno(), fcntl.LOCK_UN)


__all__ = ["COUNTERS", "FORMAT", "VERSION", "DriftReport", "brief", "describe", "write_atomically"]
