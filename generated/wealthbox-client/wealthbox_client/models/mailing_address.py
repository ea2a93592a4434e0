from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_info_kind_default import ContactInfoKindDefault
from ..types import UNSET, Unset

T = TypeVar("T", bound="MailingAddress")


@_attrs_define
class MailingAddress:
    """A street address of a contact."""

    street_line_1: str | Unset = UNSET
    """ The top line of the address. """
    street_line_2: str | Unset = UNSET
    """ The second line of the address. """
    city: str | Unset = UNSET
    """ The city the address is located in. """
    state: str | Unset = UNSET
    """ The state the address is located in. """
    zip_code: str | Unset = UNSET
    """ The zip code of the address. """
    country: str | Unset = "United States"
    """ The country the address is located in. """
    principal: bool | Unset = UNSET
    """ A flag to indicate if the address is the primary address for the contact. """
    kind: ContactInfoKindDefault | str | Unset = UNSET
    """ Decision: this is a customizable category (`GET /v1/categories/email_types`, `phone_types` and
    `address_types`): the seed's choices are Wealthbox's defaults and a workspace may add its own, so any string is
    accepted and the defaults stay typed (ContactInfoKindDefault). """
    id: int | Unset = UNSET
    """ The id of the mailing address. """
    address: str | Unset = UNSET
    """ The whole address on one line. Decision: the seed describes it as "the top line of the address"; its example
    holds the full formatted address, and the spec follows the example. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        street_line_1 = self.street_line_1

        street_line_2 = self.street_line_2

        city = self.city

        state = self.state

        zip_code = self.zip_code

        country = self.country

        principal = self.principal

        kind: str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        elif isinstance(self.kind, ContactInfoKindDefault):
            kind = self.kind.value
        else:
            kind = self.kind

        id = self.id

        address = self.address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if street_line_1 is not UNSET:
            field_dict["street_line_1"] = street_line_1
        if street_line_2 is not UNSET:
            field_dict["street_line_2"] = street_line_2
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if zip_code is not UNSET:
            field_dict["zip_code"] = zip_code
        if country is not UNSET:
            field_dict["country"] = country
        if principal is not UNSET:
            field_dict["principal"] = principal
        if kind is not UNSET:
            field_dict["kind"] = kind
        if id is not UNSET:
            field_dict["id"] = id
        if address is not UNSET:
            field_dict["address"] = address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        street_line_1 = d.pop("street_line_1", UNSET)

        street_line_2 = d.pop("street_line_2", UNSET)

        city = d.pop("city", UNSET)

        state = d.pop("state", UNSET)

        zip_code = d.pop("zip_code", UNSET)

        country = d.pop("country", UNSET)

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

        id = d.pop("id", UNSET)

        address = d.pop("address", UNSET)

        mailing_address = cls(
            street_line_1=street_line_1,
            street_line_2=street_line_2,
            city=city,
            state=state,
            zip_code=zip_code,
            country=country,
            principal=principal,
            kind=kind,
            id=id,
            address=address,
        )

        mailing_address.additional_properties = d
        return mailing_address

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
