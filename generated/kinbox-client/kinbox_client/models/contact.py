from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_custom_fields import ContactCustomFields
    from ..models.crm_data import CrmData


T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact:
    """A contact as the 201 response of `POST /contacts` returns it. The required list is the seed's. Decision: the seed
    types `externalId`, `origin`, `location`, `facebookId`, `instagramId` and `telegramId` as required strings and so
    does this schema, although a freshly created contact may well carry empty values for the channel ids.

    """

    id: str
    """ The contact's id. """
    external_id: str
    """ An external id to integrate with external systems. """
    origin: str
    """ Where the contact came from. """
    location: str
    """ The contact's location. """
    facebook_id: str
    """ The contact's Facebook id. """
    instagram_id: str
    """ The contact's Instagram id. """
    telegram_id: str
    """ The contact's Telegram id. """
    is_imported: bool
    """ Whether the contact was imported. """
    has_conversation: bool
    """ Whether the contact has a conversation. """
    new_contact: bool
    """ Whether the contact was newly created by this request. """
    custom_fields: ContactCustomFields
    """ The contact's custom field values, keyed by the custom field's key. Decision: the seed types this only as
    "object"; its example (`{"cpf": {"value": "060.715.303-54"}}`) shows each entry as an object holding `value`,
    and that is the shape modelled here. """
    crm_data: CrmData
    """ CRM and attribution data Kinbox keeps for the contact. Decision: the seed types `crmData` only as a required
    "object"; its keys are modelled from the documented response example and none of them is required, since the
    seed never says they are. """
    name: str | Unset = UNSET
    """ The contact's full name or business name. """
    email: str | Unset = UNSET
    """ The contact's email address. """
    phone: str | Unset = UNSET
    """ The contact's phone number. """
    avatar: str | Unset = UNSET
    """ URL of the contact image. """
    notes: str | Unset = UNSET
    """ The contact's notes. """
    is_private: bool | Unset = UNSET
    """ Private contacts can only be seen by users who have the permission to view private contacts. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        external_id = self.external_id

        origin = self.origin

        location = self.location

        facebook_id = self.facebook_id

        instagram_id = self.instagram_id

        telegram_id = self.telegram_id

        is_imported = self.is_imported

        has_conversation = self.has_conversation

        new_contact = self.new_contact

        custom_fields = self.custom_fields.to_dict()

        crm_data = self.crm_data.to_dict()

        name = self.name

        email = self.email

        phone = self.phone

        avatar = self.avatar

        notes = self.notes

        is_private = self.is_private

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "externalId": external_id,
                "origin": origin,
                "location": location,
                "facebookId": facebook_id,
                "instagramId": instagram_id,
                "telegramId": telegram_id,
                "isImported": is_imported,
                "hasConversation": has_conversation,
                "newContact": new_contact,
                "customFields": custom_fields,
                "crmData": crm_data,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if notes is not UNSET:
            field_dict["notes"] = notes
        if is_private is not UNSET:
            field_dict["isPrivate"] = is_private

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_custom_fields import ContactCustomFields  # noqa: PLC0415
        from ..models.crm_data import CrmData  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        external_id = d.pop("externalId")

        origin = d.pop("origin")

        location = d.pop("location")

        facebook_id = d.pop("facebookId")

        instagram_id = d.pop("instagramId")

        telegram_id = d.pop("telegramId")

        is_imported = d.pop("isImported")

        has_conversation = d.pop("hasConversation")

        new_contact = d.pop("newContact")

        custom_fields = ContactCustomFields.from_dict(d.pop("customFields"))

        crm_data = CrmData.from_dict(d.pop("crmData"))

        name = d.pop("name", UNSET)

        email = d.pop("email", UNSET)

        phone = d.pop("phone", UNSET)

        avatar = d.pop("avatar", UNSET)

        notes = d.pop("notes", UNSET)

        is_private = d.pop("isPrivate", UNSET)

        contact = cls(
            id=id,
            external_id=external_id,
            origin=origin,
            location=location,
            facebook_id=facebook_id,
            instagram_id=instagram_id,
            telegram_id=telegram_id,
            is_imported=is_imported,
            has_conversation=has_conversation,
            new_contact=new_contact,
            custom_fields=custom_fields,
            crm_data=crm_data,
            name=name,
            email=email,
            phone=phone,
            avatar=avatar,
            notes=notes,
            is_private=is_private,
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
