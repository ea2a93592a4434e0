from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_request import CustomFieldRequest
    from ..models.invitee_request import InviteeRequest


T = TypeVar("T", bound="EventWriteFields")


@_attrs_define
class EventWriteFields:
    """The attributes an event is written with beyond those read in the same shape."""

    starts_at: str | Unset = UNSET
    """ A timestamp in either form the API reads and writes: the Wealthbox form (`2015-05-24 10:00 AM -0400`) or ISO
    8601 (`2022-06-30T00:00:00.000000+00:00`, `2026-04-01T10:00:00Z`). Use it for every timestamp a client sends
    (request bodies and filters). Decision: the seed documents only the Wealthbox form for what it sends, and RFC
    3339 in one response (`removed_options[].deleted_at`); wealthbox-cli@2.5.0:wealthbox_tools/models/common.py
    (`DateTimeField`) sends only ISO 8601 (offset optional) for every timestamp filter and body field, and
    wealthbox-cli@2.5.0:wealthbox_tools/client/base.py says that a few endpoints return ISO 8601, so both forms are
    accepted. """
    ends_at: str | Unset = UNSET
    """ A timestamp in either form the API reads and writes: the Wealthbox form (`2015-05-24 10:00 AM -0400`) or ISO
    8601 (`2022-06-30T00:00:00.000000+00:00`, `2026-04-01T10:00:00Z`). Use it for every timestamp a client sends
    (request bodies and filters). Decision: the seed documents only the Wealthbox form for what it sends, and RFC
    3339 in one response (`removed_options[].deleted_at`); wealthbox-cli@2.5.0:wealthbox_tools/models/common.py
    (`DateTimeField`) sends only ISO 8601 (offset optional) for every timestamp filter and body field, and
    wealthbox-cli@2.5.0:wealthbox_tools/client/base.py says that a few endpoints return ISO 8601, so both forms are
    accepted. """
    invitees: list[InviteeRequest] | Unset = UNSET
    """ The contacts and users to invite to the event. """
    custom_fields: list[CustomFieldRequest] | Unset = UNSET
    """ The custom field values to set. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        starts_at: str | Unset
        if isinstance(self.starts_at, Unset):
            starts_at = UNSET
        else:
            starts_at = self.starts_at

        ends_at: str | Unset
        if isinstance(self.ends_at, Unset):
            ends_at = UNSET
        else:
            ends_at = self.ends_at

        invitees: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invitees, Unset):
            invitees = []
            for invitees_item_data in self.invitees:
                invitees_item = invitees_item_data.to_dict()
                invitees.append(invitees_item)

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if starts_at is not UNSET:
            field_dict["starts_at"] = starts_at
        if ends_at is not UNSET:
            field_dict["ends_at"] = ends_at
        if invitees is not UNSET:
            field_dict["invitees"] = invitees
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_field_request import CustomFieldRequest  # noqa: PLC0415
        from ..models.invitee_request import InviteeRequest  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_starts_at(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        starts_at = _parse_starts_at(d.pop("starts_at", UNSET))

        def _parse_ends_at(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        ends_at = _parse_ends_at(d.pop("ends_at", UNSET))

        _invitees = d.pop("invitees", UNSET)
        invitees: list[InviteeRequest] | Unset = UNSET
        if _invitees is not UNSET:
            invitees = []
            for invitees_item_data in _invitees:
                invitees_item = InviteeRequest.from_dict(invitees_item_data)

                invitees.append(invitees_item)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[CustomFieldRequest] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = CustomFieldRequest.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        event_write_fields = cls(
            starts_at=starts_at,
            ends_at=ends_at,
            invitees=invitees,
            custom_fields=custom_fields,
        )

        event_write_fields.additional_properties = d
        return event_write_fields

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
