from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_company_pivot import ContactCompanyPivot


T = TypeVar("T", bound="Company")


@_attrs_define
class Company:
    """A company (the seed's `CompanyData`).

    Decision: the seed names `CompanyData` but never prints it; the properties here are
    the fields of the filter DSL's `companies` relation, none of them required and all but
    `id` nullable. `contact_company` (the link to the contact) is inferred from the note on
    `Contact.contact_company` ("contact -> companies").

    """

    id: str | Unset = UNSET
    external_id: None | str | Unset = UNSET
    company_name: None | str | Unset = UNSET
    external_origin: None | str | Unset = UNSET
    tax_uid: None | str | Unset = UNSET
    iban: None | str | Unset = UNSET
    bic: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    fax: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    email_general: None | str | Unset = UNSET
    homepage: None | str | Unset = UNSET
    contact_company: ContactCompanyPivot | Unset = UNSET
    """ The contact-company link (the seed's `ContactCompanyPivotData`), added when included via
    a relationship (contact -> companies or company -> contacts).

    Decision: the seed shows only the example `{"position": "string"}`; `position` is
    nullable because attaching a contact to a company does not require one.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        external_origin: None | str | Unset
        if isinstance(self.external_origin, Unset):
            external_origin = UNSET
        else:
            external_origin = self.external_origin

        tax_uid: None | str | Unset
        if isinstance(self.tax_uid, Unset):
            tax_uid = UNSET
        else:
            tax_uid = self.tax_uid

        iban: None | str | Unset
        if isinstance(self.iban, Unset):
            iban = UNSET
        else:
            iban = self.iban

        bic: None | str | Unset
        if isinstance(self.bic, Unset):
            bic = UNSET
        else:
            bic = self.bic

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        fax: None | str | Unset
        if isinstance(self.fax, Unset):
            fax = UNSET
        else:
            fax = self.fax

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        email_general: None | str | Unset
        if isinstance(self.email_general, Unset):
            email_general = UNSET
        else:
            email_general = self.email_general

        homepage: None | str | Unset
        if isinstance(self.homepage, Unset):
            homepage = UNSET
        else:
            homepage = self.homepage

        contact_company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact_company, Unset):
            contact_company = self.contact_company.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if external_origin is not UNSET:
            field_dict["external_origin"] = external_origin
        if tax_uid is not UNSET:
            field_dict["tax_uid"] = tax_uid
        if iban is not UNSET:
            field_dict["iban"] = iban
        if bic is not UNSET:
            field_dict["bic"] = bic
        if phone is not UNSET:
            field_dict["phone"] = phone
        if fax is not UNSET:
            field_dict["fax"] = fax
        if email is not UNSET:
            field_dict["email"] = email
        if email_general is not UNSET:
            field_dict["email_general"] = email_general
        if homepage is not UNSET:
            field_dict["homepage"] = homepage
        if contact_company is not UNSET:
            field_dict["contact_company"] = contact_company

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_company_pivot import ContactCompanyPivot  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("external_id", UNSET))

        def _parse_company_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_name = _parse_company_name(d.pop("company_name", UNSET))

        def _parse_external_origin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_origin = _parse_external_origin(d.pop("external_origin", UNSET))

        def _parse_tax_uid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tax_uid = _parse_tax_uid(d.pop("tax_uid", UNSET))

        def _parse_iban(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        iban = _parse_iban(d.pop("iban", UNSET))

        def _parse_bic(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bic = _parse_bic(d.pop("bic", UNSET))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_fax(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fax = _parse_fax(d.pop("fax", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_email_general(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email_general = _parse_email_general(d.pop("email_general", UNSET))

        def _parse_homepage(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        homepage = _parse_homepage(d.pop("homepage", UNSET))

        _contact_company = d.pop("contact_company", UNSET)
        contact_company: ContactCompanyPivot | Unset
        if isinstance(_contact_company, Unset):
            contact_company = UNSET
        else:
            contact_company = ContactCompanyPivot.from_dict(_contact_company)

        company = cls(
            id=id,
            external_id=external_id,
            company_name=company_name,
            external_origin=external_origin,
            tax_uid=tax_uid,
            iban=iban,
            bic=bic,
            phone=phone,
            fax=fax,
            email=email,
            email_general=email_general,
            homepage=homepage,
            contact_company=contact_company,
        )

        company.additional_properties = d
        return company

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
