from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactDeleteResult")


@_attrs_define
class ContactDeleteResult:
    """The body of a successful delete (from Pylon's official description)."""

    request_id: str | Unset = UNSET
    """ The ID of this request, for Pylon support. Decision: Pylon's SDK requires it on every body
    (usepylon@0.1.0a4:usepylon/types/get_contact_response_body.py and the other `*_response_body.py`); the official
    description does not, so the spec leaves it optional (required only where every source requires it) and the mock
    always sends it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if request_id is not UNSET:
            field_dict["request_id"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        request_id = d.pop("request_id", UNSET)

        contact_delete_result = cls(
            request_id=request_id,
        )

        contact_delete_result.additional_properties = d
        return contact_delete_result

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
