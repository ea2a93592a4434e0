"""The one shape in which every check reports what is wrong."""

from __future__ import annotations

from dataclasses import dataclass

from crm_overlays import specs


def pointer(parts: tuple[str | int, ...] | list[str | int]) -> str:
    """Join path parts into a JSON pointer; the document root is ``""``."""
    return specs.pointer(parts)


@dataclass(frozen=True)
class Problem:
    """A defect in a spec, located by file and JSON pointer."""

    file: str
    pointer: str
    message: str
    check: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.file}#{self.pointer}"
        if self.line is not None:
            where += f" (line {self.line})"
        return f"{where}: [{self.check}] {self.message}"
