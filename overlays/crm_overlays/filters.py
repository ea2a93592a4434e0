"""Filter expressions built from field objects, rendered in the vendor's filter language.

The fields and their operators come from each list's ``x-query`` declaration: the classes in
``_filters.py`` are generated from it (``python -m codegen.filter_types``), one per field type
with a method per operator that type allows, so a misspelt field or an operator the field does
not take is an ``AttributeError`` before any request is sent, and a mypy error before that::

    from crm_overlays.kanbert import contact_filter as f

    expression = f.title.contains("Acme") & (f.created_at.gte(date(2024, 1, 1)) | f.client_name.contains("Corp"))
    list_contacts.sync(client=client, filter=expression.render())

``&`` is *and*, ``|`` is *or*; ``render()`` gives what the request carries: Kanbert's DSL text,
Pylon's filter object.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, ClassVar


@dataclass(frozen=True, slots=True)
class Special:
    """One of a language's special values, sent bare (``now``, ``today-30d``, ``me.id``)."""

    word: str


NOW = Special("now")
TODAY = Special("today")
START_OF_WEEK = Special("sow")
END_OF_WEEK = Special("eow")
START_OF_MONTH = Special("som")
END_OF_MONTH = Special("eom")
ME = Special("me.id")


def today(days: int) -> Special:
    """``today+Nd`` / ``today-Nd``: a day relative to today."""
    return Special(f"today{days:+d}d")


class Expression:
    """A filter: a condition, or conditions joined with ``&`` (and) / ``|`` (or)."""

    language: str

    def __and__(self, other: Expression) -> Expression:
        return Group("and", _joined("and", self, other), self.language)

    def __or__(self, other: Expression) -> Expression:
        return Group("or", _joined("or", self, other), self.language)

    def render(self) -> Any:
        """What the request carries: DSL text (Kanbert), a filter object (Pylon)."""
        raise NotImplementedError

    def __str__(self) -> str:
        rendered = self.render()
        return rendered if isinstance(rendered, str) else json.dumps(rendered)


class Condition(Expression):
    def __init__(
        self, language: str, field: str, operator: str, operand: Any, many: bool, bare: bool
    ) -> None:
        self.language = language
        self.field = field
        self.operator = operator
        self.operand = operand
        self.many = many  # the operator takes a list of values
        self.bare = bare  # the operator takes no value

    def __repr__(self) -> str:
        return f"Condition({self.render()!r})"

    def render(self) -> Any:
        if self.language == "pylon":
            found: dict[str, Any] = {"field": self.field, "operator": self.operator}
            if self.many:
                found["values"] = [_text(item) for item in self.operand]
            elif not self.bare:
                found["value"] = _text(self.operand)
            return found
        if self.bare:
            return f"{self.field} {self.operator}"
        if self.many:
            return f"{self.field} {self.operator} ({', '.join(map(_literal, self.operand))})"
        return f"{self.field} {self.operator} {_literal(self.operand)}"


class Relation(Expression):
    """Kanbert's relations: ``companies any (...)``, ``companies count gte 2``."""

    def __init__(
        self,
        language: str,
        field: str,
        operator: str,
        where: Expression | None,
        compare: tuple[str, int] | None = None,
    ) -> None:
        self.language = language
        self.field = field
        self.operator = operator
        self.where = where
        self.compare = compare

    def render(self) -> Any:
        text = f"{self.field} {self.operator}"
        if self.where is not None:
            text += f" ({self.where.render()})"
        if self.compare is not None:
            text += f" {self.compare[0]} {self.compare[1]}"
        return text


class Group(Expression):
    def __init__(self, kind: str, items: Sequence[Expression], language: str) -> None:
        languages = {item.language for item in items}
        if languages != {language}:
            raise TypeError(f"cannot join filters of {sorted(languages)} in one expression")
        self.kind = kind
        self.items = tuple(items)
        self.language = language

    def __repr__(self) -> str:
        return f"Group({self.render()!r})"

    def render(self) -> Any:
        if self.language == "pylon":
            return {"operator": self.kind, "subfilters": [item.render() for item in self.items]}
        return f" {self.kind} ".join(f"({item.render()})" for item in self.items)


def _joined(kind: str, left: Expression, right: Expression) -> tuple[Expression, ...]:
    """``a & b & c`` is one group of three, not groups inside groups (Pylon allows 3 levels)."""
    items: list[Expression] = []
    for side in (left, right):
        items += side.items if isinstance(side, Group) and side.kind == kind else (side,)
    return tuple(items)


def _text(value: Any) -> str:
    if isinstance(value, Special):
        return value.word
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return str(value)


def _literal(value: Any) -> str:
    """A DSL operand: text quoted (its quotes escaped), numbers and special values bare."""
    if isinstance(value, Special):
        return value.word
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    text = _text(value)
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


class Field:
    """A filterable field; the generated subclasses add one method per allowed operator."""

    #: the language and, per meaning, the vendor's spelling (filled by the generated classes)
    language: ClassVar[str] = ""
    spellings: ClassVar[Mapping[str, str]] = {}
    #: spellings for an operand that is a date or a time (Pylon's `time_is_before`)
    time_spellings: ClassVar[Mapping[str, str]] = {}

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.name!r})"

    def _one(self, meaning: str, value: Any) -> Condition:
        if isinstance(value, (list, tuple, set)):
            raise TypeError(f"{self.name}: {meaning} takes one value, not {value!r}")
        return Condition(
            self.language, self.name, self._spelling(meaning, value), value, False, False
        )

    def _spelling(self, meaning: str, value: Any) -> str:
        if isinstance(value, (date, datetime)) and meaning in self.time_spellings:
            return self.time_spellings[meaning]
        return self.spellings[meaning]

    def _many(self, meaning: str, values: Sequence[Any]) -> Condition:
        if isinstance(values, (str, bytes)) or not values:
            raise TypeError(f"{self.name}: {meaning} takes a non-empty list of values")
        listed = list(values)
        spelling = self._spelling(meaning, listed[0])
        return Condition(self.language, self.name, spelling, listed, True, False)

    def _bare(self, meaning: str) -> Condition:
        return Condition(self.language, self.name, self.spellings[meaning], None, False, True)


class RelationField(Field):
    """A relation: each method takes a condition on the related objects' fields."""

    def _quantified(self, meaning: str, where: Expression | None) -> Relation:
        if where is not None and where.language != self.language:
            raise TypeError(f"{self.name}: the condition is in another filter language")
        return Relation(self.language, self.name, self.spellings[meaning], where)

    def _count(self, where: Expression | None, comparison: str, number: int) -> Relation:
        return Relation(
            self.language, self.name, self.spellings["count"], where, (comparison, number)
        )
