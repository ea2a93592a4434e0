from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.household_title import HouseholdTitle
from ..types import UNSET, Unset

T = TypeVar("T", bound="HouseholdRequest")


@_attrs_define
class HouseholdRequest:
    """The household to create for a new contact, and the contact's title within it."""

    name: str | Unset = UNSET
    """ The name of the household. """
    title: HouseholdTitle | Unset = UNSET
    """ The title a contact holds within its household. Decision: the scrape glued the choices together (without
    spaces in the `householdTitle` filter); the spec reads "Other Dependent" as one value, since both lists of the
    seed, in different orders, keep "Other" and "Dependent" together. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        title: str | Unset = UNSET
        if not isinstance(self.title, Unset):
            title = self.title.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _title = d.pop("title", UNSET)
        title: HouseholdTitle | Unset
        if isinstance(_title, Unset):
            title = UNSET
        else:
            title = HouseholdTitle(_title)

        household_request = cls(
            name=name,
            title=title,
        )

        household_request.additional_properties = d
        return household_request

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
