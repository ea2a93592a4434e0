"""Schemathesis against each of the five mocks, in-process and over HTTP: zero failures.

All phases (examples, coverage, fuzzing, stateful) and all default checks run, configured by
the repository's schemathesis.toml (deterministic generation, the mock's token per security
scheme, and the few per-operation expectations that file explains). Only the number of
generated examples is sized here, so the whole file stays within its time budget; `st run`
against `python -m mocks` runs the same configuration at full size.

The mocks run with rate limiting off: the vendors' limits (60 per minute for Pylon) would turn
most generated requests into 429s. The limiter and its wiring are tested in test_ratelimit.py
and test_app.py.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from mocks import create_app
from mocks.calls import Reply
from mocks.hooks import HookContext, HookRegistry
from mocks.openapi import SpecDocument
from mocks.serving import serve
from tests.mocks.schemathesis_runner import Report, run

APIS = ("kanbert", "kinbox", "pylon", "repzo", "wealthbox")
# Generated examples per operation and phase: enough to reach every operation and link.
MAX_EXAMPLES = 10
TEST_PHASES = ("examples", "coverage", "fuzzing", "stateful")


def assert_clean(report: Report, violations: list[object]) -> None:
    print(report.summary())
    assert not report.errors, report.summary()
    assert not report.failures, report.summary()
    assert not violations, f"the engine saw answers that do not match the spec: {violations}"
    for phase in TEST_PHASES:
        expected = (
            "skip (not_applicable)" if report.api == "kinbox" and phase == "stateful" else "success"
        )
        # Kinbox has one operation and no links, so it has nothing to test statefully.
        assert report.phases.get(phase) == expected, report.summary()
        assert report.cases.get(phase, 0) > 0 or expected != "success", report.summary()


@pytest.mark.parametrize("api", APIS)
def test_in_process(api: str) -> None:
    app = create_app(api, rate_limit=False, seed_random=1, check_responses=True)
    report = run(api, app=app, max_examples=MAX_EXAMPLES)
    assert_clean(report, app.state.engine.violations)


@pytest.fixture(params=APIS)
def served(request: pytest.FixtureRequest) -> Iterator[tuple[str, str, list[object]]]:
    api = str(request.param)
    app = create_app(api, rate_limit=False, seed_random=2, check_responses=True)
    with serve(app) as url:
        yield api, url + SpecDocument.load(api).base_path, app.state.engine.violations


def test_over_http(served: tuple[str, str, list[object]]) -> None:
    api, base_url, violations = served
    report = run(api, base_url=base_url, max_examples=MAX_EXAMPLES)
    assert_clean(report, violations)


def test_a_failing_run_explains_itself() -> None:
    """The harness itself: a mock that breaks its spec yields a report that names the check,
    shows the response and gives a command to reproduce it."""
    app = create_app("kinbox", rate_limit=False)
    broken = HookRegistry()

    @broken.operation("createContact")
    async def wrong_shape(ctx: HookContext) -> Reply:
        return ctx.reply({"id": 5}, status=201)  # the documented contact has a string id and more

    app.state.engine.hooks = broken
    report = run("kinbox", app=app, max_examples=2)
    summary = report.summary()
    assert any("[response_schema_conformance]" in failure for failure in report.failures), summary
    assert "curl -X POST" in summary and "-> 201 b'{\"id\":5}'" in summary
