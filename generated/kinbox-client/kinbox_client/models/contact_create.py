from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_create_custom_fields import ContactCreateCustomFields


T = TypeVar("T", bound="ContactCreate")


@_attrs_define
class ContactCreate:
    """The body of `POST /contacts`. Only `customFields` is required (the seed marks it required and nothing else)."""

    custom_fields: ContactCreateCustomFields
    """ Values of the workspace's custom fields. Decision: the seed documents this only as "object" and its request
    example is `{}`; the write shape of a custom field is not documented, so any object is accepted (the 201
    response shows each field read back as `{"value": ...}`). """
    name: str | Unset = UNSET
    """ The contact's full name or business name. """
    avatar: str | Unset = UNSET
    """ URL of the contact image. Decision: a plain string, not `format: uri`, because the seed types it as string
    and its example is the placeholder `<string>`. """
    email: str | Unset = UNSET
    """ The contact's email address. Decision: a plain string, not `format: email`, because the seed types it as
    string and its example is the placeholder `<string>`. """
    phone: str | Unset = UNSET
    """ The contact's phone number. """
    origin: str | Unset = UNSET
    """ Where the contact came from (undocumented by the vendor beyond its type). """
    location: str | Unset = UNSET
    """ The contact's location (undocumented by the vendor beyond its type). """
    notes: str | Unset = UNSET
    """ The contact's notes. """
    is_private: bool | Unset = UNSET
    """ Private contacts can only be seen by users who have the permission to view private contacts. """
    external_id: str | Unset = UNSET
    """ An external id to integrate with external systems. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_fields = self.custom_fields.to_dict()

        name = self.name

        avatar = self.avatar

        email = self.email

        phone = self.phone

        origin = self.origin

        location = self.location

        notes = self.notes

        is_private = self.is_private

        external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customFields": custom_fields,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if origin is not UNSET:
            field_dict["origin"] = origin
        if location is not UNSET:
            field_dict["location"] = location
        if notes is not UNSET:
            field_dict["notes"] = notes
        if is_private is not UNSET:
            field_dict["isPrivate"] = is_private
        if external_id is not UNSET:
            field_dict["externalId"] = external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_create_custom_fields import ContactCreateCustomFields  # noqa: PLC0415

        d = dict(src_dict)
        custom_fields = ContactCreateCustomFields.from_dict(d.pop("customFields"))

        name = d.pop("name", UNSET)

        avatar = d.pop("avatar", UNSET)

        email = d.pop("email", UNSET)

        phone = d.pop("phone", UNSET)

        origin = d.pop("origin", UNSET)

        location = d.pop("location", UNSET)

        notes = d.pop("notes", UNSET)

        is_private = d.pop("isPrivate", UNSET)

        external_id = d.pop("externalId", UNSET)

        contact_create = cls(
            custom_fields=custom_fields,
            name=name,
            avatar=avatar,
            email=email,
            phone=phone,
            origin=origin,
            location=location,
            notes=notes,
            is_private=is_private,
            external_id=external_id,
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
