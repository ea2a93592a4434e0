"""The overlay's typed filter builders render filters the mock answers as the spec means.

Each built filter is checked twice: its text (or object) against what the seed writes by hand,
and its answer from the mock against the records chosen in test_queries_kanbert.py and
test_queries_pylon.py.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from crm_overlays.filters import ME, today
from crm_overlays.kanbert import contact_filter as f
from crm_overlays.pylon import contact_search_filter as p

from codegen import filter_types
from tests.conftest import ROOT
from tests.mocks.support import MockClient
from tests.mocks.test_queries_kanbert import kanbert, selected  # noqa: F401 (the fixture)
from tests.mocks.test_queries_pylon import found, pylon  # noqa: F401 (the fixture)


def test_the_seed_example_built_from_fields(kanbert: MockClient) -> None:  # noqa: F811
    built = f.title.contains("Acme") & (
        f.created_at.gte(date(2024, 1, 1)) | f.client_name.contains("Corp")
    )
    assert built.render() == (
        '(title contains "Acme") and ((created_at gte "2024-01-01") or '
        '(client.name contains "Corp"))'
    )
    assert selected(kanbert, built.render()) == {"c1", "c2", "c4"}


def test_relations_special_values_lists_and_custom_fields(kanbert: MockClient) -> None:  # noqa: F811
    assert selected(kanbert, f.companies.count("gte", 2).render()) == {"c1"}
    with_email = f.companies.count("eq", 1, f.companies.email.isnotnull())
    assert with_email.render() == "companies count (email isnotnull) eq 1"
    assert selected(kanbert, with_email.render()) == {"c1", "c2"}
    assert selected(kanbert, f.companies.none().render()) == {"c3", "c4", "c6"}
    assert selected(kanbert, f.owner_id.eq(ME).render()) == {"c1", "c4"}
    assert selected(kanbert, f.created_at.gte(today(-30)).render()) == {"c4", "c6"}
    names = f.first_name.in_(["Ada", 'Al"an'])  # a quote in a value is escaped
    assert names.render() == 'first_name in ("Ada", "Al\\"an")'
    assert selected(kanbert, names.render()) == {"c1"}
    assert selected(kanbert, f.custom_field("score").gte(10).render()) == {"c1", "c2", "c3", "c6"}
    assert selected(kanbert, f.archived.eq("only").render()) == {"c5"}
    three = f.first_name.isnotnull() & f.last_name.ne("Hopper") & f.birthday.lt(date(1920, 1, 1))
    assert three.render().count("(") == 3  # one group of three, not nested groups
    assert selected(kanbert, three.render()) == {"c1", "c3"}


def test_pylon_filter_objects(pylon: MockClient) -> None:  # noqa: F811
    tier = p.custom_field("tier")
    built = (p.custom_field("langs").in_(["en"]) & p.custom_field("score").lt("10")) | (
        p.name.contains("turing")
    )
    assert built.render() == {
        "operator": "or",
        "subfilters": [
            {"operator": "and", "subfilters": [
                {"field": "langs", "operator": "in", "values": ["en"]},
                {"field": "score", "operator": "less_than", "value": "10"},
            ]},
            {"field": "name", "operator": "string_contains", "value": "turing"},
        ],
    }  # fmt: skip
    assert found(pylon, {"filter": built.render()}) == {"Grace", "Alan"}
    assert found(pylon, {"filter": tier.startswith("S").render()}) == {"Grace"}
    assert found(pylon, {"filter": p.email.eq("ada@acme.test").render()}) == {"Ada"}


def test_a_misspelt_field_or_a_disallowed_operator_fails_before_sending() -> None:
    with pytest.raises(AttributeError):
        f.frist_name  # type: ignore[attr-defined]  # noqa: B018
    with pytest.raises(AttributeError):
        f.birthday.contains("x")  # type: ignore[attr-defined]
    with pytest.raises(AttributeError):
        p.name.startswith("A")  # type: ignore[attr-defined]
    with pytest.raises(TypeError):
        f.first_name.eq(["a", "b"])  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        f.first_name.in_("ab")
    with pytest.raises(TypeError):
        f.first_name.eq("a") & p.name.eq("a")  # two languages in one expression


WRONG = """\
from __future__ import annotations

from crm_overlays.kanbert import contact_filter as f
from crm_overlays.pylon import contact_search_filter as p

f.frist_name.eq("Ada")  # error: attr-defined
f.birthday.contains("19")  # error: attr-defined
f.first_name.gt("A")  # error: attr-defined
f.archived.eq("sometimes")  # error: arg-type
f.companies.count("most", 2)  # error: arg-type
p.id.string_contains("x")  # error: attr-defined
p.name.startswith("A")  # error: attr-defined
ok = f.first_name.eq("Ada") & f.companies.any(f.companies.company_name.contains("x"))
fine = p.custom_field("tier").startswith("g") | p.email.in_(["a@b.c"])
"""


def test_mypy_sees_the_field_names_and_operators(tmp_path: Path) -> None:
    scratch = tmp_path / "wrong_filters.py"
    scratch.write_text(WRONG)
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--show-error-codes", "--no-error-summary",
         "--no-pretty", "--cache-dir", str(tmp_path / "cache"), str(scratch)],
        capture_output=True, text=True, cwd=ROOT, check=False,
    )  # fmt: skip
    reported = {
        int(line.split(":")[1]): line.rsplit("[", 1)[1].rstrip("]")
        for line in result.stdout.splitlines()
        if ": error:" in line
    }
    expected = {
        number: line.split("# error:")[1].strip()
        for number, line in enumerate(WRONG.splitlines(), start=1)
        if "# error:" in line
    }
    assert reported == expected, result.stdout


def test_the_filter_module_is_current() -> None:
    assert filter_types.main(["--check"]) == 0
