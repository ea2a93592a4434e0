"""Run Schemathesis against a mock the way `st run` does, and collect what went wrong.

It drives Schemathesis' own engine (`schemathesis.engine.from_schema(schema).execute()`), so
every phase runs as in the CLI: examples, coverage (including undeclared methods and missing
headers), fuzzing, and stateful testing on inferred links, each with every default check. The
configuration is the repository's schemathesis.toml; only the example count is sized here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import schemathesis
from schemathesis.config import SchemathesisConfig
from schemathesis.engine import Status, events, from_schema

from tests.conftest import ROOT

CONFIG = ROOT / "schemathesis.toml"


@dataclass
class Report:
    api: str
    transport: str
    failures: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    cases: dict[str, int] = field(default_factory=dict)
    phases: dict[str, str] = field(default_factory=dict)

    def summary(self) -> str:
        lines = [f"Schemathesis on {self.api} ({self.transport}): cases per phase {self.cases}"]
        lines += [f"  phase {name}: {status}" for name, status in self.phases.items()]
        lines += [f"FAILURE {text}" for text in self.failures]
        lines += [f"ERROR {text}" for text in self.errors]
        return "\n".join(lines)


def _describe_failure(label: str, check: str, info: Any, interaction: Any) -> str:
    failure = info.failure
    text = f"{label} [{check}] {failure.title}\n{failure.message}\n{info.code_sample}"
    response = getattr(interaction, "response", None)
    if response is not None:
        text += f"\n-> {response.status_code} {response.content[:500]!r}"
    return text


def run(
    api: str,
    *,
    app: Any = None,
    base_url: str | None = None,
    max_examples: int,
    config_text: str | None = None,
) -> Report:
    """Test the mock of `api` in-process (`app`) or over HTTP (`base_url`); `config_text`
    replaces schemathesis.toml (tests/oauth swaps the static token for an OAuth one)."""
    config = (
        SchemathesisConfig.from_path(CONFIG)
        if config_text is None
        else SchemathesisConfig.from_str(config_text, base_dir=str(ROOT))
    )
    schema = schemathesis.openapi.from_path(Path(ROOT, "specs", f"{api}.yaml"), config=config)
    schema.config.generation.update(max_examples=max_examples)
    if app is not None:
        schema.app = app
    if base_url is not None:
        schema.config.update(base_url=base_url)
    report = Report(api, "in-process" if app is not None else "http")
    for event in from_schema(schema).execute():
        if isinstance(event, events.ScenarioFinished):
            phase = str(event.phase.value)
            report.cases[phase] = report.cases.get(phase, 0) + len(event.recorder.cases)
            for case_id, checks in event.recorder.checks.items():
                for check in checks:
                    if check.status == Status.FAILURE and check.failure_info is not None:
                        interaction = event.recorder.interactions.get(case_id)
                        report.failures.append(
                            _describe_failure(
                                str(event.label), check.name, check.failure_info, interaction
                            )
                        )
        elif isinstance(event, events.PhaseFinished):
            reason = event.phase.skip_reason
            status = str(event.status.value)
            report.phases[str(event.phase.name.value)] = (
                f"{status} ({reason.value})" if reason else status
            )
        elif isinstance(event, (events.NonFatalError, events.FatalError)):
            report.errors.append(f"{getattr(event, 'label', '')}: {event.info.format()}")
    return report
