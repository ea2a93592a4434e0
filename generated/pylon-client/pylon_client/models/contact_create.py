from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.portal_role import PortalRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_value import CustomFieldValue
    from ..models.external_id import ExternalId


T = TypeVar("T", bound="ContactCreate")


@_attrs_define
class ContactCreate:
    """The body of a create. `account_id` and `account_external_id` cannot be sent together. Decision: `custom_fields` and
    `external_ids` are not in the seed; they come from Pylon's official description (`CreateContactRequestBody`).

    """

    name: str
    """ The contact's name. """
    email: str | Unset = UNSET
    """ The contact's email. """
    account_id: str | Unset = UNSET
    """ The account the contact belongs to. Cannot be sent with `account_external_id`. """
    account_external_id: str | Unset = UNSET
    """ The external ID of the account the contact belongs to. Cannot be sent with `account_id`. """
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
    """ The portal role to give the contact. When neither this nor `portal_role_id` is sent, the portal's default
    role applies. Decision: the seed and the official description list the three built-in roles; Pylon's SDK types
    it as a string whose known values are "not exhaustive" (usepylon@0.1.0a4:usepylon/contacts/client.py, `create`),
    so a custom role slug is accepted as on update. """
    portal_role_id: str | Unset = UNSET
    """ The ID of a custom portal role to give the contact; wins over `portal_role`. """
    custom_fields: list[CustomFieldValue] | Unset = UNSET
    """ Custom field values to set on the contact. """
    external_ids: list[ExternalId] | Unset = UNSET
    """ External IDs to set on the contact. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        email = self.email

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
        field_dict.update(
            {
                "name": name,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
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
        from ..models.custom_field_value import CustomFieldValue  # noqa: PLC0415
        from ..models.external_id import ExternalId  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        email = d.pop("email", UNSET)

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

        contact_create = cls(
            name=name,
            email=email,
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

        contact_create.additional_properties = d
        return contact_create

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
