from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_kind import ContactKind
from ..models.contact_source_default import ContactSourceDefault
from ..models.contact_status import ContactStatus
from ..models.contact_type_default import ContactTypeDefault
from ..models.gender import Gender
from ..models.investment_objective_default import InvestmentObjectiveDefault
from ..models.marital_status_default import MaritalStatusDefault
from ..models.risk_tolerance import RiskTolerance
from ..models.time_horizon import TimeHorizon
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_role_value import ContactRoleValue
    from ..models.custom_field import CustomField
    from ..models.drivers_license import DriversLicense
    from ..models.email_address import EmailAddress
    from ..models.household import Household
    from ..models.mailing_address import MailingAddress
    from ..models.occupation import Occupation
    from ..models.phone_number import PhoneNumber
    from ..models.tag import Tag
    from ..models.website import Website


T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact:
    """A contact: a person, household, organization or trust. Decision: the seed marks `first_name` and `last_name` as
    required in the read shape, but the `deleted` filter of the contact list returns contacts with only `id` and
    `deleted_at`; the read shape therefore requires neither (they are required when creating a contact). Decision: the
    seed's DELETE section repeats `birth_date`, `anniversary`, `client_since` and `date_of_death` at the end of the
    attribute list; they are the same attributes.

    """

    id: int
    """ The id of the object. """
    creator: int | Unset = UNSET
    """ The id of the user who created the object. """
    created_at: str | Unset = UNSET
    """ A Wealthbox timestamp: date, 12-hour time with AM/PM and the UTC offset, e.g. `2015-05-24 10:00 AM -0400`.
    Not RFC 3339, so the spec does not declare `format: date-time`. The pattern admits only days that exist (years
    1000-9999), hours 1-12 and offsets within -1400..+1400. """
    updated_at: str | Unset = UNSET
    """ A Wealthbox timestamp: date, 12-hour time with AM/PM and the UTC offset, e.g. `2015-05-24 10:00 AM -0400`.
    Not RFC 3339, so the spec does not declare `format: date-time`. The pattern admits only days that exist (years
    1000-9999), hours 1-12 and offsets within -1400..+1400. """
    name: None | str | Unset = UNSET
    """ The full name of the contact: the name of a household, organization or trust, and the display name of a
    person. Decision: the seed documents `name` only on the contact's `household`; wealthbox-
    cli@2.5.0:wealthbox_tools/cli/contacts.py creates households, organizations and trusts with `name` alone and
    shows `name` for every contact (its default list fields), so `name` is read and written. """
    external_unique_id: None | str | Unset = UNSET
    """ An identifier of the contact in an external system. Decision: not in the seed; wealthbox-
    cli@2.5.0:wealthbox_tools/models/contacts.py writes it and filters the contact list by it. """
    visible_to: None | str | Unset = UNSET
    """ The name of the user group which is able to view the contact, e.g. `Everyone`. """
    prefix: None | str | Unset = UNSET
    """ The preferred prefix for the Contact. """
    first_name: None | str | Unset = UNSET
    """ The first name of the Contact. """
    middle_name: None | str | Unset = UNSET
    """ The middle name of the Contact. """
    last_name: None | str | Unset = UNSET
    """ The last name of the Contact. """
    suffix: None | str | Unset = UNSET
    """ The suffix associated with the Contact. """
    nickname: None | str | Unset = UNSET
    """ A preferred shortname for the Contact. """
    job_title: None | str | Unset = UNSET
    """ The title the contact holds at his/her present company. """
    company_name: None | str | Unset = UNSET
    """ The name of the contact's present company (the company the person is employed with). Decision: the seed
    lists `company_name` twice in the read shape, once with each of these descriptions; the spec declares it once.
    """
    twitter_name: None | str | Unset = UNSET
    """ The twitter handle of the contact. """
    linkedin_url: None | str | Unset = UNSET
    """ The LinkedIn url for the contact. """
    background_information: None | str | Unset = UNSET
    """ A brief description of the contact in a longer format. """
    birth_date: None | str | Unset = UNSET
    anniversary: None | str | Unset = UNSET
    client_since: None | str | Unset = UNSET
    date_of_death: None | str | Unset = UNSET
    assigned_to: int | None | Unset = UNSET
    """ The id of the User who is assigned to this contact. """
    referred_by: int | None | Unset = UNSET
    """ The id of the Contact who referred this Contact to the firm. """
    type_: ContactKind | None | Unset = UNSET
    gender: Gender | None | Unset = UNSET
    contact_source: ContactSourceDefault | None | str | Unset = UNSET
    contact_type: ContactTypeDefault | None | str | Unset = UNSET
    status: ContactStatus | None | Unset = UNSET
    marital_status: MaritalStatusDefault | None | str | Unset = UNSET
    attorney: int | None | Unset = UNSET
    """ The id of the Contact acting as this Contact's attorney. """
    cpa: int | None | Unset = UNSET
    """ The id of the Contact acting as this Contact's accountant. """
    doctor: int | None | Unset = UNSET
    """ The id of the Contact acting as this Contact's doctor. """
    insurance: int | None | Unset = UNSET
    """ The id of the Contact acting as this Contact's insurance agent. """
    business_manager: int | None | Unset = UNSET
    """ The id of the Contact acting as this Contact's business manager. """
    family_officer: int | None | Unset = UNSET
    """ The id of the Contact acting as this Contact's family officer. """
    assistant: int | None | Unset = UNSET
    """ The id of the Contact acting as this Contact's assistant. """
    other: int | None | Unset = UNSET
    """ The id of the Contact acting as this Contact's other. """
    trusted_contact: int | None | Unset = UNSET
    """ The id of the Contact acting as this Contact's trusted contact. """
    important_information: None | str | Unset = UNSET
    """ A block of text containing any other important info for the Contact. """
    personal_interests: None | str | Unset = UNSET
    """ A block of text containing personal interests for the Contact. """
    investment_objective: InvestmentObjectiveDefault | None | str | Unset = UNSET
    time_horizon: None | TimeHorizon | Unset = UNSET
    risk_tolerance: None | RiskTolerance | Unset = UNSET
    mutual_fund_experience: float | None | Unset = UNSET
    """ Years of experience the contact has in the mutual fund market. """
    stocks_and_bonds_experience: float | None | Unset = UNSET
    """ Years of experience the contact has in the stocks and bonds fund market. """
    partnerships_experience: float | None | Unset = UNSET
    """ Years of experience the contact has in partnerships. """
    other_investing_experience: float | None | Unset = UNSET
    """ Years of experience the contact has in other aspects of the investment world. """
    gross_annual_income: float | None | Unset = UNSET
    """ The Contact's estimated gross annual income. """
    assets: float | None | Unset = UNSET
    """ The value of all of the Contact's holdings. """
    non_liquid_assets: float | None | Unset = UNSET
    """ The value of all of the Contact's holdings that are illiquid. """
    liabilities: float | None | Unset = UNSET
    """ The total value of the Contact's liabilities. """
    adjusted_gross_income: float | None | Unset = UNSET
    """ The Contact's annual income adjusted for tax withholdings. """
    estimated_taxes: float | None | Unset = UNSET
    """ The total amount of taxes paid by the Contact during a tax year. """
    confirmed_by_tax_return: bool | None | Unset = UNSET
    """ Flag to indicate if the Contact's adjusted gross income and estimated taxes have been confirmed by their tax
    return. """
    tax_year: int | None | Unset = UNSET
    """ The year of the tax return that was used to confirm the Contact's income and tax liability. """
    tax_bracket: float | None | Unset = UNSET
    """ Tax bracket that the Contact sits in according to the last recorded tax return. """
    birth_place: None | str | Unset = UNSET
    """ The city/state where the Contact was born. """
    maiden_name: None | str | Unset = UNSET
    """ The maiden name of the Contact, if any. """
    passport_number: None | str | Unset = UNSET
    """ The passport number of the Contact. """
    green_card_number: None | str | Unset = UNSET
    """ The green card number of the Contact. """
    occupation: None | Occupation | Unset = UNSET
    drivers_license: DriversLicense | None | Unset = UNSET
    retirement_date: None | str | Unset = UNSET
    signed_fee_agreement_date: None | str | Unset = UNSET
    signed_ips_agreement_date: None | str | Unset = UNSET
    signed_fp_agreement_date: None | str | Unset = UNSET
    last_adv_offering_date: None | str | Unset = UNSET
    initial_crs_offering_date: None | str | Unset = UNSET
    last_crs_offering_date: None | str | Unset = UNSET
    last_privacy_offering_date: None | str | Unset = UNSET
    household: Household | Unset = UNSET
    """ A household. On a contact it also carries the contact's `title` within it; the household member endpoints
    return it with only `id` and `members`. """
    image: str | Unset = UNSET
    """ An expiring URL (valid for 7 days) that links to the headshot of the contact. """
    tags: list[Tag] | Unset = UNSET
    """ The tags that are associated with the contact. """
    street_addresses: list[MailingAddress] | Unset = UNSET
    """ The street addresses associated with the contact. """
    email_addresses: list[EmailAddress] | Unset = UNSET
    """ The email addresses associated with the contact. """
    phone_numbers: list[PhoneNumber] | Unset = UNSET
    """ The phone numbers associated with the contact. """
    websites: list[Website] | Unset = UNSET
    """ The websites associated with the contact. """
    custom_fields: list[CustomField] | Unset = UNSET
    """ The custom fields of this contact. """
    contact_roles: list[ContactRoleValue] | Unset = UNSET
    """ The contact roles of this contact, with their assigned options. """
    deleted_at: str | Unset = UNSET
    """ A timestamp in either form the API reads and writes: the Wealthbox form (`2015-05-24 10:00 AM -0400`) or ISO
    8601 (`2022-06-30T00:00:00.000000+00:00`, `2026-04-01T10:00:00Z`). Use it for every timestamp a client sends
    (request bodies and filters). Decision: the seed documents only the Wealthbox form for what it sends, and RFC
    3339 in one response (`removed_options[].deleted_at`); wealthbox-cli@2.5.0:wealthbox_tools/models/common.py
    (`DateTimeField`) sends only ISO 8601 (offset optional) for every timestamp filter and body field, and
    wealthbox-cli@2.5.0:wealthbox_tools/client/base.py says that a few endpoints return ISO 8601, so both forms are
    accepted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.drivers_license import DriversLicense  # noqa: PLC0415
        from ..models.occupation import Occupation  # noqa: PLC0415

        id = self.id

        creator = self.creator

        created_at = self.created_at

        updated_at = self.updated_at

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        external_unique_id: None | str | Unset
        if isinstance(self.external_unique_id, Unset):
            external_unique_id = UNSET
        else:
            external_unique_id = self.external_unique_id

        visible_to: None | str | Unset
        if isinstance(self.visible_to, Unset):
            visible_to = UNSET
        else:
            visible_to = self.visible_to

        prefix: None | str | Unset
        if isinstance(self.prefix, Unset):
            prefix = UNSET
        else:
            prefix = self.prefix

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        middle_name: None | str | Unset
        if isinstance(self.middle_name, Unset):
            middle_name = UNSET
        else:
            middle_name = self.middle_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        suffix: None | str | Unset
        if isinstance(self.suffix, Unset):
            suffix = UNSET
        else:
            suffix = self.suffix

        nickname: None | str | Unset
        if isinstance(self.nickname, Unset):
            nickname = UNSET
        else:
            nickname = self.nickname

        job_title: None | str | Unset
        if isinstance(self.job_title, Unset):
            job_title = UNSET
        else:
            job_title = self.job_title

        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        twitter_name: None | str | Unset
        if isinstance(self.twitter_name, Unset):
            twitter_name = UNSET
        else:
            twitter_name = self.twitter_name

        linkedin_url: None | str | Unset
        if isinstance(self.linkedin_url, Unset):
            linkedin_url = UNSET
        else:
            linkedin_url = self.linkedin_url

        background_information: None | str | Unset
        if isinstance(self.background_information, Unset):
            background_information = UNSET
        else:
            background_information = self.background_information

        birth_date: None | str | Unset
        if isinstance(self.birth_date, Unset):
            birth_date = UNSET
        else:
            birth_date = self.birth_date

        anniversary: None | str | Unset
        if isinstance(self.anniversary, Unset):
            anniversary = UNSET
        else:
            anniversary = self.anniversary

        client_since: None | str | Unset
        if isinstance(self.client_since, Unset):
            client_since = UNSET
        else:
            client_since = self.client_since

        date_of_death: None | str | Unset
        if isinstance(self.date_of_death, Unset):
            date_of_death = UNSET
        else:
            date_of_death = self.date_of_death

        assigned_to: int | None | Unset
        if isinstance(self.assigned_to, Unset):
            assigned_to = UNSET
        else:
            assigned_to = self.assigned_to

        referred_by: int | None | Unset
        if isinstance(self.referred_by, Unset):
            referred_by = UNSET
        else:
            referred_by = self.referred_by

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ContactKind):
            type_ = self.type_.value
        else:
            type_ = self.type_

        gender: None | str | Unset
        if isinstance(self.gender, Unset):
            gender = UNSET
        elif isinstance(self.gender, Gender):
            gender = self.gender.value
        else:
            gender = self.gender

        contact_source: None | str | Unset
        if isinstance(self.contact_source, Unset):
            contact_source = UNSET
        elif isinstance(self.contact_source, ContactSourceDefault):
            contact_source = self.contact_source.value
        else:
            contact_source = self.contact_source

        contact_type: None | str | Unset
        if isinstance(self.contact_type, Unset):
            contact_type = UNSET
        elif isinstance(self.contact_type, ContactTypeDefault):
            contact_type = self.contact_type.value
        else:
            contact_type = self.contact_type

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ContactStatus):
            status = self.status.value
        else:
            status = self.status

        marital_status: None | str | Unset
        if isinstance(self.marital_status, Unset):
            marital_status = UNSET
        elif isinstance(self.marital_status, MaritalStatusDefault):
            marital_status = self.marital_status.value
        else:
            marital_status = self.marital_status

        attorney: int | None | Unset
        if isinstance(self.attorney, Unset):
            attorney = UNSET
        else:
            attorney = self.attorney

        cpa: int | None | Unset
        if isinstance(self.cpa, Unset):
            cpa = UNSET
        else:
            cpa = self.cpa

        doctor: int | None | Unset
        if isinstance(self.doctor, Unset):
            doctor = UNSET
        else:
            doctor = self.doctor

        insurance: int | None | Unset
        if isinstance(self.insurance, Unset):
            insurance = UNSET
        else:
            insurance = self.insurance

        business_manager: int | None | Unset
        if isinstance(self.business_manager, Unset):
            business_manager = UNSET
        else:
            business_manager = self.business_manager

        family_officer: int | None | Unset
        if isinstance(self.family_officer, Unset):
            family_officer = UNSET
        else:
            family_officer = self.family_officer

        assistant: int | None | Unset
        if isinstance(self.assistant, Unset):
            assistant = UNSET
        else:
            assistant = self.assistant

        other: int | None | Unset
        if isinstance(self.other, Unset):
            other = UNSET
        else:
            other = self.other

        trusted_contact: int | None | Unset
        if isinstance(self.trusted_contact, Unset):
            trusted_contact = UNSET
        else:
            trusted_contact = self.trusted_contact

        important_information: None | str | Unset
        if isinstance(self.important_information, Unset):
            important_information = UNSET
        else:
            important_information = self.important_information

        personal_interests: None | str | Unset
        if isinstance(self.personal_interests, Unset):
            personal_interests = UNSET
        else:
            personal_interests = self.personal_interests

        investment_objective: None | str | Unset
        if isinstance(self.investment_objective, Unset):
            investment_objective = UNSET
        elif isinstance(self.investment_objective, InvestmentObjectiveDefault):
            investment_objective = self.investment_objective.value
        else:
            investment_objective = self.investment_objective

        time_horizon: None | str | Unset
        if isinstance(self.time_horizon, Unset):
            time_horizon = UNSET
        elif isinstance(self.time_horizon, TimeHorizon):
            time_horizon = self.time_horizon.value
        else:
            time_horizon = self.time_horizon

        risk_tolerance: None | str | Unset
        if isinstance(self.risk_tolerance, Unset):
            risk_tolerance = UNSET
        elif isinstance(self.risk_tolerance, RiskTolerance):
            risk_tolerance = self.risk_tolerance.value
        else:
            risk_tolerance = self.risk_tolerance

        mutual_fund_experience: float | None | Unset
        if isinstance(self.mutual_fund_experience, Unset):
            mutual_fund_experience = UNSET
        else:
            mutual_fund_experience = self.mutual_fund_experience

        stocks_and_bonds_experience: float | None | Unset
        if isinstance(self.stocks_and_bonds_experience, Unset):
            stocks_and_bonds_experience = UNSET
        else:
            stocks_and_bonds_experience = self.stocks_and_bonds_experience

        partnerships_experience: float | None | Unset
        if isinstance(self.partnerships_experience, Unset):
            partnerships_experience = UNSET
        else:
            partnerships_experience = self.partnerships_experience

        other_investing_experience: float | None | Unset
        if isinstance(self.other_investing_experience, Unset):
            other_investing_experience = UNSET
        else:
            other_investing_experience = self.other_investing_experience

        gross_annual_income: float | None | Unset
        if isinstance(self.gross_annual_income, Unset):
            gross_annual_income = UNSET
        else:
            gross_annual_income = self.gross_annual_income

        assets: float | None | Unset
        if isinstance(self.assets, Unset):
            assets = UNSET
        else:
            assets = self.assets

        non_liquid_assets: float | None | Unset
        if isinstance(self.non_liquid_assets, Unset):
            non_liquid_assets = UNSET
        else:
            non_liquid_assets = self.non_liquid_assets

        liabilities: float | None | Unset
        if isinstance(self.liabilities, Unset):
            liabilities = UNSET
        else:
            liabilities = self.liabilities

        adjusted_gross_income: float | None | Unset
        if isinstance(self.adjusted_gross_income, Unset):
            adjusted_gross_income = UNSET
        else:
            adjusted_gross_income = self.adjusted_gross_income

        estimated_taxes: float | None | Unset
        if isinstance(self.estimated_taxes, Unset):
            estimated_taxes = UNSET
        else:
            estimated_taxes = self.estimated_taxes

        confirmed_by_tax_return: bool | None | Unset
        if isinstance(self.confirmed_by_tax_return, Unset):
            confirmed_by_tax_return = UNSET
        else:
            confirmed_by_tax_return = self.confirmed_by_tax_return

        tax_year: int | None | Unset
        if isinstance(self.tax_year, Unset):
            tax_year = UNSET
        else:
            tax_year = self.tax_year

        tax_bracket: float | None | Unset
        if isinstance(self.tax_bracket, Unset):
            tax_bracket = UNSET
        else:
            tax_bracket = self.tax_bracket

        birth_place: None | str | Unset
        if isinstance(self.birth_place, Unset):
            birth_place = UNSET
        else:
            birth_place = self.birth_place

        maiden_name: None | str | Unset
        if isinstance(self.maiden_name, Unset):
            maiden_name = UNSET
        else:
            maiden_name = self.maiden_name

        passport_number: None | str | Unset
        if isinstance(self.passport_number, Unset):
            passport_number = UNSET
        else:
            passport_number = self.passport_number

        green_card_number: None | str | Unset
        if isinstance(self.green_card_number, Unset):
            green_card_number = UNSET
        else:
            green_card_number = self.green_card_number

        occupation: dict[str, Any] | None | Unset
        if isinstance(self.occupation, Unset):
            occupation = UNSET
        elif isinstance(self.occupation, Occupation):
            occupation = self.occupation.to_dict()
        else:
            occupation = self.occupation

        drivers_license: dict[str, Any] | None | Unset
        if isinstance(self.drivers_license, Unset):
            drivers_license = UNSET
        elif isinstance(self.drivers_license, DriversLicense):
            drivers_license = self.drivers_license.to_dict()
        else:
            drivers_license = self.drivers_license

        retirement_date: None | str | Unset
        if isinstance(self.retirement_date, Unset):
            retirement_date = UNSET
        else:
            retirement_date = self.retirement_date

        signed_fee_agreement_date: None | str | Unset
        if isinstance(self.signed_fee_agreement_date, Unset):
            signed_fee_agreement_date = UNSET
        else:
            signed_fee_agreement_date = self.signed_fee_agreement_date

        signed_ips_agreement_date: None | str | Unset
        if isinstance(self.signed_ips_agreement_date, Unset):
            signed_ips_agreement_date = UNSET
        else:
            signed_ips_agreement_date = self.signed_ips_agreement_date

        signed_fp_agreement_date: None | str | Unset
        if isinstance(self.signed_fp_agreement_date, Unset):
            signed_fp_agreement_date = UNSET
        else:
            signed_fp_agreement_date = self.signed_fp_agreement_date

        last_adv_offering_date: None | str | Unset
        if isinstance(self.last_adv_offering_date, Unset):
            last_adv_offering_date = UNSET
        else:
            last_adv_offering_date = self.last_adv_offering_date

        initial_crs_offering_date: None | str | Unset
        if isinstance(self.initial_crs_offering_date, Unset):
            initial_crs_offering_date = UNSET
        else:
            initial_crs_offering_date = self.initial_crs_offering_date

        last_crs_offering_date: None | str | Unset
        if isinstance(self.last_crs_offering_date, Unset):
            last_crs_offering_date = UNSET
        else:
            last_crs_offering_date = self.last_crs_offering_date

        last_privacy_offering_date: None | str | Unset
        if isinstance(self.last_privacy_offering_date, Unset):
            last_privacy_offering_date = UNSET
        else:
            last_privacy_offering_date = self.last_privacy_offering_date

        household: dict[str, Any] | Unset = UNSET
        if not isinstance(self.household, Unset):
            household = self.household.to_dict()

        image = self.image

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

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

        deleted_at: str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        else:
            deleted_at = self.deleted_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if creator is not UNSET:
            field_dict["creator"] = creator
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if name is not UNSET:
            field_dict["name"] = name
        if external_unique_id is not UNSET:
            field_dict["external_unique_id"] = external_unique_id
        if visible_to is not UNSET:
            field_dict["visible_to"] = visible_to
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if middle_name is not UNSET:
            field_dict["middle_name"] = middle_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if suffix is not UNSET:
            field_dict["suffix"] = suffix
        if nickname is not UNSET:
            field_dict["nickname"] = nickname
        if job_title is not UNSET:
            field_dict["job_title"] = job_title
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if twitter_name is not UNSET:
            field_dict["twitter_name"] = twitter_name
        if linkedin_url is not UNSET:
            field_dict["linkedin_url"] = linkedin_url
        if background_information is not UNSET:
            field_dict["background_information"] = background_information
        if birth_date is not UNSET:
            field_dict["birth_date"] = birth_date
        if anniversary is not UNSET:
            field_dict["anniversary"] = anniversary
        if client_since is not UNSET:
            field_dict["client_since"] = client_since
        if date_of_death is not UNSET:
            field_dict["date_of_death"] = date_of_death
        if assigned_to is not UNSET:
            field_dict["assigned_to"] = assigned_to
        if referred_by is not UNSET:
            field_dict["referred_by"] = referred_by
        if type_ is not UNSET:
            field_dict["type"] = type_
        if gender is not UNSET:
            field_dict["gender"] = gender
        if contact_source is not UNSET:
            field_dict["contact_source"] = contact_source
        if contact_type is not UNSET:
            field_dict["contact_type"] = contact_type
        if status is not UNSET:
            field_dict["status"] = status
        if marital_status is not UNSET:
            field_dict["marital_status"] = marital_status
        if attorney is not UNSET:
            field_dict["attorney"] = attorney
        if cpa is not UNSET:
            field_dict["cpa"] = cpa
        if doctor is not UNSET:
            field_dict["doctor"] = doctor
        if insurance is not UNSET:
            field_dict["insurance"] = insurance
        if business_manager is not UNSET:
            field_dict["business_manager"] = business_manager
        if family_officer is not UNSET:
            field_dict["family_officer"] = family_officer
        if assistant is not UNSET:
            field_dict["assistant"] = assistant
        if other is not UNSET:
            field_dict["other"] = other
        if trusted_contact is not UNSET:
            field_dict["trusted_contact"] = trusted_contact
        if important_information is not UNSET:
            field_dict["important_information"] = important_information
        if personal_interests is not UNSET:
            field_dict["personal_interests"] = personal_interests
        if investment_objective is not UNSET:
            field_dict["investment_objective"] = investment_objective
        if time_horizon is not UNSET:
            field_dict["time_horizon"] = time_horizon
        if risk_tolerance is not UNSET:
            field_dict["risk_tolerance"] = risk_tolerance
        if mutual_fund_experience is not UNSET:
            field_dict["mutual_fund_experience"] = mutual_fund_experience
        if stocks_and_bonds_experience is not UNSET:
            field_dict["stocks_and_bonds_experience"] = stocks_and_bonds_experience
        if partnerships_experience is not UNSET:
            field_dict["partnerships_experience"] = partnerships_experience
        if other_investing_experience is not UNSET:
            field_dict["other_investing_experience"] = other_investing_experience
        if gross_annual_income is not UNSET:
            field_dict["gross_annual_income"] = gross_annual_income
        if assets is not UNSET:
            field_dict["assets"] = assets
        if non_liquid_assets is not UNSET:
            field_dict["non_liquid_assets"] = non_liquid_assets
        if liabilities is not UNSET:
            field_dict["liabilities"] = liabilities
        if adjusted_gross_income is not UNSET:
            field_dict["adjusted_gross_income"] = adjusted_gross_income
        if estimated_taxes is not UNSET:
            field_dict["estimated_taxes"] = estimated_taxes
        if confirmed_by_tax_return is not UNSET:
            field_dict["confirmed_by_tax_return"] = confirmed_by_tax_return
        if tax_year is not UNSET:
            field_dict["tax_year"] = tax_year
        if tax_bracket is not UNSET:
            field_dict["tax_bracket"] = tax_bracket
        if birth_place is not UNSET:
            field_dict["birth_place"] = birth_place
        if maiden_name is not UNSET:
            field_dict["maiden_name"] = maiden_name
        if passport_number is not UNSET:
            field_dict["passport_number"] = passport_number
        if green_card_number is not UNSET:
            field_dict["green_card_number"] = green_card_number
        if occupation is not UNSET:
            field_dict["occupation"] = occupation
        if drivers_license is not UNSET:
            field_dict["drivers_license"] = drivers_license
        if retirement_date is not UNSET:
            field_dict["retirement_date"] = retirement_date
        if signed_fee_agreement_date is not UNSET:
            field_dict["signed_fee_agreement_date"] = signed_fee_agreement_date
        if signed_ips_agreement_date is not UNSET:
            field_dict["signed_ips_agreement_date"] = signed_ips_agreement_date
        if signed_fp_agreement_date is not UNSET:
            field_dict["signed_fp_agreement_date"] = signed_fp_agreement_date
        if last_adv_offering_date is not UNSET:
            field_dict["last_adv_offering_date"] = last_adv_offering_date
        if initial_crs_offering_date is not UNSET:
            field_dict["initial_crs_offering_date"] = initial_crs_offering_date
        if last_crs_offering_date is not UNSET:
            field_dict["last_crs_offering_date"] = last_crs_offering_date
        if last_privacy_offering_date is not UNSET:
            field_dict["last_privacy_offering_date"] = last_privacy_offering_date
        if household is not UNSET:
            field_dict["household"] = household
        if image is not UNSET:
            field_dict["image"] = image
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
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_role_value import ContactRoleValue  # noqa: PLC0415
        from ..models.custom_field import CustomField  # noqa: PLC0415
        from ..models.drivers_license import DriversLicense  # noqa: PLC0415
        from ..models.email_address import EmailAddress  # noqa: PLC0415
        from ..models.household import Household  # noqa: PLC0415
        from ..models.mailing_address import MailingAddress  # noqa: PLC0415
        from ..models.occupation import Occupation  # noqa: PLC0415
        from ..models.phone_number import PhoneNumber  # noqa: PLC0415
        from ..models.tag import Tag  # noqa: PLC0415
        from ..models.website import Website  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        creator = d.pop("creator", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_external_unique_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_unique_id = _parse_external_unique_id(d.pop("external_unique_id", UNSET))

        def _parse_visible_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        visible_to = _parse_visible_to(d.pop("visible_to", UNSET))

        def _parse_prefix(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prefix = _parse_prefix(d.pop("prefix", UNSET))

        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(d.pop("first_name", UNSET))

        def _parse_middle_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        middle_name = _parse_middle_name(d.pop("middle_name", UNSET))

        def _parse_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_name = _parse_last_name(d.pop("last_name", UNSET))

        def _parse_suffix(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        suffix = _parse_suffix(d.pop("suffix", UNSET))

        def _parse_nickname(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        nickname = _parse_nickname(d.pop("nickname", UNSET))

        def _parse_job_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        job_title = _parse_job_title(d.pop("job_title", UNSET))

        def _parse_company_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_name = _parse_company_name(d.pop("company_name", UNSET))

        def _parse_twitter_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        twitter_name = _parse_twitter_name(d.pop("twitter_name", UNSET))

        def _parse_linkedin_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        linkedin_url = _parse_linkedin_url(d.pop("linkedin_url", UNSET))

        def _parse_background_information(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        background_information = _parse_background_information(d.pop("background_information", UNSET))

        def _parse_birth_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        birth_date = _parse_birth_date(d.pop("birth_date", UNSET))

        def _parse_anniversary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        anniversary = _parse_anniversary(d.pop("anniversary", UNSET))

        def _parse_client_since(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_since = _parse_client_since(d.pop("client_since", UNSET))

        def _parse_date_of_death(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_of_death = _parse_date_of_death(d.pop("date_of_death", UNSET))

        def _parse_assigned_to(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        assigned_to = _parse_assigned_to(d.pop("assigned_to", UNSET))

        def _parse_referred_by(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        referred_by = _parse_referred_by(d.pop("referred_by", UNSET))

        def _parse_type_(data: object) -> ContactKind | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = ContactKind(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContactKind | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

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

        def _parse_contact_source(data: object) -> ContactSourceDefault | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_contact_source_type_0 = ContactSourceDefault(data)

                return componentsschemas_contact_source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContactSourceDefault | None | str | Unset, data)

        contact_source = _parse_contact_source(d.pop("contact_source", UNSET))

        def _parse_contact_type(data: object) -> ContactTypeDefault | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_contact_type_type_0 = ContactTypeDefault(data)

                return componentsschemas_contact_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContactTypeDefault | None | str | Unset, data)

        contact_type = _parse_contact_type(d.pop("contact_type", UNSET))

        def _parse_status(data: object) -> ContactStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = ContactStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContactStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_marital_status(data: object) -> MaritalStatusDefault | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_marital_status_type_0 = MaritalStatusDefault(data)

                return componentsschemas_marital_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MaritalStatusDefault | None | str | Unset, data)

        marital_status = _parse_marital_status(d.pop("marital_status", UNSET))

        def _parse_attorney(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        attorney = _parse_attorney(d.pop("attorney", UNSET))

        def _parse_cpa(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cpa = _parse_cpa(d.pop("cpa", UNSET))

        def _parse_doctor(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        doctor = _parse_doctor(d.pop("doctor", UNSET))

        def _parse_insurance(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        insurance = _parse_insurance(d.pop("insurance", UNSET))

        def _parse_business_manager(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        business_manager = _parse_business_manager(d.pop("business_manager", UNSET))

        def _parse_family_officer(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        family_officer = _parse_family_officer(d.pop("family_officer", UNSET))

        def _parse_assistant(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        assistant = _parse_assistant(d.pop("assistant", UNSET))

        def _parse_other(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        other = _parse_other(d.pop("other", UNSET))

        def _parse_trusted_contact(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        trusted_contact = _parse_trusted_contact(d.pop("trusted_contact", UNSET))

        def _parse_important_information(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        important_information = _parse_important_information(d.pop("important_information", UNSET))

        def _parse_personal_interests(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        personal_interests = _parse_personal_interests(d.pop("personal_interests", UNSET))

        def _parse_investment_objective(data: object) -> InvestmentObjectiveDefault | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_investment_objective_type_0 = InvestmentObjectiveDefault(data)

                return componentsschemas_investment_objective_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvestmentObjectiveDefault | None | str | Unset, data)

        investment_objective = _parse_investment_objective(d.pop("investment_objective", UNSET))

        def _parse_time_horizon(data: object) -> None | TimeHorizon | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                time_horizon_type_0 = TimeHorizon(data)

                return time_horizon_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TimeHorizon | Unset, data)

        time_horizon = _parse_time_horizon(d.pop("time_horizon", UNSET))

        def _parse_risk_tolerance(data: object) -> None | RiskTolerance | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                risk_tolerance_type_0 = RiskTolerance(data)

                return risk_tolerance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RiskTolerance | Unset, data)

        risk_tolerance = _parse_risk_tolerance(d.pop("risk_tolerance", UNSET))

        def _parse_mutual_fund_experience(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        mutual_fund_experience = _parse_mutual_fund_experience(d.pop("mutual_fund_experience", UNSET))

        def _parse_stocks_and_bonds_experience(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        stocks_and_bonds_experience = _parse_stocks_and_bonds_experience(d.pop("stocks_and_bonds_experience", UNSET))

        def _parse_partnerships_experience(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        partnerships_experience = _parse_partnerships_experience(d.pop("partnerships_experience", UNSET))

        def _parse_other_investing_experience(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        other_investing_experience = _parse_other_investing_experience(d.pop("other_investing_experience", UNSET))

        def _parse_gross_annual_income(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        gross_annual_income = _parse_gross_annual_income(d.pop("gross_annual_income", UNSET))

        def _parse_assets(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        assets = _parse_assets(d.pop("assets", UNSET))

        def _parse_non_liquid_assets(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        non_liquid_assets = _parse_non_liquid_assets(d.pop("non_liquid_assets", UNSET))

        def _parse_liabilities(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        liabilities = _parse_liabilities(d.pop("liabilities", UNSET))

        def _parse_adjusted_gross_income(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        adjusted_gross_income = _parse_adjusted_gross_income(d.pop("adjusted_gross_income", UNSET))

        def _parse_estimated_taxes(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        estimated_taxes = _parse_estimated_taxes(d.pop("estimated_taxes", UNSET))

        def _parse_confirmed_by_tax_return(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        confirmed_by_tax_return = _parse_confirmed_by_tax_return(d.pop("confirmed_by_tax_return", UNSET))

        def _parse_tax_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        tax_year = _parse_tax_year(d.pop("tax_year", UNSET))

        def _parse_tax_bracket(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        tax_bracket = _parse_tax_bracket(d.pop("tax_bracket", UNSET))

        def _parse_birth_place(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        birth_place = _parse_birth_place(d.pop("birth_place", UNSET))

        def _parse_maiden_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        maiden_name = _parse_maiden_name(d.pop("maiden_name", UNSET))

        def _parse_passport_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        passport_number = _parse_passport_number(d.pop("passport_number", UNSET))

        def _parse_green_card_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        green_card_number = _parse_green_card_number(d.pop("green_card_number", UNSET))

        def _parse_occupation(data: object) -> None | Occupation | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                occupation_type_0 = Occupation.from_dict(data)

                return occupation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Occupation | Unset, data)

        occupation = _parse_occupation(d.pop("occupation", UNSET))

        def _parse_drivers_license(data: object) -> DriversLicense | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                drivers_license_type_0 = DriversLicense.from_dict(data)

                return drivers_license_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DriversLicense | None | Unset, data)

        drivers_license = _parse_drivers_license(d.pop("drivers_license", UNSET))

        def _parse_retirement_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        retirement_date = _parse_retirement_date(d.pop("retirement_date", UNSET))

        def _parse_signed_fee_agreement_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        signed_fee_agreement_date = _parse_signed_fee_agreement_date(d.pop("signed_fee_agreement_date", UNSET))

        def _parse_signed_ips_agreement_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        signed_ips_agreement_date = _parse_signed_ips_agreement_date(d.pop("signed_ips_agreement_date", UNSET))

        def _parse_signed_fp_agreement_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        signed_fp_agreement_date = _parse_signed_fp_agreement_date(d.pop("signed_fp_agreement_date", UNSET))

        def _parse_last_adv_offering_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_adv_offering_date = _parse_last_adv_offering_date(d.pop("last_adv_offering_date", UNSET))

        def _parse_initial_crs_offering_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        initial_crs_offering_date = _parse_initial_crs_offering_date(d.pop("initial_crs_offering_date", UNSET))

        def _parse_last_crs_offering_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_crs_offering_date = _parse_last_crs_offering_date(d.pop("last_crs_offering_date", UNSET))

        def _parse_last_privacy_offering_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_privacy_offering_date = _parse_last_privacy_offering_date(d.pop("last_privacy_offering_date", UNSET))

        _household = d.pop("household", UNSET)
        household: Household | Unset
        if isinstance(_household, Unset):
            household = UNSET
        else:
            household = Household.from_dict(_household)

        image = d.pop("image", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: list[Tag] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = Tag.from_dict(tags_item_data)

                tags.append(tags_item)

        _street_addresses = d.pop("street_addresses", UNSET)
        street_addresses: list[MailingAddress] | Unset = UNSET
        if _street_addresses is not UNSET:
            street_addresses = []
            for street_addresses_item_data in _street_addresses:
                street_addresses_item = MailingAddress.from_dict(street_addresses_item_data)

                street_addresses.append(street_addresses_item)

        _email_addresses = d.pop("email_addresses", UNSET)
        email_addresses: list[EmailAddress] | Unset = UNSET
        if _email_addresses is not UNSET:
            email_addresses = []
            for email_addresses_item_data in _email_addresses:
                email_addresses_item = EmailAddress.from_dict(email_addresses_item_data)

                email_addresses.append(email_addresses_item)

        _phone_numbers = d.pop("phone_numbers", UNSET)
        phone_numbers: list[PhoneNumber] | Unset = UNSET
        if _phone_numbers is not UNSET:
            phone_numbers = []
            for phone_numbers_item_data in _phone_numbers:
                phone_numbers_item = PhoneNumber.from_dict(phone_numbers_item_data)

                phone_numbers.append(phone_numbers_item)

        _websites = d.pop("websites", UNSET)
        websites: list[Website] | Unset = UNSET
        if _websites is not UNSET:
            websites = []
            for websites_item_data in _websites:
                websites_item = Website.from_dict(websites_item_data)

                websites.append(websites_item)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[CustomField] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = CustomField.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        _contact_roles = d.pop("contact_roles", UNSET)
        contact_roles: list[ContactRoleValue] | Unset = UNSET
        if _contact_roles is not UNSET:
            contact_roles = []
            for contact_roles_item_data in _contact_roles:
                contact_roles_item = ContactRoleValue.from_dict(contact_roles_item_data)

                contact_roles.append(contact_roles_item)

        def _parse_deleted_at(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deleted_at", UNSET))

        contact = cls(
            id=id,
            creator=creator,
            created_at=created_at,
            updated_at=updated_at,
            name=name,
            external_unique_id=external_unique_id,
            visible_to=visible_to,
            prefix=prefix,
            first_name=first_name,
            middle_name=middle_name,
            last_name=last_name,
            suffix=suffix,
            nickname=nickname,
            job_title=job_title,
            company_name=company_name,
            twitter_name=twitter_name,
            linkedin_url=linkedin_url,
            background_information=background_information,
            birth_date=birth_date,
            anniversary=anniversary,
            client_since=client_since,
            date_of_death=date_of_death,
            assigned_to=assigned_to,
            referred_by=referred_by,
            type_=type_,
            gender=gender,
            contact_source=contact_source,
            contact_type=contact_type,
            status=status,
            marital_status=marital_status,
            attorney=attorney,
            cpa=cpa,
            doctor=doctor,
            insurance=insurance,
            business_manager=business_manager,
            family_officer=family_officer,
            assistant=assistant,
            other=other,
            trusted_contact=trusted_contact,
            important_information=important_information,
            personal_interests=personal_interests,
            investment_objective=investment_objective,
            time_horizon=time_horizon,
            risk_tolerance=risk_tolerance,
            mutual_fund_experience=mutual_fund_experience,
            stocks_and_bonds_experience=stocks_and_bonds_experience,
            partnerships_experience=partnerships_experience,
            other_investing_experience=other_investing_experience,
            gross_annual_income=gross_annual_income,
            assets=assets,
            non_liquid_assets=non_liquid_assets,
            liabilities=liabilities,
            adjusted_gross_income=adjusted_gross_income,
            estimated_taxes=estimated_taxes,
            confirmed_by_tax_return=confirmed_by_tax_return,
            tax_year=tax_year,
            tax_bracket=tax_bracket,
            birth_place=birth_place,
            maiden_name=maiden_name,
            passport_number=passport_number,
            green_card_number=green_card_number,
            occupation=occupation,
            drivers_license=drivers_license,
            retirement_date=retirement_date,
            signed_fee_agreement_date=signed_fee_agreement_date,
            signed_ips_agreement_date=signed_ips_agreement_date,
            signed_fp_agreement_date=signed_fp_agreement_date,
            last_adv_offering_date=last_adv_offering_date,
            initial_crs_offering_date=initial_crs_offering_date,
            last_crs_offering_date=last_crs_offering_date,
            last_privacy_offering_date=last_privacy_offering_date,
            household=household,
            image=image,
            tags=tags,
            street_addresses=street_addresses,
            email_addresses=email_addresses,
            phone_numbers=phone_numbers,
            websites=websites,
            custom_fields=custom_fields,
            contact_roles=contact_roles,
            deleted_at=deleted_at,
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
