"""Run the pinned Redocly CLI and turn its JSON report into :class:`Problem` objects.

Warnings count as problems: the project's rule is that a warning is fixed, or switched off in
``redocly.yaml`` with a one-line reason, never left to scroll past.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

from .problems import Problem


def _json_documents(text: str) -> list[dict[str, Any]]:
    """Redocly prints one JSON report per file, back to back; decode them all."""
    decoder, documents, index = json.JSONDecoder(), [], text.find("{")
    while index >= 0:
        try:
            document, end = decoder.raw_decode(text, index)
        except json.JSONDecodeError:
            break
        if isinstance(document, dict):
            documents.append(document)
        index = text.find("{", end)
    return documents


def run_redocly(executable: str, files: list[str]) -> dict[str, list[Problem]]:
    """Lint ``files`` in one Redocly run; return the problems of each file by its given name."""
    result = subprocess.run(
        [executable, "lint", "--format=json", *files],
        capture_output=True, text=True, check=False,
        env={**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"},
    )
    by_file: dict[str, list[Problem]] = {name: [] for name in files}
    reports = _json_documents(result.stdout)
    if not reports:
        detail = (result.stderr or result.stdout).strip()[-500:]
        for name in files:
            by_file[name].append(Problem(name, "", f"redocly did not report: {detail}", "redocly"))
        return by_file
    resolved = {str(Path(name).resolve()): name for name in files}
    for item in (item for report in reports for item in report.get("problems", [])):
        location = (item.get("location") or [{}])[0]
        source = (location.get("source") or {}).get("ref", "")
        name = resolved.get(str(Path(source).resolve()), source)
        pointer = str(location.get("pointer", "#")).lstrip("#")
        line = (location.get("start") or {}).get("line")
        message = f"{item.get('severity')} {item.get('ruleId')}: {item.get('message')}"
        by_file.setdefault(name, []).append(Problem(name, pointer, message, "redocly", line))
    return by_file
