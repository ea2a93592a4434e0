"""The input limits of every mock, written down once: what a request may hold, and why.

A real server refuses input it cannot hold before it stores anything; the mock does the same,
with the vendor's error envelope (never a 500), so that nothing it accepts can later fail to be
served back. Every JSON text the mock reads (a body, a query value declared as JSON) goes through
`parse_json`; every number and limit lives here and is documented in mocks/README.md.

| limit | value | why |
|---|---|---|
| body size | `MAX_BODY_BYTES` = 8 MiB | PHP's default `post_max_size` (8M), a common order for API servers; it leaves room for the 5 MB records the cache test stores |
| nesting depth | `MAX_DEPTH` = 100 arrays/objects | far above any documented body (Pylon's search filters nest a few levels), far below Python's recursion limit of 1,000 that parsing, validating, shaping and encoding each spend a frame or more per level on |
| integers | at most `MAX_INTEGER_DIGITS` = 308 digits | with more, an integer can exceed the largest IEEE double (about 1.8e308), which is what a JavaScript server (and PHP, past 64 bits) reads a number as; it also stays far from Python's 4,300-digit int-string limit, which raises |
| other numbers | finite | `1e999` overflows to infinity, and infinity and NaN have no JSON form to send back |
| filter expressions | at most `MAX_FILTER_CHARS` = 4,000 characters | a filter is a few conditions (the seeds' longest example has 86 characters); parsing a filter costs about 70 µs a character, so a request cannot hold the mock for more than a fraction of a second |
| strings | Unicode text | a lone UTF-16 surrogate (escaped `"\\udfff"` or the raw bytes ED A0 80) is not a character and cannot be written as UTF-8 |
"""

from __future__ import annotations

import json
import math
import re
from itertools import accumulate
from typing import Any

MAX_BODY_BYTES = 8 * 1024 * 1024
MAX_DEPTH = 100
MAX_INTEGER_DIGITS = 308
MAX_FILTER_CHARS = 4000


class InputRefused(ValueError):
    """Input beyond the limits above; `too_large` for a body over `MAX_BODY_BYTES`."""

    def __init__(self, message: str, *, too_large: bool = False) -> None:
        super().__init__(message)
        self.message = message
        self.too_large = too_large


def check_body_size(size: int) -> None:
    if size > MAX_BODY_BYTES:
        raise InputRefused(
            f"The request body is larger than {MAX_BODY_BYTES:,} bytes.", too_large=True
        )


def integer_text_fits(text: str) -> bool:
    """Whether decimal integer text (an optional sign, then digits) is within the bound."""
    return len(text) - (text[:1] in "+-") <= MAX_INTEGER_DIGITS


def _integer(text: str) -> int:
    if not integer_text_fits(text):
        raise InputRefused(f"An integer has more than {MAX_INTEGER_DIGITS} digits.")
    return int(text)


def _finite(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):
        raise InputRefused(f"The number {text[:40]} is out of range.")
    return number


def _constant(name: str) -> Any:
    raise InputRefused(f"{name} is not JSON.")


# One decoder for every request (`json.loads` with an option builds a new one per call).
_DECODER = json.JSONDecoder(parse_int=_integer, parse_float=_finite, parse_constant=_constant)
# JSON strings (escapes included) and the brackets outside them: what the depth scan reads.
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def too_deep(text: str) -> bool:
    """Whether the arrays and objects of JSON text nest deeper than `MAX_DEPTH`, found
    without recursion (text that is not JSON may get either answer; the parser refuses it)."""
    if text.count("[") + text.count("{") <= MAX_DEPTH:  # the common case: it cannot be deeper
        return False
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text))
    return max(accumulate(map(_STEP.__getitem__, brackets)), default=0) > MAX_DEPTH


def parse_json(raw: bytes) -> Any:
    """Strict JSON within the limits above; InputRefused (a ValueError) beyond them, and
    ValueError for text that is not JSON at all."""
    # What `json.loads` does with bytes: detect UTF-8/16/32 from the first bytes. Strict
    # decoding refuses raw surrogates (ED A0 80 in UTF-8) as it refuses any invalid byte.
    try:
        text = raw.decode(json.detect_encoding(raw))
    except UnicodeDecodeError:
        raise InputRefused("The request is not valid Unicode text.") from None
    if too_deep(text):
        raise InputRefused(f"JSON nested deeper than {MAX_DEPTH} levels is not accepted.")
    value = _DECODER.decode(text)
    if _SURROGATE_ESCAPE.search(text) and not encodable(value):
        raise InputRefused("A string holds a lone UTF-16 surrogate, which is not Unicode text.")
    return value


def encodable(value: Any) -> bool:
    """Whether `value` can be written as UTF-8 JSON (no lone surrogate, no NaN or infinity).
    `value` nests at most as deeply as parsed input can."""
    try:
        json.dumps(value, ensure_ascii=False, allow_nan=False).encode("utf-8")
    except (ValueError, TypeError, RecursionError):  # UnicodeEncodeError is a ValueError
        return False
    return True
