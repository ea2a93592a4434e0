from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_role_option import ContactRoleOption
    from ..models.removed_contact_role_option import RemovedContactRoleOption


T = TypeVar("T", bound="ContactRole")


@_attrs_define
class ContactRole:
    """A contact role, with the options that can be assigned to it."""

    id: int | Unset = UNSET
    """ The id of the contact role. """
    name: str | Unset = UNSET
    """ The name of the contact role. """
    available_options: list[ContactRoleOption] | Unset = UNSET
    """ The options (users) available to assign to the contact role. """
    removed_options: list[RemovedContactRoleOption] | Unset = UNSET
    """ Options that could previously be assigned and are still assigned to some records. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        available_options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.available_options, Unset):
            available_options = []
            for available_options_item_data in self.available_options:
                available_options_item = available_options_item_data.to_dict()
                available_options.append(available_options_item)

        removed_options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.removed_options, Unset):
            removed_options = []
            for removed_options_item_data in self.removed_options:
                removed_options_item = removed_options_item_data.to_dict()
                removed_options.append(removed_options_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if available_options is not UNSET:
            field_dict["available_options"] = available_options
        if removed_options is not UNSET:
            field_dict["removed_options"] = removed_options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_role_option import ContactRoleOption  # noqa: PLC0415
        from ..models.removed_contact_role_option import RemovedContactRoleOption  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _available_options = d.pop("available_options", UNSET)
        available_options: list[ContactRoleOption] | Unset = UNSET
        if _available_options is not UNSET:
            available_options = []
            for available_options_item_data in _available_options:
                available_options_item = ContactRoleOption.from_dict(available_options_item_data)

                available_options.append(available_options_item)

        _removed_options = d.pop("removed_options", UNSET)
        removed_options: list[RemovedContactRoleOption] | Unset = UNSET
        if _removed_options is not UNSET:
            removed_options = []
            for removed_options_item_data in _removed_options:
                removed_options_item = RemovedContactRoleOption.from_dict(removed_options_item_data)

                removed_options.append(removed_options_item)

        contact_role = cls(
            id=id,
            name=name,
            available_options=available_options,
            removed_options=removed_options,
        )

        contact_role.additional_properties = d
        return contact_role

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
