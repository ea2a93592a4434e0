from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactUpdateFields")


@_attrs_define
class ContactUpdateFields:
    """The attributes that only an update documents."""

    destroy: bool | Unset = UNSET
    """ Decision: not in the seed; wealthbox-cli@2.5.0:wealthbox_tools/models/contacts.py
    (`ContactUpdateInput.destroy`) sends it with an update. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        destroy = self.destroy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if destroy is not UNSET:
            field_dict["destroy"] = destroy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        destroy = d.pop("destroy", UNSET)

        contact_update_fields = cls(
            destroy=destroy,
        )

        contact_update_fields.additional_properties = d
        return contact_update_fields

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
