from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.portal_role import PortalRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_custom_fields import ContactCustomFields
    from ..models.external_id import ExternalId
    from ..models.integration_user_id import IntegrationUserId
    from ..models.mini_account import MiniAccount


T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact:
    """A contact as Pylon returns it. Decision: the seed lost every response shape; the properties come from Pylon's
    official description (`Contact`). That description marks no property required; the spec requires `id`, which every
    contact has (it is the path parameter of get, update and delete). Decision: Pylon's SDK also requires `name`,
    `avatar_url` and `portal_role` (usepylon@0.1.0a4:usepylon/types/contact.py); the spec requires only what every
    source requires, and the mock always fills those three.

    """

    id: str
    """ The contact's ID. """
    name: str | Unset = UNSET
    """ The contact's name. """
    email: str | Unset = UNSET
    """ The contact's primary email, when it has one. """
    emails: list[str] | Unset = UNSET
    """ Every email of the contact. """
    phone_numbers: list[str] | Unset = UNSET
    """ Every phone number of the contact. """
    primary_phone_number: str | Unset = UNSET
    """ The contact's primary phone number, when it has one. """
    avatar_url: str | Unset = UNSET
    """ URL of the contact's avatar image. """
    account: MiniAccount | None | Unset = UNSET
    """ The account the contact belongs to. Decision: `account_id` is optional on create, so a contact can have no
    account; the spec accepts `null` as well as a missing key. """
    portal_role: PortalRole | str | Unset = UNSET
    """ The contact's portal role slug, kept for backwards compatibility (see `portal_role_id`). Decision: the
    official description lists only the three built-in roles here, but the seed lets an update set a custom role
    slug, so any slug is accepted. """
    portal_role_id: str | Unset = UNSET
    """ The ID of the contact's custom portal role. """
    custom_fields: ContactCustomFields | Unset = UNSET
    """ The contact's custom field values, keyed by custom field slug. Decision: a value may be null; Pylon's SDK
    types the values as Optional (usepylon@0.1.0a4:usepylon/types/contact.py). """
    external_ids: list[ExternalId] | Unset = UNSET
    """ The contact's external IDs. """
    integration_user_ids: list[IntegrationUserId] | Unset = UNSET
    """ The contact's user IDs in connected systems (Slack, Intercom, HubSpot, ...). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.mini_account import MiniAccount  # noqa: PLC0415

        id = self.id

        name = self.name

        email = self.email

        emails: list[str] | Unset = UNSET
        if not isinstance(self.emails, Unset):
            emails = self.emails

        phone_numbers: list[str] | Unset = UNSET
        if not isinstance(self.phone_numbers, Unset):
            phone_numbers = self.phone_numbers

        primary_phone_number = self.primary_phone_number

        avatar_url = self.avatar_url

        account: dict[str, Any] | None | Unset
        if isinstance(self.account, Unset):
            account = UNSET
        elif isinstance(self.account, MiniAccount):
            account = self.account.to_dict()
        else:
            account = self.account

        portal_role: str | Unset
        if isinstance(self.portal_role, Unset):
            portal_role = UNSET
        elif isinstance(self.portal_role, PortalRole):
            portal_role = self.portal_role.value
        else:
            portal_role = self.portal_role

        portal_role_id = self.portal_role_id

        custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields.to_dict()

        external_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.external_ids, Unset):
            external_ids = []
            for external_ids_item_data in self.external_ids:
                external_ids_item = external_ids_item_data.to_dict()
                external_ids.append(external_ids_item)

        integration_user_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.integration_user_ids, Unset):
            integration_user_ids = []
            for integration_user_ids_item_data in self.integration_user_ids:
                integration_user_ids_item = integration_user_ids_item_data.to_dict()
                integration_user_ids.append(integration_user_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if emails is not UNSET:
            field_dict["emails"] = emails
        if phone_numbers is not UNSET:
            field_dict["phone_numbers"] = phone_numbers
        if primary_phone_number is not UNSET:
            field_dict["primary_phone_number"] = primary_phone_number
        if avatar_url is not UNSET:
            field_dict["avatar_url"] = avatar_url
        if account is not UNSET:
            field_dict["account"] = account
        if portal_role is not UNSET:
            field_dict["portal_role"] = portal_role
        if portal_role_id is not UNSET:
            field_dict["portal_role_id"] = portal_role_id
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if external_ids is not UNSET:
            field_dict["external_ids"] = external_ids
        if integration_user_ids is not UNSET:
            field_dict["integration_user_ids"] = integration_user_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_custom_fields import ContactCustomFields  # noqa: PLC0415
        from ..models.external_id import ExternalId  # noqa: PLC0415
        from ..models.integration_user_id import IntegrationUserId  # noqa: PLC0415
        from ..models.mini_account import MiniAccount  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        email = d.pop("email", UNSET)

        emails = cast(list[str], d.pop("emails", UNSET))

        phone_numbers = cast(list[str], d.pop("phone_numbers", UNSET))

        primary_phone_number = d.pop("primary_phone_number", UNSET)

        avatar_url = d.pop("avatar_url", UNSET)

        def _parse_account(data: object) -> MiniAccount | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                account_type_0 = MiniAccount.from_dict(data)

                return account_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MiniAccount | None | Unset, data)

        account = _parse_account(d.pop("account", UNSET))

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
        custom_fields: ContactCustomFields | Unset
        if isinstance(_custom_fields, Unset):
            custom_fields = UNSET
        else:
            custom_fields = ContactCustomFields.from_dict(_custom_fields)

        _external_ids = d.pop("external_ids", UNSET)
        external_ids: list[ExternalId] | Unset = UNSET
        if _external_ids is not UNSET:
            external_ids = []
            for external_ids_item_data in _external_ids:
                external_ids_item = ExternalId.from_dict(external_ids_item_data)

                external_ids.append(external_ids_item)

        _integration_user_ids = d.pop("integration_user_ids", UNSET)
        integration_user_ids: list[IntegrationUserId] | Unset = UNSET
        if _integration_user_ids is not UNSET:
            integration_user_ids = []
            for integration_user_ids_item_data in _integration_user_ids:
                integration_user_ids_item = IntegrationUserId.from_dict(integration_user_ids_item_data)

                integration_user_ids.append(integration_user_ids_item)

        contact = cls(
            id=id,
            name=name,
            email=email,
            emails=emails,
            phone_numbers=phone_numbers,
            primary_phone_number=primary_phone_number,
            avatar_url=avatar_url,
            account=account,
            portal_role=portal_role,
            portal_role_id=portal_role_id,
            custom_fields=custom_fields,
            external_ids=external_ids,
            integration_user_ids=integration_user_ids,
        )

        contact.additional_properties = d
        return contact

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
