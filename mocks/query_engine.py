"""One query engine for every list: conditions, order and includes, from `x-query`.

The declaration (read by `crm_overlays.queries`) says which fields a filter may name, with
which operators, which keys a list sorts by and which related data it includes. The languages
(`mocks.query_language`) read a request's filter into the conditions below; this module checks
the operands against the field's type, turns the conditions into a predicate over stored
records, orders them and says which includes were asked for. Nothing here knows a vendor.

What a condition means (the specs' `Decision:`s point here):

- A comparison with a missing or null value is false, `ne` and `nin` included (SQL's rule);
  `isnull` / `isnotnull` test for it. A field holding a list matches when one of its items
  does; `ne`, `nin` and `ncontains` then mean that none does.
- Text compares case-insensitively where the declaration says so (`caseInsensitive`).
- `like` is SQL's LIKE (`%` any run, `_` one character); without a wildcard it matches anywhere.
- Dates: an operand that is a day (`2024-01-01`, `today`, `today-3d`) stands for the whole day,
  so `eq` is "on that day", `lt` "before it", `gt` "after it"; an instant (`now`, a date-time)
  stands for itself. Weeks start on Monday (ISO 8601); days, weeks and months are UTC.
"""

from __future__ import annotations

import collections
import functools
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from crm_overlays.queries import (
    ANY_FIELD,
    FAMILY,
    FilterSpec,
    ParamFilter,
    QueryField,
    QuerySpec,
    SortSpec,
)

from mocks.store import Record
from mocks.values import parse_timestamp

Predicate = Callable[[Record], bool]
_TICK = timedelta(microseconds=1)
_FIRST = datetime.min.replace(tzinfo=UTC)
_LAST = datetime.max.replace(tzinfo=UTC) - _TICK
_DAY_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_RELATIVE_DAY = re.compile(r"^today([+-±])(\d+)d$", re.IGNORECASE)
_COMPARISONS = frozenset({"lt", "lte", "gt", "gte"})
_NEGATIONS = {"ne": "eq", "nin": "in", "ncontains": "contains"}
_SET_OPERATORS = frozenset({"in", "nin", "hasall", "between"})
_TRUE_WORDS = frozenset({"true", "yes", "1", "on"})
_FALSE_WORDS = frozenset({"false", "no", "0", "off"})
_RESULT_CACHE = 64


class QueryError(Exception):
    """A query the declaration does not allow; the message names the token and its place."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


# ------------------------------------------------------------------ conditions


@dataclass(frozen=True, slots=True)
class Interval:
    """A span of time, half-open: a day is [00:00, next 00:00), an instant [t, t + 1 µs)."""

    start: datetime
    end: datetime


@dataclass(frozen=True, slots=True)
class Operand:
    """One operand value in every form a typed comparison may want."""

    text: str | None
    number: float | None = None
    moment: Interval | None = None
    flag: bool | None = None


@dataclass(frozen=True, slots=True)
class Condition:
    path: tuple[str, ...]
    type: str
    meaning: str
    operands: tuple[Operand, ...]  # none for isnull / isnotnull; several for in / nin
    fold: bool
    value_keys: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Group:
    kind: str  # and | or
    items: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Relation:
    path: tuple[str, ...]
    meaning: str  # any | none | all | count
    where: Node | None
    compare: str | None = None  # count: the comparison's meaning and its number
    count: float | None = None


@dataclass(frozen=True, slots=True)
class Archive:
    path: tuple[str, ...]
    value: str  # with | only | without


Node = Condition | Group | Relation | Archive


@dataclass(frozen=True, slots=True)
class Context:
    now: datetime
    me: str | None = None


# A condition written without an operand (`email isnull`), unlike one with an explicit null.
NO_OPERAND: Any = object()


class Resolver:
    """Checks a condition against the declaration and types its operands."""

    def __init__(self, spec: FilterSpec, context: Context) -> None:
        self.spec = spec
        self.context = context

    def field(self, name: str, at: str, fields: Mapping[str, QueryField] | None) -> QueryField:
        if fields is None or fields is self.spec.fields:
            found = self.spec.field(name)
            known = self.spec.fields
        else:
            found = fields.get(name)
            known = fields
        if found is None or (found.is_family and not found.member(name)):
            allowed = ", ".join(sorted(known))
            raise QueryError(f"`{name}` {at} is not a filterable field; allowed: {allowed}.")
        return found

    def _meaning(self, found: QueryField, name: str, operator: str, at: str) -> str:
        meaning = self.spec.meaning(operator)
        if meaning is None or not self.spec.allows(found, operator):
            allowed = ", ".join(found.operators)
            what = "is not an operator" if meaning is None else "is not allowed"
            raise QueryError(
                f"`{operator}` {at} {what} for `{name}` ({found.type}); allowed: {allowed}."
            )
        return meaning

    def condition(self, found: QueryField, name: str, operator: str, operand: Any, at: str) -> Node:
        if found.type == "relation" and operand is NO_OPERAND:  # `companies any`
            return self.relation(found, name, operator, None, None, at)
        if found.type == "relation":
            raise QueryError(f"`{name}` is a relation: `{operator}` {at} needs a condition.")
        meaning = self._meaning(found, name, operator, at)
        path = found.path
        if found.is_family:
            path = path + (found.member(name),)
        if found.type == "archive":
            value = str(operand).lower() if isinstance(operand, str) else None
            if value not in found.values:
                raise QueryError(
                    f"`{operand}` {at} is not a value of `{name}`; allowed: "
                    f"{', '.join(found.values)}."
                )
            return Archive(path, value)
        if meaning in ("isnull", "isnotnull"):
            if operand is not NO_OPERAND and operand not in (None, True, ""):
                raise QueryError(f"`{operator}` {at} takes no value.")
            return Condition(path, found.type, meaning, (), False, found.value_keys)
        if operand is NO_OPERAND:
            raise QueryError(f"`{operator}` {at} needs a value.")
        if meaning in _SET_OPERATORS:
            values = list(operand) if isinstance(operand, (list, tuple)) else [operand]
            if not values or (meaning == "between" and len(values) != 2):
                raise QueryError(
                    f"`{operator}` {at} needs {'two values' if meaning == 'between' else 'a list of values'}."
                )
        elif isinstance(operand, (list, tuple)):
            raise QueryError(f"`{operator}` {at} takes one value, not a list.")
        else:
            values = [operand]
        operands = tuple(self.operand(found, name, meaning, value, at) for value in values)
        fold = meaning in self.spec.case_insensitive
        return Condition(path, found.type, meaning, operands, fold, found.value_keys)

    def relation(
        self,
        found: QueryField,
        name: str,
        operator: str,
        where: Node | None,
        compare: tuple[str, Any, str] | None,
        at: str,
    ) -> Node:
        meaning = self._meaning(found, name, operator, at)
        if meaning == "count":
            if compare is None:
                raise QueryError(f"`count` {at} needs a comparison (`count gte 2`).")
            spelling, value, cmp_at = compare
            cmp = self.spec.meaning(spelling)
            if cmp not in ("eq", "ne", "lt", "lte", "gt", "gte"):
                raise QueryError(f"`{spelling}` {cmp_at} does not compare a count.")
            number = _number(value)
            if number is None:
                raise QueryError(f"`{value}` {cmp_at} is not a number to compare a count with.")
            return Relation(found.path, meaning, where, cmp, number)
        if compare is not None:
            raise QueryError(f"`{compare[0]}` {compare[2]}: `{operator}` takes no comparison.")
        if meaning == "all" and where is None:
            raise QueryError(f"`all` {at} needs a condition in parentheses.")
        return Relation(found.path, meaning, where)

    def operand(self, found: QueryField, name: str, meaning: str, value: Any, at: str) -> Operand:
        kind = found.type
        bare = type(value).__name__ == "_Bare"
        text = (
            None if value is None else str(value).lower() if isinstance(value, bool) else str(value)
        )
        if value is None:
            raise QueryError(f"`{meaning}` {at} compares with null; use isnull / isnotnull.")
        if kind == "id" and bare and text == "me.id" and "me.id" in self.spec.special_values:
            return Operand(self.context.me)
        if kind == "enum" and text not in found.values:
            raise QueryError(
                f"`{value}` {at} is not a value of `{name}`; allowed: {', '.join(found.values)}."
            )
        if kind == "date":
            moment = self.moment(value, bare)
            if moment is None:
                raise QueryError(f"`{value}` {at} is not a date for `{name}`.")
            return Operand(text, moment=moment)
        if kind == "number":
            number = _number(value)
            if number is None:
                raise QueryError(f"`{value}` {at} is not a number for `{name}`.")
            return Operand(text, number=number)
        if kind == "boolean":
            flag = _flag(value)
            if flag is None:
                raise QueryError(f"`{value}` {at} is not true or false for `{name}`.")
            return Operand(text, flag=flag)
        if kind == "custom":
            number = _number(value)
            moment = self.moment(value, bare) if isinstance(value, str) else None
            if meaning in _COMPARISONS and number is None and moment is None:
                raise QueryError(
                    f"`{meaning}` {at} compares numbers and dates; `{value}` is neither."
                )
            text = None if moment is not None and bare else text
            return Operand(text, number=number, moment=moment, flag=_flag(value))
        if meaning in _COMPARISONS and kind in ("string", "id", "enum"):
            pass  # text compares in collation order
        return Operand(text)

    def moment(self, value: Any, bare: bool) -> Interval | None:
        if not isinstance(value, str):
            return None
        text = value.strip()
        if bare and text.lower() in self.spec.special_values | {"today"} and self._special(text):
            return self._special(text)
        relative = _RELATIVE_DAY.match(text) if bare else None
        if relative and "today±Nd" in self.spec.special_values:
            days = int(relative.group(2)) * (-1 if relative.group(1) == "-" else 1)
            try:
                return _day(self.context.now.date() + timedelta(days=days))
            except OverflowError:
                return None
        return _instant(text)

    def _special(self, word: str) -> Interval | None:
        now = self.context.now
        today = now.date()
        lowered = word.lower()
        if lowered not in self.spec.special_values:
            return None
        if lowered == "now":
            return _span(now)
        if lowered == "today":
            return _day(today)
        week = today - timedelta(days=today.weekday())
        month = today.replace(day=1)
        next_month = (month + timedelta(days=32)).replace(day=1)
        starts = {
            "sow": _midnight(week),
            "eow": _midnight(week + timedelta(days=7)) - _TICK,
            "som": _midnight(month),
            "eom": _midnight(next_month) - _TICK,
        }
        start = starts.get(lowered)
        return _span(start) if start is not None else None


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(), UTC)


def _day(day: date) -> Interval:
    return _span(_midnight(day), timedelta(days=1))


def _span(start: datetime, length: timedelta = _TICK) -> Interval:
    """[start, start + length), the end kept inside the calendar."""
    try:
        return Interval(start, start + length)
    except OverflowError:
        return Interval(start, _LAST + _TICK)


def _instant(text: str) -> Interval | None:
    """A date (the whole day) or a date-time (that instant) written as text, else None."""
    if _DAY_ONLY.match(text):
        try:
            return _day(date.fromisoformat(text))
        except ValueError:
            return None
    parsed = parse_timestamp(text)
    return _span(parsed) if parsed is not None else None


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    try:
        number = float(str(value))
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _flag(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    return True if text in _TRUE_WORDS else False if text in _FALSE_WORDS else None


# ------------------------------------------------------------------ predicates


def getter(path: Sequence[str]) -> Callable[[Any], Any]:
    """The value at ``path`` of a record; through a list of objects, every item's (a list)."""
    if len(path) == 1:
        key = path[0]
        return lambda record: record.get(key) if isinstance(record, dict) else None

    def get(value: Any, rest: Sequence[str]) -> Any:
        for index, key in enumerate(rest):
            if isinstance(value, list):
                found = [get(item, rest[index:]) for item in value]
                return [
                    item
                    for value in found
                    for item in (value if isinstance(value, list) else [value])
                    if item is not None
                ]
            if not isinstance(value, dict):
                return None
            value = value.get(key)
        return value

    return lambda record: get(record, path)


def _values(get: Callable[[Any], Any], value_keys: tuple[str, ...]) -> Callable[[Any], list[Any]]:
    """The values a condition tests of a record: none when missing, the items of a list."""

    def values(record: Any) -> list[Any]:
        value = get(record)
        if value_keys and isinstance(value, Mapping):
            value = next((value[k] for k in value_keys if value.get(k) is not None), None)
        if value is None:
            return []
        if isinstance(value, list):
            return [item for item in value if item is not None]
        return [value]

    return values


def _like(pattern: str, fold: bool) -> re.Pattern[str]:
    if "%" not in pattern and "_" not in pattern:
        pattern = f"%{pattern}%"
    body = "".join(
        ".*" if char == "%" else "." if char == "_" else re.escape(char) for char in pattern
    )
    return re.compile(f"^{body}$", re.IGNORECASE | re.DOTALL if fold else re.DOTALL)


def _digits(value: Any) -> str:
    return "".join(char for char in str(value) if char.isdigit())


def _phone_test(meaning: str, operands: tuple[Operand, ...]) -> Callable[[Any], bool]:
    """A phone number compares by its digits: delimiters and spaces are not part of it."""
    wanted = {_digits(op.text) for op in operands if op.text is not None}
    if meaning == "contains":
        return lambda v: any(want in _digits(v) for want in wanted)
    return lambda v: _digits(v) in wanted


def _text_test(meaning: str, operands: tuple[Operand, ...], fold: bool) -> Callable[[Any], bool]:
    def norm(value: Any) -> str:
        text = (
            value
            if isinstance(value, str)
            else str(value).lower()
            if isinstance(value, bool)
            else str(value)
        )
        return text.casefold() if fold else text

    wanted = [norm(op.text) for op in operands if op.text is not None]
    first = wanted[0] if wanted else ""
    if meaning == "eq":
        return lambda v: norm(v) == first
    if meaning == "in":
        allowed = frozenset(wanted)
        return lambda v: norm(v) in allowed
    if meaning == "contains" and fold:  # the usual text, folded in place
        return lambda v: first in (v.casefold() if isinstance(v, str) else norm(v))
    if meaning == "contains":
        return lambda v: first in norm(v)
    if meaning == "startswith":
        return lambda v: norm(v).startswith(first)
    if meaning == "endswith":
        return lambda v: norm(v).endswith(first)
    if meaning == "like":
        pattern = _like(operands[0].text or "", fold)
        return lambda v: pattern.match(str(v)) is not None
    if meaning == "between":
        low, high = wanted[0], wanted[1]
        return lambda v: low <= norm(v) <= high
    compare = _ORDER[meaning]
    return lambda v: compare(norm(v), first)


_ORDER: dict[str, Callable[[Any, Any], bool]] = {
    "lt": lambda a, b: a < b,
    "lte": lambda a, b: a <= b,
    "gt": lambda a, b: a > b,
    "gte": lambda a, b: a >= b,
}


def _number_test(meaning: str, operands: tuple[Operand, ...]) -> Callable[[Any], bool]:
    numbers = [op.number for op in operands if op.number is not None]
    if not numbers:
        return lambda v: False

    def test(value: Any) -> bool:
        number = _number(value)
        if number is None:
            return False
        if meaning in ("eq", "in"):
            return number in numbers
        if meaning == "between":
            return numbers[0] <= number <= numbers[-1]
        return _ORDER[meaning](number, numbers[0])

    return test


def _moment_of(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value
    text = str(value)
    if not text[:1].isdigit():
        return None
    if len(text) == 20 and text[10] == "T" and text[19] == "Z":  # the common RFC 3339 form,
        try:  # read in C; anything else takes the general reader
            return datetime.fromisoformat(text)
        except ValueError:
            pass
    return parse_timestamp(text)


def _date_test(meaning: str, operands: tuple[Operand, ...]) -> Callable[[Any], bool]:
    spans = [op.moment for op in operands if op.moment is not None]
    if not spans:
        return lambda v: False
    first = spans[0]

    def test(value: Any) -> bool:
        moment = _moment_of(value)
        if moment is None:
            return False
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        if meaning in ("eq", "in"):
            return any(span.start <= moment < span.end for span in spans)
        if meaning == "between":
            return first.start <= moment < spans[-1].end
        if meaning == "lt":
            return moment < first.start
        if meaning == "lte":
            return moment < first.end
        if meaning == "gt":
            return moment >= first.end
        return moment >= first.start  # gte

    return test


def _flag_test(meaning: str, operands: tuple[Operand, ...]) -> Callable[[Any], bool]:
    flags = {op.flag for op in operands if op.flag is not None}
    if meaning not in ("eq", "in") or not flags:
        return lambda v: False
    return lambda v: isinstance(v, bool) and v in flags


def _custom_test(meaning: str, operands: tuple[Operand, ...], fold: bool) -> Callable[[Any], bool]:
    """A custom field's type is its stored value's: a flag, a number, a date or text."""
    flag = _flag_test(meaning, operands)
    number = _number_test(meaning, operands) if meaning not in _TEXT_ONLY else None
    moment = _date_test(meaning, operands) if meaning not in _TEXT_ONLY else None
    text = (
        _text_test(meaning, operands, fold)
        if all(op.text is not None for op in operands)
        else lambda v: False
    )
    has_numbers = all(op.number is not None for op in operands)
    has_moments = all(op.moment is not None for op in operands)

    def test(value: Any) -> bool:
        if isinstance(value, bool):
            return flag(value)
        if isinstance(value, (int, float)):
            return number(value) if number is not None and has_numbers else False
        if meaning in _COMPARISONS or meaning == "between" or not isinstance(value, str):
            if has_numbers and number is not None and _number(value) is not None:
                return number(value)
            if has_moments and moment is not None and _moment_of(value) is not None:
                return moment(value)
            return False
        if has_moments and moment is not None and _moment_of(value) is not None:
            return moment(value)
        return text(value)

    return test


_TEXT_ONLY = frozenset({"contains", "like", "startswith", "endswith"})


def _condition(node: Condition) -> Predicate:
    values = _values(getter(node.path), node.value_keys)
    if node.meaning == "isnull":
        return lambda record: not values(record)
    if node.meaning == "isnotnull":
        return lambda record: bool(values(record))
    negated = _NEGATIONS.get(node.meaning)
    meaning = negated or node.meaning
    if meaning == "hasall":
        each = [_typed(node, "eq", (op,)) for op in node.operands]
        return lambda record: (
            bool(found := values(record)) and all(any(test(v) for v in found) for test in each)
        )
    test = _typed(node, meaning, node.operands)
    if negated:
        return lambda record: bool(found := values(record)) and not any(map(test, found))
    if node.value_keys:
        return lambda record: any(map(test, values(record)))
    if len(node.path) == 1:  # a top-level field: read in place, one call fewer per record
        key = node.path[0]

        def holds_top(record: Record) -> bool:
            value = record.get(key)
            if value is None:
                return False
            if isinstance(value, list):
                return any(test(item) for item in value if item is not None)
            return test(value)

        return holds_top
    get = getter(node.path)

    def holds(record: Record) -> bool:  # the common case, a scalar, without building a list
        value = get(record)
        if value is None:
            return False
        if isinstance(value, list):
            return any(test(item) for item in value if item is not None)
        return test(value)

    return holds


def _typed(node: Condition, meaning: str, operands: tuple[Operand, ...]) -> Callable[[Any], bool]:
    if node.type == "date":
        return _date_test(meaning, operands)
    if node.type == "number":
        return _number_test(meaning, operands)
    if node.type == "boolean":
        return _flag_test(meaning, operands)
    if node.type == "custom":
        return _custom_test(meaning, operands, node.fold)
    if node.type == "phone":
        return _phone_test(meaning, operands)
    return _text_test(meaning, operands, node.fold)


def predicate(node: Node) -> Predicate:
    """The test a record must pass for ``node``."""
    if isinstance(node, Condition):
        return _condition(node)
    if isinstance(node, Group):
        tests = [predicate(item) for item in node.items]
        if len(tests) == 1:
            return tests[0]
        # chained pairwise from the right (`a and (b and c)`): a record that fails early
        # passes through fewer calls than with all() over a list
        if node.kind == "and":
            return functools.reduce(lambda rest, test: _both(test, rest), reversed(tests))
        return functools.reduce(lambda rest, test: _either(test, rest), reversed(tests))
    if isinstance(node, Archive):
        get = getter(node.path)
        if len(node.path) == 1 and node.value != "with":
            key = node.path[0]
            if node.value == "only":
                return lambda record: record.get(key) is not None
            return lambda record: record.get(key) is None
        if node.value == "only":
            return lambda record: get(record) is not None
        if node.value == "without":
            return lambda record: get(record) is None
        return lambda record: True
    related = getter(node.path)
    sub = predicate(node.where) if node.where is not None else (lambda item: True)

    def items(record: Record) -> list[Any]:
        found = related(record)
        return found if isinstance(found, list) else []

    if node.meaning == "any":
        return lambda record: any(map(sub, items(record)))
    if node.meaning == "none":
        return lambda record: not any(map(sub, items(record)))
    if node.meaning == "all":
        return lambda record: all(map(sub, items(record)))
    assert node.compare is not None and node.count is not None
    compare = {"eq": lambda a, b: a == b, "ne": lambda a, b: a != b, **_ORDER}[node.compare]
    count = node.count
    return lambda record: compare(sum(1 for item in items(record) if sub(item)), count)


def _both(first: Predicate, second: Predicate) -> Predicate:
    return lambda record: first(record) and second(record)


def _either(first: Predicate, second: Predicate) -> Predicate:
    return lambda record: first(record) or second(record)


def _mentions_archive(node: Node) -> bool:
    if isinstance(node, Archive):
        return True
    if isinstance(node, Group):
        return any(_mentions_archive(item) for item in node.items)
    return False


# ------------------------------------------------------------------ order


@dataclass(frozen=True, slots=True)
class SortKey:
    path: tuple[str, ...]
    descending: bool


def sort_keys(spec: SortSpec, query: Mapping[str, Any]) -> tuple[SortKey, ...]:
    """The keys a request sorts by, checked against the declaration."""
    keys: list[SortKey] = []
    if spec.objects_param is not None and query.get(spec.objects_param):
        keys += _object_keys(spec, query[spec.objects_param])
    raw = query.get(spec.param)
    if raw is None or raw == "" or raw == []:
        if not keys:
            keys += [_signed(spec, name, 0) for name in spec.default]
        return tuple(keys)
    text = ",".join(raw) if isinstance(raw, list) else str(raw)
    if spec.choices:
        chosen = spec.choices.get(text)
        if chosen is None:
            allowed = ", ".join(spec.choices)
            raise QueryError(f"`{text}` is not an order of `{spec.param}`; allowed: {allowed}.")
        return tuple(keys + [_signed(spec, name, 0) for name in chosen])
    descending_default = _direction(spec, query)
    position = 1
    for part in text.split(","):
        name = part.strip()
        at = position + len(part) - len(part.lstrip())
        position += len(part) + 1
        descending = descending_default
        if spec.descending_prefix and name.startswith(spec.descending_prefix):
            name, descending = name[len(spec.descending_prefix) :], True
        keys.append(_key(spec, name, descending, at))
    return tuple(keys)


def _signed(spec: SortSpec, name: str, position: int) -> SortKey:
    """A declared key written `-name` for descending (the declaration's own notation)."""
    if name.startswith("-"):
        return _key(spec, name[1:], True, position)
    return _key(spec, name, False, position)


def _object_keys(spec: SortSpec, items: Any) -> list[SortKey]:
    keys = []
    for index, item in enumerate(items if isinstance(items, list) else [items]):
        at = f"at /{index}"
        if not isinstance(item, Mapping) or not isinstance(item.get(spec.object_field), str):
            raise QueryError(f"`{spec.objects_param}` {at} needs a `{spec.object_field}`.")
        direction = str(item.get(spec.object_direction, "asc"))
        meaning = spec.directions.get(direction, direction)
        if meaning not in ("asc", "desc"):
            raise QueryError(f"`{direction}` {at}/{spec.object_direction} is not asc or desc.")
        keys.append(_key(spec, item[spec.object_field], meaning == "desc", 0))
    return keys


def _direction(spec: SortSpec, query: Mapping[str, Any]) -> bool:
    if spec.direction_param is None or spec.direction_param not in query:
        return False
    value = str(query[spec.direction_param])
    direction = spec.directions.get(value, value)
    if direction not in ("asc", "desc"):
        allowed = ", ".join(spec.directions) or "asc, desc"
        raise QueryError(
            f"`{value}` is not a sort direction of `{spec.direction_param}`; allowed: {allowed}."
        )
    return direction == "desc"


def _key(spec: SortSpec, name: str, descending: bool, position: int) -> SortKey:
    path = spec.keys.get(name)
    if path is None and ANY_FIELD in spec.keys and name:
        path = tuple(name.split("."))
    if path is None:
        head, dot, tail = name.partition(".")
        family = spec.keys.get(head + FAMILY) if dot and tail else None
        if family is None:
            allowed = ", ".join(spec.keys)
            at = f" at position {position}" if position else ""
            raise QueryError(
                f"Requested sort(s) `{name}`{at} is not allowed. Allowed sort(s) are `{allowed}`."
            )
        path = family + (tail,)
    return SortKey(path, descending)


def order(records: list[Record], keys: Sequence[SortKey], spec: SortSpec) -> list[int]:
    """The indexes of ``records`` in the order ``keys`` give (stable: ties keep store order)."""
    indexes = list(range(len(records)))
    nulls_first = spec.nulls == "first"
    for key in reversed(keys):
        get = getter(key.path)
        values = [
            _sort_value(get(record), spec.case_insensitive, nulls_first) for record in records
        ]
        indexes.sort(key=values.__getitem__, reverse=key.descending)
    return indexes


def _sort_value(value: Any, fold: bool, nulls_first: bool) -> tuple[Any, ...]:
    if value is None or value == []:
        return (0,) if nulls_first else (9,)
    if isinstance(value, bool):
        return (1, int(value))
    if isinstance(value, (int, float)):
        return (2, value)
    if isinstance(value, str):
        moment = _moment_of(value) if value[:4].isdigit() and value[4:5] == "-" else None
        if moment is not None:
            return (3, moment.timestamp())
        return (4, value.casefold() if fold else value)
    return (5, str(value))


# ------------------------------------------------------------------ the engine


@dataclass(frozen=True, slots=True)
class Plan:
    """What one request asks of a list: a condition, an order, includes."""

    condition: Node | None
    keys: tuple[SortKey, ...]
    includes: frozenset[str] | None  # None: the operation takes no include
    params: tuple[tuple[str, Any], ...] = ()

    @property
    def selects_or_orders(self) -> bool:
        return self.condition is not None or bool(self.keys) or bool(self.params)


class QueryEngine:
    """Plans requests from a spec's `x-query` declarations and applies them to lists."""

    def __init__(self, declarations: Mapping[str, QuerySpec]) -> None:
        self.declarations = declarations
        self._results: collections.OrderedDict[Any, tuple[Any, list[int], list[Record]]] = (
            collections.OrderedDict()
        )
        self._predicates: dict[Node, Predicate] = {}

    def spec(self, operation_id: str) -> QuerySpec | None:
        return self.declarations.get(operation_id)

    def forget(self) -> None:
        """Drop the kept selections (a benchmark measures a cold first page with it)."""
        self._results.clear()

    def read_params(self, operation_id: str) -> frozenset[str]:
        """The parameters the declaration reads (the generic equality filter leaves them)."""
        spec = self.declarations.get(operation_id)
        if spec is None:
            return frozenset()
        names = {param.param for param in spec.params}
        if spec.filter is not None:
            names.add(spec.filter.param)
        if spec.sort is not None:
            names.update(
                n
                for n in (spec.sort.param, spec.sort.objects_param, spec.sort.direction_param)
                if n
            )
        if spec.include is not None:
            names.add(spec.include.param)
        return frozenset(names)

    def plan(self, spec: QuerySpec, query: Mapping[str, Any], body: Any, context: Context) -> Plan:
        from mocks.query_language import read_filter  # the languages build on this module

        condition: Node | None = None
        if spec.filter is not None:
            source = body if spec.filter.location == "body" else query
            raw = source.get(spec.filter.param) if isinstance(source, Mapping) else None
            if raw is not None and raw != "":
                condition = read_filter(spec.filter, Resolver(spec.filter, context), raw)
            archive = next(
                (f for f in spec.filter.fields.values() if f.type == "archive" and f.default), None
            )
            if archive is not None and (condition is None or not _mentions_archive(condition)):
                default = Archive(archive.path, str(archive.default))
                if condition is None:
                    condition = default
                elif isinstance(condition, Group) and condition.kind == "and":
                    condition = Group("and", (default, *condition.items))
                else:
                    condition = Group("and", (default, condition))
        given = {"query": query, "body": body if isinstance(body, Mapping) else {}}
        params = tuple(
            (param.param, _hashable(given[param.location][param.param]))
            for param in spec.params
            if given[param.location].get(param.param) not in (None, "")
        )
        keys = sort_keys(spec.sort, query) if spec.sort is not None else ()
        return Plan(condition, keys, self.includes(spec, query), params)

    @staticmethod
    def includes(spec: QuerySpec, query: Mapping[str, Any]) -> frozenset[str] | None:
        if spec.include is None:
            return None
        raw = query.get(spec.include.param)
        if raw is None or raw == "":
            return frozenset()
        names = [part.strip() for part in str(raw).split(",")]
        unknown = [name for name in names if name not in spec.include.fields]
        if unknown:
            allowed = ", ".join(spec.include.fields)
            raise QueryError(
                f"Requested include(s) `{', '.join(unknown)}` are not allowed. "
                f"Allowed include(s) are `{allowed}`."
            )
        return frozenset(names)

    def apply(
        self,
        spec: QuerySpec,
        plan: Plan,
        scope: str,
        sequences: list[int],
        records: list[Record],
    ) -> tuple[list[int], list[Record]]:
        """The records the plan selects, in its order, and the sequence numbers to page by.

        A selection is cached for as long as the store serves the same snapshot of the
        collection (a write makes a new one), so the pages after the first cost a lookup.
        An ordered result pages by position (its records no longer run in sequence order).
        """
        if not plan.selects_or_orders:
            return sequences, records
        key = (scope, plan.condition, plan.keys, plan.params)
        cached = self._results.get(key)
        if cached is not None and cached[0] is records:
            self._results.move_to_end(key)
            return cached[1], cached[2]
        tests: list[Predicate] = []
        if plan.condition is not None:
            test = self._predicates.get(plan.condition)
            if test is None:
                test = self._predicates[plan.condition] = predicate(plan.condition)
                if len(self._predicates) > _RESULT_CACHE:
                    self._predicates.pop(next(iter(self._predicates)))
            tests.append(test)
        tests += [_param_test(param, value) for param, value in _params(spec.params, plan.params)]
        test = functools.reduce(_both, tests) if tests else (lambda record: True)
        kept = [i for i, record in enumerate(records) if test(record)]
        chosen = [records[i] for i in kept]
        if plan.keys and spec.sort is not None:
            ranks = order(chosen, plan.keys, spec.sort)
            chosen = [chosen[i] for i in ranks]
            numbers = list(range(1, len(chosen) + 1))
        else:
            numbers = [sequences[i] for i in kept]
        self._results[key] = (records, numbers, chosen)
        if len(self._results) > _RESULT_CACHE:
            self._results.popitem(last=False)
        return numbers, chosen


def _hashable(value: Any) -> Any:
    return tuple(_hashable(item) for item in value) if isinstance(value, list) else value


def _params(
    declared: tuple[ParamFilter, ...], given: tuple[tuple[str, Any], ...]
) -> list[tuple[ParamFilter, Any]]:
    by_name = {param.param: param for param in declared}
    return [(by_name[name], value) for name, value in given]


def _param_test(param: ParamFilter, value: Any) -> Predicate:
    """A parameter that is a condition of its own (`startDateMin=...`, `name=a&name=b`)."""
    values = list(value) if isinstance(value, tuple) else [value]
    meaning = _NEGATIONS.get(param.operator, param.operator)
    operands = tuple(_param_operand(param, item) for item in values)
    node = Condition((), param.type, meaning, operands, param.case_insensitive)
    test = _typed(node, meaning, operands)
    getters = [_values(getter(path), ()) for path in param.fields]
    negated = param.operator in _NEGATIONS
    if negated:
        return lambda record: not any(test(v) for get in getters for v in get(record))
    return lambda record: any(test(v) for get in getters for v in get(record))


def _param_operand(param: ParamFilter, value: Any) -> Operand:
    text = str(value).lower() if isinstance(value, bool) else str(value)
    moment = None
    if param.type == "date":
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            # Unix time; a value beyond 10^11 is milliseconds (JavaScript servers take both).
            seconds = value / 1000 if abs(value) > 10**11 else value
            try:
                start = datetime.fromtimestamp(seconds, UTC)
            except (ValueError, OverflowError, OSError):  # beyond the calendar: its very end
                start = _LAST if seconds > 0 else _FIRST
            moment = _span(start)
        else:
            moment = _instant(text)
    return Operand(text, number=_number(value), moment=moment, flag=_flag(value))
