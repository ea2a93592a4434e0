from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gender import Gender
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_fields import CustomFields


T = TypeVar("T", bound="ContactCreate")


@_attrs_define
class ContactCreate:
    """The body of `POST /contacts`: the external identifier, every attribute of
    `ContactUpdate` and the custom fields; every attribute is optional.

    """

    external_id: None | str | Unset = UNSET
    """ An identifier from an external system; must be unique within the integration (the integration's slug). """
    external_origin: str | Unset = UNSET
    """ If not set, the integration's slug is used. """
    gender: Gender | None | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    birthday: None | str | Unset = UNSET
    """ A date (`YYYY-MM-DD`) or an RFC 3339 date-time (`2019-08-24T14:15:22Z`), of a day
    that exists (years 1000-9999).

    Decision: the seed declares this body field as a date-time (and its example sends
    `"2019-08-24T14:15:22Z"`) while the contact it returns carries a plain date
    (`"2019-08-24"`); the spec accepts both here, as a string with a pattern rather than
    a union of `date` and `date-time`.
     """
    title: None | str | Unset = UNSET
    title_suffix: None | str | Unset = UNSET
    position: None | str | Unset = UNSET
    locale: None | str | Unset = UNSET
    fax: None | str | Unset = UNSET
    telephone: None | str | Unset = UNSET
    telephone_private: None | str | Unset = UNSET
    mobile: None | str | Unset = UNSET
    mobile_private: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    email_private: None | str | Unset = UNSET
    address_street: None | str | Unset = UNSET
    address_street2: None | str | Unset = UNSET
    address_house: None | str | Unset = UNSET
    address_zip: None | str | Unset = UNSET
    address_state: None | str | Unset = UNSET
    address_town: None | str | Unset = UNSET
    address_country: str | Unset = UNSET
    """ Format: ISO 3166-1 alpha-2 / ISO 3166-1 alpha-3 / ISO 3166-1 numeric / name.

    Associates the contact with a country: Kanbert looks up the country from the value;
    a valid country code or name that does not exist yet is created, an invalid one
    falls back to the space's default country. Ignored if `address_country_id` is set.
     """
    address_country_id: None | str | Unset = UNSET
    """ The id of a country already present in the system (`CountryData`). """
    client_id: None | str | Unset = UNSET
    """ The id of the client the contact belongs to (`ClientData`). """
    owner_id: None | str | Unset = UNSET
    """ The id of the user who owns the contact (`UserData`). """
    custom_fields: CustomFields | str | Unset = UNSET
    """ The custom fields to set, keyed by the custom field's slug (`{<slug>: <value>}`).

    Decision: the seed's attribute list calls this an array of strings, but its own
    example is `"{<slug>: <value>}"`, an object keyed by slug written as a string.
    Following the examples (README rule 4), the spec takes the object (the read
    shape of `Contact.custom_fields`) and, so that the documented example
    validates, a string; send the object.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_fields import CustomFields  # noqa: PLC0415

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        external_origin = self.external_origin

        gender: None | str | Unset
        if isinstance(self.gender, Unset):
            gender = UNSET
        elif isinstance(self.gender, Gender):
            gender = self.gender.value
        else:
            gender = self.gender

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        birthday: None | str | Unset
        if isinstance(self.birthday, Unset):
            birthday = UNSET
        else:
            birthday = self.birthday

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        title_suffix: None | str | Unset
        if isinstance(self.title_suffix, Unset):
            title_suffix = UNSET
        else:
            title_suffix = self.title_suffix

        position: None | str | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        locale: None | str | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        else:
            locale = self.locale

        fax: None | str | Unset
        if isinstance(self.fax, Unset):
            fax = UNSET
        else:
            fax = self.fax

        telephone: None | str | Unset
        if isinstance(self.telephone, Unset):
            telephone = UNSET
        else:
            telephone = self.telephone

        telephone_private: None | str | Unset
        if isinstance(self.telephone_private, Unset):
            telephone_private = UNSET
        else:
            telephone_private = self.telephone_private

        mobile: None | str | Unset
        if isinstance(self.mobile, Unset):
            mobile = UNSET
        else:
            mobile = self.mobile

        mobile_private: None | str | Unset
        if isinstance(self.mobile_private, Unset):
            mobile_private = UNSET
        else:
            mobile_private = self.mobile_private

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        email_private: None | str | Unset
        if isinstance(self.email_private, Unset):
            email_private = UNSET
        else:
            email_private = self.email_private

        address_street: None | str | Unset
        if isinstance(self.address_street, Unset):
            address_street = UNSET
        else:
            address_street = self.address_street

        address_street2: None | str | Unset
        if isinstance(self.address_street2, Unset):
            address_street2 = UNSET
        else:
            address_street2 = self.address_street2

        address_house: None | str | Unset
        if isinstance(self.address_house, Unset):
            address_house = UNSET
        else:
            address_house = self.address_house

        address_zip: None | str | Unset
        if isinstance(self.address_zip, Unset):
            address_zip = UNSET
        else:
            address_zip = self.address_zip

        address_state: None | str | Unset
        if isinstance(self.address_state, Unset):
            address_state = UNSET
        else:
            address_state = self.address_state

        address_town: None | str | Unset
        if isinstance(self.address_town, Unset):
            address_town = UNSET
        else:
            address_town = self.address_town

        address_country = self.address_country

        address_country_id: None | str | Unset
        if isinstance(self.address_country_id, Unset):
            address_country_id = UNSET
        else:
            address_country_id = self.address_country_id

        client_id: None | str | Unset
        if isinstance(self.client_id, Unset):
            client_id = UNSET
        else:
            client_id = self.client_id

        owner_id: None | str | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        else:
            owner_id = self.owner_id

        custom_fields: dict[str, Any] | str | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, CustomFields):
            custom_fields = self.custom_fields.to_dict()
        else:
            custom_fields = self.custom_fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if external_origin is not UNSET:
            field_dict["external_origin"] = external_origin
        if gender is not UNSET:
            field_dict["gender"] = gender
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if birthday is not UNSET:
            field_dict["birthday"] = birthday
        if title is not UNSET:
            field_dict["title"] = title
        if title_suffix is not UNSET:
            field_dict["title_suffix"] = title_suffix
        if position is not UNSET:
            field_dict["position"] = position
        if locale is not UNSET:
            field_dict["locale"] = locale
        if fax is not UNSET:
            field_dict["fax"] = fax
        if telephone is not UNSET:
            field_dict["telephone"] = telephone
        if telephone_private is not UNSET:
            field_dict["telephone_private"] = telephone_private
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if mobile_private is not UNSET:
            field_dict["mobile_private"] = mobile_private
        if email is not UNSET:
            field_dict["email"] = email
        if email_private is not UNSET:
            field_dict["email_private"] = email_private
        if address_street is not UNSET:
            field_dict["address_street"] = address_street
        if address_street2 is not UNSET:
            field_dict["address_street2"] = address_street2
        if address_house is not UNSET:
            field_dict["address_house"] = address_house
        if address_zip is not UNSET:
            field_dict["address_zip"] = address_zip
        if address_state is not UNSET:
            field_dict["address_state"] = address_state
        if address_town is not UNSET:
            field_dict["address_town"] = address_town
        if address_country is not UNSET:
            field_dict["address_country"] = address_country
        if address_country_id is not UNSET:
            field_dict["address_country_id"] = address_country_id
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_fields import CustomFields  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("external_id", UNSET))

        external_origin = d.pop("external_origin", UNSET)

        def _parse_gender(data: object) -> Gender | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                gender_type_0 = Gender(data)

                return gender_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Gender | None | Unset, data)

        gender = _parse_gender(d.pop("gender", UNSET))

        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(d.pop("first_name", UNSET))

        def _parse_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_name = _parse_last_name(d.pop("last_name", UNSET))

        def _parse_birthday(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        birthday = _parse_birthday(d.pop("birthday", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_title_suffix(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title_suffix = _parse_title_suffix(d.pop("title_suffix", UNSET))

        def _parse_position(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

        def _parse_locale(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        locale = _parse_locale(d.pop("locale", UNSET))

        def _parse_fax(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fax = _parse_fax(d.pop("fax", UNSET))

        def _parse_telephone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        telephone = _parse_telephone(d.pop("telephone", UNSET))

        def _parse_telephone_private(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        telephone_private = _parse_telephone_private(d.pop("telephone_private", UNSET))

        def _parse_mobile(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mobile = _parse_mobile(d.pop("mobile", UNSET))

        def _parse_mobile_private(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mobile_private = _parse_mobile_private(d.pop("mobile_private", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_email_private(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email_private = _parse_email_private(d.pop("email_private", UNSET))

        def _parse_address_street(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address_street = _parse_address_street(d.pop("address_street", UNSET))

        def _parse_address_street2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address_street2 = _parse_address_street2(d.pop("address_street2", UNSET))

        def _parse_address_house(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address_house = _parse_address_house(d.pop("address_house", UNSET))

        def _parse_address_zip(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address_zip = _parse_address_zip(d.pop("address_zip", UNSET))

        def _parse_address_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address_state = _parse_address_state(d.pop("address_state", UNSET))

        def _parse_address_town(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address_town = _parse_address_town(d.pop("address_town", UNSET))

        address_country = d.pop("address_country", UNSET)

        def _parse_address_country_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address_country_id = _parse_address_country_id(d.pop("address_country_id", UNSET))

        def _parse_client_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_id = _parse_client_id(d.pop("client_id", UNSET))

        def _parse_owner_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        owner_id = _parse_owner_id(d.pop("owner_id", UNSET))

        def _parse_custom_fields(data: object) -> CustomFields | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_fields_type_0 = CustomFields.from_dict(data)

                return custom_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomFields | str | Unset, data)

        custom_fields = _parse_custom_fields(d.pop("custom_fields", UNSET))

        contact_create = cls(
            external_id=external_id,
            external_origin=external_origin,
            gender=gender,
            first_name=first_name,
            last_name=last_name,
            birthday=birthday,
            title=title,
            title_suffix=title_suffix,
            position=position,
            locale=locale,
            fax=fax,
            telephone=telephone,
            telephone_private=telephone_private,
            mobile=mobile,
            mobile_private=mobile_private,
            email=email,
            email_private=email_private,
            address_street=address_street,
            address_street2=address_street2,
            address_house=address_house,
            address_zip=address_zip,
            address_state=address_state,
            address_town=address_town,
            address_country=address_country,
            address_country_id=address_country_id,
            client_id=client_id,
            owner_id=owner_id,
            custom_fields=custom_fields,
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
