from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_role_value_request import ContactRoleValueRequest
    from ..models.custom_field_request import CustomFieldRequest
    from ..models.email_address_request import EmailAddressRequest
    from ..models.household_request import HouseholdRequest
    from ..models.mailing_address_request import MailingAddressRequest
    from ..models.phone_number_request import PhoneNumberRequest
    from ..models.website_request import WebsiteRequest


T = TypeVar("T", bound="ContactWrite")


@_attrs_define
class ContactWrite:
    """The attributes of a contact that are written in another shape than they are read."""

    company: str | Unset = UNSET
    """ The name of the company the person is employed with. """
    household: HouseholdRequest | Unset = UNSET
    """ The household to create for a new contact, and the contact's title within it. """
    tags: list[str] | Unset = UNSET
    """ The names of the tags to associate with the contact. """
    street_addresses: list[MailingAddressRequest] | Unset = UNSET
    """ The street addresses associated with the contact. """
    email_addresses: list[EmailAddressRequest] | Unset = UNSET
    """ The email addresses associated with the contact. """
    phone_numbers: list[PhoneNumberRequest] | Unset = UNSET
    """ The phone numbers associated with the contact. """
    websites: list[WebsiteRequest] | Unset = UNSET
    """ The websites associated with the contact. """
    custom_fields: list[CustomFieldRequest] | Unset = UNSET
    """ The custom field values to set. """
    contact_roles: list[ContactRoleValueRequest] | Unset = UNSET
    """ The contact roles of this contact, with their assigned options. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company = self.company

        household: dict[str, Any] | Unset = UNSET
        if not isinstance(self.household, Unset):
            household = self.household.to_dict()

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        street_addresses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.street_addresses, Unset):
            street_addresses = []
            for street_addresses_item_data in self.street_addresses:
                street_addresses_item = street_addresses_item_data.to_dict()
                street_addresses.append(street_addresses_item)

        email_addresses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.email_addresses, Unset):
            email_addresses = []
            for email_addresses_item_data in self.email_addresses:
                email_addresses_item = email_addresses_item_data.to_dict()
                email_addresses.append(email_addresses_item)

        phone_numbers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.phone_numbers, Unset):
            phone_numbers = []
            for phone_numbers_item_data in self.phone_numbers:
                phone_numbers_item = phone_numbers_item_data.to_dict()
                phone_numbers.append(phone_numbers_item)

        websites: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.websites, Unset):
            websites = []
            for websites_item_data in self.websites:
                websites_item = websites_item_data.to_dict()
                websites.append(websites_item)

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        contact_roles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contact_roles, Unset):
            contact_roles = []
            for contact_roles_item_data in self.contact_roles:
                contact_roles_item = contact_roles_item_data.to_dict()
                contact_roles.append(contact_roles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company is not UNSET:
            field_dict["company"] = company
        if household is not UNSET:
            field_dict["household"] = household
        if tags is not UNSET:
            field_dict["tags"] = tags
        if street_addresses is not UNSET:
            field_dict["street_addresses"] = street_addresses
        if email_addresses is not UNSET:
            field_dict["email_addresses"] = email_addresses
        if phone_numbers is not UNSET:
            field_dict["phone_numbers"] = phone_numbers
        if websites is not UNSET:
            field_dict["websites"] = websites
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if contact_roles is not UNSET:
            field_dict["contact_roles"] = contact_roles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_role_value_request import ContactRoleValueRequest  # noqa: PLC0415
        from ..models.custom_field_request import CustomFieldRequest  # noqa: PLC0415
        from ..models.email_address_request import EmailAddressRequest  # noqa: PLC0415
        from ..models.household_request import HouseholdRequest  # noqa: PLC0415
        from ..models.mailing_address_request import MailingAddressRequest  # noqa: PLC0415
        from ..models.phone_number_request import PhoneNumberRequest  # noqa: PLC0415
        from ..models.website_request import WebsiteRequest  # noqa: PLC0415

        d = dict(src_dict)
        company = d.pop("company", UNSET)

        _household = d.pop("household", UNSET)
        household: HouseholdRequest | Unset
        if isinstance(_household, Unset):
            household = UNSET
        else:
            household = HouseholdRequest.from_dict(_household)

        tags = cast(list[str], d.pop("tags", UNSET))

        _street_addresses = d.pop("street_addresses", UNSET)
        street_addresses: list[MailingAddressRequest] | Unset = UNSET
        if _street_addresses is not UNSET:
            street_addresses = []
            for street_addresses_item_data in _street_addresses:
                street_addresses_item = MailingAddressRequest.from_dict(street_addresses_item_data)

                street_addresses.append(street_addresses_item)

        _email_addresses = d.pop("email_addresses", UNSET)
        email_addresses: list[EmailAddressRequest] | Unset = UNSET
        if _email_addresses is not UNSET:
            email_addresses = []
            for email_addresses_item_data in _email_addresses:
                email_addresses_item = EmailAddressRequest.from_dict(email_addresses_item_data)

                email_addresses.append(email_addresses_item)

        _phone_numbers = d.pop("phone_numbers", UNSET)
        phone_numbers: list[PhoneNumberRequest] | Unset = UNSET
        if _phone_numbers is not UNSET:
            phone_numbers = []
            for phone_numbers_item_data in _phone_numbers:
                phone_numbers_item = PhoneNumberRequest.from_dict(phone_numbers_item_data)

                phone_numbers.append(phone_numbers_item)

        _websites = d.pop("websites", UNSET)
        websites: list[WebsiteRequest] | Unset = UNSET
        if _websites is not UNSET:
            websites = []
            for websites_item_data in _websites:
                websites_item = WebsiteRequest.from_dict(websites_item_data)

                websites.append(websites_item)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[CustomFieldRequest] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = CustomFieldRequest.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        _contact_roles = d.pop("contact_roles", UNSET)
        contact_roles: list[ContactRoleValueRequest] | Unset = UNSET
        if _contact_roles is not UNSET:
            contact_roles = []
            for contact_roles_item_data in _contact_roles:
                contact_roles_item = ContactRoleValueRequest.from_dict(contact_roles_item_data)

                contact_roles.append(contact_roles_item)

        contact_write = cls(
            company=company,
            household=household,
            tags=tags,
            street_addresses=street_addresses,
            email_addresses=email_addresses,
            phone_numbers=phone_numbers,
            websites=websites,
            custom_fields=custom_fields,
            contact_roles=contact_roles,
        )

        contact_write.additional_properties = d
        return contact_write

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
