"""Typed items and checked filters, as mypy --strict sees them; the overloads' generator.

``typed_sample.py`` marks each ``reveal_type`` with the type it must reveal (``# reveals:``).
Wrong calls live in a scratch file written here, each marked with the error code mypy must
report on its line (``# error:``); nothing else may be reported.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from codegen import overlay_types
from tests.conftest import ROOT

SAMPLE = Path(__file__).with_name("typed_sample.py")

WRONG_CALLS = """\
from __future__ import annotations

from pylon_client.api.contacts import list_contacts as pylon_list_contacts
from wealthbox_client.api.contacts import get_contact, list_contacts

from crm_overlays import call, paginate, pylon, wealthbox


def wrong(token: str) -> None:
    client = wealthbox.client(token)
    paginate(list_contacts, client=client, bogus="x")  # error: call-overload
    paginate(list_contacts, client=client, per_page="100")  # error: call-overload
    paginate(pylon_list_contacts, client=client)  # error: call-overload
    paginate(list_contacts, client=pylon.client(token))  # error: call-overload
    call(get_contact, client=client)  # error: call-overload
    for contact in paginate(list_contacts, client=client):
        contact.no_such_field  # error: attr-defined
    wealthbox.client(token, retries=3)  # error: call-arg
"""

NOTE = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+): note: Revealed type is \"(?P<type>[^\"]+)\"$")
ERROR = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+): error: .*\[(?P<code>[a-z-]+)\]$")


def marked_lines(text: str, marker: str) -> dict[int, str]:
    """``{line number: what follows the marker}`` for the lines carrying ``# marker:``."""
    found = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if f"# {marker}:" in line:
            found[number] = line.split(f"# {marker}:", 1)[1].strip()
    return found


def normalise(type_text: str) -> str:
    # mypy 1.x prints `builtins.list[...]`, 2.x `list[...]`.
    return type_text.replace("builtins.", "")


@pytest.fixture(scope="module")
def mypy_output(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[str], Path]:
    scratch = tmp_path_factory.mktemp("typing") / "wrong_calls.py"
    scratch.write_text(WRONG_CALLS)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--show-error-codes",
            "--no-error-summary",
            "--no-pretty",
            "--cache-dir",
            str(tmp_path_factory.mktemp("mypy-cache")),
            str(SAMPLE),
            str(scratch),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode in (0, 1), result.stderr
    return result.stdout.splitlines(), scratch


def test_revealed_types_are_the_generated_models(mypy_output: tuple[list[str], Path]) -> None:
    lines, _ = mypy_output
    revealed = {
        int(match["line"]): normalise(match["type"])
        for line in lines
        if (match := NOTE.match(line)) and Path(match["file"]).name == SAMPLE.name
    }
    expected = {n: normalise(t) for n, t in marked_lines(SAMPLE.read_text(), "reveals").items()}
    assert revealed == expected
    # One paginated operation per vendor that has one, and a call for the one that has none.
    vendors = {t.split(".", 1)[0] for t in expected.values()}
    assert {"kanbert_client", "kinbox_client", "pylon_client", "repzo_client"} <= vendors
    assert "wealthbox_client" in vendors


def test_the_sample_itself_is_clean(mypy_output: tuple[list[str], Path]) -> None:
    lines, _ = mypy_output
    assert [
        line
        for line in lines
        if line.startswith(str(SAMPLE.relative_to(ROOT))) and ": error:" in line
    ] == []
    assert [line for line in lines if SAMPLE.name in line and ": error:" in line] == []


def test_wrong_filters_and_clients_are_errors(mypy_output: tuple[list[str], Path]) -> None:
    lines, scratch = mypy_output
    reported = {
        int(match["line"]): match["code"]
        for line in lines
        if (match := ERROR.match(line)) and Path(match["file"]).name == scratch.name
    }
    assert reported == marked_lines(WRONG_CALLS, "error")


def test_typed_module_is_current() -> None:
    assert overlay_types.main(["--check"]) == 0


def test_check_reports_a_stale_module(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    stale = tmp_path / "_typed_api.py"
    current = overlay_types.TARGET.read_text()
    stale.write_text(current.replace("@overload\n", "", 1))
    monkeypatch.setattr(overlay_types, "TARGET", stale)
    assert overlay_types.main(["--check"]) == 1
    output = capsys.readouterr().out
    assert "+@overload" in output
    assert "is stale" in output
    assert stale.read_text() != current  # --check never writes


def test_generated_module_covers_every_paginated_operation() -> None:
    source = overlay_types.TARGET.read_text()
    compact = re.sub(r"\s", "", source)
    paginated = [op for op in overlay_types.typed_operations() if op.item is not None]
    assert len(paginated) == 33
    for op in paginated:
        assert op.item is not None
        package = f"{op.api}_client.models"
        page, item = f"{package}.{op.success.__name__}", f"{package}.{op.item.__name__}"
        assert f"->Paginator[{page},{item}]" in compact
        assert f"->AsyncPaginator[{page},{item}]" in compact
    assert "generated by codegen/overlay_types.py" in source.lower()
