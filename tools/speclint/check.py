"""All checks of one spec, in the order that keeps later checks meaningful."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .conventions import check_conventions
from .examples import check_examples
from .extensions import check_extensions
from .loader import SpecLoadError, load_spec
from .problems import Problem
from .refs import check_refs
from .structure import check_structure
from .summary import count_operations, count_schemas


@dataclass
class SpecReport:
    api: str
    operations: int = 0
    webhooks: int = 0
    schemas: int = 0
    examples: int = 0
    problems: list[Problem] = field(default_factory=list)


def check_spec(path: str, extra: list[Problem] | None = None) -> SpecReport:
    """Load ``path`` and run every check; ``extra`` adds problems found elsewhere (Redocly)."""
    report = SpecReport(api=Path(path).stem)
    try:
        spec = load_spec(path)
    except SpecLoadError as exc:
        report.problems = exc.problems + list(extra or [])
        return report
    doc = spec.data
    report.operations = count_operations(doc)
    report.webhooks = count_operations(doc, "webhooks")
    report.schemas = count_schemas(doc)
    problems = check_refs(spec)
    if not problems:  # the later checks follow references; a dangling one would only add noise
        problems += check_structure(spec)
        example_problems, report.examples = check_examples(spec)
        problems += example_problems
        problems += check_extensions(spec)
        problems += check_conventions(spec)
    report.problems = problems + list(extra or [])
    return report
