from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CrmReferrals")


@_attrs_define
class CrmReferrals:
    """Referral and ad attribution of the contact: every key the documented response example shows, each a string. Other
    keys are accepted.

    """

    field_bg: str | Unset = UNSET
    field_bt: str | Unset = UNSET
    gclid: str | Unset = UNSET
    """ Google Ads click id. """
    offer: str | Unset = UNSET
    utm_ad: str | Unset = UNSET
    utm_term: str | Unset = UNSET
    source_id: str | Unset = UNSET
    gad_source: str | Unset = UNSET
    """ Google Ads source. """
    media_type: str | Unset = UNSET
    source_url: str | Unset = UNSET
    utm_medium: str | Unset = UNSET
    utm_source: str | Unset = UNSET
    source_type: str | Unset = UNSET
    utm_ad_name: str | Unset = UNSET
    utm_campaign: str | Unset = UNSET
    utm_ad_collection: str | Unset = UNSET
    utm_campaign_name: str | Unset = UNSET
    utm_ad_collection_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_bg = self.field_bg

        field_bt = self.field_bt

        gclid = self.gclid

        offer = self.offer

        utm_ad = self.utm_ad

        utm_term = self.utm_term

        source_id = self.source_id

        gad_source = self.gad_source

        media_type = self.media_type

        source_url = self.source_url

        utm_medium = self.utm_medium

        utm_source = self.utm_source

        source_type = self.source_type

        utm_ad_name = self.utm_ad_name

        utm_campaign = self.utm_campaign

        utm_ad_collection = self.utm_ad_collection

        utm_campaign_name = self.utm_campaign_name

        utm_ad_collection_name = self.utm_ad_collection_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field_bg is not UNSET:
            field_dict["_bg"] = field_bg
        if field_bt is not UNSET:
            field_dict["_bt"] = field_bt
        if gclid is not UNSET:
            field_dict["gclid"] = gclid
        if offer is not UNSET:
            field_dict["offer"] = offer
        if utm_ad is not UNSET:
            field_dict["utm_ad"] = utm_ad
        if utm_term is not UNSET:
            field_dict["utm_term"] = utm_term
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if gad_source is not UNSET:
            field_dict["gad_source"] = gad_source
        if media_type is not UNSET:
            field_dict["media_type"] = media_type
        if source_url is not UNSET:
            field_dict["source_url"] = source_url
        if utm_medium is not UNSET:
            field_dict["utm_medium"] = utm_medium
        if utm_source is not UNSET:
            field_dict["utm_source"] = utm_source
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if utm_ad_name is not UNSET:
            field_dict["utm_ad_name"] = utm_ad_name
        if utm_campaign is not UNSET:
            field_dict["utm_campaign"] = utm_campaign
        if utm_ad_collection is not UNSET:
            field_dict["utm_ad_collection"] = utm_ad_collection
        if utm_campaign_name is not UNSET:
            field_dict["utm_campaign_name"] = utm_campaign_name
        if utm_ad_collection_name is not UNSET:
            field_dict["utm_ad_collection_name"] = utm_ad_collection_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_bg = d.pop("_bg", UNSET)

        field_bt = d.pop("_bt", UNSET)

        gclid = d.pop("gclid", UNSET)

        offer = d.pop("offer", UNSET)

        utm_ad = d.pop("utm_ad", UNSET)

        utm_term = d.pop("utm_term", UNSET)

        source_id = d.pop("source_id", UNSET)

        gad_source = d.pop("gad_source", UNSET)

        media_type = d.pop("media_type", UNSET)

        source_url = d.pop("source_url", UNSET)

        utm_medium = d.pop("utm_medium", UNSET)

        utm_source = d.pop("utm_source", UNSET)

        source_type = d.pop("source_type", UNSET)

        utm_ad_name = d.pop("utm_ad_name", UNSET)

        utm_campaign = d.pop("utm_campaign", UNSET)

        utm_ad_collection = d.pop("utm_ad_collection", UNSET)

        utm_campaign_name = d.pop("utm_campaign_name", UNSET)

        utm_ad_collection_name = d.pop("utm_ad_collection_name", UNSET)

        crm_referrals = cls(
            field_bg=field_bg,
            field_bt=field_bt,
            gclid=gclid,
            offer=offer,
            utm_ad=utm_ad,
            utm_term=utm_term,
            source_id=source_id,
            gad_source=gad_source,
            media_type=media_type,
            source_url=source_url,
            utm_medium=utm_medium,
            utm_source=utm_source,
            source_type=source_type,
            utm_ad_name=utm_ad_name,
            utm_campaign=utm_campaign,
            utm_ad_collection=utm_ad_collection,
            utm_campaign_name=utm_campaign_name,
            utm_ad_collection_name=utm_ad_collection_name,
        )

        crm_referrals.additional_properties = d
        return crm_referrals

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
