from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_role_value_request import ContactRoleValueRequest


T = TypeVar("T", bound="ContactUpdate")


@_attrs_define
class ContactUpdate:
    """The attributes to change on an existing contact. Decision: the seed documents only `nickname`, `company_name` and
    `contact_roles` for an update; the spec declares those three and, like every request schema here, does not forbid
    other attributes.

    """

    nickname: str | Unset = UNSET
    """ A preferred shortname for the Contact. """
    company_name: str | Unset = UNSET
    """ Updating this field will create a new Organization contact with the given name if one does not exist, or it
    will link an existing one to the contact. """
    contact_roles: list[ContactRoleValueRequest] | Unset = UNSET
    """ Store the contact role and a selected option. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nickname = self.nickname

        company_name = self.company_name

        contact_roles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contact_roles, Unset):
            contact_roles = []
            for contact_roles_item_data in self.contact_roles:
                contact_roles_item = contact_roles_item_data.to_dict()
                contact_roles.append(contact_roles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nickname is not UNSET:
            field_dict["nickname"] = nickname
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if contact_roles is not UNSET:
            field_dict["contact_roles"] = contact_roles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_role_value_request import ContactRoleValueRequest  # noqa: PLC0415

        d = dict(src_dict)
        nickname = d.pop("nickname", UNSET)

        company_name = d.pop("company_name", UNSET)

        _contact_roles = d.pop("contact_roles", UNSET)
        contact_roles: list[ContactRoleValueRequest] | Unset = UNSET
        if _contact_roles is not UNSET:
            contact_roles = []
            for contact_roles_item_data in _contact_roles:
                contact_roles_item = ContactRoleValueRequest.from_dict(contact_roles_item_data)

                contact_roles.append(contact_roles_item)

        contact_update = cls(
            nickname=nickname,
            company_name=company_name,
            contact_roles=contact_roles,
        )

        contact_update.additional_properties = d
        return contact_update

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
