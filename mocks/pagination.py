"""Paging from `x-pagination`: opaque signed cursors, page numbers, sizes and totals.

Cursors are keyset cursors: they carry the sequence number of the last record served, so a page
boundary does not move when records are created or deleted meanwhile. They are signed with a key
that lives as long as the app and bound to the collection they page through (a Pylon search
cursor continues a plain list of the same contacts), so a forged cursor, one from another
collection, or one from before a restart is recognised as such (`InvalidCursor`); what that
means for the client is the vendor's choice (see `mocks.hooks.VendorPolicy.invalid_cursor`).

The page's position is written into the envelope at the pointers `x-pagination` names
(`nextCursor`, `hasMore`, `totalPages`) and, in the objects holding those pointers, into the
fields list envelopes conventionally carry:

| field | value |
|---|---|
| `per_page`, `page_size`, `limit` | the page size |
| `page`, `current_page` | the page number |
| `total`, `total_count` | the number of records |
| `total_pages`, `total_page` | the number of pages |
| `next_page` / `pre_page`, `prev_page` | the next / previous page number (null past the end) |
| `prev_cursor`, `prev_cursor_url` | null (the mock pages forwards only) |
| `next_cursor_url` | this URL with the next cursor |
| `path` | this URL without its query |
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from mocks.operations import Pagination
from mocks.store import Record, page_after

# The conventional fields whose values are built from the request URL.
URL_FIELDS = frozenset({"next_cursor_url", "path"})


class InvalidCursor(Exception):
    """A cursor the mock did not issue for this list."""


class CursorCodec:
    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def __repr__(self) -> str:
        return "CursorCodec(secret=<hidden>)"

    def _sign(self, payload: bytes) -> str:
        digest = hmac.digest(self._secret, payload, hashlib.sha256)[:12]
        return base64.urlsafe_b64encode(digest).decode().rstrip("=")

    def encode(self, scope: str, after: int) -> str:
        payload = json.dumps({"l": scope, "a": after}, separators=(",", ":")).encode()
        body = base64.urlsafe_b64encode(payload).decode().rstrip("=")
        return f"{body}.{self._sign(payload)}"

    def decode(self, scope: str, token: str) -> int:
        """The sequence number a cursor continues after; InvalidCursor when it is not ours."""
        body, _, signature = token.partition(".")
        try:
            payload = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
        except (binascii.Error, ValueError):
            raise InvalidCursor(token) from None
        if not signature or not hmac.compare_digest(
            signature.encode(), self._sign(payload).encode()
        ):
            raise InvalidCursor(token)
        data = json.loads(payload)
        if (
            not isinstance(data, dict)
            or data.get("l") != scope
            or not isinstance(data.get("a"), int)
        ):
            raise InvalidCursor(token)
        return int(data["a"])


@dataclass(frozen=True, slots=True)
class Page:
    records: list[Record]
    size: int
    total: int
    next_cursor: str | None = None
    page: int | None = None
    total_pages: int | None = None

    @property
    def has_more(self) -> bool:
        if self.total_pages is not None and self.page is not None:
            return self.page < self.total_pages
        return self.next_cursor is not None


class Pager:
    def __init__(self, codec: CursorCodec) -> None:
        self.codec = codec

    @staticmethod
    def _source(pagination: Pagination, query: Mapping[str, Any], body: Any) -> Mapping[str, Any]:
        if pagination.location == "body":
            return body if isinstance(body, Mapping) else {}
        return query

    def size(self, pagination: Pagination, query: Mapping[str, Any], body: Any) -> int:
        requested = self._source(pagination, query, body).get(pagination.size_param)
        size = (
            requested if isinstance(requested, int) and requested > 0 else pagination.default_size
        )
        return min(size, pagination.max_size) if pagination.max_size else size

    def paginate(
        self,
        pagination: Pagination,
        scope: str,
        query: Mapping[str, Any],
        body: Any,
        sequences: list[int],
        records: list[Record],
        *,
        tolerate_invalid_cursor: bool = False,
    ) -> Page:
        size = self.size(pagination, query, body)
        source = self._source(pagination, query, body)
        if pagination.style == "page":
            page = source.get(pagination.page_param or "page", pagination.first_page)
            number = page if isinstance(page, int) else pagination.first_page
            start = max(0, (number - pagination.first_page) * size)
            return Page(
                records=records[start : start + size],
                size=size,
                total=len(records),
                page=number,
                total_pages=math.ceil(len(records) / size),
            )
        token = source.get(pagination.cursor_param or "cursor")
        start = 0
        if isinstance(token, str) and token:
            try:
                start = page_after(sequences, self.codec.decode(scope, token))
            except InvalidCursor:
                if not tolerate_invalid_cursor:
                    raise
        chunk = records[start : start + size]
        more = start + size < len(records)
        next_cursor = self.codec.encode(scope, sequences[start + size - 1]) if more else None
        return Page(records=chunk, size=size, total=len(records), next_cursor=next_cursor)


def page_fields(page: Page, url: str, path_url: str, cursor_param: str) -> dict[str, Any]:
    """Values for the conventional envelope fields (see the module docstring)."""
    next_url = None
    if page.next_cursor is not None and url:  # "" when the envelope shows no links
        separator = "&" if "?" in url else "?"
        next_url = f"{url}{separator}{urlencode({cursor_param: page.next_cursor})}"
    values: dict[str, Any] = {
        "per_page": page.size,
        "page_size": page.size,
        "limit": page.size,
        "total": page.total,
        "total_count": page.total,
        "prev_cursor": None,
        "prev_cursor_url": None,
        "next_cursor_url": next_url,
        "path": path_url,
    }
    if page.page is not None:
        values["page"] = values["current_page"] = page.page
        values["total_pages"] = values["total_page"] = page.total_pages
        values["next_page"] = page.page + 1 if page.has_more else None
        # Repzo documents 0 as the previous page of page 1; a schema that refuses it gets null.
        values["pre_page"] = values["prev_page"] = page.page - 1 if page.page >= 1 else None
    return values
