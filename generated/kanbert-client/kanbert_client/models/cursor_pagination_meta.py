from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CursorPaginationMeta")


@_attrs_define
class CursorPaginationMeta:
    """The cursor paginator's state."""

    path: None | str
    """ Base path for paginator generated URLs. """
    per_page: int
    """ Number of items shown per page. """
    next_cursor: None | str
    """ The cursor of the next page (send it as `page[cursor]`); `null` on the last page. """
    next_cursor_url: None | str
    """ The URL of the next page; `null` on the last page. """
    prev_cursor: None | str
    """ The cursor of the previous page; `null` on the first page. """
    prev_cursor_url: None | str
    """ The URL of the previous page; `null` on the first page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path: None | str
        path = self.path

        per_page = self.per_page

        next_cursor: None | str
        next_cursor = self.next_cursor

        next_cursor_url: None | str
        next_cursor_url = self.next_cursor_url

        prev_cursor: None | str
        prev_cursor = self.prev_cursor

        prev_cursor_url: None | str
        prev_cursor_url = self.prev_cursor_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "path": path,
                "per_page": per_page,
                "next_cursor": next_cursor,
                "next_cursor_url": next_cursor_url,
                "prev_cursor": prev_cursor,
                "prev_cursor_url": prev_cursor_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_path(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        path = _parse_path(d.pop("path"))

        per_page = d.pop("per_page")

        def _parse_next_cursor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor"))

        def _parse_next_cursor_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_cursor_url = _parse_next_cursor_url(d.pop("next_cursor_url"))

        def _parse_prev_cursor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        prev_cursor = _parse_prev_cursor(d.pop("prev_cursor"))

        def _parse_prev_cursor_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        prev_cursor_url = _parse_prev_cursor_url(d.pop("prev_cursor_url"))

        cursor_pagination_meta = cls(
            path=path,
            per_page=per_page,
            next_cursor=next_cursor,
            next_cursor_url=next_cursor_url,
            prev_cursor=prev_cursor,
            prev_cursor_url=prev_cursor_url,
        )

        cursor_pagination_meta.additional_properties = d
        return cursor_pagination_meta

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
