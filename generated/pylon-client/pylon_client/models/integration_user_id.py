from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IntegrationUserId")


@_attrs_define
class IntegrationUserId:
    """The contact's user ID in a connected system. Decision: Pylon's SDK requires `id` and `source`
    (usepylon@0.1.0a4:usepylon/types/integration_user_id.py); the official description requires neither, so the spec
    does not, and the mock always fills both.

    """

    id: str | Unset = UNSET
    """ The user ID in that system. """
    source: str | Unset = UNSET
    """ The system, e.g. `slack`, `intercom`, `hubspot`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        source = d.pop("source", UNSET)

        integration_user_id = cls(
            id=id,
            source=source,
        )

        integration_user_id.additional_properties = d
        return integration_user_id

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
