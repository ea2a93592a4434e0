from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.client_record import ClientRecord
    from ..models.company import Company
    from ..models.contact_company_pivot import ContactCompanyPivot
    from ..models.country import Country
    from ..models.custom_fields import CustomFields
    from ..models.user import User


T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact:
    """A contact (the seed's `ContactData`). `companies` is present only when requested with
    `include=companies`; `contact_company` only when the contact is loaded through a
    contact-company relationship.

    """

    id: str
    external_id: None | str
    """ An identifier of the contact in an external system; must be unique. """
    external_origin: None | str
    """ The origin (the integration's slug) of a contact that came from an external system. """
    gender: None | str
    """ Decision: the seed documents the read shape as a plain string (its example is
    `"string"`) while the write shapes take `f`, `m` or `x`; the read shape stays a free
    string so that the documented example validates and other stored values do not break
    a client.
     """
    first_name: None | str
    last_name: None | str
    title: None | str
    title_suffix: None | str
    position: None | str
    locale: None | str
    birthday: datetime.date | None
    """ A date (`YYYY-MM-DD`). Decision: the read shape and every example of it give a plain
    date, so it is a date here; the write shapes accept a date-time as well (see
    `ContactUpdate.birthday`).
     """
    fax: None | str
    telephone: None | str
    telephone_private: None | str
    mobile: None | str
    mobile_private: None | str
    email: None | str
    email_private: None | str
    address_street: None | str
    address_house: None | str
    address_street2: None | str
    address_zip: None | str
    address_state: None | str
    address_town: None | str
    address_country: Country | None
    """ The contact's country. """
    owner: None | User
    """ The user who owns the contact. """
    client: ClientRecord | None
    """ The client the contact belongs to. """
    custom_fields: CustomFields | str
    """ The contact's custom fields: the key is the field name of a custom field, the value's
    type depends on the field's type.

    Decision: the seed shows custom fields in three shapes: an object whose values are
    strings, booleans, integers or null (the read shape's attribute list), an array of
    strings (the create body's attribute list) and a string (every example:
    `"['custom_field_1' => 'value', 'custom_field_2' => true]"` here,
    `"{<slug>: <value>}"` in the create body). The object is the shape the attribute
    list documents and what the examples' PHP and placeholder notation describe; a
    string is accepted as well because the documented examples are strings.
     """
    created_at: datetime.datetime
    updated_at: datetime.datetime | None
    deleted_at: datetime.datetime | None
    """ When the contact was deleted; `null` for a contact that is not deleted. """
    companies: list[Company] | Unset = UNSET
    """ The contact's companies; present with `include=companies`. """
    contact_company: ContactCompanyPivot | Unset = UNSET
    """ The contact-company link (the seed's `ContactCompanyPivotData`), added when included via
    a relationship (contact -> companies or company -> contacts).

    Decision: the seed shows only the example `{"position": "string"}`; `position` is
    nullable because attaching a contact to a company does not require one.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.client_record import ClientRecord  # noqa: PLC0415
        from ..models.country import Country  # noqa: PLC0415
        from ..models.custom_fields import CustomFields  # noqa: PLC0415
        from ..models.user import User  # noqa: PLC0415

        id = self.id

        external_id: None | str
        external_id = self.external_id

        external_origin: None | str
        external_origin = self.external_origin

        gender: None | str
        gender = self.gender

        first_name: None | str
        first_name = self.first_name

        last_name: None | str
        last_name = self.last_name

        title: None | str
        title = self.title

        title_suffix: None | str
        title_suffix = self.title_suffix

        position: None | str
        position = self.position

        locale: None | str
        locale = self.locale

        birthday: None | str
        if isinstance(self.birthday, datetime.date):
            birthday = self.birthday.isoformat()
        else:
            birthday = self.birthday

        fax: None | str
        fax = self.fax

        telephone: None | str
        telephone = self.telephone

        telephone_private: None | str
        telephone_private = self.telephone_private

        mobile: None | str
        mobile = self.mobile

        mobile_private: None | str
        mobile_private = self.mobile_private

        email: None | str
        email = self.email

        email_private: None | str
        email_private = self.email_private

        address_street: None | str
        address_street = self.address_street

        address_house: None | str
        address_house = self.address_house

        address_street2: None | str
        address_street2 = self.address_street2

        address_zip: None | str
        address_zip = self.address_zip

        address_state: None | str
        address_state = self.address_state

        address_town: None | str
        address_town = self.address_town

        address_country: dict[str, Any] | None
        if isinstance(self.address_country, Country):
            address_country = self.address_country.to_dict()
        else:
            address_country = self.address_country

        owner: dict[str, Any] | None
        if isinstance(self.owner, User):
            owner = self.owner.to_dict()
        else:
            owner = self.owner

        client: dict[str, Any] | None
        if isinstance(self.client, ClientRecord):
            client = self.client.to_dict()
        else:
            client = self.client

        custom_fields: dict[str, Any] | str
        if isinstance(self.custom_fields, CustomFields):
            custom_fields = self.custom_fields.to_dict()
        else:
            custom_fields = self.custom_fields

        created_at = self.created_at.isoformat()

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        deleted_at: None | str
        if isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        companies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.companies, Unset):
            companies = []
            for companies_item_data in self.companies:
                companies_item = companies_item_data.to_dict()
                companies.append(companies_item)

        contact_company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact_company, Unset):
            contact_company = self.contact_company.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "external_id": external_id,
                "external_origin": external_origin,
                "gender": gender,
                "first_name": first_name,
                "last_name": last_name,
                "title": title,
                "title_suffix": title_suffix,
                "position": position,
                "locale": locale,
                "birthday": birthday,
                "fax": fax,
                "telephone": telephone,
                "telephone_private": telephone_private,
                "mobile": mobile,
                "mobile_private": mobile_private,
                "email": email,
                "email_private": email_private,
                "address_street": address_street,
                "address_house": address_house,
                "address_street2": address_street2,
                "address_zip": address_zip,
                "address_state": address_state,
                "address_town": address_town,
                "address_country": address_country,
                "owner": owner,
                "client": client,
                "custom_fields": custom_fields,
                "created_at": created_at,
                "updated_at": updated_at,
                "deleted_at": deleted_at,
            }
        )
        if companies is not UNSET:
            field_dict["companies"] = companies
        if contact_company is not UNSET:
            field_dict["contact_company"] = contact_company

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.client_record import ClientRecord  # noqa: PLC0415
        from ..models.company import Company  # noqa: PLC0415
        from ..models.contact_company_pivot import ContactCompanyPivot  # noqa: PLC0415
        from ..models.country import Country  # noqa: PLC0415
        from ..models.custom_fields import CustomFields  # noqa: PLC0415
        from ..models.user import User  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_external_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        external_id = _parse_external_id(d.pop("external_id"))

        def _parse_external_origin(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        external_origin = _parse_external_origin(d.pop("external_origin"))

        def _parse_gender(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        gender = _parse_gender(d.pop("gender"))

        def _parse_first_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        first_name = _parse_first_name(d.pop("first_name"))

        def _parse_last_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_name = _parse_last_name(d.pop("last_name"))

        def _parse_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        title = _parse_title(d.pop("title"))

        def _parse_title_suffix(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        title_suffix = _parse_title_suffix(d.pop("title_suffix"))

        def _parse_position(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        position = _parse_position(d.pop("position"))

        def _parse_locale(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        locale = _parse_locale(d.pop("locale"))

        def _parse_birthday(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                birthday_type_0 = datetime.date.fromisoformat(data)

                return birthday_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        birthday = _parse_birthday(d.pop("birthday"))

        def _parse_fax(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        fax = _parse_fax(d.pop("fax"))

        def _parse_telephone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        telephone = _parse_telephone(d.pop("telephone"))

        def _parse_telephone_private(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        telephone_private = _parse_telephone_private(d.pop("telephone_private"))

        def _parse_mobile(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        mobile = _parse_mobile(d.pop("mobile"))

        def _parse_mobile_private(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        mobile_private = _parse_mobile_private(d.pop("mobile_private"))

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))

        def _parse_email_private(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email_private = _parse_email_private(d.pop("email_private"))

        def _parse_address_street(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        address_street = _parse_address_street(d.pop("address_street"))

        def _parse_address_house(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        address_house = _parse_address_house(d.pop("address_house"))

        def _parse_address_street2(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        address_street2 = _parse_address_street2(d.pop("address_street2"))

        def _parse_address_zip(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        address_zip = _parse_address_zip(d.pop("address_zip"))

        def _parse_address_state(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        address_state = _parse_address_state(d.pop("address_state"))

        def _parse_address_town(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        address_town = _parse_address_town(d.pop("address_town"))

        def _parse_address_country(data: object) -> Country | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                address_country_type_0 = Country.from_dict(data)

                return address_country_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Country | None, data)

        address_country = _parse_address_country(d.pop("address_country"))

        def _parse_owner(data: object) -> None | User:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                owner_type_0 = User.from_dict(data)

                return owner_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | User, data)

        owner = _parse_owner(d.pop("owner"))

        def _parse_client(data: object) -> ClientRecord | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                client_type_0 = ClientRecord.from_dict(data)

                return client_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClientRecord | None, data)

        client = _parse_client(d.pop("client"))

        def _parse_custom_fields(data: object) -> CustomFields | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_fields_type_0 = CustomFields.from_dict(data)

                return custom_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomFields | str, data)

        custom_fields = _parse_custom_fields(d.pop("custom_fields"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_updated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        updated_at = _parse_updated_at(d.pop("updated_at"))

        def _parse_deleted_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deleted_at_type_0 = datetime.datetime.fromisoformat(data)

                return deleted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        deleted_at = _parse_deleted_at(d.pop("deleted_at"))

        _companies = d.pop("companies", UNSET)
        companies: list[Company] | Unset = UNSET
        if _companies is not UNSET:
            companies = []
            for companies_item_data in _companies:
                companies_item = Company.from_dict(companies_item_data)

                companies.append(companies_item)

        _contact_company = d.pop("contact_company", UNSET)
        contact_company: ContactCompanyPivot | Unset
        if isinstance(_contact_company, Unset):
            contact_company = UNSET
        else:
            contact_company = ContactCompanyPivot.from_dict(_contact_company)

        contact = cls(
            id=id,
            external_id=external_id,
            external_origin=external_origin,
            gender=gender,
            first_name=first_name,
            last_name=last_name,
            title=title,
            title_suffix=title_suffix,
            position=position,
            locale=locale,
            birthday=birthday,
            fax=fax,
            telephone=telephone,
            telephone_private=telephone_private,
            mobile=mobile,
            mobile_private=mobile_private,
            email=email,
            email_private=email_private,
            address_street=address_street,
            address_house=address_house,
            address_street2=address_street2,
            address_zip=address_zip,
            address_state=address_state,
            address_town=address_town,
            address_country=address_country,
            owner=owner,
            client=client,
            custom_fields=custom_fields,
            created_at=created_at,
            updated_at=updated_at,
            deleted_at=deleted_at,
            companies=companies,
            contact_company=contact_company,
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
