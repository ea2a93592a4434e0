from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_state import EventState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field import CustomField
    from ..models.document import Document
    from ..models.invitee import Invitee


T = TypeVar("T", bound="Event")


@_attrs_define
class Event:
    """A calendar event."""

    id: int
    """ The id of the object. """
    title: str
    """ The name of the event. """
    starts_at: str
    """ A Wealthbox timestamp: date, 12-hour time with AM/PM and the UTC offset, e.g. `2015-05-24 10:00 AM -0400`.
    Not RFC 3339, so the spec does not declare `format: date-time`. The pattern admits only days that exist (years
    1000-9999), hours 1-12 and offsets within -1400..+1400. """
    ends_at: str
    """ A Wealthbox timestamp: date, 12-hour time with AM/PM and the UTC offset, e.g. `2015-05-24 10:00 AM -0400`.
    Not RFC 3339, so the spec does not declare `format: date-time`. The pattern admits only days that exist (years
    1000-9999), hours 1-12 and offsets within -1400..+1400. """
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
    repeats: bool | Unset = UNSET
    """ A flag to indicate whether or not the event repeats. """
    event_category: int | Unset = UNSET
    """ The id of the event category to which the event belongs (see `/v1/categories/event_categories`). """
    all_day: bool | Unset = UNSET
    """ A flag to indicate if the event lasts all day. """
    location: str | Unset = UNSET
    """ The description of the location the event takes place. """
    description: str | Unset = UNSET
    """ A short explanation of the event. """
    state: EventState | Unset = UNSET
    """ The current state of the event. """
    visible_to: str | Unset = UNSET
    """ The name of the user group which is able to view the event, e.g. `Everyone`. """
    email_invitees: bool | Unset = UNSET
    """ A flag to indicate if the invitees should be emailed their invitation. """
    linked_to: list[Document] | Unset = UNSET
    """ The resources that are linked to this event. The only supported resource type is contact. """
    invitees: list[Invitee] | Unset = UNSET
    """ The contacts and users invited to the event. """
    custom_fields: list[CustomField] | Unset = UNSET
    """ The custom fields of this event. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        starts_at = self.starts_at

        ends_at = self.ends_at

        creator = self.creator

        created_at = self.created_at

        updated_at = self.updated_at

        repeats = self.repeats

        event_category = self.event_category

        all_day = self.all_day

        location = self.location

        description = self.description

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        visible_to = self.visible_to

        email_invitees = self.email_invitees

        linked_to: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.linked_to, Unset):
            linked_to = []
            for linked_to_item_data in self.linked_to:
                linked_to_item = linked_to_item_data.to_dict()
                linked_to.append(linked_to_item)

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
        field_dict.update(
            {
                "id": id,
                "title": title,
                "starts_at": starts_at,
                "ends_at": ends_at,
            }
        )
        if creator is not UNSET:
            field_dict["creator"] = creator
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if repeats is not UNSET:
            field_dict["repeats"] = repeats
        if event_category is not UNSET:
            field_dict["event_category"] = event_category
        if all_day is not UNSET:
            field_dict["all_day"] = all_day
        if location is not UNSET:
            field_dict["location"] = location
        if description is not UNSET:
            field_dict["description"] = description
        if state is not UNSET:
            field_dict["state"] = state
        if visible_to is not UNSET:
            field_dict["visible_to"] = visible_to
        if email_invitees is not UNSET:
            field_dict["email_invitees"] = email_invitees
        if linked_to is not UNSET:
            field_dict["linked_to"] = linked_to
        if invitees is not UNSET:
            field_dict["invitees"] = invitees
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_field import CustomField  # noqa: PLC0415
        from ..models.document import Document  # noqa: PLC0415
        from ..models.invitee import Invitee  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        starts_at = d.pop("starts_at")

        ends_at = d.pop("ends_at")

        creator = d.pop("creator", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        repeats = d.pop("repeats", UNSET)

        event_category = d.pop("event_category", UNSET)

        all_day = d.pop("all_day", UNSET)

        location = d.pop("location", UNSET)

        description = d.pop("description", UNSET)

        _state = d.pop("state", UNSET)
        state: EventState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = EventState(_state)

        visible_to = d.pop("visible_to", UNSET)

        email_invitees = d.pop("email_invitees", UNSET)

        _linked_to = d.pop("linked_to", UNSET)
        linked_to: list[Document] | Unset = UNSET
        if _linked_to is not UNSET:
            linked_to = []
            for linked_to_item_data in _linked_to:
                linked_to_item = Document.from_dict(linked_to_item_data)

                linked_to.append(linked_to_item)

        _invitees = d.pop("invitees", UNSET)
        invitees: list[Invitee] | Unset = UNSET
        if _invitees is not UNSET:
            invitees = []
            for invitees_item_data in _invitees:
                invitees_item = Invitee.from_dict(invitees_item_data)

                invitees.append(invitees_item)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[CustomField] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = CustomField.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        event = cls(
            id=id,
            title=title,
            starts_at=starts_at,
            ends_at=ends_at,
            creator=creator,
            created_at=created_at,
            updated_at=updated_at,
            repeats=repeats,
            event_category=event_category,
            all_day=all_day,
            location=location,
            description=description,
            state=state,
            visible_to=visible_to,
            email_invitees=email_invitees,
            linked_to=linked_to,
            invitees=invitees,
            custom_fields=custom_fields,
        )

        event.additional_properties = d
        return event

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
