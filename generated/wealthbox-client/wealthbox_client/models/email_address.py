from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_info_kind_default import ContactInfoKindDefault
from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailAddress")


@_attrs_define
class EmailAddress:
    """An email address of a contact."""

    address: str
    """ The email address. """
    id: int | Unset = UNSET
    """ The id of the email address. """
    principal: bool | Unset = UNSET
    """ Flag to indicate if the email address is the principal address of the contact. """
    kind: ContactInfoKindDefault | str | Unset = UNSET
    """ Decision: this is a customizable category (`GET /v1/categories/email_types`, `phone_types` and
    `address_types`): the seed's choices are Wealthbox's defaults and a workspace may add its own, so any string is
    accepted and the defaults stay typed (ContactInfoKindDefault). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        id = self.id

        principal = self.principal

        kind: str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        elif isinstance(self.kind, ContactInfoKindDefault):
            kind = self.kind.value
        else:
            kind = self.kind

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if principal is not UNSET:
            field_dict["principal"] = principal
        if kind is not UNSET:
            field_dict["kind"] = kind

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address = d.pop("address")

        id = d.pop("id", UNSET)

        principal = d.pop("principal", UNSET)

        def _parse_kind(data: object) -> ContactInfoKindDefault | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_contact_info_kind_type_0 = ContactInfoKindDefault(data)

                return componentsschemas_contact_info_kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContactInfoKindDefault | str | Unset, data)

        kind = _parse_kind(d.pop("kind", UNSET))

        email_address = cls(
            address=address,
            id=id,
            principal=principal,
            kind=kind,
        )

        email_address.additional_properties = d
        return email_address

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
