"""The `crm_mock` pytest plugin (mocks/pytest_plugin.py), run as a user runs it, by pytester."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ROOT

pytest_plugins = ["pytester"]

USER_SUITE = Path(__file__).with_name("user_suite.py").read_text(encoding="utf-8")
# In a subprocess, as a user's run: an in-process run re-imports PyYAML's C loader, which then
# fails on every document. The checkout is on the path (the plugin is not installed here; the
# entry point is tested from the wheel by test_wheels.py), so the plugin is named with -p.
PLUGIN = ("-p", "mocks.pytest_plugin", "-p", "no:cacheprovider")


@pytest.fixture(autouse=True)
def checkout_on_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHONPATH", str(ROOT))


def test_a_user_suite_passes_and_tests_share_no_state(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_user=USER_SUITE)
    # Twice in a row in one file: the second run of the writing test would see two "Ada"s if a
    # store survived a test.
    pytester.makepyfile(test_again=USER_SUITE)
    result = pytester.runpytest_subprocess(*PLUGIN)
    result.assert_outcomes(passed=8)


def test_a_session_mock_is_shared_when_asked(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_shared="""
        from pylon_client.api.contacts import create_contact
        from pylon_client.models import ContactCreate

        def test_write(crm_mock_session):
            mock = crm_mock_session("pylon")
            create_contact.sync_detailed(client=mock.client, body=ContactCreate(name="Kept"))

        def test_read(crm_mock_session, crm_mock):
            assert crm_mock("pylon").records("/contacts") == []
        """
    )
    result = pytester.runpytest_subprocess(*PLUGIN)
    result.assert_outcomes(passed=2)


def test_a_failing_test_shows_the_last_request_and_answer(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_failing="""
        from pylon_client.api.contacts import get_contact

        def test_fails(crm_mock):
            mock = crm_mock("pylon", seed=1)
            response = get_contact.sync_detailed(client=mock.client, id="no-such-contact")
            assert response.status_code == 200
        """
    )
    result = pytester.runpytest_subprocess(*PLUGIN)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines([
        "*- crm_mock pylon: last request and answer -*",
        "> GET /contacts/no-such-contact",
        "< 404",
        "< {*}",
    ])
    assert "crm-mock-token" not in result.stdout.str()  # the token stays out of the report


def test_a_passing_test_has_no_mock_section(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_ok="def test_ok(crm_mock):\n    crm_mock('kanbert')\n")
    result = pytester.runpytest_subprocess(*PLUGIN, "-rA")
    result.assert_outcomes(passed=1)
    assert "last request and answer" not in result.stdout.str()
