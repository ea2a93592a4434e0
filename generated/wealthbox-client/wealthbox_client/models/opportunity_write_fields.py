from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_request import CustomFieldRequest


T = TypeVar("T", bound="OpportunityWriteFields")


@_attrs_define
class OpportunityWriteFields:
    """The attributes an opportunity is written with beyond those read in the same shape."""

    target_close: str | Unset = UNSET
    """ A date written `YYYY-MM-DD`, optionally with a time (see `WealthboxDateOptionalTime`), or an RFC 3339
    timestamp. Decision: wealthbox-cli@2.5.0:wealthbox_tools/cli/workflows.py sends `starts_at` as a plain date
    (`2026-06-01`), its models send ISO 8601; both are accepted where a request carries a start or milestone date.
    Both branches are plain strings (no `format`), so a generated client sends the text as given. """
    custom_fields: list[CustomFieldRequest] | Unset = UNSET
    """ The custom field values to set. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target_close: str | Unset
        if isinstance(self.target_close, Unset):
            target_close = UNSET
        else:
            target_close = self.target_close

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if target_close is not UNSET:
            field_dict["target_close"] = target_close
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_field_request import CustomFieldRequest  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_target_close(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        target_close = _parse_target_close(d.pop("target_close", UNSET))

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[CustomFieldRequest] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = CustomFieldRequest.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        opportunity_write_fields = cls(
            target_close=target_close,
            custom_fields=custom_fields,
        )

        opportunity_write_fields.additional_properties = d
        return opportunity_write_fields

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
