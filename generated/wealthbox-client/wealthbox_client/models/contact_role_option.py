from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_role_assignment import ContactRoleAssignment


T = TypeVar("T", bound="ContactRoleOption")


@_attrs_define
class ContactRoleOption:
    """An option of a contact role."""

    id: int | Unset = UNSET
    """ The id of the option. """
    assigned_to: ContactRoleAssignment | Unset = UNSET
    """ The user associated with a contact role option. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        assigned_to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.assigned_to, Unset):
            assigned_to = self.assigned_to.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if assigned_to is not UNSET:
            field_dict["assigned_to"] = assigned_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_role_assignment import ContactRoleAssignment  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _assigned_to = d.pop("assigned_to", UNSET)
        assigned_to: ContactRoleAssignment | Unset
        if isinstance(_assigned_to, Unset):
            assigned_to = UNSET
        else:
            assigned_to = ContactRoleAssignment.from_dict(_assigned_to)

        contact_role_option = cls(
            id=id,
            assigned_to=assigned_to,
        )

        contact_role_option.additional_properties = d
        return contact_role_option

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
