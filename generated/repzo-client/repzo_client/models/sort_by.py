from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sort_by_field import SortByField
from ..models.sort_direction import SortDirection
from ..types import UNSET, Unset

T = TypeVar("T", bound="SortBy")


@_attrs_define
class SortBy:
    """One advanced sort key. Decision: the seed shows only "Array of objects"; the keys, the field's one value `_id` and
    the directions come from the vendor's description of this page (repzo@1.0.254:docs/generated/client-contact-
    bundled.yaml) and SDK (repzo@1.0.254:src/types/index.ts, `sortBy: {field: "_id"; type: "asc" | "desc"}[]`).
    Decision: `field` is required (the SDK types it so; the vendor's description requires nothing, and a key without a
    field sorts nothing); `type` is optional (the description does not require it).

    """

    field: SortByField
    """ The attribute to sort on; both vendor sources admit only `_id`. """
    type_: SortDirection | Unset = UNSET
    """ The sort direction. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field = self.field.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field": field,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field = SortByField(d.pop("field"))

        _type_ = d.pop("type", UNSET)
        type_: SortDirection | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = SortDirection(_type_)

        sort_by = cls(
            field=field,
            type_=type_,
        )

        sort_by.additional_properties = d
        return sort_by

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
