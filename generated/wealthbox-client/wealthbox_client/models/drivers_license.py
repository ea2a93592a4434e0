from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DriversLicense")


@_attrs_define
class DriversLicense:
    """The contact's driver's license."""

    number: str | Unset = UNSET
    """ The ID number of the driver's license. """
    state: str | Unset = UNSET
    """ The state in which the driver's license was issued. """
    issued_date: str | Unset = UNSET
    """ A calendar date written `YYYY-MM-DD`, e.g. `1975-10-27`; the pattern admits only days that exist (years
    1000-9999). """
    expires_date: str | Unset = UNSET
    """ A calendar date written `YYYY-MM-DD`, e.g. `1975-10-27`; the pattern admits only days that exist (years
    1000-9999). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        state = self.state

        issued_date = self.issued_date

        expires_date = self.expires_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if number is not UNSET:
            field_dict["number"] = number
        if state is not UNSET:
            field_dict["state"] = state
        if issued_date is not UNSET:
            field_dict["issued_date"] = issued_date
        if expires_date is not UNSET:
            field_dict["expires_date"] = expires_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number = d.pop("number", UNSET)

        state = d.pop("state", UNSET)

        issued_date = d.pop("issued_date", UNSET)

        expires_date = d.pop("expires_date", UNSET)

        drivers_license = cls(
            number=number,
            state=state,
            issued_date=issued_date,
            expires_date=expires_date,
        )

        drivers_license.additional_properties = d
        return drivers_license

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
