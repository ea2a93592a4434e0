from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """An active user of the account (workspace)."""

    id: int
    """ The id of the user. """
    email: str
    """ The email of the user. """
    name: str
    """ The name of the user. """
    account: int
    """ The ID of the account this User is associated with. """
    excluded_from_assignments: bool
    """ A flag to indicate if the user is a home office user. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email = self.email

        name = self.name

        account = self.account

        excluded_from_assignments = self.excluded_from_assignments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "email": email,
                "name": name,
                "account": account,
                "excluded_from_assignments": excluded_from_assignments,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        email = d.pop("email")

        name = d.pop("name")

        account = d.pop("account")

        excluded_from_assignments = d.pop("excluded_from_assignments")

        user = cls(
            id=id,
            email=email,
            name=name,
            account=account,
            excluded_from_assignments=excluded_from_assignments,
        )

        user.additional_properties = d
        return user

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
