from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Pagination")


@_attrs_define
class Pagination:
    """Where this page sits. Note Repzo's key is `total_page`, not `total_pages`."""

    page: int | Unset = UNSET
    """ The current page number (1-based). """
    per_page: int | Unset = UNSET
    """ The page size. """
    pre_page: int | None | Unset = UNSET
    """ The previous page number; 0 on the first page in the documented example. Decision: the seed does not say
    what marks "no previous page" beyond that example, so null is accepted too. """
    next_page: int | None | Unset = UNSET
    """ The next page number. Decision: the seed does not show the last page; the value there is undocumented (null,
    0 or absent), so null is accepted. """
    total: int | Unset = UNSET
    """ The total number of matching records. """
    total_page: int | Unset = UNSET
    """ The total number of pages. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page = self.page

        per_page = self.per_page

        pre_page: int | None | Unset
        if isinstance(self.pre_page, Unset):
            pre_page = UNSET
        else:
            pre_page = self.pre_page

        next_page: int | None | Unset
        if isinstance(self.next_page, Unset):
            next_page = UNSET
        else:
            next_page = self.next_page

        total = self.total

        total_page = self.total_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page is not UNSET:
            field_dict["page"] = page
        if per_page is not UNSET:
            field_dict["per_page"] = per_page
        if pre_page is not UNSET:
            field_dict["pre_page"] = pre_page
        if next_page is not UNSET:
            field_dict["next_page"] = next_page
        if total is not UNSET:
            field_dict["total"] = total
        if total_page is not UNSET:
            field_dict["total_page"] = total_page

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        page = d.pop("page", UNSET)

        per_page = d.pop("per_page", UNSET)

        def _parse_pre_page(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        pre_page = _parse_pre_page(d.pop("pre_page", UNSET))

        def _parse_next_page(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        next_page = _parse_next_page(d.pop("next_page", UNSET))

        total = d.pop("total", UNSET)

        total_page = d.pop("total_page", UNSET)

        pagination = cls(
            page=page,
            per_page=per_page,
            pre_page=pre_page,
            next_page=next_page,
            total=total,
            total_page=total_page,
        )

        pagination.additional_properties = d
        return pagination

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
