from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_role_assignment import ContactRoleAssignment


T = TypeVar("T", bound="ContactRoleValue")


@_attrs_define
class ContactRoleValue:
    """A contact role of a contact, with its assigned option."""

    id: int | Unset = UNSET
    """ The id of the contact role. """
    name: str | Unset = UNSET
    """ The name of the contact role. """
    value: int | Unset = UNSET
    """ The id of the assigned option. """
    assigned_to: ContactRoleAssignment | Unset = UNSET
    """ The user associated with a contact role option. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        value = self.value

        assigned_to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.assigned_to, Unset):
            assigned_to = self.assigned_to.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if value is not UNSET:
            field_dict["value"] = value
        if assigned_to is not UNSET:
            field_dict["assigned_to"] = assigned_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_role_assignment import ContactRoleAssignment  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        value = d.pop("value", UNSET)

        _assigned_to = d.pop("assigned_to", UNSET)
        assigned_to: ContactRoleAssignment | Unset
        if isinstance(_assigned_to, Unset):
            assigned_to = UNSET
        else:
            assigned_to = ContactRoleAssignment.from_dict(_assigned_to)

        contact_role_value = cls(
            id=id,
            name=name,
            value=value,
            assigned_to=assigned_to,
        )

        contact_role_value.additional_properties = d
        return contact_role_value

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
