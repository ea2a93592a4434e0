"""Shared test helpers: where the project's pieces are."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPECS = sorted((ROOT / "specs").glob("*.yaml"))
REDOCLY = ROOT / "node_modules" / ".bin" / "redocly"
