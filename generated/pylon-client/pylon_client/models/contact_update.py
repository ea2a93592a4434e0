from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.portal_role import PortalRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_email import ContactEmail
    from ..models.custom_field_value import CustomFieldValue
    from ..models.external_id import ExternalId


T = TypeVar("T", bound="ContactUpdate")


@_attrs_define
class ContactUpdate:
    """The body of an update; only the fields sent change. `account_id` and `account_external_id` cannot be sent together,
    nor can `email` and `emails`. Decision: `phone_numbers`, `primary_phone_number`, `emails`, `custom_fields` and
    `external_ids` are not in the seed's update body; they come from Pylon's official description
    (`UpdateContactRequestBody`).

    """

    name: str | Unset = UNSET
    """ The contact's new name. (The seed's "in: body" above this field is a leftover of Pylon's Go annotations, not
    a second location.) """
    email: str | Unset = UNSET
    """ The contact's email: replaces all of the contact's emails with this one. Cannot be sent with `emails`.
    Decision: the seed only says "the email of the contact"; the replacing comes from Pylon's SDK
    (usepylon@0.1.0a4:usepylon/contacts/client.py, `update`). """
    emails: list[ContactEmail] | Unset = UNSET
    """ All of the contact's emails. Cannot be sent with `email`. When none is marked primary, the first one is. """
    account_id: str | Unset = UNSET
    """ The account to move the contact to; an empty string removes the contact from its account. Cannot be sent
    with `account_external_id`. Decision: the empty string comes from Pylon's SDK
    (usepylon@0.1.0a4:usepylon/contacts/client.py, `update`). """
    account_external_id: str | Unset = UNSET
    """ The external ID of the account to move the contact to. Cannot be sent with `account_id`. """
    avatar_url: str | Unset = UNSET
    """ URL of the avatar image; it must be a square .png, .jpg or .jpeg. """
    phone_numbers: list[str] | Unset = UNSET
    """ The contact's phone numbers; each is 1 to 15 digits (0-9) and nothing else. """
    primary_phone_number: str | Unset = UNSET
    """ A phone number written as 1 to 15 digits (0-9), optionally preceded by '+' (E.164), with no spaces or
    dashes. Decision: the seed allows digits only; Pylon's SDK documents the leading '+' (`+4365446231`;
    usepylon@0.1.0a4:usepylon/contacts/client.py), so the spec accepts it rather than reject a request the real API
    takes. """
    portal_role: PortalRole | str | Unset = UNSET
    """ The portal role to give the contact: `no_access`, `member`, `admin`, or the slug of a custom role. Decision:
    the seed shows the three-value enum but its text also allows a custom role slug; the spec accepts both. """
    portal_role_id: str | Unset = UNSET
    """ The ID of a custom portal role to give the contact; wins over `portal_role`. """
    custom_fields: list[CustomFieldValue] | Unset = UNSET
    """ Custom field values to set on the contact; custom fields not listed are left as they are (merged by slug).
    Decision: the merge comes from Pylon's SDK (usepylon@0.1.0a4:usepylon/types/custom_field_value.py). """
    external_ids: list[ExternalId] | Unset = UNSET
    """ When sent, replaces the contact's external IDs with these. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        email = self.email

        emails: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.emails, Unset):
            emails = []
            for emails_item_data in self.emails:
                emails_item = emails_item_data.to_dict()
                emails.append(emails_item)

        account_id = self.account_id

        account_external_id = self.account_external_id

        avatar_url = self.avatar_url

        phone_numbers: list[str] | Unset = UNSET
        if not isinstance(self.phone_numbers, Unset):
            phone_numbers = self.phone_numbers

        primary_phone_number = self.primary_phone_number

        portal_role: str | Unset
        if isinstance(self.portal_role, Unset):
            portal_role = UNSET
        elif isinstance(self.portal_role, PortalRole):
            portal_role = self.portal_role.value
        else:
            portal_role = self.portal_role

        portal_role_id = self.portal_role_id

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        external_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.external_ids, Unset):
            external_ids = []
            for external_ids_item_data in self.external_ids:
                external_ids_item = external_ids_item_data.to_dict()
                external_ids.append(external_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if emails is not UNSET:
            field_dict["emails"] = emails
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if account_external_id is not UNSET:
            field_dict["account_external_id"] = account_external_id
        if avatar_url is not UNSET:
            field_dict["avatar_url"] = avatar_url
        if phone_numbers is not UNSET:
            field_dict["phone_numbers"] = phone_numbers
        if primary_phone_number is not UNSET:
            field_dict["primary_phone_number"] = primary_phone_number
        if portal_role is not UNSET:
            field_dict["portal_role"] = portal_role
        if portal_role_id is not UNSET:
            field_dict["portal_role_id"] = portal_role_id
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if external_ids is not UNSET:
            field_dict["external_ids"] = external_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_email import ContactEmail  # noqa: PLC0415
        from ..models.custom_field_value import CustomFieldValue  # noqa: PLC0415
        from ..models.external_id import ExternalId  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        email = d.pop("email", UNSET)

        _emails = d.pop("emails", UNSET)
        emails: list[ContactEmail] | Unset = UNSET
        if _emails is not UNSET:
            emails = []
            for emails_item_data in _emails:
                emails_item = ContactEmail.from_dict(emails_item_data)

                emails.append(emails_item)

        account_id = d.pop("account_id", UNSET)

        account_external_id = d.pop("account_external_id", UNSET)

        avatar_url = d.pop("avatar_url", UNSET)

        phone_numbers = cast(list[str], d.pop("phone_numbers", UNSET))

        primary_phone_number = d.pop("primary_phone_number", UNSET)

        def _parse_portal_role(data: object) -> PortalRole | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                portal_role_type_0 = PortalRole(data)

                return portal_role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(PortalRole | str | Unset, data)

        portal_role = _parse_portal_role(d.pop("portal_role", UNSET))

        portal_role_id = d.pop("portal_role_id", UNSET)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[CustomFieldValue] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = CustomFieldValue.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        _external_ids = d.pop("external_ids", UNSET)
        external_ids: list[ExternalId] | Unset = UNSET
        if _external_ids is not UNSET:
            external_ids = []
            for external_ids_item_data in _external_ids:
                external_ids_item = ExternalId.from_dict(external_ids_item_data)

                external_ids.append(external_ids_item)

        contact_update = cls(
            name=name,
            email=email,
            emails=emails,
            account_id=account_id,
            account_external_id=account_external_id,
            avatar_url=avatar_url,
            phone_numbers=phone_numbers,
            primary_phone_number=primary_phone_number,
            portal_role=portal_role,
            portal_role_id=portal_role_id,
            custom_fields=custom_fields,
            external_ids=external_ids,
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
