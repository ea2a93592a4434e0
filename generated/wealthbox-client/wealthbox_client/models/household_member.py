from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HouseholdMember")


@_attrs_define
class HouseholdMember:
    """A member of a household."""

    id: int | Unset = UNSET
    """ The id of the member (a contact). """
    first_name: str | Unset = UNSET
    """ The first name of the household member. """
    last_name: str | Unset = UNSET
    """ The last name of the household member. """
    title: str | Unset = UNSET
    """ The title of the household member, e.g. `Head`. """
    type_: str | Unset = UNSET
    """ The type of the household member, e.g. `Person`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        first_name = self.first_name

        last_name = self.last_name

        title = self.title

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if title is not UNSET:
            field_dict["title"] = title
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        title = d.pop("title", UNSET)

        type_ = d.pop("type", UNSET)

        household_member = cls(
            id=id,
            first_name=first_name,
            last_name=last_name,
            title=title,
            type_=type_,
        )

        household_member.additional_properties = d
        return household_member

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
