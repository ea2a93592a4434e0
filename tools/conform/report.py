"""A per-operation summary read from Schemathesis' JUnit XML report."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class OperationResult:
    name: str
    failures: list[str] = field(default_factory=list)  # Schemathesis codes, e.g. "ST401"
    errors: list[str] = field(default_factory=list)
    skipped: bool = False

    @property
    def status(self) -> str:
        if self.errors:
            return "ERROR"
        if self.failures:
            return "FAIL"
        return "skipped" if self.skipped else "ok"


def read_junit(path: Path) -> list[OperationResult]:
    results = []
    for case in ET.parse(path).getroot().iter("testcase"):
        result = OperationResult(case.get("name", "?"))
        for failure in case.findall("failure"):
            result.failures.append(failure.get("message") or failure.get("type") or "failure")
        for error in case.findall("error"):
            result.errors.append((error.get("message") or "error").splitlines()[0][:80])
        result.skipped = case.find("skipped") is not None
        results.append(result)
    return results


def summary_table(results: list[OperationResult]) -> str:
    rows = [("operation", "result", "details")]
    for result in results:
        details = ", ".join(sorted(set(result.failures))) or "; ".join(result.errors)
        rows.append((result.name, result.status, details))
    widths = [max(len(row[i]) for row in rows) for i in range(2)]
    return "\n".join(
        f"{row[0].ljust(widths[0])}  {row[1].ljust(widths[1])}  {row[2]}".rstrip() for row in rows
    )
