"""Every spec in specs/ passes every check, and every documented example is a valid vector."""

from __future__ import annotations

import functools

import pytest

from tests.conftest import REDOCLY, ROOT, SPECS
from tools.speclint.check import check_spec
from tools.speclint.examples import example_sites, schema_validator
from tools.speclint.loader import load_spec
from tools.speclint.problems import pointer
from tools.speclint.redocly import run_redocly

EXPECTED_APIS = {"kanbert", "pylon", "kinbox", "repzo", "wealthbox"}


def _relative(path):
    return str(path.relative_to(ROOT))


def test_every_api_has_a_spec():
    assert {p.stem for p in SPECS} == EXPECTED_APIS


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.stem)
def test_spec_passes_every_check(spec, monkeypatch):
    monkeypatch.chdir(ROOT)
    name = _relative(spec)
    redocly = run_redocly(str(REDOCLY), [name])[name]
    report = check_spec(name, extra=redocly)
    assert not report.problems, "\n".join(str(p) for p in report.problems)
    assert report.operations > 0


@functools.cache
def _document(spec):
    return load_spec(spec).data


def _example_cases():
    for spec in SPECS:
        loaded = load_spec(spec)
        for site in example_sites(loaded.data):
            yield pytest.param(spec, site, id=f"{spec.stem}:{pointer(site.example_at)}")


@pytest.mark.parametrize(("spec", "site"), list(_example_cases()))
def test_documented_example_validates(spec, site):
    validator = schema_validator(_document(spec), site.schema_at)
    errors = [f"{pointer(list(e.absolute_path)) or '/'}: {e.message[:300]}"
              for e in validator.iter_errors(site.value)]
    assert not errors, "\n".join(errors)


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.stem)
def test_every_spec_carries_examples(spec):
    # Each vendor documents example bodies; a spec without any has lost its test vectors.
    # (Counting is enough: test_documented_example_validates checks each one.)
    assert any(True for _ in example_sites(_document(spec)))
