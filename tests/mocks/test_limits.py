"""mocks/limits.py: the JSON the mock accepts, and the store's belt behind it.

The served, every-API versions of these cases are in test_hostile.py; these pin the rules.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mocks.limits import MAX_DEPTH, MAX_INTEGER_DIGITS, InputRefused, parse_json, too_deep
from mocks.store import MemoryStore, SqliteStore, Unstorable


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b'{"name": "\\udfff"}', "surrogate"),  # an escaped lone low surrogate
        (b'{"name": "\\ud800x"}', "surrogate"),  # a high one with no low one after it
        (b'{"\\udfff": 1}', "surrogate"),  # in a key
        (b'{"name": "\xed\xa0\x80"}', "Unicode"),  # the raw UTF-8 bytes of U+D800
        (nested(MAX_DEPTH + 1).encode(), "nested"),
        (b'{"a": ' + nested(5000).encode() + b"}", "nested"),
        (b'{"n": 1e999}', "range"),
        (b'{"n": -1E400}', "range"),
        (b'{"n": NaN}', "NaN"),
        (b'{"n": Infinity}', "Infinity"),
        (b'{"n": ' + b"9" * (MAX_INTEGER_DIGITS + 1) + b"}", "digits"),
        (b'{"n": -' + b"9" * 5000 + b"}", "digits"),  # past Python's 4,300-digit limit
    ],
)
def test_json_beyond_the_limits_is_refused_with_a_reason(raw: bytes, reason: str) -> None:
    with pytest.raises(InputRefused, match=reason):
        parse_json(raw)


@pytest.mark.parametrize(
    "raw",
    [
        nested(MAX_DEPTH).encode(),
        b'{"emoji": "\\ud83d\\ude00"}',  # a surrogate pair is one character
        b'{"text": "\\\\udfff"}',  # an escaped backslash, then the letters udfff
        json.dumps({"brackets": "[" * 500 + "{" * 500}).encode(),  # brackets inside a string
        b'{"n": ' + b"9" * MAX_INTEGER_DIGITS + b", 'x': 1e308}".replace(b"'", b'"'),
    ],
)
def test_json_within_the_limits_reads_as_json(raw: bytes) -> None:
    assert parse_json(raw) == json.loads(raw)


def test_whitespace_is_not_json() -> None:
    with pytest.raises(json.JSONDecodeError):
        parse_json(b"  \n ")


def test_depth_is_measured_past_strings_holding_quotes_and_brackets() -> None:
    tricky = json.dumps(["a \" [[[ \\", {"b": "]]]"}] * 200)
    assert not too_deep(tricky)
    assert too_deep("[" + json.dumps("\\\"") + "," + nested(MAX_DEPTH) + "]")


@pytest.mark.parametrize("kind", ["memory", "sqlite"])
@pytest.mark.parametrize(
    "record",
    [{"name": "\udfff"}, {"n": float("inf")}, {"n": float("nan")}, {"\ud800": 1}],
    ids=["surrogate", "infinity", "nan", "surrogate-key"],
)
def test_the_store_refuses_what_it_could_not_serve_back(
    kind: str, record: dict[str, object], tmp_path: Path
) -> None:
    store = MemoryStore() if kind == "memory" else SqliteStore(str(tmp_path / "mock.db"))
    store.put("/c", "a", {"id": "a"})
    with pytest.raises(Unstorable):
        store.put("/c", "a", record)
    with pytest.raises(Unstorable):
        store.put("/c", "b", record)
    assert store.scan("/c")[1] == [{"id": "a"}]
    store.close()
    if kind == "sqlite":
        again = SqliteStore(str(tmp_path / "mock.db"))
        assert again.scan("/c")[1] == [{"id": "a"}]
        again.close()
