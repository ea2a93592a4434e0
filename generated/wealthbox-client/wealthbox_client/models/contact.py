from __future__ import annotations

import datetime
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
from ..models.marital_status import MaritalStatus
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
    Not RFC 3339, so the spec does not declare `format: date-time`. """
    updated_at: str | Unset = UNSET
    """ A Wealthbox timestamp: date, 12-hour time with AM/PM and the UTC offset, e.g. `2015-05-24 10:00 AM -0400`.
    Not RFC 3339, so the spec does not declare `format: date-time`. """
    prefix: str | Unset = UNSET
    """ The preferred prefix for the Contact. """
    first_name: str | Unset = UNSET
    """ The first name of the Contact. """
    middle_name: str | Unset = UNSET
    """ The middle name of the Contact. """
    last_name: str | Unset = UNSET
    """ The last name of the Contact. """
    suffix: str | Unset = UNSET
    """ The suffix associated with the Contact. """
    nickname: str | Unset = UNSET
    """ A preferred shortname for the Contact. """
    job_title: str | Unset = UNSET
    """ The title the contact holds at his/her present company. """
    company_name: str | Unset = UNSET
    """ The name of the contact's present company (the company the person is employed with). Decision: the seed
    lists `company_name` twice in the read shape, once with each of these descriptions; the spec declares it once.
    """
    twitter_name: str | Unset = UNSET
    """ The twitter handle of the contact. """
    linkedin_url: str | Unset = UNSET
    """ The LinkedIn url for the contact. """
    background_information: str | Unset = UNSET
    """ A brief description of the contact in a longer format. """
    birth_date: str | Unset = UNSET
    """ A calendar date written `YYYY-MM-DD`, e.g. `1975-10-27`. """
    anniversary: str | Unset = UNSET
    """ A calendar date written `YYYY-MM-DD`, e.g. `1975-10-27`. """
    client_since: str | Unset = UNSET
    """ A calendar date written `YYYY-MM-DD`, e.g. `1975-10-27`. """
    date_of_death: str | Unset = UNSET
    """ A calendar date written `YYYY-MM-DD`, e.g. `1975-10-27`. """
    assigned_to: int | Unset = UNSET
    """ The id of the User who is assigned to this contact. """
    referred_by: int | Unset = UNSET
    """ The id of the Contact who referred this Contact to the firm. """
    type_: ContactKind | Unset = UNSET
    """ The type of the Contact. """
    gender: Gender | Unset = UNSET
    """ The gender of the Contact. """
    contact_source: ContactSourceDefault | str | Unset = UNSET
    """ Decision: this is a customizable category (`GET /v1/categories/{type}` with type contact_sources): the
    seed's choices are Wealthbox's defaults and a workspace may add its own, so any string is accepted and the
    defaults stay typed (ContactSourceDefault). """
    contact_type: ContactTypeDefault | str | Unset = UNSET
    """ Decision: this is a customizable category (`GET /v1/categories/{type}` with type contact_types): the seed's
    choices are Wealthbox's defaults and a workspace may add its own, so any string is accepted and the defaults
    stay typed (ContactTypeDefault). """
    status: ContactStatus | Unset = UNSET
    """ Whether or not the contact is currently active. """
    marital_status: MaritalStatus | Unset = UNSET
    """ The marital status of the contact. Decision: the scrape glued the choices together; "Life Partner" is one
    value. """
    attorney: int | Unset = UNSET
    """ The id of the Contact acting as this Contact's attorney. """
    cpa: int | Unset = UNSET
    """ The id of the Contact acting as this Contact's accountant. """
    doctor: int | Unset = UNSET
    """ The id of the Contact acting as this Contact's doctor. """
    insurance: int | Unset = UNSET
    """ The id of the Contact acting as this Contact's insurance agent. """
    business_manager: int | Unset = UNSET
    """ The id of the Contact acting as this Contact's business manager. """
    family_officer: int | Unset = UNSET
    """ The id of the Contact acting as this Contact's family officer. """
    assistant: int | Unset = UNSET
    """ The id of the Contact acting as this Contact's assistant. """
    other: int | Unset = UNSET
    """ The id of the Contact acting as this Contact's other. """
    trusted_contact: int | Unset = UNSET
    """ The id of the Contact acting as this Contact's trusted contact. """
    important_information: str | Unset = UNSET
    """ A block of text containing any other important info for the Contact. """
    personal_interests: str | Unset = UNSET
    """ A block of text containing personal interests for the Contact. """
    investment_objective: InvestmentObjectiveDefault | str | Unset = UNSET
    """ Decision: this is a customizable category (`GET /v1/categories/{type}` with type investment_objectives): the
    seed's choices are Wealthbox's defaults and a workspace may add its own, so any string is accepted and the
    defaults stay typed (InvestmentObjectiveDefault). """
    time_horizon: TimeHorizon | Unset = UNSET
    """ A basic classification of the time horizon for the Contact's investment goals. Decision: the scrape glued
    the choices together ("Short Term Intermediate Long Term"); the example uses "Short Term" as one value. """
    risk_tolerance: RiskTolerance | Unset = UNSET
    """ A basic classification of the Contact's risk tolerance. Decision: the scrape glued the choices together
    ("Low Moderate High Risk"); "Risk" alone is no tolerance level, so the spec reads "High Risk" as one value (the
    example uses "Low"). """
    mutual_fund_experience: float | Unset = UNSET
    """ Years of experience the contact has in the mutual fund market. """
    stocks_and_bonds_experience: float | Unset = UNSET
    """ Years of experience the contact has in the stocks and bonds fund market. """
    partnerships_experience: float | Unset = UNSET
    """ Years of experience the contact has in partnerships. """
    other_investing_experience: float | Unset = UNSET
    """ Years of experience the contact has in other aspects of the investment world. """
    gross_annual_income: float | Unset = UNSET
    """ The Contact's estimated gross annual income. """
    assets: float | Unset = UNSET
    """ The value of all of the Contact's holdings. """
    non_liquid_assets: float | Unset = UNSET
    """ The value of all of the Contact's holdings that are illiquid. """
    liabilities: float | Unset = UNSET
    """ The total value of the Contact's liabilities. """
    adjusted_gross_income: float | Unset = UNSET
    """ The Contact's annual income adjusted for tax withholdings. """
    estimated_taxes: float | Unset = UNSET
    """ The total amount of taxes paid by the Contact during a tax year. """
    confirmed_by_tax_return: bool | Unset = UNSET
    """ Flag to indicate if the Contact's adjusted gross income and estimated taxes have been confirmed by their tax
    return. """
    tax_year: int | Unset = UNSET
    """ The year of the tax return that was used to confirm the Contact's income and tax liability. """
    tax_bracket: float | Unset = UNSET
    """ Tax bracket that the Contact sits in according to the last recorded tax return. """
    birth_place: str | Unset = UNSET
    """ The city/state where the Contact was born. """
    maiden_name: str | Unset = UNSET
    """ The maiden name of the Contact, if any. """
    passport_number: str | Unset = UNSET
    """ The passport number of the Contact. """
    green_card_number: str | Unset = UNSET
    """ The green card number of the Contact. """
    occupation: Occupation | Unset = UNSET
    """ Critical information about the contact's occupation. """
    drivers_license: DriversLicense | Unset = UNSET
    """ The contact's driver's license. """
    retirement_date: str | Unset = UNSET
    """ A calendar date written `YYYY-MM-DD`, e.g. `1975-10-27`. """
    signed_fee_agreement_date: str | Unset = UNSET
    """ A calendar date written `YYYY-MM-DD`, e.g. `1975-10-27`. """
    signed_ips_agreement_date: str | Unset = UNSET
    """ A calendar date written `YYYY-MM-DD`, e.g. `1975-10-27`. """
    signed_fp_agreement_date: str | Unset = UNSET
    """ A calendar date written `YYYY-MM-DD`, e.g. `1975-10-27`. """
    last_adv_offering_date: str | Unset = UNSET
    """ A calendar date written `YYYY-MM-DD`, e.g. `1975-10-27`. """
    initial_crs_offering_date: str | Unset = UNSET
    """ A calendar date written `YYYY-MM-DD`, e.g. `1975-10-27`. """
    last_crs_offering_date: str | Unset = UNSET
    """ A calendar date written `YYYY-MM-DD`, e.g. `1975-10-27`. """
    last_privacy_offering_date: str | Unset = UNSET
    """ A calendar date written `YYYY-MM-DD`, e.g. `1975-10-27`. """
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
    deleted_at: datetime.datetime | str | Unset = UNSET
    """ A timestamp in either form the API has been documented to send: the Wealthbox form (`2015-05-24 10:00 AM
    -0400`) or RFC 3339 (`2022-06-30T00:00:00.000000+00:00`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        creator = self.creator

        created_at = self.created_at

        updated_at = self.updated_at

        prefix = self.prefix

        first_name = self.first_name

        middle_name = self.middle_name

        last_name = self.last_name

        suffix = self.suffix

        nickname = self.nickname

        job_title = self.job_title

        company_name = self.company_name

        twitter_name = self.twitter_name

        linkedin_url = self.linkedin_url

        background_information = self.background_information

        birth_date = self.birth_date

        anniversary = self.anniversary

        client_since = self.client_since

        date_of_death = self.date_of_death

        assigned_to = self.assigned_to

        referred_by = self.referred_by

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        gender: str | Unset = UNSET
        if not isinstance(self.gender, Unset):
            gender = self.gender.value

        contact_source: str | Unset
        if isinstance(self.contact_source, Unset):
            contact_source = UNSET
        elif isinstance(self.contact_source, ContactSourceDefault):
            contact_source = self.contact_source.value
        else:
            contact_source = self.contact_source

        contact_type: str | Unset
        if isinstance(self.contact_type, Unset):
            contact_type = UNSET
        elif isinstance(self.contact_type, ContactTypeDefault):
            contact_type = self.contact_type.value
        else:
            contact_type = self.contact_type

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        marital_status: str | Unset = UNSET
        if not isinstance(self.marital_status, Unset):
            marital_status = self.marital_status.value

        attorney = self.attorney

        cpa = self.cpa

        doctor = self.doctor

        insurance = self.insurance

        business_manager = self.business_manager

        family_officer = self.family_officer

        assistant = self.assistant

        other = self.other

        trusted_contact = self.trusted_contact

        important_information = self.important_information

        personal_interests = self.personal_interests

        investment_objective: str | Unset
        if isinstance(self.investment_objective, Unset):
            investment_objective = UNSET
        elif isinstance(self.investment_objective, InvestmentObjectiveDefault):
            investment_objective = self.investment_objective.value
        else:
            investment_objective = self.investment_objective

        time_horizon: str | Unset = UNSET
        if not isinstance(self.time_horizon, Unset):
            time_horizon = self.time_horizon.value

        risk_tolerance: str | Unset = UNSET
        if not isinstance(self.risk_tolerance, Unset):
            risk_tolerance = self.risk_tolerance.value

        mutual_fund_experience = self.mutual_fund_experience

        stocks_and_bonds_experience = self.stocks_and_bonds_experience

        partnerships_experience = self.partnerships_experience

        other_investing_experience = self.other_investing_experience

        gross_annual_income = self.gross_annual_income

        assets = self.assets

        non_liquid_assets = self.non_liquid_assets

        liabilities = self.liabilities

        adjusted_gross_income = self.adjusted_gross_income

        estimated_taxes = self.estimated_taxes

        confirmed_by_tax_return = self.confirmed_by_tax_return

        tax_year = self.tax_year

        tax_bracket = self.tax_bracket

        birth_place = self.birth_place

        maiden_name = self.maiden_name

        passport_number = self.passport_number

        green_card_number = self.green_card_number

        occupation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.occupation, Unset):
            occupation = self.occupation.to_dict()

        drivers_license: dict[str, Any] | Unset = UNSET
        if not isinstance(self.drivers_license, Unset):
            drivers_license = self.drivers_license.to_dict()

        retirement_date = self.retirement_date

        signed_fee_agreement_date = self.signed_fee_agreement_date

        signed_ips_agreement_date = self.signed_ips_agreement_date

        signed_fp_agreement_date = self.signed_fp_agreement_date

        last_adv_offering_date = self.last_adv_offering_date

        initial_crs_offering_date = self.initial_crs_offering_date

        last_crs_offering_date = self.last_crs_offering_date

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
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
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

        prefix = d.pop("prefix", UNSET)

        first_name = d.pop("first_name", UNSET)

        middle_name = d.pop("middle_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        suffix = d.pop("suffix", UNSET)

        nickname = d.pop("nickname", UNSET)

        job_title = d.pop("job_title", UNSET)

        company_name = d.pop("company_name", UNSET)

        twitter_name = d.pop("twitter_name", UNSET)

        linkedin_url = d.pop("linkedin_url", UNSET)

        background_information = d.pop("background_information", UNSET)

        birth_date = d.pop("birth_date", UNSET)

        anniversary = d.pop("anniversary", UNSET)

        client_since = d.pop("client_since", UNSET)

        date_of_death = d.pop("date_of_death", UNSET)

        assigned_to = d.pop("assigned_to", UNSET)

        referred_by = d.pop("referred_by", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ContactKind | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ContactKind(_type_)

        _gender = d.pop("gender", UNSET)
        gender: Gender | Unset
        if isinstance(_gender, Unset):
            gender = UNSET
        else:
            gender = Gender(_gender)

        def _parse_contact_source(data: object) -> ContactSourceDefault | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_contact_source_type_0 = ContactSourceDefault(data)

                return componentsschemas_contact_source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContactSourceDefault | str | Unset, data)

        contact_source = _parse_contact_source(d.pop("contact_source", UNSET))

        def _parse_contact_type(data: object) -> ContactTypeDefault | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_contact_type_type_0 = ContactTypeDefault(data)

                return componentsschemas_contact_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContactTypeDefault | str | Unset, data)

        contact_type = _parse_contact_type(d.pop("contact_type", UNSET))

        _status = d.pop("status", UNSET)
        status: ContactStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ContactStatus(_status)

        _marital_status = d.pop("marital_status", UNSET)
        marital_status: MaritalStatus | Unset
        if isinstance(_marital_status, Unset):
            marital_status = UNSET
        else:
            marital_status = MaritalStatus(_marital_status)

        attorney = d.pop("attorney", UNSET)

        cpa = d.pop("cpa", UNSET)

        doctor = d.pop("doctor", UNSET)

        insurance = d.pop("insurance", UNSET)

        business_manager = d.pop("business_manager", UNSET)

        family_officer = d.pop("family_officer", UNSET)

        assistant = d.pop("assistant", UNSET)

        other = d.pop("other", UNSET)

        trusted_contact = d.pop("trusted_contact", UNSET)

        important_information = d.pop("important_information", UNSET)

        personal_interests = d.pop("personal_interests", UNSET)

        def _parse_investment_objective(data: object) -> InvestmentObjectiveDefault | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_investment_objective_type_0 = InvestmentObjectiveDefault(data)

                return componentsschemas_investment_objective_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvestmentObjectiveDefault | str | Unset, data)

        investment_objective = _parse_investment_objective(d.pop("investment_objective", UNSET))

        _time_horizon = d.pop("time_horizon", UNSET)
        time_horizon: TimeHorizon | Unset
        if isinstance(_time_horizon, Unset):
            time_horizon = UNSET
        else:
            time_horizon = TimeHorizon(_time_horizon)

        _risk_tolerance = d.pop("risk_tolerance", UNSET)
        risk_tolerance: RiskTolerance | Unset
        if isinstance(_risk_tolerance, Unset):
            risk_tolerance = UNSET
        else:
            risk_tolerance = RiskTolerance(_risk_tolerance)

        mutual_fund_experience = d.pop("mutual_fund_experience", UNSET)

        stocks_and_bonds_experience = d.pop("stocks_and_bonds_experience", UNSET)

        partnerships_experience = d.pop("partnerships_experience", UNSET)

        other_investing_experience = d.pop("other_investing_experience", UNSET)

        gross_annual_income = d.pop("gross_annual_income", UNSET)

        assets = d.pop("assets", UNSET)

        non_liquid_assets = d.pop("non_liquid_assets", UNSET)

        liabilities = d.pop("liabilities", UNSET)

        adjusted_gross_income = d.pop("adjusted_gross_income", UNSET)

        estimated_taxes = d.pop("estimated_taxes", UNSET)

        confirmed_by_tax_return = d.pop("confirmed_by_tax_return", UNSET)

        tax_year = d.pop("tax_year", UNSET)

        tax_bracket = d.pop("tax_bracket", UNSET)

        birth_place = d.pop("birth_place", UNSET)

        maiden_name = d.pop("maiden_name", UNSET)

        passport_number = d.pop("passport_number", UNSET)

        green_card_number = d.pop("green_card_number", UNSET)

        _occupation = d.pop("occupation", UNSET)
        occupation: Occupation | Unset
        if isinstance(_occupation, Unset):
            occupation = UNSET
        else:
            occupation = Occupation.from_dict(_occupation)

        _drivers_license = d.pop("drivers_license", UNSET)
        drivers_license: DriversLicense | Unset
        if isinstance(_drivers_license, Unset):
            drivers_license = UNSET
        else:
            drivers_license = DriversLicense.from_dict(_drivers_license)

        retirement_date = d.pop("retirement_date", UNSET)

        signed_fee_agreement_date = d.pop("signed_fee_agreement_date", UNSET)

        signed_ips_agreement_date = d.pop("signed_ips_agreement_date", UNSET)

        signed_fp_agreement_date = d.pop("signed_fp_agreement_date", UNSET)

        last_adv_offering_date = d.pop("last_adv_offering_date", UNSET)

        initial_crs_offering_date = d.pop("initial_crs_offering_date", UNSET)

        last_crs_offering_date = d.pop("last_crs_offering_date", UNSET)

        last_privacy_offering_date = d.pop("last_privacy_offering_date", UNSET)

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

        def _parse_deleted_at(data: object) -> datetime.datetime | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_any_date_time_type_1 = datetime.datetime.fromisoformat(data)

                return componentsschemas_any_date_time_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | str | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deleted_at", UNSET))

        contact = cls(
            id=id,
            creator=creator,
            created_at=created_at,
            updated_at=updated_at,
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
