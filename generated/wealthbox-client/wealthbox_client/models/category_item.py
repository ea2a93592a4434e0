from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CategoryItem")


@_attrs_define
class CategoryItem:
    """An item of a customizable category. Decision: the seed types the items as `Document` (`id`, `type`, `name`,
    described as the resource linked to a status update: a copy of another section); wealthbox-
    cli@2.5.0:wealthbox_tools/cli/_resolve.py reads `id` and `name`, so only `id` is required and `type` is optional.
    The seed's response example for `GET /v1/categories/{type}` is `{"tags": [{"id": 1, "type": "Contact", "name":
    "Kevin Anderson"}]}`; its item is kept below.

    """

    id: int
    """ The id of the category item. """
    name: str | Unset = UNSET
    """ The name of the category item, e.g. `Client`. """
    type_: str | Unset = UNSET
    """ The type of the category item. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        type_ = d.pop("type", UNSET)

        category_item = cls(
            id=id,
            name=name,
            type_=type_,
        )

        category_item.additional_properties = d
        return category_item

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
