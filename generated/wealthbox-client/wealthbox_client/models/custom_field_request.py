from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomFieldRequest")


@_attrs_define
class CustomFieldRequest:
    """The value to set for a custom field on a record."""

    id: int | Unset = UNSET
    """ The id of the custom field that you wish to set. """
    name: str | Unset = UNSET
    """ The name of the custom field. Decision: not in the seed; wealthbox-
    cli@2.5.0:wealthbox_tools/models/custom_fields.py (`CustomFieldValue`) may send it, and `cli/_resolve.py` says
    the API accepts it (and ignores a value keyed by name alone). """
    value: str | Unset = UNSET
    """ The value that the custom field should take on. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        value = d.pop("value", UNSET)

        custom_field_request = cls(
            id=id,
            name=name,
            value=value,
        )

        custom_field_request.additional_properties = d
        return custom_field_request

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
