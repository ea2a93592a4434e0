"""Property: for generated contacts and filters, Kanbert's list answers what the spec means.

The expected answer is computed here from the documented meaning, written out plainly per
operator (case-insensitive text, SQL's rule for a missing value, dates by the day, a missing
value first in an ascending sort and last in a descending one, ties in creation order), not by
the engine's code: the engine compiles typed predicates and sorts by successive stable passes,
this file compares values pair by pair.
"""

from __future__ import annotations

import functools
from datetime import UTC, date, datetime
from typing import Any

from crm_overlays.queries import declarations
from hypothesis import given, settings
from hypothesis import strategies as st

from mocks.query_engine import Context, QueryEngine

NOW = datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)
SPEC = declarations("kanbert")["listContacts"]

names = st.sampled_from(["Ada", "ada", "ADA", "Al", "Bob", "bobby", "Zoë", "zoë", ""]) | st.none()
days = st.dates(date(1990, 1, 1), date(1990, 1, 10))
scores = st.integers(-3, 3) | st.none()

records = st.lists(
    st.fixed_dictionaries(
        {
            "first_name": names,
            "birthday": days.map(date.isoformat) | st.none(),
            "custom_fields": st.fixed_dictionaries({}, optional={"score": scores}),
            "deleted": st.booleans(),
        }
    ),
    max_size=12,
)

TEXT_OPS = ["eq", "ne", "in", "nin", "contains", "startswith", "endswith", "isnull", "isnotnull"]
ORDER_OPS = ["eq", "ne", "lt", "lte", "gt", "gte", "isnull", "isnotnull"]


@st.composite
def conditions(draw: st.DrawFn) -> tuple[str, str, Any]:
    field = draw(st.sampled_from(["first_name", "birthday", "custom_fields.score"]))
    if field == "first_name":
        op = draw(st.sampled_from(TEXT_OPS))
        if op in ("in", "nin"):
            values = draw(st.lists(st.sampled_from(["ada", "bob", "Zoë", "x"]), min_size=1))
            return field, op, values
        return field, op, draw(st.sampled_from(["ada", "A", "b", "OB", "zo", "ë", "x"]))
    if field == "birthday":
        return field, draw(st.sampled_from(ORDER_OPS)), draw(days)
    return field, draw(st.sampled_from(ORDER_OPS + ["in"])), draw(st.integers(-3, 3))


def _quote(value: Any) -> str:
    if isinstance(value, list):
        return "(" + ", ".join(_quote(item) for item in value) + ")"
    if isinstance(value, date):
        return f'"{value.isoformat()}"'
    return f'"{value}"' if isinstance(value, str) else str(value)


def dsl(condition: tuple[str, str, Any]) -> str:
    field, op, value = condition
    if op in ("isnull", "isnotnull"):
        return f"{field} {op}"
    if op == "in" and not isinstance(value, list):
        value = [value]
    return f"{field} {op} {_quote(value)}"


def stored(record: dict[str, Any], field: str) -> Any:
    if field == "custom_fields.score":
        return record["custom_fields"].get("score")
    value = record[field]
    return date.fromisoformat(value) if field == "birthday" and value is not None else value


def holds(record: dict[str, Any], condition: tuple[str, str, Any]) -> bool:
    field, op, operand = condition
    value = stored(record, field)
    if op == "isnull":
        return value is None
    if op == "isnotnull":
        return value is not None
    if value is None:  # SQL: a comparison with NULL is never true, `ne` included
        return False
    if isinstance(value, str):
        text = value.casefold()
        if op in ("in", "nin"):
            inside = text in [item.casefold() for item in operand]
            return inside if op == "in" else not inside
        wanted = operand.casefold()
        return {
            "eq": text == wanted,
            "ne": text != wanted,
            "contains": wanted in text,
            "startswith": text.startswith(wanted),
            "endswith": text.endswith(wanted),
        }[op]
    if op == "in":
        return bool(value == operand)
    return {
        "eq": value == operand,
        "ne": value != operand,
        "lt": value < operand,
        "lte": value <= operand,
        "gt": value > operand,
        "gte": value >= operand,
    }[op]


SORTS = ["first_name", "-first_name", "custom_fields.score", "-custom_fields.score"]


def compare(a: tuple[int, dict[str, Any]], b: tuple[int, dict[str, Any]], keys: list[str]) -> int:
    for key in keys:
        descending = key.startswith("-")
        field = key.lstrip("-")
        x, y = stored(a[1], field), stored(b[1], field)
        if isinstance(x, str) and isinstance(y, str):
            x, y = x.casefold(), y.casefold()
        if x == y:
            continue
        if x is None:  # a missing value is the smallest: first ascending, last descending
            result = -1
        elif y is None:
            result = 1
        else:
            result = -1 if x < y else 1
        return -result if descending else result
    return -1 if a[0] < b[0] else 1  # creation order breaks ties


def expected_ids(contacts: list[dict[str, Any]], expression: Any, keys: list[str]) -> list[str]:
    kept = [
        (index, record)
        for index, record in enumerate(contacts)
        if not record["deleted"] and (expression is None or expression(record))
    ]
    if keys:
        kept.sort(key=functools.cmp_to_key(lambda a, b: compare(a, b, keys)))
    return [f"r{index}" for index, _ in kept]


def served_ids(contacts: list[dict[str, Any]], query: dict[str, str]) -> list[str]:
    engine = QueryEngine(declarations("kanbert"))
    stored_records = [
        {
            "id": f"r{index}",
            "first_name": record["first_name"],
            "birthday": record["birthday"],
            "custom_fields": record["custom_fields"],
            "deleted_at": "2024-01-01T00:00:00Z" if record["deleted"] else None,
        }
        for index, record in enumerate(contacts)
    ]
    plan = engine.plan(SPEC, query, None, Context(NOW, "me"))
    _, chosen = engine.apply(SPEC, plan, "/contacts", list(range(len(contacts))), stored_records)
    return [record["id"] for record in chosen]


@settings(max_examples=300, deadline=None)
@given(contacts=records, condition=conditions())
def test_one_condition(contacts: list[dict[str, Any]], condition: tuple[str, str, Any]) -> None:
    expected = expected_ids(contacts, lambda record: holds(record, condition), [])
    assert served_ids(contacts, {"filter": dsl(condition)}) == expected


@settings(max_examples=200, deadline=None)
@given(
    contacts=records,
    first=conditions(),
    second=conditions(),
    joiner=st.sampled_from(["and", "or"]),
    keys=st.lists(st.sampled_from(SORTS), max_size=2, unique_by=lambda k: k.lstrip("-")),
)
def test_two_conditions_and_an_order(
    contacts: list[dict[str, Any]],
    first: tuple[str, str, Any],
    second: tuple[str, str, Any],
    joiner: str,
    keys: list[str],
) -> None:
    def both(record: dict[str, Any]) -> bool:
        if joiner == "and":
            return holds(record, first) and holds(record, second)
        return holds(record, first) or holds(record, second)

    query = {"filter": f"({dsl(first)}) {joiner} {dsl(second)}"}
    if keys:
        query["sort"] = ",".join(keys)
    assert served_ids(contacts, query) == expected_ids(contacts, both, keys)


@settings(max_examples=100, deadline=None)
@given(contacts=records, keys=st.lists(st.sampled_from(SORTS), min_size=1, max_size=3))
def test_order_alone(contacts: list[dict[str, Any]], keys: list[str]) -> None:
    distinct = list(dict.fromkeys(key.lstrip("-") for key in keys))  # a key's first use counts
    signed = [next(k for k in keys if k.lstrip("-") == name) for name in distinct]
    assert served_ids(contacts, {"sort": ",".join(keys)}) == expected_ids(contacts, None, signed)
