"""The filter languages a list takes, read into the query engine's conditions.

Two languages are declared in the specs (`x-query.filter.language`):

- `kanbert`: a readable DSL (`title contains "Acme" and (created_at >= "2024-01-01" or ...)`)
  or the same tree as JSON. The DSL is parsed with lark's Earley parser: the grammar is short
  and the parser tells where a filter stops making sense, which a hand-written splitter would
  not (and a DSL where a list `("a", "b")` and a group `(x eq 1)` both start with `(` needs a
  parser that looks ahead as far as it must). Each parsed filter's tree is cached.
- `pylon`: the JSON tree of Pylon's search body (`{field, operator, value | values}` leaves,
  `and` / `or` nodes with `subfilters`).

Every reader checks what it reads against the declaration (field, operator for the field's
type, operand) and raises `QueryError` naming the offending token and its position: a 1-based
character position in a DSL, a JSON pointer in a tree.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from typing import Any

from crm_overlays.queries import FilterSpec, QueryField
from lark import Lark, Token, Tree
from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedInput

from mocks.limits import MAX_FILTER_CHARS
from mocks.query_engine import NO_OPERAND, Group, Node, QueryError, Resolver

# and / or bind as in SQL: `a or b and c` is `a or (b and c)`. A condition is a field, an
# operator and an operand (none for isnull); a relation takes a condition in parentheses, and
# `count` a comparison after it (`companies count (email isnotnull) gte 2`, or without the
# parenthesised condition to count them all).
GRAMMAR = r"""
?start: disj
?disj: conj (_OR conj)*
?conj: atom (_AND atom)*
?atom: "(" disj ")" -> group
     | condition
     | relation
condition: FIELD OPERATOR operand?
relation: FIELD OPERATOR "(" disj ")" (OPERATOR operand)?
        | FIELD OPERATOR OPERATOR operand
?operand: value
        | "(" [value ("," value)*] ")" -> list
        | "[" [value ("," value)*] "]" -> list
?value: STRING | BARE

_AND.2: /and\b/i
_OR.2: /or\b/i
FIELD: /[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z0-9_\-]+)*/
OPERATOR: /[A-Za-z]+\b/ | ">=" | "<=" | "!=" | "=" | "<" | ">"
STRING: /"(?:[^"\\]|\\.)*"/ | /'(?:[^'\\]|\\.)*'/
BARE: /(?!(?:and|or)\b)-?[A-Za-z0-9_][A-Za-z0-9_.:+\-±]*/i

%import common.WS
%ignore WS
"""

_PARSER = Lark(GRAMMAR, parser="earley", lexer="dynamic", propagate_positions=True)
PARSE_CACHE = 256


@functools.lru_cache(maxsize=PARSE_CACHE)
def _parse_dsl(text: str) -> Tree[Token] | QueryError:
    try:
        return _PARSER.parse(text)
    except UnexpectedEOF:
        return QueryError(f"The filter ends too early (at position {len(text) + 1}).")
    except UnexpectedCharacters as error:
        start = error.pos_in_stream or 0
        token = text[start : start + 12].split(" ")[0] or text[-1:]
        return QueryError(
            f"The filter does not parse: unexpected `{token}` at position {error.column}."
        )
    except UnexpectedInput as error:
        column = getattr(error, "column", 0)
        found = getattr(error, "token", "")
        return QueryError(f"The filter does not parse: unexpected `{found}` at position {column}.")


def _unquote(token: Token) -> str:
    body = str(token)[1:-1]
    return body.replace("\\" + str(token)[0], str(token)[0]).replace("\\\\", "\\")


def _literal(token: Token) -> Any:
    """A DSL operand: a quoted string stays text; a bare word may be a number or a constant."""
    if token.type == "STRING":
        return _unquote(token)
    text = str(token)
    lowered = text.lower()
    if lowered in ("true", "false"):
        return lowered == "true"
    if lowered == "null":
        return None
    try:
        return int(text)
    except ValueError:
        pass
    try:
        return float(text)
    except ValueError:
        return _Bare(text)


class _Bare(str):
    """An unquoted word: only these can be special values (`now`, `today-30d`, `me.id`)."""

    __slots__ = ()


def _at(token: Token | Tree[Token]) -> str:
    column = token.column if isinstance(token, Token) else token.meta.column
    return f"at position {column}"


class KanbertDsl:
    """The readable DSL: parse it (cached), then resolve it against the declaration."""

    def __init__(self, spec: FilterSpec, resolver: Resolver) -> None:
        self.spec = spec
        self.resolver = resolver

    def read(self, text: str) -> Node:
        parsed = _parse_dsl(text)
        if isinstance(parsed, QueryError):
            raise parsed
        return self._node(parsed, self.spec.fields)

    def _node(self, tree: Tree[Token] | Token, fields: Mapping[str, QueryField] | None) -> Node:
        assert isinstance(tree, Tree)
        kind = tree.data
        if kind in ("disj", "conj"):
            return Group(
                "or" if kind == "disj" else "and",
                tuple(self._node(child, fields) for child in tree.children),
            )
        if kind == "group":
            return self._node(tree.children[0], fields)
        if kind == "condition":
            name, operator, *rest = tree.children
            assert isinstance(name, Token) and isinstance(operator, Token)
            operand = self._operand(rest[0]) if rest and rest[0] is not None else NO_OPERAND
            return self.resolver.condition(
                self._field(name, fields), str(name), str(operator), operand, _at(operator)
            )
        if kind == "relation":
            return self._relation(tree, fields)
        raise QueryError(f"The filter does not parse {_at(tree)}.")  # pragma: no cover

    def _relation(self, tree: Tree[Token], fields: Mapping[str, QueryField] | None) -> Node:
        name, operator, *rest = tree.children
        assert isinstance(name, Token) and isinstance(operator, Token)
        found = self._field(name, fields)
        if found.type != "relation":
            raise QueryError(
                f"`{name}` {_at(name)} is not a relation: `{operator}` takes no condition."
            )
        where: Node | None = None
        if rest and isinstance(rest[0], Tree):  # the parenthesised condition on each related
            where = self._node(rest[0], found.fields)
            rest = rest[1:]
        compare: tuple[str, Any, str] | None = None
        if rest:  # count's comparison
            assert isinstance(rest[0], Token)
            compare = (str(rest[0]), self._operand(rest[1]), _at(rest[0]))
        return self.resolver.relation(
            found, str(name), str(operator), where, compare, _at(operator)
        )

    def _field(self, name: Token, fields: Mapping[str, QueryField] | None) -> QueryField:
        return self.resolver.field(str(name), _at(name), fields)

    def _operand(self, node: Tree[Token] | Token) -> Any:
        if isinstance(node, Token):
            return _literal(node)
        return [_literal(child) for child in node.children if isinstance(child, Token)]


class JsonTree:
    """A filter tree in JSON: Kanbert's second form, and Pylon's search filter.

    Kanbert (the spec's Decision): a leaf `{"field", "op", "value"}`, a group `{"and": [...]}`
    or `{"or": [...]}`, a list of nodes is `and`; a relation leaf takes `where` (a node) and,
    for `count`, `cmp` and `value`. Pylon: a leaf `{"field", "operator", "value" | "values"}`, a
    group `{"operator": "and" | "or", "subfilters": [...]}`.
    """

    def __init__(self, spec: FilterSpec, resolver: Resolver) -> None:
        self.spec = spec
        self.resolver = resolver

    def read_text(self, text: str) -> Node:
        try:
            tree = json.loads(text)
        except json.JSONDecodeError as error:
            raise QueryError(
                f"The filter is not valid JSON: {error.msg} at position {error.pos + 1}."
            ) from None
        return self.read(tree)

    def read(
        self,
        tree: Any,
        where: str = "",
        fields: Mapping[str, QueryField] | None = None,
        depth: int = 1,
    ) -> Node:
        at = f"at {where or '/'}"
        limit = self.spec.max_depth
        if limit is not None and depth > limit:
            raise QueryError(f"The filter nests deeper than {limit} levels ({at}).")
        if isinstance(tree, list):
            return Group(
                "and",
                tuple(
                    self.read(item, f"{where}/{i}", fields, depth + 1)
                    for i, item in enumerate(tree)
                ),
            )
        if not isinstance(tree, Mapping):
            raise QueryError(f"A filter node must be an object or a list ({at}).")
        for kind in ("and", "or"):
            if kind in tree and "field" not in tree:
                items = tree[kind]
                if not isinstance(items, list):
                    raise QueryError(f"`{kind}` must hold a list of conditions ({at}/{kind}).")
                return Group(
                    kind,
                    tuple(
                        self.read(item, f"{where}/{kind}/{i}", fields, depth + 1)
                        for i, item in enumerate(items)
                    ),
                )
        operator = tree.get("operator", tree.get("op"))
        key = "operator" if "operator" in tree else "op"
        if operator in ("and", "or") and "field" not in tree:
            items = tree.get("subfilters")
            if not isinstance(items, list):
                raise QueryError(f"`{operator}` needs a list of `subfilters` ({at}).")
            return Group(
                str(operator),
                tuple(
                    self.read(item, f"{where}/subfilters/{i}", fields, depth + 1)
                    for i, item in enumerate(items)
                ),
            )
        name = tree.get("field")
        if not isinstance(name, str):
            raise QueryError(f"A condition needs a `field` ({at}).")
        found = self.resolver.field(name, f"at {where}/field", fields)
        if not isinstance(operator, str):
            raise QueryError(f"`{name}` needs an `{key}` ({at}).")
        if found.type == "relation":
            sub = (
                self.read(tree["where"], f"{where}/where", found.fields)
                if "where" in tree
                else None
            )
            compare = None
            if "cmp" in tree:
                compare = (str(tree["cmp"]), tree.get("value"), f"at {where}/cmp")
            return self.resolver.relation(found, name, operator, sub, compare, f"at {where}/{key}")
        if "values" in tree:
            operand: Any = tree["values"]
        elif "value" in tree:
            operand = tree["value"]
        else:
            operand = NO_OPERAND
        return self.resolver.condition(found, name, operator, operand, f"at {where}/{key}")


def read_filter(spec: FilterSpec, resolver: Resolver, value: Any) -> Node:
    """The condition a request's filter value states, in the declared language."""
    try:
        if spec.language == "kanbert":
            text = str(value).strip()
            if len(text) > MAX_FILTER_CHARS:
                raise QueryError(
                    f"The filter is {len(text)} characters long; at most {MAX_FILTER_CHARS} are read."
                )
            if text.startswith(("[", "{")):
                return JsonTree(spec, resolver).read_text(text)
            return KanbertDsl(spec, resolver).read(text)
        # a tree in a body: its pointers start at the body's field
        return JsonTree(spec, resolver).read(value, f"/{spec.param}")
    except RecursionError:  # a hostile nesting: refused like any other bad filter
        raise QueryError("The filter nests too deeply.") from None


__all__ = ["read_filter"]
