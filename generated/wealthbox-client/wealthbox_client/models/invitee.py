from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invitee_type import InviteeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Invitee")


@_attrs_define
class Invitee:
    """A contact or user invited to an event."""

    id: int
    """ The id of the Contact/User being invited. """
    type_: InviteeType
    """ The type of the resource being invited. """
    name: str | Unset = UNSET
    """ The name of the invitee. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_.value

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = InviteeType(d.pop("type"))

        name = d.pop("name", UNSET)

        invitee = cls(
            id=id,
            type_=type_,
            name=name,
        )

        invitee.additional_properties = d
        return invitee

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
