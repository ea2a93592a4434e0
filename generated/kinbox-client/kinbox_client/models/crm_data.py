from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.crm_data_cloud_api import CrmDataCloudApi
    from ..models.crm_data_utm_campaigns import CrmDataUtmCampaigns
    from ..models.crm_referrals import CrmReferrals


T = TypeVar("T", bound="CrmData")


@_attrs_define
class CrmData:
    """CRM and attribution data Kinbox keeps for the contact. Decision: the seed types `crmData` only as a required
    "object"; its keys are modelled from the documented response example and none of them is required, since the seed
    never says they are.

    """

    utm_campaigns: CrmDataUtmCampaigns | Unset = UNSET
    """ UTM campaigns attributed to the contact (the example shows only `{}`). """
    referrals: CrmReferrals | Unset = UNSET
    """ Referral and ad attribution of the contact: every key the documented response example shows, each a string.
    Other keys are accepted. """
    hubspot_id: str | Unset = UNSET
    """ The contact's id in HubSpot. """
    zoho_id: str | Unset = UNSET
    """ The contact's id in Zoho. """
    zoho_type: str | Unset = UNSET
    """ The Zoho record type the contact is synchronised with. """
    cloud_api: CrmDataCloudApi | Unset = UNSET
    """ Data from the WhatsApp Cloud API integration (the example shows only `{}`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        utm_campaigns: dict[str, Any] | Unset = UNSET
        if not isinstance(self.utm_campaigns, Unset):
            utm_campaigns = self.utm_campaigns.to_dict()

        referrals: dict[str, Any] | Unset = UNSET
        if not isinstance(self.referrals, Unset):
            referrals = self.referrals.to_dict()

        hubspot_id = self.hubspot_id

        zoho_id = self.zoho_id

        zoho_type = self.zoho_type

        cloud_api: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cloud_api, Unset):
            cloud_api = self.cloud_api.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if utm_campaigns is not UNSET:
            field_dict["utmCampaigns"] = utm_campaigns
        if referrals is not UNSET:
            field_dict["referrals"] = referrals
        if hubspot_id is not UNSET:
            field_dict["hubspotId"] = hubspot_id
        if zoho_id is not UNSET:
            field_dict["zohoId"] = zoho_id
        if zoho_type is not UNSET:
            field_dict["zohoType"] = zoho_type
        if cloud_api is not UNSET:
            field_dict["cloud_api"] = cloud_api

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.crm_data_cloud_api import CrmDataCloudApi  # noqa: PLC0415
        from ..models.crm_data_utm_campaigns import CrmDataUtmCampaigns  # noqa: PLC0415
        from ..models.crm_referrals import CrmReferrals  # noqa: PLC0415

        d = dict(src_dict)
        _utm_campaigns = d.pop("utmCampaigns", UNSET)
        utm_campaigns: CrmDataUtmCampaigns | Unset
        if isinstance(_utm_campaigns, Unset):
            utm_campaigns = UNSET
        else:
            utm_campaigns = CrmDataUtmCampaigns.from_dict(_utm_campaigns)

        _referrals = d.pop("referrals", UNSET)
        referrals: CrmReferrals | Unset
        if isinstance(_referrals, Unset):
            referrals = UNSET
        else:
            referrals = CrmReferrals.from_dict(_referrals)

        hubspot_id = d.pop("hubspotId", UNSET)

        zoho_id = d.pop("zohoId", UNSET)

        zoho_type = d.pop("zohoType", UNSET)

        _cloud_api = d.pop("cloud_api", UNSET)
        cloud_api: CrmDataCloudApi | Unset
        if isinstance(_cloud_api, Unset):
            cloud_api = UNSET
        else:
            cloud_api = CrmDataCloudApi.from_dict(_cloud_api)

        crm_data = cls(
            utm_campaigns=utm_campaigns,
            referrals=referrals,
            hubspot_id=hubspot_id,
            zoho_id=zoho_id,
            zoho_type=zoho_type,
            cloud_api=cloud_api,
        )

        crm_data.additional_properties = d
        return crm_data

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
