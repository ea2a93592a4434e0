from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invitee_type import InviteeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="InviteeRequest")


@_attrs_define
class InviteeRequest:
    """A contact or user to invite to an event. Decision: the seed lists `id` and `type`; wealthbox-
    cli@2.5.0:wealthbox_tools/models/events.py (`EmailInvitees`) makes both optional, and no source says the server
    requires them, so neither is required.

    """

    id: int | Unset = UNSET
    """ The id of the Contact/User being invited. """
    type_: InviteeType | Unset = UNSET
    """ The type of the resource being invited. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: InviteeType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = InviteeType(_type_)

        invitee_request = cls(
            id=id,
            type_=type_,
        )

        invitee_request.additional_properties = d
        return invitee_request

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
