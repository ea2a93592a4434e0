from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.contact import Contact
    from ..models.cursor_pagination_meta import CursorPaginationMeta


T = TypeVar("T", bound="ContactList")


@_attrs_define
class ContactList:
    """The cursor paginated collection of contacts (Laravel's cursor paginator)."""

    data: list[Contact]
    """ The list of items. """
    links: list[str]
    """ Pagination links. Decision: the seed documents an array of strings (its example is
    `["string"]`) and says nothing more; kept as documented.
     """
    meta: CursorPaginationMeta
    """ The cursor paginator's state. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        links = self.links

        meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "links": links,
                "meta": meta,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact import Contact  # noqa: PLC0415
        from ..models.cursor_pagination_meta import CursorPaginationMeta  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = Contact.from_dict(data_item_data)

            data.append(data_item)

        links = cast(list[str], d.pop("links"))

        meta = CursorPaginationMeta.from_dict(d.pop("meta"))

        contact_list = cls(
            data=data,
            links=links,
            meta=meta,
        )

        contact_list.additional_properties = d
        return contact_list

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
